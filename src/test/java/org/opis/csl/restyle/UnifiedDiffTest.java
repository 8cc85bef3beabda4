package org.opis.csl.restyle;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The unified diff of {@code opis restyle --diff}, in the form {@code diff -u} prints. */
class UnifiedDiffTest {

    @Test
    void changedLineIsRemovedThenAddedWithContext() {
        String a = "one\ntwo (Bovin 2003)\nthree\n";
        String b = "one\ntwo (Bovin, 2003)\nthree\n";
        assertEquals("--- a\n+++ b\n@@ -1,3 +1,3 @@\n one\n-two (Bovin 2003)\n+two (Bovin, 2003)\n three\n", UnifiedDiff.of("a", a, "b", b));
    }

    @Test
    void sameTextHasNoHunk() {
        assertEquals("--- a\n+++ b\n", UnifiedDiff.of("a", "x\n", "b", "x\n"));
    }
}
