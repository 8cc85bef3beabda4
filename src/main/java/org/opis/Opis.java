package org.opis;

/**
 * The library's front door: entry points that run opis's pipelines on a note or a data file.
 * (Filled in as the capabilities land: {@code check}, {@code parse}, exports.)
 */
public final class Opis {
    private Opis() {
    }

    /** The version of opis. */
    public static String version() {
        String v = Opis.class.getPackage().getImplementationVersion();
        return v == null ? "0.1.0-SNAPSHOT" : v;
    }
}
