package org.opis.cite;

import java.util.Objects;

/**
 * One pinpoint of a citation — which page, volume or leaf is meant — as a CSL locator label
 * ({@code page}, {@code volume}, {@code folio}, …) and its value as normalized text (ranges with
 * full ends and an en dash, e.g. {@code 134–136}).
 *
 * @param label the CSL locator label
 * @param value the normalized value
 */
public record Locator(String label, String value) {
    public Locator {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(value, "value");
    }
}
