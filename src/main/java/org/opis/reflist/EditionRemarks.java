package org.opis.reflist;

import org.opis.text.Markup;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A remark in parentheses closing an entry that names another edition of the work — its translation or its original:
 * {@code … Oxford, Oxford University Press, 1976 (trad. it. *Il gene egoista*, Milano, Mondadori, 1992).},
 * {@code … (ed. or. *Logik der Forschung*, Vienna, Springer, 1934; trad. it. …).} Kept as a note and taken out of the
 * text before the imprint is read, so that the item's place, publisher and year are those before it, not the other
 * edition's. The first words that mark such a remark are data ({@code edition-remarks.txt}).
 */
final class EditionRemarks {
    private EditionRemarks() {
    }

    private static final List<String> LEADS = Data.lines("edition-remarks.txt");
    private static final Pattern CLOSING = Pattern.compile("\\(([^()]{4,400})\\)[.\\s]*$");

    /** Moves a closing remark about another edition of {@code b} (from {@code from} on) into the notes of {@code d}. */
    static void take(StringBuilder b, int from, Draft d) {
        int open = b.lastIndexOf("(");
        if (open < from || open < 0) return;
        Matcher m = CLOSING.matcher(b);
        if (!m.find(open) || m.start() != open) return;
        String inside = m.group(1).strip();
        String lower = inside.toLowerCase(Locale.ROOT);
        for (String lead : LEADS) {
            if (lower.startsWith(lead + " ") || lower.startsWith(lead + "*") || lower.startsWith(lead + "<")) {
                d.notes.add(Markup.clean(inside));
                WorkingText.blank(b, m.start(), m.end());
                return;
            }
        }
    }
}
