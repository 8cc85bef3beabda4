package org.opis.archival;

/**
 * One cited leaf or range of leaves ("104–105", "5ob.", "5–7ob."): the first and last leaf as
 * strings, and whether each end is the verso (оборот).
 *
 * @param from      first leaf
 * @param to        last leaf (equal to {@code from} for a single leaf)
 * @param fromVerso true when the first leaf is the verso
 * @param toVerso   true when the last leaf is the verso
 */
public record Leaf(String from, String to, boolean fromVerso, boolean toVerso) {

    public boolean single() {
        return from.equals(to) && fromVerso == toVerso;
    }

    /** English form: "104–105", "5ob.", "5–7ob.". */
    public String english() {
        if (single()) return from + (fromVerso ? "ob." : "");
        return from + (fromVerso ? "ob." : "") + "–" + to + (toVerso ? "ob." : "");
    }

    /** GOST form: "104–105", "5 об.", "5–7 об.". */
    public String gost() {
        if (single()) return from + (fromVerso ? " об." : "");
        return from + (fromVerso ? " об." : "") + "–" + to + (toVerso ? " об." : "");
    }

    /** Leaf numbers without the verso mark ("5–7"). */
    public String plain() {
        return from.equals(to) ? from : from + "–" + to;
    }
}
