package org.opis.cite;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A test double for the archival engine: it recognises an archival
 * reference by its shape (an archive name or acronym followed by a fond, {@code RGASPI, f. 495, …};
 * or a fond followed by lower levels) and names the archive, but does not validate anything.
 */
public final class BasicArchivalReader implements ArchivalReader {

    // archive (letters, spaces, brackets; no digits), then a fond label and a number. Bounded: linear.
    private static final Pattern START = Pattern.compile(
            "^\\s*\\p{L}[\\p{L} .'’\\[\\]-]{0,150}?[,.]?\\s*(?:f|F|Ф|fond|Fond|Coll)\\.?\\s*[RРП]?-?\\d");
    private static final Pattern FOND_FIRST = Pattern.compile(
            "^\\s*(?:f|F|Ф)\\.\\s*[RРП]?-?\\d+[^,;.]{0,20}[,.]\\s*(?:op|Op|Оп|d|D|Д)\\.");
    private static final Pattern BRACKETED = Pattern.compile("\\[([\\p{Lu}][\\p{L} ]{1,15})]");
    private static final Pattern LEADING = Pattern.compile("^\\s*([\\p{Lu}][\\p{L}]*(?: [\\p{Lu}][\\p{L}]*){0,2})\\s*[,.]?\\s*(?:f|F|Ф)\\.");

    @Override
    public boolean startsCitation(String text) {
        return START.matcher(text).find() || FOND_FIRST.matcher(text).find();
    }

    @Override
    public ArchivalReading read(String text) {
        Optional<String> archive = Optional.empty();
        Matcher b = BRACKETED.matcher(text);
        if (b.find()) {
            archive = Optional.of(b.group(1).strip());
        } else {
            Matcher m = LEADING.matcher(text);
            if (m.find()) archive = Optional.of(m.group(1).strip());
        }
        return new ArchivalReading(text, archive, List.of(), Optional.empty(), true, List.of(), Optional.empty());
    }

    @Override
    public ArchivalReading continueFrom(ArchivalReading antecedent, String text) {
        return new ArchivalReading(text, antecedent.archive(), antecedent.aliases(), Optional.empty(), true, List.of(), Optional.empty());
    }
}
