package org.opis.reflist;

import org.opis.names.NameParser;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A chapter whose book the list gives in full elsewhere, cited after the container intro by its editors and the pages alone:
 * {@code Becker, Ulrich (2001): Interlinguistik und Internet, in: Sabine Fiedler/Haitao Liu (Hg.): 254–277.},
 * {@code in: Reinhard Haupenthal (Hg.) (1976): 11–12.} — the short cross-reference of German humanities lists. The names
 * are the book's editors (a role marker in parentheses of {@code lexicon/roles.tsv}), the range the chapter's pages.
 */
final class CrossReferences {
    private CrossReferences() {
    }

    private static final Pattern SHAPE = Pattern.compile(
            "([^():*]{2,160}?)\\s?(\\([^()\\d]{2,12}\\))(?:\\s?\\(\\d{4}[a-z]?\\))?\\s?:\\s?(\\d+\\s?[–—-]\\s?\\d+|\\d+\\s?ff?\\.?)\\.?\\s*");

    /** Reads {@code rest} (what follows the container intro) when it is editors and pages alone; returns whether it was. */
    static boolean take(String rest, Draft d) {
        Matcher m = SHAPE.matcher(rest);
        if (!m.matches() || !ParenthesisedEditors.isMarker(m.group(2))) return false;
        var names = NameParser.parseNames(m.group(1).strip());
        if (names.isEmpty()) return false;
        d.editors.addAll(names);
        if (d.page == null) d.page = m.group(3).replace(" ", "");
        return true;
    }
}
