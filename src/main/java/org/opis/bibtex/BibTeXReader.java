package org.opis.bibtex;

import org.opis.model.CslRecords;
import de.undercouch.citeproc.csl.CSLItemData;
import de.undercouch.citeproc.csl.CSLItemDataBuilder;
import de.undercouch.citeproc.csl.CSLType;
import de.undercouch.citeproc.csl.CSLName;
import de.undercouch.citeproc.helper.json.MapJsonBuilderFactory;
import org.jbibtex.BibTeXDatabase;
import org.jbibtex.BibTeXEntry;
import org.jbibtex.BibTeXParser;
import org.jbibtex.BibTeXString;
import org.jbibtex.Key;
import org.jbibtex.ParseException;
import org.jbibtex.TokenMgrException;
import org.jbibtex.Value;
import org.opis.model.Diagnostic;
import org.opis.model.ParsedRecords;
import org.opis.model.Reference;
import org.opis.model.Span;
import org.opis.text.SourceText;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a .bib file (BibTeX or biblatex) into records. Each {@code @…} block is parsed on its own
 * by JBibTeX, so a broken entry is reported with its line and column and the others are still
 * read; {@code @string} macros are resolved; LaTeX is decoded to Unicode ({@link LaTeX}); fields
 * become CSL variables through {@link BibMapping}; every field without a CSL equivalent, and an
 * entry type the mapping would not give back, is kept in {@code Reference.extra} so that writing
 * the records out again loses nothing.
 */
public final class BibTeXReader {

    private static final Pattern CITED_AS = Pattern.compile("(?:^|;\\s*)cited as (\\d{1,4})([a-z]{1,3})$");
    private static final Set<String> DATE_FIELDS = Set.of("date", "year", "month", "day");

    private final BibMapping mapping = BibMapping.standard();
    private final LaTeX latex = LaTeX.standard();

    /** Reads the records of a .bib text; never throws on bad input. */
    public ParsedRecords read(SourceText source) {
        List<Reference> refs = new ArrayList<>();
        List<Diagnostic> diags = read(source, refs::add);
        return new ParsedRecords(refs, diags);
    }

    /**
     * Reads the records of a .bib text, handing each to {@code sink} as soon as its entry is read (the
     * entries are parsed one by one; {@code @string} macros, which bibtex requires before their use,
     * are kept as they come); returns the findings. Never throws on bad input.
     */
    public List<Diagnostic> read(SourceText source, java.util.function.Consumer<Reference> sink) {
        String text = source.text();
        int[] count = new int[1];
        java.util.function.Consumer<Reference> refs = r -> {
            count[0]++;
            sink.accept(r);
        };
        List<Diagnostic> diags = new ArrayList<>();
        List<String> undefined = new ArrayList<>();
        BibTeXParser parser = parser(undefined);
        Set<String> keys = new HashSet<>();
        for (EntrySplitter.Block b : EntrySplitter.split(text)) {
            Span where = source.span(b.start(), b.end() - b.start());
            if (org.opis.text.EntryLimit.reached(count[0]) && diags.add(org.opis.text.EntryLimit.finding(where))) break;
            switch (b.type()) {
                case "comment", "preamble" -> {
                    diags.add(Diagnostic.info("bibtex/not-a-record", where, "this @" + b.type()
                            + " block belongs to the file, not to a record; it is not carried into the records or written back"));
                    continue;
                }
                case "include" -> {
                    diags.add(Diagnostic.warning("bibtex/include", where, "@include is not followed: opis reads only the file it is given")
                            .withFix("convert the included file separately"));
                    continue;
                }
                default -> {
                }
            }
            if (!b.terminated()) {
                diags.add(Diagnostic.error("bibtex/unterminated", where,
                        "this @" + b.type() + " block never closes its braces; it ends where the next entry starts")
                        .withFix("add the missing '}' (often in the field before the next entry)"));
            }
            String chunk = text.substring(b.start(), b.end());
            BibTeXDatabase db;
            undefined.clear();
            try {
                db = parser.parse(new StringReader(chunk));
            } catch (ParseException | RuntimeException e) {
                if (b.terminated()) {
                    Span at = e instanceof ParseException pe ? BibSpans.at(source, b.start(), chunk, pe)
                            : e instanceof TokenMgrException te ? BibSpans.at(source, b.start(), chunk, te.getMessage()) : where;
                    String why = e instanceof RuntimeException && !(e instanceof TokenMgrException)
                            ? e.getClass().getSimpleName() : BibSpans.firstLine(e.getMessage());
                    diags.add(Diagnostic.error("bibtex/syntax", at, "cannot read this @" + b.type() + ": " + why));
                }
                // Nothing the user gave is dropped: try closing the braces the entry left open, and
                // failing that keep the entry's text verbatim in a record of its own.
                Optional<BibTeXDatabase> repaired = b.terminated() ? Optional.empty() : closeBraces(chunk, undefined);
                if (repaired.isPresent()) {
                    db = repaired.get();
                } else if (ENTRY_HEAD.matcher(chunk).lookingAt()) {
                    Reference kept = verbatim(b.type(), chunk, where, keys);
                    diags.add(Diagnostic.warning("bibtex/kept-verbatim", where, "the unreadable @" + b.type()
                            + " entry is kept as record '" + kept.id() + "' with its text in the note, so nothing is lost")
                            .withFix("correct the entry and read the file again"));
                    refs.accept(kept);
                    continue;
                } else {
                    continue; // not even an entry head (@type{key,): nothing to keep but the finding
                }
            }
            for (String u : undefined) {
                diags.add(Diagnostic.warning("bibtex/undefined-string", new BibSpans.Locator(source, b.start(), chunk).word(u, where), "the @string macro '" + u + "' is not defined; its name is kept as the value")
                        .withFix("define it with @string{" + u + " = {…}} before this entry, or put the value in braces"));
            }
            for (BibTeXString s : db.getStrings().values()) {
                long size = MacroSizes.expandedLength(s.getValue());
                if (size > org.opis.text.Limits.current().bibString()) {
                    // a doubling chain of macros would fill the heap when expanded: it is not defined
                    diags.add(Diagnostic.error("bibtex/too-long", where, "the @string macro '" + s.getKey().getValue() + "' expands to "
                            + size + " characters, over the limit of " + org.opis.text.Limits.current().bibString()
                            + "; it is left undefined").withFix(org.opis.text.Limits.raise("bib-string")));
                    parser.removeMacro(s.getKey().getValue());
                    continue;
                }
                parser.addMacro(s);
            }
            for (BibTeXEntry e : db.getEntries().values()) {
                String key = e.getKey().getValue();
                if (!keys.add(key.toLowerCase(Locale.ROOT))) {
                    diags.add(Diagnostic.warning("bibtex/duplicate-key", where, "the key '" + key + "' is used by an earlier entry too")
                            .withFix("give each entry its own key"));
                }
                List<Diagnostic> defects = new ArrayList<>();
                refs.accept(reference(e, where, chunk, defects, new BibSpans.Locator(source, b.start(), chunk)));
                diags.addAll(defects);
            }
        }
        if (count[0] == 0 && diags.isEmpty()) {
            diags.add(Diagnostic.warning("bibtex/empty", Span.START, "no @entries found in this file"));
        }
        return diags;
    }

    private static final Pattern ENTRY_HEAD = Pattern.compile("@\\s*\\w+\\s*[{(]\\s*([^,\\s{}()]+)");

    /** Parses an unterminated entry again with its open braces closed; empty when that fails too. */
    private Optional<BibTeXDatabase> closeBraces(String chunk, List<String> undefined) {
        int depth = 0;
        for (int i = 0; i < chunk.length(); i++) {
            char c = chunk.charAt(i);
            if (c == '\\') i++;
            else if (c == '{') depth++;
            else if (c == '}' && depth > 0) depth--;
        }
        if (depth == 0 || depth > 64) return Optional.empty();
        try {
            BibTeXDatabase db = parser(undefined).parse(new StringReader(chunk.stripTrailing() + "}".repeat(depth)));
            return db.getEntries().isEmpty() ? Optional.empty() : Optional.of(db);
        } catch (ParseException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** A record that holds an unreadable entry's text verbatim (type document, text in note). */
    private static Reference verbatim(String type, String chunk, Span where, Set<String> keys) {
        Matcher m = ENTRY_HEAD.matcher(chunk);
        String key = m.lookingAt() ? m.group(1) : "unreadable" + where.line();  // the caller checked the head
        while (!keys.add(key.toLowerCase(Locale.ROOT))) key = key + "-" + where.line();
        CSLItemData data = new CSLItemDataBuilder().id(key).type(CSLType.DOCUMENT).note(chunk.strip()).build();
        return CslRecords.reference(key, data, where, chunk, List.of(), false, Map.of());
    }

    private static BibTeXParser parser(List<String> undefined) {
        try {
            return new BibTeXParser() {
                @Override
                public void checkStringResolution(Key key, BibTeXString string) {
                    if (string == null) undefined.add(key.getValue());
                }

                @Override
                public void checkCrossReferenceResolution(Key key, BibTeXEntry entry) {
                    // crossref is kept as a field and written back; bibtex and biber resolve it
                }
            };
        } catch (ParseException e) {
            throw new IllegalStateException(e);
        }
    }

    // ------------------------------------------------------------------ entry → record

    private Reference reference(BibTeXEntry e, Span where, String chunk, List<Diagnostic> defects, BibSpans.Locator loc) {
        String key = e.getKey().getValue();
        String type = e.getType().getValue().toLowerCase(Locale.ROOT);
        Map<String, String> fields = new LinkedHashMap<>();
        for (Map.Entry<Key, Value> f : e.getFields().entrySet()) {
            String name = f.getKey().getValue().toLowerCase(Locale.ROOT);
            long size = MacroSizes.expandedLength(f.getValue());
            if (size > org.opis.text.Limits.current().bibString()) {
                defects.add(Diagnostic.error("bibtex/too-long", loc.field(name, where), key + ": the field " + name + " expands to "
                                + size + " characters (through @string macros), over the limit of " + org.opis.text.Limits.current().bibString()
                                + "; it is left empty").withFix(org.opis.text.Limits.raise("bib-string")));
                continue;
            }
            // continuation-line indentation is layout, not content (JBibTeX's formatter re-indents on output)
            String value = org.jbibtex.StringUtil.removeIndent(f.getValue().toUserString());
            if (LaTeX.braceDepth(value) > org.opis.text.Limits.current().bibDepth()) {
                defects.add(Diagnostic.error("bibtex/too-deep", loc.field(name, where), key + ": the field " + name + " nests braces more than "
                        + org.opis.text.Limits.current().bibDepth() + " deep; it is read without its braces")
                        .withFix(org.opis.text.Limits.raise("bib-depth")));
                value = value.replace("{", "").replace("}", "");
            }
            fields.put(name, value);
        }
        Map<String, Object> csl = new LinkedHashMap<>();
        Map<String, String> extra = new LinkedHashMap<>();
        csl.put("id", key);

        Optional<String> subtype = Optional.ofNullable(fields.get("entrysubtype")).map(String::trim);
        Optional<String> cslType = mapping.importType(type, subtype);
        csl.put("type", cslType.orElse("document"));
        BibMapping.TypeRule back = mapping.exportType(cslType.orElse("document"));
        if (cslType.isEmpty() || !(back.bibtex().equals(type) || back.biblatex().equals(type))) {
            extra.put(BibTeXWriter.EXTRA_TYPE, type);
        }
        if (subtype.isPresent() && !mapping.subtypeIsImplied(type, subtype.get())) {
            extra.put(BibTeXWriter.EXTRA + "entrysubtype", fields.get("entrysubtype"));
        }

        dates(fields, csl, extra, key, loc, where, defects);
        for (Map.Entry<String, String> f : fields.entrySet()) {
            String name = f.getKey();
            String raw = f.getValue();
            if (name.equals("entrysubtype") || DATE_FIELDS.contains(name)) continue;
            Optional<BibMapping.FieldRule> rule = mapping.importRule(name, type);
            if (rule.isEmpty() || csl.containsKey(rule.get().csl())) {
                extra.put(BibTeXWriter.EXTRA + name, raw);
                continue;
            }
            String var = rule.get().csl();
            switch (rule.get().kind()) {
                case NAMES -> {
                    List<Object> names = new ArrayList<>();
                    for (BibNames.Parsed p : BibNames.parse(raw, latex)) {
                        p.problem().ifPresent(m -> defects.add(Diagnostic.warning("bibtex/name", loc.field(name, where), key + ": " + name + ": " + m)));
                        if (p.name().getLiteral() != null && p.name().getLiteral().isEmpty()) continue;
                        names.add(json(p.name()));
                    }
                    if (!names.isEmpty()) csl.put(var, names);
                }
                case VERBATIM -> csl.put(var, raw.trim());
                case PAGES -> {
                    // CSL page ranges use a hyphen (as Zotero and pandoc write them); "--" and "–" both become "-"
                    String v = latex.decode(raw).text().replace('\u2013', '-').replace('\u2014', '-');
                    if (!v.isEmpty()) csl.put(var, v);
                }
                case DATE -> csl.put(var, BibDates.fromIso(latex.decode(raw).text()));
                case LANGUAGE -> {
                    String v = latex.decode(raw).text();
                    String code = mapping.languageCode(v).orElse(v);
                    if (!mapping.babel(code).orElse(code).equals(v)) extra.put(BibTeXWriter.EXTRA_LATEX + name, raw);
                    csl.put(var, code);
                }
                default -> {
                    LaTeX.Decoded d = var.endsWith("title") ? latex.decodeTitle(raw) : latex.decodeRich(raw); // titles: braces are nocase spans
                    d.problem().ifPresent(m -> defects.add(Diagnostic.warning("bibtex/latex", loc.field(name, where),
                            key + ": " + name + ": " + m + "; kept with its braces removed")));
                    if (d.lossy() || d.problem().isPresent()) extra.put(BibTeXWriter.EXTRA_LATEX + name, raw);
                    if (!d.text().isEmpty()) csl.put(var, d.text());
                }
            }
        }
        fallbackNote(csl, extra);
        // a thesis's kind is its entry type: CSL (and Zotero's Type field) needs it as genre
        if (!csl.containsKey("genre")) ThesisGenre.implied(type).ifPresent(g -> csl.put("genre", g));
        CSLItemData item = CSLItemData.fromJson(csl);
        return CslRecords.reference(key, item, where, chunk, defects, false, extra);
    }

    private void dates(Map<String, String> fields, Map<String, Object> csl, Map<String, String> extra,
                       String key, BibSpans.Locator loc, Span where, List<Diagnostic> defects) {
        String date = fields.get("date");
        String year = fields.get("year");
        if (date != null) {
            Map<String, Object> d = BibDates.fromIso(latex.decode(date).text());
            csl.put("issued", d);
            if (d.containsKey("literal")) defects.add(Diagnostic.warning("bibtex/date", loc.field("date", where),
                    key + ": date '" + date + "' is not an ISO 8601 date; kept as written"));
            for (String f : List.of("year", "month", "day")) {
                if (fields.containsKey(f)) extra.put(BibTeXWriter.EXTRA + f, fields.get(f));
            }
            return;
        }
        if (year == null) {
            for (String f : List.of("month", "day")) {
                if (fields.containsKey(f)) extra.put(BibTeXWriter.EXTRA + f, fields.get(f));
            }
            return;
        }
        Optional<String> month = Optional.ofNullable(fields.get("month"));
        Optional<String> day = Optional.ofNullable(fields.get("day"));
        Map<String, Object> d = BibDates.fromClassic(latex.decode(year).text(), month, day);
        csl.put("issued", d);
        if (d.containsKey("literal")) defects.add(Diagnostic.warning("bibtex/date", loc.field("year", where),
                key + ": year '" + year + "' is not a year or a range of years; kept as written"));
        boolean monthUsed = month.isPresent() && BibDates.monthUnderstood(month.get()) && !d.containsKey("literal")
                && BibDates.parts(d).size() == 1;
        if (month.isPresent() && !monthUsed) {
            extra.put(BibTeXWriter.EXTRA + "month", month.get());
            if (!BibDates.monthUnderstood(month.get())) {
                defects.add(Diagnostic.warning("bibtex/date", loc.field("month", where),
                        key + ": month '" + month.get() + "' is not a month; kept as written").withFix("jan, feb, … dec, or 1–12"));
            }
        }
        boolean dayUsed = monthUsed && day.isPresent() && day.get().trim().matches("\\d{1,2}");
        if (day.isPresent() && !dayUsed) extra.put(BibTeXWriter.EXTRA + "day", day.get());
    }

    /** Removes the human-readable archive / year-label text opis itself appends on export, restoring the fields it came from. */
    private void fallbackNote(Map<String, Object> csl, Map<String, String> extra) {
        String addendumKey = BibTeXWriter.EXTRA + "addendum";
        boolean inAddendum = extra.containsKey(addendumKey);
        String text = inAddendum ? latex.decode(extra.get(addendumKey)).text() : (String) csl.get("note");
        if (text == null) return;
        String rest = text;
        Matcher m = CITED_AS.matcher(rest);
        if (m.find() && csl.get("issued") instanceof Map<?, ?> d && !BibDates.parts(d).isEmpty()
                && String.valueOf(BibDates.parts(d).get(0)[0]).equals(m.group(1))) {
            csl.put("year-suffix", m.group(2));
            rest = rest.substring(0, m.start());
        }
        Optional<String> archive = BibTeXWriter.archiveText(csl);
        if (archive.isPresent()) {
            String a = archive.get();
            if (rest.equals(a)) rest = "";
            else if (rest.endsWith(". " + a)) rest = rest.substring(0, rest.length() - a.length() - 2);
        }
        if (rest.equals(text)) return;
        if (inAddendum) {
            if (rest.isBlank()) extra.remove(addendumKey);
            else extra.put(addendumKey, rest);
        } else if (rest.isBlank()) {
            csl.remove("note");
        } else {
            csl.put("note", rest);
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> json(CSLName n) {
        return (Map<String, Object>) n.toJson(new MapJsonBuilderFactory().createJsonBuilder());
    }
}
