package org.opis.archival;

import org.opis.model.Diagnostic;
import org.opis.model.Severity;
import org.opis.model.Span;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Everything the rules look at for one citation: the scan, the archive found, the scheme and the
 * separator style. Built by {@link ArchivalEngine}; package-private working state.
 */
final class Analysis {

    /** The separator style of a citation: comma (English) or period (GOST). */
    enum Style { COMMA, PERIOD }

    final String text;
    final Scan scan;
    final ArchivalScheme scheme;
    final ArchiveRegistry.Match match;
    final Optional<ArchiveEntry> archive;   // unambiguous match, or inherited
    final boolean continuation;
    final List<Scan.Element> elements;      // resolved (bare values merged or labelled)
    Style style = Style.COMMA;
    boolean schemeUnknown;
    boolean impliedArchive;                 // no archive written, but the reference implies one ("RG 59")
    String unknownSchemeId = "";
    /** The registry the citation was read against (for rules that name registry entries). */
    ArchiveRegistry registry;

    Analysis(String text, Scan scan, ArchivalScheme scheme, ArchiveRegistry.Match match,
             Optional<ArchiveEntry> archive, boolean continuation, List<Scan.Element> elements) {
        this.text = text;
        this.scan = scan;
        this.scheme = scheme;
        this.match = match;
        this.archive = archive;
        this.continuation = continuation;
        this.elements = elements;
    }

    LabelTable labels() {
        return scheme.labels();
    }

    boolean papka() {
        return archive.map(ArchiveEntry::papka).orElse(false);
    }

    /** True when the citation is written in Cyrillic (labels or archive). */
    boolean cyrillic() {
        for (Scan.Element e : elements) if (!e.labelText.isEmpty()) return Values.hasCyrillic(e.labelText);
        return Values.hasCyrillic(scan.archiveText);
    }

    int column(int offset) {
        return text.codePointCount(0, Math.min(offset, text.length())) + 1;
    }

    Span span(int start, int end) {
        int s = Math.max(0, Math.min(start, text.length()));
        int e = Math.max(s, Math.min(end, text.length()));
        return new Span(1, column(s), s, e - s);
    }

    Diagnostic diag(String code, Severity sev, int start, int end, String message, String fix) {
        return new Diagnostic(code, sev, span(start, end), message, Optional.ofNullable(fix));
    }

    /** Longest input for which a fix is the whole corrected citation; beyond it, a fix is the replacement only. */
    static final int WHOLE_FIX_LIMIT = 2000;

    /** The input with [start, end) replaced. */
    String edit(int start, int end, String replacement) {
        if (text.length() > WHOLE_FIX_LIMIT) return replacement;
        return text.substring(0, start) + replacement + text.substring(end);
    }

    /** A text cut to a readable length for a message. */
    static String shorten(String s) {
        return s.length() > 60 ? s.substring(0, 57) + "…" : s;
    }

    /** The separator that belongs between elements in this citation's style. */
    char separator() {
        return style == Style.PERIOD ? '.' : ',';
    }

    /** Labels given before element index i. */
    List<String> levelsBefore(int i) {
        List<String> l = new ArrayList<>();
        for (int k = 0; k < i; k++) l.add(elements.get(k).level);
        return l;
    }

    /** A label in the citation's script and case for a level ("l." / "Л." / "л."), used in fixes. */
    String labelFor(String level, boolean plural, boolean capital) {
        String key = plural && level.equals("list") ? "list+" : level;
        String l;
        if (cyrillic() && labels().hasGost()) {
            l = labels().gost(key).orElse(level);
            if (!capital && style == Style.COMMA) l = l.toLowerCase(java.util.Locale.ROOT);
        } else {
            l = labels().english(key).orElse(level);
            if (capital && !l.isEmpty()) l = Character.toUpperCase(l.charAt(0)) + l.substring(1);
        }
        return l;
    }

    /** True when most labels of the citation start with a capital letter. */
    boolean capitalLabels() {
        int up = 0, low = 0;
        for (Scan.Element e : elements) {
            if (e.labelText.isEmpty() || e.labelAfter) continue;
            if (Character.isUpperCase(e.labelText.charAt(0))) up++; else low++;
        }
        return up > low;
    }
}
