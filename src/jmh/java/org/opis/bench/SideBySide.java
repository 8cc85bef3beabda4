package org.opis.bench;

import org.opis.bibtex.BibTeXImport;
import org.opis.csl.CslFormatter;
import org.opis.csl.CslJson;
import org.opis.csl.CslStyle;
import org.opis.csl.OutputFormat;
import org.opis.model.Reference;
import org.opis.text.SourceText;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * In-process timings for the side-by-side ratios, in one JVM, rounds alternating so that both
 * sides see the same load:
 * <pre>
 *   SideBySide bib FILE.bib [rounds]        JBibTeX's parse alone vs opis's BibTeX import
 *   SideBySide format ITEMS.json [rounds]   opis chicago-author-date bibliography of CSL-JSON items
 * </pre>
 * Prints every round and the medians (the first round is warm-up and is left out of the median).
 */
public final class SideBySide {

    private SideBySide() {
    }

    public static void main(String[] args) throws Exception {
        String text = Files.readString(Path.of(args[1]));
        int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 5;
        if (args[0].equals("bib")) {
            double[] jb = new double[rounds];
            double[] op = new double[rounds];
            int n = 0;
            for (int r = 0; r < rounds; r++) {
                long t0 = System.nanoTime();
                n = JBibTeXAlone.parse(text).getEntries().size();
                jb[r] = (System.nanoTime() - t0) / 1e9;
                t0 = System.nanoTime();
                int m = new BibTeXImport().read(new SourceText("in.bib", text)).references().size();
                op[r] = (System.nanoTime() - t0) / 1e9;
                System.out.printf("round %d: jbibtex %,d entries %.3f s; opis %,d records %.3f s%n", r + 1, n, jb[r], m, op[r]);
            }
            double j = median(jb), o = median(op);
            System.out.printf("median: jbibtex %.3f s (%,.0f entries/s), opis import %.3f s (%,.0f entries/s); opis/jbibtex = %.2f%n",
                    j, n / j, o, n / o, o / j);
        } else if (args[0].equals("format")) {
            List<Reference> items = CslJson.read(new SourceText("items.json", text)).references();
            CslFormatter f = new CslFormatter(CslStyle.load("chicago-author-date"), Optional.empty(), OutputFormat.TEXT);
            double[] t = new double[rounds];
            for (int r = 0; r < rounds; r++) {
                long t0 = System.nanoTime();
                int lines = f.bibliography(items).bibliography().size();
                t[r] = (System.nanoTime() - t0) / 1e9;
                System.out.printf("round %d: opis format %,d items -> %,d entries in %.3f s%n", r + 1, items.size(), lines, t[r]);
            }
            System.out.printf("median (rounds 2..): opis format %.3f s%n", median(t));
        } else {
            throw new IllegalArgumentException("bib|format");
        }
    }

    /** The median of rounds 2.. (round 1 warms up), or of all when there is one round. */
    static double median(double[] all) {
        double[] a = all.length > 1 ? Arrays.copyOfRange(all, 1, all.length) : all.clone();
        Arrays.sort(a);
        return a.length % 2 == 1 ? a[a.length / 2] : (a[a.length / 2 - 1] + a[a.length / 2]) / 2;
    }
}
