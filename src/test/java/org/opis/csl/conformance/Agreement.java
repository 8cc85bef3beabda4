package org.opis.csl.conformance;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;

/**
 * Line-by-line agreement of two renderings, compared as the interop harness's
 * {@code compare-renderings.mjs} does by default: NFC, whitespace collapsed, nothing else forgiven.
 */
record Agreement(int total, int same, List<String> differences) {

    static Agreement of(List<String> labels, List<String> ours, List<String> theirs) {
        int n = Math.max(ours.size(), theirs.size());
        int same = 0;
        List<String> diffs = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            String a = i < ours.size() ? norm(ours.get(i)) : "";
            String b = i < theirs.size() ? norm(theirs.get(i)) : "";
            if (a.equals(b)) {
                same++;
            } else {
                diffs.add((i < labels.size() ? labels.get(i) : "#" + (i + 1)) + "\n  opis:        " + a + "\n  citeproc-js: " + b);
            }
        }
        return new Agreement(n, same, diffs);
    }

    static String norm(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFC).replaceAll("\\s+", " ").strip()
                // the harness prints lines trimmed by JavaScript's trim(), which also removes a no-break space
                // (American Physics Society's citation prefix is "&#160;[")
                .replaceAll("^\u00A0+|\u00A0+$", "").strip();
    }

    double percent() {
        return total == 0 ? 100.0 : 100.0 * same / total;
    }
}
