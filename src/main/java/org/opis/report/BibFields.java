package org.opis.report;

import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;

/** Reads the field names of BibTeX entries (as an exporter wrote them), to see what a BibTeX consumer will get. */
final class BibFields {

    private BibFields() {
    }

    /**
     * The lower-cased names of the fields of every entry in the text: the identifiers followed by {@code =}
     * at the top level of an entry's braces (or parentheses). One linear pass; braces and quotes inside
     * values are skipped.
     */
    static Set<String> names(String bib) {
        Set<String> out = new LinkedHashSet<>();
        int depth = 0;
        boolean quoted = false;
        boolean expectField = false;
        int n = bib.length();
        for (int i = 0; i < n; i++) {
            char c = bib.charAt(i);
            if (depth == 0) {
                if (c == '@') {
                    int j = i + 1;
                    while (j < n && bib.charAt(j) != '{' && bib.charAt(j) != '(' && bib.charAt(j) != '\n') j++;
                    if (j < n && bib.charAt(j) != '\n') {
                        depth = 1;
                        expectField = false; // the key comes first
                        i = j;
                    }
                }
                continue;
            }
            if (quoted) {
                if (c == '"' && depth == 1) quoted = false;
                else if (c == '{') depth++;
                else if (c == '}') depth--;
                continue;
            }
            if (depth == 1) {
                if (c == ',') {
                    expectField = true;
                } else if (c == '"') {
                    quoted = true;
                } else if (c == '{') {
                    depth++;
                } else if (c == '}' || c == ')') {
                    depth = 0;
                } else if (expectField && (Character.isLetter(c))) {
                    int j = i;
                    while (j < n && isNameChar(bib.charAt(j))) j++;
                    int k = j;
                    while (k < n && Character.isWhitespace(bib.charAt(k))) k++;
                    if (k < n && bib.charAt(k) == '=') out.add(bib.substring(i, j).toLowerCase(Locale.ROOT));
                    expectField = false;
                    i = k;
                } else if (!Character.isWhitespace(c)) {
                    expectField = false;
                }
            } else {
                if (c == '{') depth++;
                else if (c == '}') depth--;
            }
        }
        return out;
    }

    private static boolean isNameChar(char c) {
        return Character.isLetterOrDigit(c) || c == '_' || c == '-' || c == ':' || c == '.' || c == '+';
    }
}
