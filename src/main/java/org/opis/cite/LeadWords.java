package org.opis.cite;

/**
 * The words that introduce a citation without being part of it ({@code See}, {@code Cf.},
 * {@code Vgl.}, {@code Siehe}, {@code См.} — the {@code lead} rows of {@code scanner-words.tsv}),
 * for readers outside the scanner that look at a note's text as a whole.
 */
public final class LeadWords {

    private LeadWords() {
    }

    /** The {@code also} rows of {@code scanner-words.tsv}: words joining a further work after a comma ({@code sowie}). */
    public static java.util.List<String> alsoWords() {
        return ScannerWords.STANDARD.also;
    }

    /** Whether {@code text} opens with an ibid. form of the word list ({@code Ibid.}, {@code Ebd.}, {@code Там же}). */
    public static boolean opensWithIbid(String text) {
        return ScannerWords.matchAt(ScannerWords.STANDARD.ibid, text, 0) > 0;
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

    /**
     * Where a work begins after a few words of prose and a lead word at the start of a note or a sentence
     * ({@code On prison conditions, see Ruth Ahnert, *The Rise …*}, {@code For a general overview, see Albert-László
     * Barabási, …}, {@code See for example, *Certain most godly …*}): the offset after the lead words when what follows
     * opens with a capital, a quotation mark or an emphasis mark, and the prose before them is one clause (at most
     * twelve words, no full stop); 0 for lead words at the start; -1 when there are none.
     */
    public static int workAfterProse(String text) {
        int limit = Math.min(text.length(), 120);
        for (int i = 0; i < limit; i++) {
            if (i > 0 && !Character.isWhitespace(text.charAt(i - 1))) continue;
            if (i > 0 && (text.substring(0, i).contains(". ") || text.substring(0, i).strip().split("\\s+").length > 12)) return -1;
            int n = at(text.substring(i));
            if (n == 0) continue;
            int j = i + n;
            if (j < text.length() && (Character.isUpperCase(text.codePointAt(j)) || "\"“*_«‘'".indexOf(text.charAt(j)) >= 0)) return j;
        }
        return -1;
    }

    /**
     * Whether {@code text} holds, anywhere as whole words, a form that points back to a work cited before — an
     * ibid. form ({@code Ibid.}, {@code Idem ibidem}, {@code Там же}) or an op. cit. form ({@code op. cit.},
     * {@code art. cit.}, {@code указ. соч.}). A list of works never holds one; notes often do.
     */
    public static boolean holdsRepeatForm(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (i > 0 && Character.isLetterOrDigit(text.charAt(i - 1))) continue;
            if (ScannerWords.matchAt(ScannerWords.STANDARD.ibid, text, i) > 0 || ScannerWords.matchAt(ScannerWords.STANDARD.opCit, text, i) > 0) return true;
        }
        return false;
    }

    /** Whether {@code text} opens with a form that points back ({@code Ibid.}, {@code op. cit.}): see {@link #holdsRepeatForm}. */
    public static boolean opensWithRepeatForm(String text) {
        return ScannerWords.matchAt(ScannerWords.STANDARD.ibid, text, 0) > 0 || ScannerWords.matchAt(ScannerWords.STANDARD.opCit, text, 0) > 0;
    }

    /**
     * Whether {@code text} holds, as whole words, a phrase giving the date a web page was read ({@code accessed},
     * {@code retrieved}, {@code abgerufen}, {@code consulté le}, {@code дата обращения} — the {@code accessed} rows of
     * {@code scanner-words.tsv}): what a citation of a web source says, and prose about software or a link seldom does.
     */
    public static boolean holdsAccessDate(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (i > 0 && Character.isLetterOrDigit(text.charAt(i - 1))) continue;
            if (ScannerWords.matchAt(ScannerWords.STANDARD.accessed, text, i) > 0) return true;
        }
        return false;
    }

    /** The length of the op. cit. form ({@code op. cit.}, {@code dz. cyt.}, {@code a.a.O.}) at {@code i} in {@code text}, or 0. */
    public static int opCitAt(String text, int i) {
        return ScannerWords.matchAt(ScannerWords.STANDARD.opCit, text, i);
    }
}
