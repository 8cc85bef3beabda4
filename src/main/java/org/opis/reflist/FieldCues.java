package org.opis.reflist;

import org.opis.reflist.tagger.Tagger;

import java.util.List;
import java.util.Map;

/**
 * The field chooser's cues of one field on which the two readings differ — the readings' cues as they are and crossed
 * with the field, whether either reading left it empty, the tagger's confidence in it, whether one reading's value sits
 * in another field of the other, the model's belief in each value ({@link SpanBelief}), their shapes ({@link
 * ValueShapes}) and difference ({@link ValueDiffs}), pairs of the yes/no cues — written once, into a map or straight into
 * the trees' numbered cues ({@link ChooserCues}).
 */
final class FieldCues {
    private FieldCues() {
    }

    /** Writes the features of one field on which the two readings differ ({@link FieldChooser#features}'s, in its order). */
    static void write(String field, FieldChooser.Readings rd, Tagger.Tagged tagged, ChooserCues x) {
        String rv = rd.rules().get(field);
        String tv = rd.tagger().get(field);
        // the readings' cues, each both as it is and crossed with the field, in this order (a 0 is not written)
        boolean[] yes = new boolean[PAIRED.size()];
        for (var e : rd.base().entrySet()) {
            both(x, e.getKey(), e.getValue());
            Integer k = PAIRED_AT.get(e.getKey());
            if (k != null) yes[k] = e.getValue() == 1.0;
        }
        both(x, "1", 1.0);
        yesNo(x, yes, RNULL, "rnull", rv == null);
        yesNo(x, yes, TNULL, "tnull", tv == null);
        double conf = FieldChooser.confidence(field, tagged);
        both(x, "tconf", conf);
        yesNo(x, yes, TCONF90, "tconf>=0.9", conf >= 0.9);
        yesNo(x, yes, TCONF99, "tconf>=0.99", conf >= 0.99);
        yesNo(x, yes, TINR, "tInR", tv != null && elsewhere(tv, field, rd.rules()));
        yesNo(x, yes, RINT, "rInT", rv != null && elsewhere(rv, field, rd.tagger()));
        String rt = rd.rules().get("title");
        String tt = rd.tagger().get("title");
        yesNo(x, yes, -1, "tInRtitle", tv != null && !field.equals("title") && rt != null && !rt.equals(tt) && rt.contains(tv));
        yesNo(x, yes, -1, "rInTtitle", rv != null && !field.equals("title") && tt != null && !tt.equals(rt) && tt.contains(rv));
        yesNo(x, yes, RLOST, "rLost", rv != null && !inAny(rv, rd.tagger()));
        yesNo(x, yes, TLOST, "tLost", tv != null && !inAny(tv, rd.rules()));
        yesNo(x, yes, THOLDS, "tHoldsROther", tv != null && holdsOther(tv, field, rd.rules()));
        yesNo(x, yes, RHOLDS, "rHoldsTOther", rv != null && holdsOther(rv, field, rd.tagger()));
        if (rv != null && tv != null) {
            both(x, "rContainsT", rv.contains(tv) ? 1.0 : 0.0);
            both(x, "tContainsR", tv.contains(rv) ? 1.0 : 0.0);
            both(x, "lenratio", Math.max(-2, Math.min(2, Math.log((tv.length() + 1.0) / (rv.length() + 1.0)))));
        }
        SpanBelief.add(x, field, rd, tagged);
        ValueShapes.add(x, field, "r", rd.rulesText().get(field));
        ValueShapes.add(x, field, "t", rd.taggerText().get(field));
        ValueDiffs.add(x, field, rd.rulesText().get(field), rd.taggerText().get(field));
        // pairs of the yes/no cues, per field: the weight of one cue may depend on another (an empty rules field whose
        // words the tagger read and the rules lost is another case than an empty field alone)
        for (int i = 0; i < yes.length; i++) {
            if (!yes[i]) continue;
            for (int j = i + 1; j < yes.length; j++) if (yes[j]) x.pair(i, j);
        }
    }

    /** A cue of the readings, as it is and crossed with the field, unless it is 0. */
    private static void both(ChooserCues x, String name, double v) {
        if (v != 0) x.both(name, v);
    }

    /** A yes/no cue: written as 1 when yes; its place among {@link #PAIRED} (or -1) noted for the pairs. */
    private static void yesNo(ChooserCues x, boolean[] yes, int paired, String name, boolean v) {
        if (v) x.both(name, 1.0);
        if (paired >= 0) yes[paired] = v;
    }

    /** The yes/no cues whose pairs are features too. */
    static final List<String> PAIRED = List.of("rnull", "tnull", "tLost", "rLost", "tInR", "rInT", "tconf>=0.9",
            "tconf>=0.99", "broken", "quoted", "italic", "cyr", "tHoldsROther", "rHoldsTOther", "tmin<0.9");
    private static final int RNULL = 0, TNULL = 1, TLOST = 2, RLOST = 3, TINR = 4, RINT = 5, TCONF90 = 6, TCONF99 = 7,
            THOLDS = 12, RHOLDS = 13;
    /** Each of {@link #PAIRED}'s cues by its place. */
    private static final Map<String, Integer> PAIRED_AT = placesOf(PAIRED);

    /** Each name by its place in the list. */
    static Map<String, Integer> placesOf(List<String> names) {
        Map<String, Integer> m = new java.util.HashMap<>();
        for (int i = 0; i < names.size(); i++) m.put(names.get(i), i);
        return Map.copyOf(m);
    }

    /** Whether the other reading's fields together hold the whole value (what is left of it once every field's text is taken out is empty). */
    private static boolean inAny(String v, Map<String, String> other) {
        return FieldChooser.covered(v, other.values());
    }

    /** Whether the value holds the whole of another (non-name, non-date) field of the other reading: two fields read as one. */
    private static boolean holdsOther(String v, String field, Map<String, String> other) {
        for (var e : other.entrySet()) {
            String k = e.getKey();
            if (k.equals(field) || k.equals("author") || k.equals("editor") || k.equals("translator") || k.equals("issued")) continue;
            if (e.getValue().length() >= 3 && v.contains(e.getValue())) return true;
        }
        return false;
    }

    private static boolean elsewhere(String v, String field, Map<String, String> other) {
        for (var e : other.entrySet()) if (!e.getKey().equals(field) && e.getValue().contains(v)) return true;
        return false;
    }
}
