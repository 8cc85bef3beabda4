package org.opis.cite;

import java.util.ArrayList;
import java.util.List;

/**
 * A further form under which a note may cite an entry's family name: the words before a particle inside it
 * ({@code Anselme 1726} for {@code Anselme de Sainte-Marie, Père (1726)}: a religious name with its place, cited by its
 * first word). Particles are the shared lexicon's ({@code particles.tsv}).
 */
final class FamilyNameForms {

    private FamilyNameForms() {
    }

    /** The further forms of {@code family} (none when no particle stands inside it). */
    static List<String> of(String family, ScannerWords words) {
        List<String> out = new ArrayList<>();
        if (family == null || family.isBlank()) return out;
        String[] w = family.strip().split("\\s+");
        for (int i = 1; i < w.length - 1; i++) {
            if (words.particles.contains(ScannerWords.fold(w[i])) && Character.isUpperCase(w[0].codePointAt(0))) {
                out.add(String.join(" ", java.util.Arrays.copyOfRange(w, 0, i)));
                break;
            }
        }
        return out;
    }
}
