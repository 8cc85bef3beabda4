package org.opis.reflist;

import java.util.regex.Matcher;

/**
 * An edition statement or a number of volumes closing the title's sentence after a comma, where notes and syllabus lists
 * put it before the imprint in parentheses ({@code Hans Morgenthau, Politics Among Nations, Fifth Edition (Knopf, 1973).},
 * {@code The Evolution of American Society, 1700-1815: An Interdisciplinary Analysis, first ed. (Boston, 1973).},
 * {@code Hitler's War Aims, 2 volumes (Norton, 1973-74).}): the statement is taken out of the title into the edition (or
 * the number of volumes) when the draft has none yet. Only a whole statement after the title's last comma counts
 * ({@code TailStatements.EDITION}, {@code EntryVolumes.NUMBER_OF_VOLUMES}), so a title merely holding the word stays whole.
 */
final class TitleEditions {
    private TitleEditions() {
    }

    /** Moves an edition or a number of volumes closing the title after a comma out of it. */
    static void take(Draft d) {
        for (int round = 0; round < 2 && d.title != null; round++) {
            String t = d.title.strip();
            int comma = t.lastIndexOf(", ");
            if (comma <= 0) return;
            String tail = t.substring(comma + 2).strip();
            if (tail.endsWith(" ed") || tail.endsWith(" edn")) tail = tail + "."; // the title's full stop was trimmed
            Matcher ed = TailStatements.EDITION.matcher(tail);
            Matcher nv = EntryVolumes.NUMBER_OF_VOLUMES.matcher(tail);
            if (d.edition == null && ed.matches()) {
                d.edition = TailStatements.editionOf(ed);
            } else if (d.numberOfVolumes == null && nv.lookingAt() && tail.substring(nv.end()).matches("\\.?")) {
                d.numberOfVolumes = nv.group(1);
            } else return;
            d.title = t.substring(0, comma).strip();
        }
    }
}
