package org.opis.archival;

/**
 * Citations of the Vietnam National Archives Centres I–IV (TTLTQG / VNA): phông (fond), hồ sơ số (file number), tờ (sheet), in Vietnamese or English ("TTLTQG III, Phông Phủ Thủ tướng, hồ sơ số 1234, tờ 5"). The patterns and labels are data in {@code labels.json} (scheme
 * {@code vn}); the archives are in {@code archives.json}.
 */
public final class VnaScheme extends SegmentScheme {

    public VnaScheme() {
        super("vn", "Vietnam National Archives Centres I–IV: phông (fond), hồ sơ (file), tờ (sheet)");
    }
}
