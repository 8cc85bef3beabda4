package org.opis.reflist;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A language an entry states in words, {@code (In Russian)}, {@code (на русском)}: the language
 * names and their codes are data in {@code org/opis/reflist/language-names.tsv}. A stated language
 * outweighs any guess from the titles.
 */
final class StatedLanguage {
    private static final Map<String, String> NAMES = Data.map("language-names.tsv");
    private static final Pattern IN_LANGUAGE = Pattern.compile("\\(\\s?(?:[Ii]n|[Нн]а)\\s([\\p{L} ]{3,30}?)\\s?\\)\\.?");

    private StatedLanguage() {
    }

    /** The first {@code (In Language)} remark at or after {@code from} naming a known language, as [start, end) and code. */
    record Remark(int start, int end, String code) {
    }

    static Optional<Remark> find(CharSequence text, int from) {
        Matcher m = IN_LANGUAGE.matcher(text);
        if (!m.find(Math.min(Math.max(0, from), text.length()))) return Optional.empty();
        String code = NAMES.get(m.group(1).strip().toLowerCase(Locale.ROOT));
        return code == null ? Optional.empty() : Optional.of(new Remark(m.start(), m.end(), code));
    }
}
