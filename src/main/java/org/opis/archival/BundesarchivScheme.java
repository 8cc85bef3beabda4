package org.opis.archival;

/**
 * Citations of the German Bundesarchiv and its SED/GDR party archive SAPMO-BArch: the signature (Bestand and file, "B 136/59748", "DY 30/IV 2/2.035/12") and leaves ("Bl. 5", Blatt = leaf). The patterns and labels are data in {@code labels.json} (scheme
 * {@code de}); the archives are in {@code archives.json}.
 */
public final class BundesarchivScheme extends SegmentScheme {

    public BundesarchivScheme() {
        super("de", "German Bundesarchiv and SAPMO-BArch: Bestand/file signature, Bl. (leaves) or S. (pages)");
    }
}
