package org.opis.reflist;

import org.opis.names.NameList;
import org.opis.names.NameParser;

import java.util.regex.Pattern;

/**
 * An entry whose three areas are set apart by semicolons, as Brazilian course lists type ABNT in
 * short ({@code DURKHEIM, E.; As regras do método sociológico; Martins Fontes}): names, title,
 * publisher, and nothing else — no year, no place, no fourth area. Read only when the first area
 * is one name ({@code Family, Given} or a single word, a role such as {@code (org.)} allowed), the
 * second is no name (so {@code LEÃO, R.; PINTO, E.; ACIOLY, L. Title…}, three names, is left to the
 * other rules) and the third is a short name with no digits and no colon.
 */
final class SemicolonFields {

    private static final Pattern ONE_NAME = Pattern.compile(
            "^\\p{Lu}[\\p{L}'’\\-]*(?:\\s\\p{Lu}[\\p{L}'’\\-]*){0,3}(?:,\\s?[\\p{Lu}][\\p{L}.\\-]*(?:\\s[\\p{L}][\\p{L}.\\-]*){0,3})?(?:\\s\\([\\p{L}.]{2,8}\\))?$");
    private static final Pattern NAME_START = Pattern.compile("^\\p{Lu}[\\p{L}'’\\-]+,\\s?\\p{Lu}(?:\\.|[\\p{Ll}]+\\b)");
    private static final Pattern PUBLISHER = Pattern.compile("^[\\p{L}][\\p{L}&'’.\\- /]{1,58}$");

    private SemicolonFields() {
    }

    /** Reads {@code text} (the entry's remaining text, markup cleaned) into {@code d} when it has this shape; returns whether it did. */
    static boolean read(String text, Draft d) {
        String t = text.strip();
        while (t.endsWith(".")) t = t.substring(0, t.length() - 1).strip();
        String[] parts = t.split(";", -1);
        if (parts.length != 3) return false;
        String names = parts[0].strip();
        String title = parts[1].strip();
        String publisher = parts[2].strip();
        if (!ONE_NAME.matcher(names).matches() || title.length() < 3 || NAME_START.matcher(title).find()
                || !PUBLISHER.matcher(publisher).matches()) return false;
        NameList nl = NameParser.parseList(names);
        if (nl.names().size() != 1) return false;
        switch (nl.role()) {
            case "editor" -> d.editors.addAll(nl.names());
            case "translator" -> d.translators.addAll(nl.names());
            case "compiler" -> d.compilers.addAll(nl.names());
            default -> d.authors.addAll(nl.names());
        }
        d.title = title;
        d.publisher = publisher;
        return true;
    }
}
