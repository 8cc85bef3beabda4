package org.opis.cite;

import org.opis.model.CslRecords;
import de.undercouch.citeproc.csl.CSLDateBuilder;
import de.undercouch.citeproc.csl.CSLItemDataBuilder;
import de.undercouch.citeproc.csl.CSLName;
import de.undercouch.citeproc.csl.CSLNameBuilder;
import de.undercouch.citeproc.csl.CSLType;
import org.opis.model.Reference;
import org.opis.model.Span;

import java.util.List;
import java.util.Map;

/** Builds reference-list entries for tests, as the reference-list parser would. */
final class Refs {
    private Refs() {
    }

    static CSLName person(String family, String given) {
        return new CSLNameBuilder().family(family).given(given).build();
    }

    static CSLName literal(String name) {
        return new CSLNameBuilder().literal(name).build();
    }

    static Reference book(String id, int line, String title, int[] years, String suffix, CSLName... authors) {
        CSLItemDataBuilder b = new CSLItemDataBuilder().id(id).type(CSLType.BOOK).title(title);
        if (authors.length > 0) b.author(authors);
        if (years.length == 1) b.issued(new CSLDateBuilder().dateParts(new int[]{years[0]}).build());
        else if (years.length == 2) b.issued(new CSLDateBuilder().dateParts(new int[]{years[0]}, new int[]{years[1]}).build());
        else if (years.length == 3) b.issued(new CSLDateBuilder().dateParts(years).build());
        if (suffix != null) b.yearSuffix(suffix);
        return CslRecords.of(id, b.build(), Span.at(line, 1), title);
    }

    static Reference archive(String id, int line, String raw, String title) {
        return CslRecords.reference(id, new CSLItemDataBuilder().id(id).type(CSLType.COLLECTION).title(title).build(),
                Span.at(line, 1), raw, List.of(), true, Map.of());
    }

    static int[] y(int... years) {
        return years;
    }
}
