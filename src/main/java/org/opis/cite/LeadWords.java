package org.opis.cite;

/**
 * The words that introduce a citation without being part of it ({@code See}, {@code Cf.},
 * {@code Vgl.}, {@code Siehe}, {@code См.} — the {@code lead} rows of {@code scanner-words.tsv}),
 * for readers outside the scanner that look at a note's text as a whole.
 */
public final class LeadWords {

    private static final java.util.List<String> ALSO = also();

    private LeadWords() {
    }

    /** The {@code also} rows of {@code scanner-words.tsv}: words joining a further work after a comma ({@code sowie}). */
    public static java.util.List<String> alsoWords() {
        return ALSO;
    }

    private static java.util.List<String> also() {
        java.util.List<String> out = new java.util.ArrayList<>();
        try (java.io.InputStream in = LeadWords.class.getResourceAsStream("scanner-words.tsv")) {
            if (in == null) return java.util.List.of();
            for (String line : new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).split("\n")) {
                String[] f = line.split("\t");
                if (f.length >= 2 && f[0].equals("also")) out.add(f[1].strip());
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return java.util.List.copyOf(out);
    }

    /**
     * The length of the lead words at the start of {@code text} with the colon, comma and spaces
     * after them ({@code "Vgl. "}, {@code "See also: "}; repeated, {@code "Vgl. auch "}), or 0.
     */
    public static int at(String text) {
        int i = 0;
        while (true) {
            int n = ScannerWords.matchAt(ScannerWords.STANDARD.lead, text, i);
            if (n == 0) return i;
            int j = i + n;
            while (j < text.length() && (text.charAt(j) == ':' || text.charAt(j) == ',')) j++;
            int k = Locators.skipSpaces(text, j);
            if (k == j) return i; // a lead is followed by a space
            i = k;
        }
    }
}
