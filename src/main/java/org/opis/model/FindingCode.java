package org.opis.model;

/**
 * One kind of finding, as declared in the catalogue ({@code org/opis/model/findings.tsv}): its stable
 * code {@code area/name}, its usual severity, a one-line summary and an example of text that gives it.
 *
 * @param area     the capability that reports it ({@code archival}, {@code citation}, {@code bibtex} …)
 * @param name     the rule's name within the area
 * @param severity how serious its findings usually are
 * @param summary  what it means, in a historian's words
 * @param example  text that gives it, with the fix after "→" where there is one; "—" when no short input shows it
 */
public record FindingCode(String area, String name, Severity severity, String summary, String example) {

    /** The stable code, {@code area/name}, as written in messages ({@code error[archival/spacing]}). */
    public String code() {
        return area + "/" + name;
    }

    /** A finding of this kind at {@code span}, with the catalogue's severity. */
    public Diagnostic at(Span span, String message) {
        return new Diagnostic(code(), severity, span, message, java.util.Optional.empty());
    }
}
