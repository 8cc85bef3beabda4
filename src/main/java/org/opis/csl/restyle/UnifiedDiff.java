package org.opis.csl.restyle;

import java.util.ArrayList;
import java.util.List;

/** A unified diff of two texts by lines (longest common subsequence; 3 lines of context). */
public final class UnifiedDiff {

    private UnifiedDiff() {
    }

    public static String of(String nameA, String a, String nameB, String b) {
        List<String> x = a.lines().toList();
        List<String> y = b.lines().toList();
        int n = x.size();
        int m = y.size();
        int[][] lcs = new int[n + 1][m + 1];
        for (int i = n - 1; i >= 0; i--) {
            for (int j = m - 1; j >= 0; j--) {
                lcs[i][j] = x.get(i).equals(y.get(j)) ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
            }
        }
        // ops: ' ', '-', '+' with the line and its positions
        List<String[]> ops = new ArrayList<>();
        int i = 0;
        int j = 0;
        while (i < n || j < m) {
            if (i < n && j < m && x.get(i).equals(y.get(j))) {
                ops.add(new String[]{" ", x.get(i), String.valueOf(i), String.valueOf(j)});
                i++;
                j++;
            } else if (i < n && (j == m || lcs[i + 1][j] >= lcs[i][j + 1])) {
                ops.add(new String[]{"-", x.get(i), String.valueOf(i), String.valueOf(j)});
                i++;
            } else {
                ops.add(new String[]{"+", y.get(j), String.valueOf(i), String.valueOf(j)});
                j++;
            }
        }
        StringBuilder out = new StringBuilder("--- " + nameA + "\n+++ " + nameB + "\n");
        int k = 0;
        while (k < ops.size()) {
            if (ops.get(k)[0].equals(" ")) {
                k++;
                continue;
            }
            int start = Math.max(0, k - 3);
            int end = k;
            int lastChange = k;
            while (end < ops.size() && (end - lastChange) <= 6) {
                if (!ops.get(end)[0].equals(" ")) lastChange = end;
                end++;
            }
            end = Math.min(ops.size(), lastChange + 4);
            int aStart = Integer.parseInt(ops.get(start)[2]);
            int bStart = Integer.parseInt(ops.get(start)[3]);
            int aLen = 0;
            int bLen = 0;
            for (int t = start; t < end; t++) {
                if (!ops.get(t)[0].equals("+")) aLen++;
                if (!ops.get(t)[0].equals("-")) bLen++;
            }
            out.append("@@ -").append(aStart + 1).append(',').append(aLen).append(" +").append(bStart + 1).append(',').append(bLen).append(" @@\n");
            for (int t = start; t < end; t++) out.append(ops.get(t)[0]).append(ops.get(t)[1]).append('\n');
            k = end;
        }
        return out.toString();
    }
}
