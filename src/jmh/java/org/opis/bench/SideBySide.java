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
 *   SideBySide archival LINES.txt [rounds]  opis archival parse+validate of every line (one thread)
 *   SideBySide list LINES.txt [rounds]      opis parse of every line as one entry (as parse --lines)
 * </pre>
 * Prints every round and the medians (the first round is warm-up and is left out of the median),
 * in wall time and in this thread's CPU time: on a shared machine the CPU time is what the work
 * costs on an idle core, while wall time also counts the time other processes held the CPU.
 */
public final class SideBySide {

    private SideBySide() {
    }

    public static void main(String[] args) throws Exception {
        String text = Files.readString(Path.of(args[1]));
        int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 5;
        if (args[0].equals("bib")) {
            java.lang.management.ThreadMXBean mx = java.lang.management.ManagementFactory.getThreadMXBean();
            double[] jb = new double[rounds];
            double[] op = new double[rounds];
            double[] jbc = new double[rounds];
            double[] opc = new double[rounds];
            int n = 0;
            for (int r = 0; r < rounds; r++) {
                long c0 = mx.getCurrentThreadCpuTime();
                long t0 = System.nanoTime();
                n = JBibTeXAlone.parse(text).getEntries().size();
                jb[r] = (System.nanoTime() - t0) / 1e9;
                jbc[r] = (mx.getCurrentThreadCpuTime() - c0) / 1e9;
                c0 = mx.getCurrentThreadCpuTime();
                t0 = System.nanoTime();
                int m = new BibTeXImport().read(new SourceText("in.bib", text)).references().size();
                op[r] = (System.nanoTime() - t0) / 1e9;
                opc[r] = (mx.getCurrentThreadCpuTime() - c0) / 1e9;
                System.out.printf("round %d: jbibtex %,d entries %.3f s (cpu %.3f s); opis %,d records %.3f s (cpu %.3f s)%n",
                        r + 1, n, jb[r], jbc[r], m, op[r], opc[r]);
            }
            double j = median(jb), o = median(op), jc = median(jbc), oc = median(opc);
            System.out.printf("median wall: jbibtex %.3f s (%,.0f entries/s), opis import %.3f s (%,.0f entries/s); opis/jbibtex = %.2f%n",
                    j, n / j, o, n / o, o / j);
            System.out.printf("median cpu:  jbibtex %.3f s (%,.0f entries/s), opis import %.3f s (%,.0f entries/s); opis/jbibtex = %.2f%n",
                    jc, n / jc, oc, n / oc, oc / jc);
        } else if (args[0].equals("format")) {
            List<Reference> items = CslJson.read(new SourceText("items.json", text)).references();
            CslFormatter f = new CslFormatter(CslStyle.load("chicago-author-date"), Optional.empty(), OutputFormat.TEXT);
            java.lang.management.ThreadMXBean mx = java.lang.management.ManagementFactory.getThreadMXBean();
            double[] t = new double[rounds];
            double[] c = new double[rounds];
            for (int r = 0; r < rounds; r++) {
                long c0 = mx.getCurrentThreadCpuTime();
                long t0 = System.nanoTime();
                int lines = f.bibliography(items).bibliography().size();
                t[r] = (System.nanoTime() - t0) / 1e9;
                c[r] = (mx.getCurrentThreadCpuTime() - c0) / 1e9;
                System.out.printf("round %d: opis format %,d items -> %,d entries in %.3f s (cpu %.3f s)%n", r + 1, items.size(), lines, t[r], c[r]);
            }
            System.out.printf("median (rounds 2..): opis format %.3f s wall, %.3f s cpu%n", median(t), median(c));
        } else if (args[0].equals("archival") || args[0].equals("list")) {
            List<String> lines = text.lines().filter(l -> !l.isBlank()).toList();
            org.opis.archival.ArchivalEngine engine = org.opis.archival.ArchivalEngine.standard();
            boolean archival = args[0].equals("archival");
            double[] wall = new double[rounds];
            double[] cpu = new double[rounds];
            java.lang.management.ThreadMXBean mx = java.lang.management.ManagementFactory.getThreadMXBean();
            for (int r = 0; r < rounds; r++) {
                long c0 = mx.getCurrentThreadCpuTime();
                long t0 = System.nanoTime();
                long sink = 0;
                for (String l : lines) {
                    sink += archival ? engine.parse(l).levels().size() : org.opis.batch.LineJob.REFERENCES.apply(l).length();
                }
                wall[r] = (System.nanoTime() - t0) / 1e9;
                cpu[r] = (mx.getCurrentThreadCpuTime() - c0) / 1e9;
                System.out.printf("round %d: %s %,d lines: wall %.3f s (%,.0f/s), cpu %.3f s (%,.0f/s) [%d]%n", r + 1, args[0],
                        lines.size(), wall[r], lines.size() / wall[r], cpu[r], lines.size() / cpu[r], sink % 10);
            }
            System.out.printf("median (rounds 2..): %s %,d lines: wall %.3f s = %,.0f/s; cpu %.3f s = %,.0f/s on one core%n",
                    args[0], lines.size(), median(wall), lines.size() / median(wall), median(cpu), lines.size() / median(cpu));
        } else {
            throw new IllegalArgumentException("bib|format|archival|list");
        }
    }

    /** The median of rounds 2.. (round 1 warms up), or of all when there is one round. */
    static double median(double[] all) {
        double[] a = all.length > 1 ? Arrays.copyOfRange(all, 1, all.length) : all.clone();
        Arrays.sort(a);
        return a.length % 2 == 1 ? a[a.length / 2] : (a[a.length / 2 - 1] + a[a.length / 2]) / 2;
    }
}
