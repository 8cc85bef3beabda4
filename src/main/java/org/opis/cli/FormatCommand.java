package org.opis.cli;

import org.opis.csl.CitationItem;
import org.opis.csl.CslFormatter;
import org.opis.csl.CslStyle;
import org.opis.csl.FormatException;
import org.opis.csl.FormattedEntry;
import org.opis.csl.OutputFormat;
import org.opis.csl.Rendering;
import org.opis.model.Diagnostic;
import org.opis.model.Reference;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;

/** {@code opis format}: a bibliography or citations in any CSL style, through citeproc-java. */
@Command(name = "format", mixinStandardHelpOptions = true,
        description = "Formats the records of FILE (a note, a .bib or a CSL-JSON file) in a citation style: the bibliography, "
                + "or with --citations one citation per record, or the citations given with --cite, or with --note-citations the note's own citations.",
        footer = {"", "Examples:",
                "  opis format note.md --style chicago-author-date",
                "  opis format items.json --style styles/sojourn-author-date.csl --format html -o refs.html",
                "  opis format note.md --style apa --locale de-DE --citations",
                "  opis format note.md --style styles/sojourn-author-date.csl --cite 'hoxha1981ditar, vol. 2, fol. 153' --cite 'konoreva2008nekotorye; selivanov2012moskva'",
                "", "Exit status: 0 formatted; 1 formatted, but the input has errors; 2 usage error, unknown style or locale, unreadable file."})
public final class FormatCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @picocli.CommandLine.Mixin
    IoOptions io;

    @Parameters(index = "0", paramLabel = "FILE", description = "note, .bib or CSL-JSON file ('-' for standard input)")
    String file;

    @Option(names = "--style", required = true, paramLabel = "ID|PATH",
            description = "a bundled CSL style id (chicago-author-date, apa, modern-humanities-research-association-author-date, gost-r-7-0-5-2008-numeric, …) or a .csl file")
    String style;

    @Option(names = "--format", paramLabel = "FORMAT",
            description = "text, html, rtf, markdown or asciidoc (default: text)")
    String format;

    @Option(names = "--locale", paramLabel = "xx-XX", description = "CSL locale, e.g. en-GB, ru-RU, de (default: the style's)")
    String locale;

    @Option(names = "--citations", description = "print one citation per record (each cited alone) instead of the bibliography")
    boolean citations;

    @Option(names = "--cite", paramLabel = "CITATION",
            description = "print this citation: ID[, LABEL LOCATOR] items separated by ';', e.g. 'hoxha1981ditar, vol. 2, fol. 153' (labels: p., fol., vol., ch., no., sec., …); repeatable")
    List<String> cites = new ArrayList<>();

    @Option(names = "--note-citations",
            description = "for a note: print each in-text citation the note makes (resolved to an entry, with its pinpoints) as written and as the style formats it, one per line: LINE:COL<TAB>as written<TAB>formatted")
    boolean noteCitations;

    @Option(names = "--compare-format",
            description = "print bib<TAB>ID<TAB>text lines for the bibliography, then cite<TAB>ID<TAB>text for one citation per record, as render-citeproc-js.mjs does")
    boolean compareFormat;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", arity = "1",
            description = "write to FILE instead of standard output")
    List<String> outputs = new ArrayList<>();

    @Option(names = "--out", hidden = true, paramLabel = "FILE", description = "deprecated spelling of -o/--output")
    String deprecatedOut;

    @picocli.CommandLine.Mixin
    FindingOptions findings;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        OutputChoice.Choice choice;
        try {
            choice = OutputChoice.resolve("format", outputs, format, deprecatedOut,
                    java.util.Arrays.asList(OutputFormat.names().split(",\\s*")), err);
        } catch (IllegalArgumentException e) {
            err.println("opis format: " + e.getMessage());
            return Main.USAGE;
        }
        String output = choice.format().orElse("text");
        String out = choice.file().orElse(null);
        Optional<OutputFormat> fmt = OutputFormat.of(output);
        if (fmt.isEmpty()) {
            err.println("opis format: unknown output format '" + output + "' (use one of: " + OutputFormat.names() + ")");
            return Main.USAGE;
        }
        CslFormatter formatter;
        try {
            formatter = new CslFormatter(CslStyle.load(style), Optional.ofNullable(locale), compareFormat ? OutputFormat.TEXT : fmt.get());
        } catch (FormatException e) {
            err.println("opis format: " + e.getMessage());
            return Main.USAGE;
        }
        Optional<Inputs.Loaded> loaded = Inputs.records(file, null, "format", err, io);
        if (loaded.isEmpty()) return Main.USAGE;
        if (loaded.get().reportedAsBinary(file, err)) return Main.FINDINGS;
        String name = file.equals("-") ? "<stdin>" : file;
        List<Diagnostic> shown = new ArrayList<>(loaded.get().diagnostics());
        List<Reference> refs = loaded.get().records().references();

        List<List<CitationItem>> clusters = new ArrayList<>();
        List<Diagnostic> citeFindings = new ArrayList<>();
        try {
            CiteChecks cc = new CiteChecks(refs.stream().map(Reference::id).toList());
            for (String c : cites) {
                List<CitationItem> items = cc.check(c, parseCite(c));
                if (!items.isEmpty()) clusters.add(items);
            }
            citeFindings.addAll(cc.findings());
        } catch (IllegalArgumentException e) {
            err.println("opis format: " + e.getMessage());
            return Main.USAGE;
        }
        int base = clusters.size();
        List<String> noteCites = new ArrayList<>();
        if (noteCitations) {
            if (!loaded.get().isNote()) {
                err.println("opis format: --note-citations needs a note; " + name + " was read as " + loaded.get().format());
                return Main.USAGE;
            }
            var checked = org.opis.Opis.check(new org.opis.text.SourceText(name, loaded.get().source()), loaded.get().records());
            java.util.Map<Integer, List<CitationItem>> groups = new java.util.LinkedHashMap<>();
            java.util.Map<Integer, String> written = new java.util.LinkedHashMap<>();
            for (var c : checked.citations()) {
                if (c.isArchival() || c.resolvesTo().isEmpty()) continue;
                if (c.status() != org.opis.cite.CitationStatus.RESOLVED && c.status() != org.opis.cite.CitationStatus.FUZZY) continue;
                int g = c.citation().group();
                groups.computeIfAbsent(g, k -> new ArrayList<>()).add(CitationItem.withLocators(c.resolvesTo().get(), c.locators()));
                written.merge(g, c.citation().span().line() + ":" + c.citation().span().column() + "\t" + c.citation().text(),
                        (a, b) -> a + "; " + b.substring(b.indexOf('\t') + 1));
            }
            clusters.addAll(groups.values());
            noteCites.addAll(written.values());
        }
        boolean eachCited = citations || compareFormat;
        if (eachCited) for (Reference r : refs) clusters.add(List.of(CitationItem.of(r.id())));

        Rendering rendering;
        try {
            rendering = formatter.render(refs, clusters);
        } catch (FormatException e) {
            err.println("opis format: " + e.getMessage());
            return Main.USAGE;
        } catch (RuntimeException e) {
            err.println("opis format: citeproc-java could not format these records in " + formatter.style().description() + ": " + e);
            return Main.USAGE;
        }
        shown.addAll(rendering.diagnostics());
        findings.print(shown, name, err);
        findings.print(citeFindings, "--cite", err);

        String text;
        if (compareFormat) {
            StringBuilder sb = new StringBuilder();
            for (FormattedEntry e : rendering.bibliography()) sb.append("bib\t").append(e.id()).append('\t').append(oneLine(e.text())).append('\n');
            List<String> cs = rendering.citations();
            int first = cs.size() - refs.size();
            for (int i = 0; i < refs.size(); i++) sb.append("cite\t").append(refs.get(i).id()).append('\t').append(oneLine(cs.get(first + i))).append('\n');
            text = sb.toString();
        } else if (noteCitations) {
            StringBuilder sb = new StringBuilder();
            List<String> cs = rendering.citations();
            for (int i = 0; i < noteCites.size(); i++) sb.append(noteCites.get(i)).append('\t').append(oneLine(cs.get(base + i))).append('\n');
            text = sb.toString();
        } else if (!cites.isEmpty() || citations) {
            text = formatter.citationDocument(rendering.citations());
        } else {
            if (!formatter.style().options().bibliography()) {
                err.println("opis format: " + formatter.style().description() + " has no bibliography; use --citations or --cite to format citations");
            }
            text = formatter.document(rendering.bibliography());
        }
        if (out != null) {
            if (!io.write(Path.of(out), text, err, "opis format", file, style)) return Main.USAGE;
        } else {
            PrintWriter o = spec.commandLine().getOut();
            o.print(text);
            o.flush();
        }
        boolean errors = shown.stream().anyMatch(Diagnostic::isError) || citeFindings.stream().anyMatch(Diagnostic::isError);
        return errors ? Main.FINDINGS : Main.OK;
    }

    private static String oneLine(String s) {
        return s.replaceAll("\\s*\\n\\s*", " ").strip();
    }

    /** {@code ID[, LABEL LOCATOR]} items separated by {@code ;}. */
    static List<CitationItem> parseCite(String spec) {
        List<CitationItem> items = new ArrayList<>();
        for (String part : spec.split(";")) {
            String p = part.strip();
            if (p.isEmpty()) continue;
            int comma = p.indexOf(',');
            if (comma < 0) {
                items.add(CitationItem.of(p));
                continue;
            }
            String id = p.substring(0, comma).strip();
            String rest = p.substring(comma + 1).strip();
            int sp = rest.indexOf(' ');
            if (sp > 0 && CitationItem.label(rest.substring(0, sp)).isPresent()) {
                items.add(new CitationItem(id, Optional.of(rest.substring(sp + 1).strip()), CitationItem.label(rest.substring(0, sp)),
                        Optional.empty(), Optional.empty()));
            } else if (!rest.isEmpty()) {
                items.add(new CitationItem(id, Optional.of(rest), Optional.empty(), Optional.empty(), Optional.empty()));
            } else {
                items.add(CitationItem.of(id));
            }
            if (id.isEmpty()) throw new IllegalArgumentException("--cite '" + spec + "': an item has no id");
        }
        if (items.isEmpty()) throw new IllegalArgumentException("--cite '" + spec + "': no item");
        return items;
    }
}
