package org.opis.archival;

/**
 * Citations of the Foreign Ministry Archive of the People's Republic of China: category, file and document number ("PRCFMA 109-00871-01", "CFMA 105-00123-01(1)"); the number's exact shape is unconfirmed, so variants are accepted. The patterns and labels are data in {@code labels.json} (scheme
 * {@code prc-mfa}); the archives are in {@code archives.json}.
 */
public final class PrcMfaScheme extends SegmentScheme {

    public PrcMfaScheme() {
        super("prc-mfa", "PRC Foreign Ministry Archive: category-file-document numbers (PRCFMA 109-00871-01)");
    }
}
