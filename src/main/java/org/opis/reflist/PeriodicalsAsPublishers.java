package org.opis.reflist;

import java.util.ArrayList;
import java.util.List;

/**
 * A periodical is not its own publisher: where the rules read an article (a container title with a volume or an issue)
 * and the tagger read no container but took that very span for the publisher ({@code … salud pública.
 * Revista Ciencias de la Salud, 15(3), 397-408.}, {@code … Palimpsestus, 6, 163-176.}), the tagger's publisher and empty
 * container are not taken: the record would file the journal as a publishing house and lose the container. (A place the
 * tagger read there is left to the chooser: {@code "Protocol of Peace …". Washington, D.C., U.S. 12 August 1898.} is a
 * place the rules took for a periodical.) A check of {@link ChoiceChecks}' kind, on the take list, content-based (the
 * same words read as two fields).
 */
final class PeriodicalsAsPublishers {
    private PeriodicalsAsPublishers() {
    }

    static List<String> mend(List<String> take, FieldChooser.Readings rd) {
        String rc = rd.rules().get("container-title");
        if (rc == null || rd.tagger().get("container-title") != null || !take.contains("container-title")) return take;
        if (rd.rules().get("volume") == null && rd.rules().get("issue") == null) return take;
        if (!take.contains("publisher") || !rc.equals(rd.tagger().get("publisher"))) return take;
        List<String> out = new ArrayList<>(take);
        out.remove("container-title");
        out.remove("publisher");
        return out;
    }
}
