package org.opis.document;

import org.opis.cite.CheckedCitation;
import org.opis.cite.CheckedNote;
import org.opis.model.Reference;

/** Looks up, in a checked note, a citation by its line and text, and the raw entry a citation resolves to. */
final class NoteLookups {

    private NoteLookups() {
    }

    static CheckedCitation on(CheckedNote note, int line, String text) {
        return note.citations().stream().filter(x -> x.citation().span().line() == line && x.citation().text().contains(text))
                .findFirst().orElseThrow(() -> new AssertionError("no citation " + text + " on line " + line));
    }

    static String raw(CheckedNote note, CheckedCitation c) {
        String id = c.resolvesTo().orElse("");
        return note.references().stream().filter(r -> r.id().equals(id)).map(Reference::raw).findFirst().orElse("");
    }
}
