package org.opis.reflist.tagger;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The hashed features the tagger meets most often, most frequent first ({@code hot-features.txt}):
 * the order in which a loaded model's packed weight rows are laid out as it is read ({@link ModelFile}),
 * so that the rows read for nearly every token lie side by side in a few hundred kilobytes that stay
 * cached, instead of scattered over the ~10 MB table. Only the layout follows from the list: every
 * feature keeps its own row of weights and the emission sums add the same rows in the same order,
 * so the scores are the same floats with any list, a stale one (after a retrained model) or none.
 * The list depends on the feature hashing alone, not on a model's weights. Rebuilt with
 * {@code java -cp … org.opis.reflist.tagger.HotRows ENTRIES OUT [N]} (ENTRIES: one entry a line).
 */
final class HotRows {

    static final String RESOURCE = "/org/opis/reflist/tagger/hot-features.txt";

    private HotRows() {
    }

    /** The bundled list, or none when it is missing or unreadable (the layout is then the model file's). */
    static int[] bundled() {
        try (InputStream in = HotRows.class.getResourceAsStream(RESOURCE)) {
            if (in == null) return new int[0];
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.US_ASCII));
            List<Integer> out = new ArrayList<>();
            String l;
            while ((l = r.readLine()) != null) {
                if (l.isBlank() || l.startsWith("#")) continue;
                out.add(Integer.parseInt(l.strip()));
            }
            return out.stream().mapToInt(Integer::intValue).toArray();
        } catch (IOException | NumberFormatException e) {
            return new int[0];
        }
    }

    /** Counts the features (with a row in the bundled model) of every entry of ARGS[0] and writes the N most frequent to ARGS[1]. */
    public static void main(String[] args) throws Exception {
        Model m = Tagger.bundled().model();
        int n = args.length > 2 ? Integer.parseInt(args[2]) : 8000;
        int[] count = new int[1 << m.bits];
        long lookups = 0;
        for (String line : Files.readAllLines(Path.of(args[0]), StandardCharsets.UTF_8)) {
            List<Token> tokens = Tokenizer.tokens(line);
            if (tokens.isEmpty()) continue;
            int lead = GenreLabels.lead(tokens);
            for (int[] fs : Features.of(tokens.subList(lead, tokens.size()), m.bits)) {
                for (int f : fs) {
                    if (m.rows.hasRow(f)) {
                        count[f]++;
                        lookups++;
                    }
                }
            }
        }
        Integer[] order = new Integer[count.length];
        for (int i = 0; i < order.length; i++) order[i] = i;
        Arrays.sort(order, (x, y) -> count[y] != count[x] ? Integer.compare(count[y], count[x]) : Integer.compare(x, y));
        StringBuilder b = new StringBuilder();
        b.append("# opis tagger: hashed feature indices (").append(m.bits).append(" bits), most frequent first, laid out first in the\n")
                .append("# loaded model's weight rows (HotRows). Counted on ").append(args[0]).append(".\n");
        long covered = 0;
        int written = 0;
        for (int i = 0; i < n && count[order[i]] > 0; i++, written++) {
            b.append(order[i]).append('\n');
            covered += count[order[i]];
        }
        Files.writeString(Path.of(args[1]), b.toString(), StandardCharsets.US_ASCII);
        System.out.printf("%d features written; they are %.1f%% of the %d row lookups%n", written, 100.0 * covered / lookups, lookups);
    }
}
