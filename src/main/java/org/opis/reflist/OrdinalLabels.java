package org.opis.reflist;

import org.opis.lexicon.Labels;
import org.opis.lexicon.Words;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.opis.reflist.WorkingText.blank;

/**
 * A volume or issue written as an ordinal number before its label, after the title: Icelandic {@code _Börn og menning_. 1.
 * tbl, 22. árg, bls. 4-7.}, {@code 32.hefti, 20.árg.}, {@code 3. bindi}, Nordic {@code 24. årg.} — the labels of
 * {@code labels.tsv} in context {@code ordinal}, their full stop optional. The number is the volume or the issue as the
 * label says; a field read already is kept.
 */
final class OrdinalLabels {
    private OrdinalLabels() {
    }

    private static final Map<String, String> LABELS = Labels.in(Labels.ORDINAL);

    private static final Pattern ORDINAL = LABELS.isEmpty() ? null : Pattern.compile(
            "(?<![\\p{L}\\d.])(\\d{1,4})\\.\\s?(" + Words.alternation(bare(), false) + ")\\.?(?![\\p{L}\\d])",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /** The labels without their full stops (the stop is optional where they are read). */
    private static List<String> bare() {
        List<String> out = new ArrayList<>();
        for (String l : LABELS.keySet()) out.add(l.endsWith(".") ? l.substring(0, l.length() - 1) : l);
        return out;
    }

    /** Reads every ordinal volume or issue in the text after the title into the draft and blanks it. */
    static void take(StringBuilder b, Draft d) {
        if (ORDINAL == null) return;
        Matcher m = ORDINAL.matcher(b);
        while (m.find()) {
            String means = meaning(m.group(2));
            if ("volume".equals(means) && d.volume == null) {
                d.volume = m.group(1);
            } else if ("issue".equals(means) && d.issue == null) {
                d.issue = m.group(1);
            } else {
                continue;
            }
            blank(b, m.start(), m.end());
        }
    }

    private static String meaning(String written) {
        String w = written.toLowerCase(Locale.ROOT);
        for (Map.Entry<String, String> e : LABELS.entrySet()) {
            String l = e.getKey().toLowerCase(Locale.ROOT);
            if (l.equals(w) || l.equals(w + ".")) return e.getValue();
        }
        return null;
    }
}
