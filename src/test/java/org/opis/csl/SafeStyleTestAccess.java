package org.opis.csl;

import java.nio.file.Path;

/** Lets tests in other packages build the XXE style of {@link SafeStyleTest}. */
public final class SafeStyleTestAccess {
    private SafeStyleTestAccess() {
    }

    public static String xxe(Path secret) {
        return SafeStyleTest.xxe(secret);
    }
}
