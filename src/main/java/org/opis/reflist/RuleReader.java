package org.opis.reflist;

import org.opis.model.CslRecords;
import de.undercouch.citeproc.csl.CSLItemData;
import org.opis.model.ParsedRecords;
import org.opis.text.SourceText;

import java.util.Optional;

/**
 * The rule parser applied to one entry on its own (as {@code opis evaluate} scores it): the entry
 * is read as the only item of a reference list.
 */
public final class RuleReader {
    private RuleReader() {
    }

    /** The record the rules read from one entry, if any. */
    public static Optional<CSLItemData> read(String entry) {
        return reference(entry).map(CslRecords::csl);
    }

    /** The reference the rules read from one entry (its record and what they kept beside it, e.g. a pinpoint), if any. */
    public static Optional<org.opis.model.Reference> reference(String entry) {
        String text = "References\n\n" + entry.replace('\n', ' ').strip() + "\n";
        ParsedRecords r = ReferenceListParser.parse(new SourceText("entry", text), null);
        if (r.references().isEmpty()) return Optional.empty();
        return Optional.of(r.references().get(0));
    }
}
