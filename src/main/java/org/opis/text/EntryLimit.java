package org.opis.text;

import org.opis.model.Diagnostic;
import org.opis.model.Span;

/**
 * The {@code entries} limit ({@link Limits#entries()}) as every reader applies it: the entries up to
 * the limit are read, and at the first one beyond it one {@code input/too-many-entries} error says
 * that the rest of the file is not read and how to raise the limit.
 */
public final class EntryLimit {

    /** {@code input/too-many-entries} (error). */
    public static final String CODE = "input/too-many-entries";

    private EntryLimit() {
    }

    /** True when {@code read} entries already fill the limit, so the next one is not read. */
    public static boolean reached(long read) {
        return read >= Limits.current().entries();
    }

    /** The finding, placed at the first entry not read. */
    public static Diagnostic finding(Span firstNotRead) {
        long max = Limits.current().entries();
        return Diagnostic.error(CODE, firstNotRead,
                "more than " + max + " entries: the first " + max + " are read, this one and the rest of the file are not")
                .withFix(Limits.raise("entries"));
    }

    /** The first entries up to the limit; when some are cut, the finding at the first one cut is added to {@code diags}. */
    public static <T> java.util.List<T> cap(java.util.List<T> entries, java.util.function.Function<T, Span> at, java.util.List<Diagnostic> diags) {
        long max = Limits.current().entries();
        if (entries.size() <= max) return entries;
        diags.add(finding(at.apply(entries.get((int) max))));
        return entries.subList(0, (int) max);
    }
}
