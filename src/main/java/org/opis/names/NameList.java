package org.opis.names;

import de.undercouch.citeproc.csl.CSLName;

import java.util.List;

/**
 * The people or bodies named at one place of a reference, in the order written, and the part
 * they played: {@code author}, {@code editor}, {@code translator} or {@code compiler} (a CSL name variable).
 *
 * @param names the names, in order
 * @param role  the CSL name variable they belong to
 */
public record NameList(List<CSLName> names, String role) {
    public NameList {
        names = List.copyOf(names);
    }

    /** No names. */
    public static NameList empty() {
        return new NameList(List.of(), "author");
    }

    public boolean isEmpty() {
        return names.isEmpty();
    }
}
