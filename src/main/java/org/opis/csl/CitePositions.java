package org.opis.csl;

import org.w3c.dom.Document;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Cite positions (CSL 1.0.2, "Choose", {@code position}), decided by opis: citeproc-java 3.5 knows
 * only {@code first} and {@code ibid}, takes them from every citation it was ever asked for (opis
 * renders probes too) and never gives {@code subsequent}, {@code ibid-with-locator} or
 * {@code near-note}, so a note style printed the full first note every time. Each citation is one
 * note, numbered in document order:
 * <ul>
 *   <li>{@code first}: the first cite of the work;</li>
 *   <li>{@code ibid}: the cite follows a cite of the same work in the same citation, or is the first
 *   of its citation and the previous citation was that work alone, and both have no locator or the
 *   same one; {@code ibid-with-locator}: the same, but the cite has a locator that differs from the
 *   previous one's (or the previous one had none); a cite without a locator after one with a locator
 *   is only {@code subsequent};</li>
 *   <li>{@code subsequent}: any later cite (so {@code ibid} cites are subsequent too);</li>
 *   <li>{@code near-note}: a later cite whose note is at most {@code near-note-distance} (default 5)
 *   notes after the previous note citing the work.</li>
 * </ul>
 * Before citeproc-java runs, every {@code position} test is decided for the cite's position and the
 * condition simplified, as the {@code locator} test is ({@link LocatorConditions}).
 */
final class CitePositions {

    /** The four exclusive positions. */
    enum Kind { FIRST, SUBSEQUENT, IBID, IBID_WITH_LOCATOR }

    /** A cite's position; {@code near}: within the near-note distance of the work's previous note. */
    record Position(Kind kind, boolean near) {

        /** The test of {@code position="value"} for this cite (CSL 1.0.2, "Choose"). */
        boolean test(String value) {
            return switch (value) {
                case "first" -> kind == Kind.FIRST;
                case "subsequent" -> kind != Kind.FIRST;
                case "ibid" -> kind == Kind.IBID || kind == Kind.IBID_WITH_LOCATOR;
                case "ibid-with-locator" -> kind == Kind.IBID_WITH_LOCATOR;
                case "near-note" -> kind != Kind.FIRST && near;
                default -> false;
            };
        }

        /** A short key naming this position in an engine's key. */
        String key() {
            return kind.name().toLowerCase(java.util.Locale.ROOT) + (near ? "+near" : "");
        }

        static Position ofKey(String key) {
            boolean near = key.endsWith("+near");
            String k = near ? key.substring(0, key.length() - 5) : key;
            return new Position(Kind.valueOf(k.toUpperCase(java.util.Locale.ROOT)), near);
        }
    }

    private CitePositions() {
    }

    /** True when the style tests positions anywhere. */
    static boolean used(String xml) {
        return xml.contains("position=\"");
    }

    /** The style's {@code near-note-distance} (CSL default 5). */
    static int nearNoteDistance(String xml) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("near-note-distance=\"(\\d+)\"").matcher(xml);
        return m.find() ? Integer.parseInt(m.group(1)) : 5;
    }

    /** The position of every cite of these citations, citation {@code i} being note {@code i + 1}. */
    static List<Position[]> of(List<List<CitationItem>> clusters, int nearNoteDistance) {
        List<Position[]> out = new ArrayList<>();
        Map<String, Integer> lastNote = new HashMap<>();
        List<CitationItem> previousCluster = List.of();
        for (int n = 0; n < clusters.size(); n++) {
            List<CitationItem> cluster = clusters.get(n);
            Position[] ps = new Position[cluster.size()];
            for (int i = 0; i < cluster.size(); i++) {
                CitationItem ci = cluster.get(i);
                Integer last = lastNote.get(ci.id());
                if (last == null) {
                    ps[i] = new Position(Kind.FIRST, false);
                } else {
                    CitationItem before = i > 0 ? cluster.get(i - 1) : previousCluster.size() == 1 ? previousCluster.get(0) : null;
                    Kind kind = Kind.SUBSEQUENT;
                    if (before != null && before.id().equals(ci.id())) {
                        boolean has = ci.locator().isPresent();
                        boolean had = before.locator().isPresent();
                        if (!has && !had) kind = Kind.IBID;
                        else if (has && had && sameLocator(ci, before)) kind = Kind.IBID;
                        else if (has) kind = Kind.IBID_WITH_LOCATOR;
                    }
                    ps[i] = new Position(kind, n - last <= nearNoteDistance);
                }
                lastNote.put(ci.id(), n);
            }
            out.add(ps);
            previousCluster = cluster;
        }
        return out;
    }

    private static boolean sameLocator(CitationItem a, CitationItem b) {
        return Objects.equals(a.locator(), b.locator()) && Objects.equals(a.label().orElse(null), b.label().orElse(null));
    }

    /** Decides every {@code position} test for this position; true when the document changed. */
    static boolean resolve(Document doc, Position position) {
        if (position == null) return false;
        return LocatorConditions.decide(doc, "position", position::test);
    }
}
