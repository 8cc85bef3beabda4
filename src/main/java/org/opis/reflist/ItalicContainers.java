package org.opis.reflist;

import java.util.ArrayList;
import java.util.List;

/**
 * The same words read as the publisher by one reader and as the container by the other ({@code "…". BBC. 16 October
 * 2012.}): the entry's typography decides — a name set in italics is a container (a journal, a newspaper, a website: no
 * major style sets a publisher in italics), a plain one the publisher, as Wikipedia's {@code cite web} prints its
 * {@code website} and {@code publisher}. A check of {@link ChoiceChecks}' kind, on the content of the entry.
 */
final class ItalicContainers {
    private ItalicContainers() {
    }

    static List<String> mend(List<String> take, String entry, FieldChooser.Readings rd) {
        String rp = rd.rules().get("publisher");
        String tc = rd.tagger().get("container-title");
        String rc = rd.rules().get("container-title");
        String tp = rd.tagger().get("publisher");
        if (rp != null && rp.equals(tc) && rc == null && tp == null) {
            // the rules say publisher, the tagger container
            return decide(take, italic(entry, rd.rulesText().get("publisher")));
        }
        if (rc != null && rc.equals(tp) && rp == null && tc == null) {
            // the rules say container, the tagger publisher
            return decide(take, !italic(entry, rd.rulesText().get("container-title")));
        }
        return take;
    }

    /** Takes both fields from the tagger, or leaves both to the rules. */
    private static List<String> decide(List<String> take, boolean tagger) {
        List<String> out = new ArrayList<>(take);
        out.remove("publisher");
        out.remove("container-title");
        if (tagger) {
            out.add("publisher");
            out.add("container-title");
        }
        return out;
    }

    private static boolean italic(String entry, String v) {
        if (v == null || v.isEmpty()) return false;
        return entry.contains("*" + v + "*") || entry.contains("_" + v + "_") || entry.contains("<i>" + v + "</i>");
    }
}
