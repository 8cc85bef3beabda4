package org.opis.csl;

import de.undercouch.citeproc.csl.CSLItemData;
import de.undercouch.citeproc.csl.CSLName;
import de.undercouch.citeproc.csl.CSLNameBuilder;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A particle written at the start of a family name ({@code "family": "van Dijk"}) is read as the
 * name's non-dropping particle ({@code van} + {@code Dijk}), as citeproc-js (Zotero) reads CSL-JSON
 * names unless {@code parse-names} is false. CSL 1.0.2, "Name-part Order" and
 * {@code demote-non-dropping-particle}: a non-dropping particle is printed before the family name
 * when the name is displayed, and after the given name when names are inverted and the style demotes
 * it ({@code Dijk, Ruud van}; GOST: {@code Dijk R. van}); it is left out of the sort key's first part
 * ("Sorting", names sort by family name first). Without this, citeproc-java printed {@code van Dijk R.}
 * and sorted the work under V.
 *
 * <p>Only the lower-case words of {@link #PARTICLES} count, followed by a capitalised family name;
 * a record that already has a particle, a literal name or {@code parse-names: false} is left as it is.
 */
final class FamilyParticles {

    /** Lower-case name particles (Dutch, German, French, Italian, Spanish, Portuguese, Scandinavian). */
    static final Set<String> PARTICLES = Set.of("van", "von", "vom", "de", "der", "den", "des", "di", "da", "del", "della",
            "dei", "degli", "do", "dos", "das", "du", "la", "le", "ter", "ten", "zu", "zur", "zum", "af", "av", "d’", "d'");

    private static final Pattern LEADING = Pattern.compile("^((?:\\p{Ll}+[’']?\\s+)+)(\\p{Lu}.*)$");

    private FamilyParticles() {
    }

    /** The record with particles at the start of family names made non-dropping particles. */
    static CSLItemData apply(CSLItemData d) {
        CSLName[][] lists = NameLists.of(d);
        CSLName[][] out = new CSLName[lists.length][];
        boolean changed = false;
        for (int k = 0; k < lists.length; k++) {
            if (lists[k] == null) continue;
            out[k] = lists[k].clone();
            for (int i = 0; i < out[k].length; i++) {
                CSLName n = split(out[k][i]);
                if (n != out[k][i]) {
                    out[k][i] = n;
                    changed = true;
                }
            }
        }
        if (!changed) return d;
        return NameLists.with(d, out);
    }

    /** The name with its leading particle moved out of the family name; the same object when there is none. */
    static CSLName split(CSLName n) {
        if (n == null || n.getFamily() == null || n.getLiteral() != null || n.getNonDroppingParticle() != null
                || Boolean.FALSE.equals(n.getParseNames())) return n;
        Matcher m = LEADING.matcher(n.getFamily().strip());
        if (!m.matches()) return n;
        String particle = m.group(1).strip();
        for (String w : particle.split("\\s+")) if (!PARTICLES.contains(w)) return n;
        return new CSLNameBuilder(n).family(m.group(2)).nonDroppingParticle(particle).build();
    }
}
