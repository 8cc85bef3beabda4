package org.opis.bench;

import org.jbibtex.BibTeXDatabase;
import org.jbibtex.BibTeXParser;

import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * JBibTeX's own parse of a .bib, nothing else: the floor under opis's BibTeX import. As a main it
 * parses FILE {@code rounds} times in one JVM and prints each round's time and entries per second
 * ({@code java -cp ... org.opis.bench.JBibTeXAlone FILE.bib [rounds]}).
 */
public final class JBibTeXAlone {

    private JBibTeXAlone() {
    }

    static BibTeXDatabase parse(String bib) throws Exception {
        return new BibTeXParser().parse(new StringReader(bib));
    }

    public static void main(String[] args) throws Exception {
        String bib = Files.readString(Path.of(args[0]));
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        for (int r = 0; r < rounds; r++) {
            long t0 = System.nanoTime();
            int n = parse(bib).getEntries().size();
            double s = (System.nanoTime() - t0) / 1e9;
            System.out.printf("jbibtex round %d: %,d entries in %.3f s = %,.0f entries/s%n", r + 1, n, s, n / s);
        }
    }
}
