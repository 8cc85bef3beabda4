package org.opis.archival;

import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A manuscript named before its library, as running prose writes it ("MS of the Moscow Synodal Library No. 330/380, fol.
 * 107v."): read as LIBRARY, No. N, … when the library is registered and the number ends the text or a comma follows it
 * (not "MS of the Moscow Synodal Library No. 678 of the 15th century", a sentence). The text keeps its length (spaces before the
 * library), so the number and the folio keep the columns they have in the text as written.
 */
final class ManuscriptOf {

    private static final Pattern FORM = Pattern.compile("^(\\s*)(MSS?\\.?|Manuscripts?|Codex)\\s+of\\s+(?:the\\s+)?([^,;()]{3,80}?)\\s+(No\\.|no\\.)\\s?(\\d[0-9A-Za-z/-]*)(?=\\s*,|\\.?\\s*$)");

    private ManuscriptOf() {
    }

    static Optional<String> flatten(String text, Predicate<String> knownArchive) {
        if (text == null || text.length() > 400) return Optional.empty();
        Matcher m = FORM.matcher(text);
        if (!m.find() || !knownArchive.test(m.group(3).strip())) return Optional.empty();
        String head = m.group(3).strip() + ",";
        int room = m.start(4) - 1 - m.start(2); // from the opening word to the space before "No."
        if (head.length() > room) return Optional.empty();
        return Optional.of(m.group(1) + " ".repeat(room - head.length()) + head + text.substring(m.start(4) - 1));
    }
}
