package org.opis.reflist;

import org.opis.lexicon.Words;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * GOST's general material designation left closing a title ({@code React Documentation [Электронный ресурс]. — URL: …}),
 * where no statement of responsibility follows it to set it apart: not part of the title, it becomes the medium. The
 * designations are data ({@code material-designations.txt}).
 */
final class TitleMaterials {
    private TitleMaterials() {
    }

    private static final Pattern CLOSING = Pattern.compile(
            "\\s*\\[(" + Words.alternation(Data.lines("material-designations.txt"), false) + ")]\\s*\\.?$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /** Moves a material designation closing the title of {@code d} to its medium. */
    static void take(Draft d) {
        if (d.title == null || d.title.indexOf('[') < 0) return;
        Matcher m = CLOSING.matcher(d.title);
        if (!m.find() || m.start() == 0) return;
        d.extra.putIfAbsent("medium", m.group(1));
        d.title = d.title.substring(0, m.start()).strip();
    }
}
