package org.opis.archival;

/**
 * Citations of the US National Archives (RG 59, Central Decimal File, 761.00/3–756, Box 3456), State Department central and lot files as FRUS source notes cite them, and presidential libraries (Eisenhower Library, Whitman File, Dulles–Herter Series, Box 10). The patterns and labels are data in {@code labels.json} (scheme
 * {@code us}); the archives are in {@code archives.json}.
 */
public final class UsScheme extends SegmentScheme {

    public UsScheme() {
        super("us", "US National Archives (NARA) record groups, State Department central and lot files, presidential libraries: RG 59, Central Files, 761.00/3–756, Lot 66 D 487, Box 12");
    }
}
