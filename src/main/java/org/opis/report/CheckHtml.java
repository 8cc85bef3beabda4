package org.opis.report;

import org.opis.cite.ArchivalFinding;
import org.opis.cite.ArchivalReading;
import org.opis.cite.CheckSummary;
import org.opis.cite.CheckedCitation;
import org.opis.cite.CheckedNote;
import org.opis.cite.CitationStatus;
import org.opis.cite.Locator;
import org.opis.cite.UncitedReferenceRule;
import org.opis.model.Diagnostic;
import org.opis.model.Reference;
import org.opis.model.Span;
import org.opis.text.SourceText;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The HTML report of {@code opis check --format html}: one self-contained page (inline style and
 * script, nothing fetched) for an editor or reviewer to open in a browser. Filters by severity, code
 * and citation status and the panel of the selected citation are {@link Interactive}'s. It shows the figures,
 * the findings, the note itself with every citation coloured by how it resolved (hover for the
 * entry it points to, the reason and the pinpoint), a table of the citations, and the reference
 * list with links back to the citations of each entry. The page is well-formed XHTML-compatible
 * markup; all text from the note is escaped.
 */
public final class CheckHtml {
    private CheckHtml() {
    }

    private static final String STYLE = """
            body{font-family:Georgia,'Times New Roman',serif;max-width:72rem;margin:1.5rem auto;padding:0 1rem;color:#222;line-height:1.45}
            h1{font-size:1.5rem;margin-bottom:.2rem}h2{font-size:1.2rem;margin-top:2rem;border-bottom:1px solid #ccc}
            .meta{color:#666;font-size:.9rem}
            table{border-collapse:collapse;width:100%;font-size:.92rem}
            th,td{border:1px solid #ddd;padding:.25rem .45rem;text-align:left;vertical-align:top}
            td.t{overflow-wrap:anywhere}
            table.refs{table-layout:fixed}table.refs td{overflow-wrap:anywhere}
            table.refs th:nth-child(1){width:17%}table.refs th:nth-child(2){width:3.5rem}table.refs th:nth-child(4){width:4.5rem}table.refs th:nth-child(5){width:18%}
            th{background:#f4f1ea}
            table.figures{width:auto}table.figures td.n{text-align:right;font-weight:bold;min-width:3rem}
            .sev-error{color:#a40000;font-weight:bold}.sev-warning{color:#8a5a00}.sev-info{color:#335}
            code,.mono,pre{font-family:'DejaVu Sans Mono',Consolas,monospace}
            pre.note{white-space:pre-wrap;overflow-wrap:anywhere;font-size:.85rem;background:#fcfbf8;border:1px solid #ddd;padding:.6rem .6rem .6rem 4.6rem;line-height:1.55}
            .ln{display:inline-block;width:3.6rem;margin-left:-4.2rem;margin-right:.6rem;text-align:right;color:#999;user-select:none}
            .ln.flag{color:#a40000;font-weight:bold}
            a.cit{color:inherit;text-decoration:none;border-bottom:2px solid;border-radius:2px;padding:0 1px}
            .resolved{background:#e3f3e1;border-color:#3a8a35}
            .fuzzy{background:#fff2c6;border-color:#c49000}
            .unresolved{background:#fbd9d6;border-color:#b3261e}
            .ambiguous{background:#efdcf7;border-color:#7b3aa0}
            .archival-valid{background:#dcebf8;border-color:#2b66a8}
            .archival-invalid{background:#fbd9d6;border-color:#b3261e;border-bottom-style:dashed}
            .key{display:inline-block;padding:0 .4rem;margin:.1rem .3rem .1rem 0;border-bottom:2px solid}
            tr.uncited td{background:#fff6e0}
            .tag{font-size:.8rem;font-variant:small-caps;color:#8a5a00;font-weight:bold}
            .back a{margin-right:.3rem}
            :target{outline:2px solid #2b66a8}
            """;

    /** The whole page for a checked note and the text it was checked against. */
    public static String write(CheckedNote note, SourceText source, String version) {
        Model m = new Model(note, source);
        StringBuilder sb = new StringBuilder(source.text().length() * 2 + 16_384);
        sb.append("<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"en\">\n<head>\n<meta charset=\"utf-8\"/>\n")
          .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>\n")
          .append("<title>Citation check: ").append(Html.escape(note.name())).append("</title>\n")
          .append("<style>\n").append(STYLE).append(Interactive.css()).append("</style>\n</head>\n<body>\n");
        sb.append("<h1>Citation check: ").append(Html.escape(note.name())).append("</h1>\n")
          .append("<p class=\"meta\">Report by opis ").append(Html.escape(version))
          .append(". Contents: <a href=\"#summary\">summary</a> · <a href=\"#findings\">findings</a> · ")
          .append("<a href=\"#text\">the note</a> · <a href=\"#citations\">citations</a> · <a href=\"#references\">references</a></p>\n");
        summary(sb, note.summary(), note.diagnostics());
        Interactive.filters(sb, note);
        findings(sb, m);
        text(sb, m);
        citations(sb, m);
        references(sb, m);
        Interactive.end(sb, note);
        sb.append("</body>\n</html>\n");
        return sb.toString();
    }

    /** Lookups shared by the sections: citation order, anchors of entries, back links. */
    private static final class Model {
        final CheckedNote note;
        final SourceText source;
        final Map<String, Integer> refIndex = new HashMap<>();
        final Map<String, List<Integer>> citedBy = new LinkedHashMap<>();
        final Set<String> cited;
        final Map<String, Integer> citationAt = new HashMap<>();
        final Set<Integer> flaggedLines;

        Model(CheckedNote note, SourceText source) {
            this.note = note;
            this.source = source;
            for (int i = 0; i < note.references().size(); i++) refIndex.putIfAbsent(note.references().get(i).id(), i + 1);
            for (int i = 0; i < note.citations().size(); i++) {
                CheckedCitation c = note.citations().get(i);
                int n = i + 1;
                c.resolvesTo().ifPresent(id -> citedBy.computeIfAbsent(id, k -> new ArrayList<>()).add(n));
                if (c.status() == CitationStatus.AMBIGUOUS) {
                    for (String id : c.candidates()) citedBy.computeIfAbsent(id, k -> new ArrayList<>()).add(n);
                }
                Span s = c.citation().span();
                citationAt.putIfAbsent(s.line() + ":" + s.column(), n);
            }
            cited = UncitedReferenceRule.cited(note.citations());
            flaggedLines = note.diagnostics().stream().map(d -> d.span().line()).collect(Collectors.toSet());
        }

        Optional<String> refAnchor(String id) {
            Integer i = refIndex.get(id);
            return i == null ? Optional.empty() : Optional.of("ref-" + i);
        }
    }

    /** The CSS class of a citation: its status, or for an archival one, whether it is valid. */
    static String cssClass(CheckedCitation c) {
        if (c.archival().isPresent()) return c.archival().get().valid() ? "archival-valid" : "archival-invalid";
        return c.status().word();
    }

    /** The status in words, for the tables and tooltips. */
    static String statusWords(CheckedCitation c) {
        if (c.archival().isPresent()) {
            return "archival, " + (c.archival().get().valid() ? "valid" : "invalid") + " (" + c.status().word() + ")";
        }
        return c.status().word();
    }

    private static void summary(StringBuilder sb, CheckSummary s, List<Diagnostic> ds) {
        long errors = ds.stream().filter(Diagnostic::isError).count();
        sb.append("<h2 id=\"summary\">Summary</h2>\n<table class=\"figures\">\n");
        row(sb, "Citations found", s.citations(), "");
        row(sb, "Resolved", s.resolved(), "resolved");
        row(sb, "Fuzzy (loosely linked)", s.fuzzy(), "fuzzy");
        row(sb, "Unresolved", s.unresolved(), "unresolved");
        row(sb, "Ambiguous", s.ambiguous(), "ambiguous");
        row(sb, "References never cited", s.uncited(), "");
        row(sb, "Archival citations valid", s.archivalValid(), "archival-valid");
        row(sb, "Archival citations invalid", s.archivalInvalid(), "archival-invalid");
        row(sb, "Findings", ds.size(), "");
        sb.append("</table>\n<p class=\"meta\">").append(ds.size()).append(" findings, of which ").append(errors)
          .append(" errors. Key: ");
        for (String k : List.of("resolved", "fuzzy", "unresolved", "ambiguous", "archival-valid", "archival-invalid")) {
            sb.append("<span class=\"key ").append(k).append("\">").append(k.replace('-', ' ')).append("</span>");
        }
        sb.append("</p>\n");
    }

    private static void row(StringBuilder sb, String label, long n, String cls) {
        sb.append("<tr><th>");
        if (cls.isEmpty()) sb.append(label);
        else sb.append("<span class=\"key ").append(cls).append("\">").append(label).append("</span>");
        sb.append("</th><td class=\"n\">").append(n).append("</td></tr>\n");
    }

    private static void findings(StringBuilder sb, Model m) {
        sb.append("<h2 id=\"findings\">Findings</h2>\n");
        if (m.note.diagnostics().isEmpty()) {
            sb.append("<p>No findings.</p>\n");
            return;
        }
        sb.append("<table class=\"finds\">\n<tr><th>Place</th><th>Severity</th><th>Code</th><th>Message</th><th>Fix</th></tr>\n");
        int i = 0;
        for (Diagnostic d : m.note.diagnostics()) {
            i++;
            Span s = d.span();
            Integer cit = m.citationAt.get(s.line() + ":" + s.column());
            String target = cit != null ? "c-" + cit : "L" + s.line();
            boolean lineExists = s.line() <= m.source.lineCount();
            sb.append("<tr id=\"f-").append(i).append("\" data-severity=\"").append(d.severity().word()).append("\" data-code=\"")
              .append(Html.escape(d.code())).append("\"><td class=\"mono\" data-l=\"Place\">");
            if (cit != null || lineExists) sb.append("<a href=\"#").append(target).append("\">").append(s.line()).append(':').append(s.column()).append("</a>");
            else sb.append(s.line()).append(':').append(s.column());
            sb.append("</td><td class=\"sev-").append(d.severity().word()).append("\" data-l=\"Severity\">").append(Html.escape(d.severity().word()))
              .append("</td><td data-l=\"Code\"><code>").append(Html.escape(d.code())).append("</code></td><td class=\"t\" data-l=\"Message\">").append(Html.escape(d.message()))
              .append("</td><td class=\"t\"").append(d.fix().isPresent() ? " data-l=\"Fix\"" : "").append(">").append(Html.escape(d.fix().orElse(""))).append("</td></tr>\n");
        }
        sb.append("</table>\n");
    }

    /** The tooltip of a citation: status, the entry it points to, the reason, the pinpoints, archival findings. */
    static String tooltip(CheckedCitation c, Model m) {
        StringBuilder t = new StringBuilder();
        t.append(statusWords(c));
        if (c.resolvesTo().isPresent()) {
            String id = c.resolvesTo().get();
            t.append(" \u2192 ").append(id);
            m.note.references().stream().filter(r -> r.id().equals(id)).findFirst()
                    .ifPresent(r -> t.append(": ").append(oneLine(r.raw(), 200)));
        }
        if (!c.candidates().isEmpty()) {
            t.append(c.status() == CitationStatus.AMBIGUOUS ? "\ncould be: " : "\nnearest: ").append(String.join(", ", c.candidates()));
        }
        if (!c.reason().isBlank()) t.append("\nreason: ").append(c.reason());
        if (!c.locators().isEmpty()) t.append("\npinpoint: ").append(locators(c.locators()));
        c.archival().ifPresent(a -> {
            a.archive().ifPresent(x -> t.append("\narchive: ").append(x));
            a.leaves().ifPresent(x -> t.append("\nleaves: ").append(x));
            for (ArchivalFinding f : a.findings()) t.append("\n").append(f.severity().word()).append(": ").append(f.message());
        });
        return t.toString();
    }

    static String locators(List<Locator> ls) {
        return ls.stream().map(l -> l.label() + " " + l.value()).collect(Collectors.joining("; "));
    }

    private static String oneLine(String s, int max) {
        String t = s.strip().replaceAll("\\s+", " ");
        return t.length() > max ? t.substring(0, max - 1) + "\u2026" : t;
    }

    /** A citation's bounds in the text, clipped so no two overlap. */
    record Mark(int index, int start, int end) {
    }

    static List<Mark> marks(CheckedNote note, int textLength) {
        List<Mark> raw = new ArrayList<>();
        for (int i = 0; i < note.citations().size(); i++) {
            Span s = note.citations().get(i).citation().span();
            int start = Math.min(s.offset(), textLength);
            int end = Math.min(s.offset() + s.length(), textLength);
            raw.add(new Mark(i + 1, start, Math.max(start, end)));
        }
        raw.sort(Comparator.comparingInt(Mark::start).thenComparingInt(Mark::index));
        List<Mark> out = new ArrayList<>();
        int prevEnd = 0;
        for (Mark k : raw) {
            int start = Math.max(k.start(), prevEnd);
            int end = Math.max(start, k.end());
            out.add(new Mark(k.index(), start, end));
            prevEnd = end;
        }
        return out;
    }

    private static void text(StringBuilder sb, Model m) {
        String text = m.source.text();
        sb.append("<h2 id=\"text\">The note</h2>\n<p class=\"meta\">Each citation is coloured by how it resolved; ")
          .append("hover over it for the entry it points to, the reason and the pinpoint; click it for its row in the citation table. ")
          .append("Line numbers in red carry a finding.</p>\n<pre class=\"note\">");
        List<Mark> marks = marks(m.note, text.length());
        int next = 0;
        Mark open = null;
        int line = 1;
        lineNumber(sb, m, line);
        for (int pos = 0; pos <= text.length(); pos++) {
            if (open != null && pos == open.end()) {
                sb.append("</a>");
                open = null;
            }
            while (open == null && next < marks.size() && marks.get(next).start() == pos) {
                Mark k = marks.get(next++);
                CheckedCitation c = m.note.citations().get(k.index() - 1);
                sb.append("<a class=\"cit ").append(cssClass(c)).append("\" data-status=\"").append(cssClass(c)).append("\" data-cit=\"")
                  .append(k.index()).append("\" id=\"c-").append(k.index())
                  .append("\" href=\"#cr-").append(k.index()).append("\" title=\"").append(Html.escape(tooltip(c, m))).append("\">");
                if (k.end() == k.start()) sb.append("\u25E6</a>");
                else open = k;
            }
            if (pos == text.length()) break;
            char ch = text.charAt(pos);
            if (ch == '\r' || ch == '\n') {
                if (ch == '\r' && pos + 1 < text.length() && text.charAt(pos + 1) == '\n') continue;
                sb.append('\n');
                if (pos + 1 < text.length()) lineNumber(sb, m, ++line);
            } else {
                if (Character.isHighSurrogate(ch) && pos + 1 < text.length() && Character.isLowSurrogate(text.charAt(pos + 1))) {
                    sb.append(ch).append(text.charAt(++pos));
                } else {
                    Html.escapeTo(sb, text, pos, pos + 1);
                }
            }
        }
        if (open != null) sb.append("</a>");
        sb.append("</pre>\n");
    }

    private static void lineNumber(StringBuilder sb, Model m, int line) {
        sb.append("<span class=\"ln").append(m.flaggedLines.contains(line) ? " flag" : "").append("\" id=\"L").append(line)
          .append("\">").append(line).append("</span>");
    }

    private static void citations(StringBuilder sb, Model m) {
        sb.append("<h2 id=\"citations\">Citations</h2>\n");
        if (m.note.citations().isEmpty()) {
            sb.append("<p>No citations found.</p>\n");
            return;
        }
        sb.append("<table class=\"cits\">\n<tr><th>#</th><th>Place</th><th>Citation</th><th>Kind</th><th>Status</th><th>Points to</th><th>Pinpoint</th><th>Reason</th></tr>\n");
        for (int i = 0; i < m.note.citations().size(); i++) {
            CheckedCitation c = m.note.citations().get(i);
            int n = i + 1;
            Span s = c.citation().span();
            sb.append("<tr id=\"cr-").append(n).append("\" data-status=\"").append(cssClass(c)).append("\"><td data-l=\"#\">")
              .append("<button type=\"button\" class=\"pick\" data-cit=\"").append(n).append("\" aria-label=\"Show citation ").append(n).append("\">")
              .append(n).append("</button></td><td class=\"mono\" data-l=\"Place\"><a href=\"#c-").append(n).append("\">")
              .append(s.line()).append(':').append(s.column()).append("</a></td><td class=\"t\" data-l=\"Citation\">").append(Html.escape(c.citation().text()))
              .append("</td><td data-l=\"Kind\">").append(Html.escape(c.citation().kind().word())).append("</td><td data-l=\"Status\"><span class=\"key ")
              .append(cssClass(c)).append("\">").append(Html.escape(statusWords(c))).append("</span></td><td data-l=\"Points to\">");
            if (c.resolvesTo().isPresent()) refLink(sb, m, c.resolvesTo().get());
            List<String> others = c.candidates().stream().filter(id -> !c.resolvesTo().equals(Optional.of(id))).toList();
            if (!others.isEmpty()) {
                sb.append(c.resolvesTo().isPresent() ? "<br/>" : "").append(c.status() == CitationStatus.AMBIGUOUS ? "could be: " : "nearest: ");
                boolean first = true;
                for (String id : others) {
                    if (!first) sb.append(", ");
                    first = false;
                    refLink(sb, m, id);
                }
            }
            sb.append("</td><td data-l=\"Pinpoint\">").append(Html.escape(locators(c.locators()))).append("</td><td class=\"t\" data-l=\"Reason\">").append(Html.escape(c.reason()));
            c.archival().ifPresent(a -> archivalCell(sb, a, !c.reason().isBlank()));
            sb.append("</td></tr>\n");
        }
        sb.append("</table>\n");
    }

    private static void archivalCell(StringBuilder sb, ArchivalReading a, boolean afterReason) {
        boolean first = !afterReason;
        if (a.archive().isPresent()) {
            sb.append(first ? "" : "<br/>").append("archive: ").append(Html.escape(a.archive().get()));
            first = false;
        }
        for (ArchivalFinding f : a.findings()) {
            sb.append(first ? "" : "<br/>").append("<span class=\"sev-").append(f.severity().word()).append("\">").append(Html.escape(f.severity().word()))
              .append("</span> <code>").append(Html.escape(f.code())).append("</code>: ").append(Html.escape(f.message()));
            first = false;
        }
    }

    private static void refLink(StringBuilder sb, Model m, String id) {
        Optional<String> a = m.refAnchor(id);
        if (a.isPresent()) sb.append("<a href=\"#").append(a.get()).append("\">").append(Html.escape(id)).append("</a>");
        else sb.append(Html.escape(id));
    }

    private static void references(StringBuilder sb, Model m) {
        sb.append("<h2 id=\"references\">Reference list</h2>\n");
        if (m.note.references().isEmpty()) {
            sb.append("<p>No reference list found.</p>\n");
            return;
        }
        sb.append("<table class=\"refs\">\n<tr><th>Id</th><th>Line</th><th>Entry as written</th><th>Cited</th><th>Citations</th></tr>\n");
        for (int i = 0; i < m.note.references().size(); i++) {
            Reference r = m.note.references().get(i);
            List<Integer> by = m.citedBy.getOrDefault(r.id(), List.of());
            boolean uncited = !m.cited.contains(r.id());
            sb.append("<tr id=\"ref-").append(i + 1).append('"').append(uncited ? " class=\"uncited\"" : "").append("><td><code>")
              .append(Html.escape(r.id())).append("</code>").append(r.archive() ? " <span class=\"tag\">archive</span>" : "")
              .append("</td><td class=\"mono\">");
            if (r.span().line() <= m.source.lineCount() && r.span().line() > 0) {
                sb.append("<a href=\"#L").append(r.span().line()).append("\">").append(r.span().line()).append("</a>");
            }
            sb.append("</td><td class=\"t entry\">").append(Html.escape(r.raw().strip())).append("</td><td>");
            if (uncited) sb.append("<span class=\"tag\">uncited</span>");
            else sb.append(by.size());
            sb.append("</td><td class=\"back\">");
            for (int n : by) sb.append("<a href=\"#c-").append(n).append("\">\u21A9").append(n).append("</a>");
            sb.append("</td></tr>\n");
        }
        sb.append("</table>\n");
    }
}
