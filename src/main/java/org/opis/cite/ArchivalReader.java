package org.opis.cite;

/**
 * What the citation scanner needs from an archival engine: to tell whether a piece of a
 * parenthesis is an archival reference, to read it, and to read an {@code ibid.} continuation
 * that inherits the archive and the upper levels of the previous one.
 */
public interface ArchivalReader {

    /** True when the text looks like the start of an archival reference (e.g. {@code RGASPI, f. 495, …}). */
    boolean startsCitation(String text);

    /** Reads an archival reference. */
    ArchivalReading read(String text);

    /** Reads the levels given after {@code ibid.} ({@code d. 1/3, l. 106}) against the previous archival citation. */
    ArchivalReading continueFrom(ArchivalReading antecedent, String text);
}
