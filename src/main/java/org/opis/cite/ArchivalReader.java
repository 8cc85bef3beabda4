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

    /**
     * Reads an archival reference that may name no archive ("Coll. 17, ser. 162, fold. 4"): the archive
     * then comes from {@code earlier}, the nearest earlier archival reading, or from the note's list of
     * archives, and the reading says where it came from. By default, as {@link #read}.
     */
    default ArchivalReading readInContext(String text, java.util.Optional<ArchivalReading> earlier) {
        return read(text);
    }
}
