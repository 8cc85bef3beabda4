package org.opis.reflist;

import org.opis.model.CslRecords;
import org.opis.model.Diagnostic;
import org.opis.model.Reference;
import org.opis.model.Span;
import org.opis.reflist.tagger.Field;
import org.opis.reflist.tagger.Label;
import org.opis.reflist.tagger.Tagger;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The tagger's part in reading a list: which tagger is used (the bundled model unless another was
 * chosen, e.g. by {@code opis parse --model}), and how an entry the rules read is combined with the
 * tagger's reading ({@link HybridReader}). Archival entries keep the historian's exact rules, and so
 * do entries whose rules' reading the {@link ReaderGate} finds sound (the tagger is not run). When
 * the tagger's record is taken, each field it is unsure of is reported as
 * {@code reference/low-confidence}, naming the field and its alternatives.
 */
public final class Tagging {
    /** Finding: a field the tagger read with low confidence. */
    public static final String LOW_CONFIDENCE = "reference/low-confidence";

    private static volatile Tagger chosen;
    private static volatile boolean off;

    private Tagging() {
    }

    /** Uses this tagger for the lists read from now on (null: the bundled model again). */
    public static void use(Tagger t) {
        chosen = t;
        off = false;
    }

    /** Reads lists with the rules alone (the tagger off) from now on, or again with it. */
    public static void disable(boolean disabled) {
        off = disabled;
    }

    /** The tagger in use, or null when it is off or the bundled model cannot be read. */
    public static Tagger inUse() {
        return current();
    }

    static Tagger current() {
        if (off) return null;
        Tagger t = chosen;
        if (t != null) return t;
        try {
            return Tagger.bundled();
        } catch (Tagger.ModelException e) {
            return null;
        }
    }

    /** The entry read by the rules, combined with the tagger's reading of its raw text. */
    static Reference apply(org.opis.text.SourceText src, Reference r, Tagger t, List<Diagnostic> findings) {
        if (r.archive() || r.raw().isBlank() || r.raw().length() > 2000) return r;
        ReaderGate gate = ReaderGate.bundled();
        if (gate != null && gate.rulesSuffice(CslRecords.csl(r), r.raw(), r.defects().size(), r.extra())) {
            // the rules' reading looks sound: the record the merge gives when it takes nothing from the tagger
            HybridReader.Merge m = HybridReader.rulesAloneSettled(CslRecords.csl(r), r.raw());
            return m.item() == CslRecords.csl(r) ? r : CslRecords.reference(r.id(), m.item(), r.span(), r.raw(), r.defects(), r.archive(), r.extra());
        }
        Tagger.Tagged tagged;
        try {
            tagged = t.tag(r.raw());
        } catch (RuntimeException e) {
            return r;
        }
        HybridReader.Merge m = HybridReader.merge(CslRecords.csl(r), r.extra(), tagged);
        if (m.item() == CslRecords.csl(r)) return r;
        List<Diagnostic> defects = new ArrayList<>(r.defects());
        if (m.taggerRecord()) {
            for (Field f : m.uncertain()) {
                Span at = src.span(Math.min(r.span().offset() + f.start(), src.text().length()), Math.max(0, Math.min(f.end() - f.start(), src.text().length() - r.span().offset() - f.start())));
                String alts = f.alternatives().isEmpty() ? "" : "; it may also be " + f.alternatives().stream().map(Label::field).collect(Collectors.joining(" or "));
                Diagnostic d = Diagnostic.info(LOW_CONFIDENCE, at, String.format(Locale.ROOT,
                        "the %s \u201C%s\u201D was read with low confidence (%.2f)%s", f.label().field(), f.text(), f.confidence(), alts));
                defects.add(d);
                findings.add(d);
            }
        }
        return CslRecords.reference(r.id(), m.item(), r.span(), r.raw(), defects, r.archive(), r.extra());
    }
}
