package org.opis.csl;

import org.opis.model.CslRecords;
import de.undercouch.citeproc.CSL;
import de.undercouch.citeproc.ListItemDataProvider;
import de.undercouch.citeproc.LocaleProvider;
import de.undercouch.citeproc.csl.CSLCitation;
import de.undercouch.citeproc.csl.CSLCitationItem;
import de.undercouch.citeproc.csl.CSLCitationItemBuilder;
import de.undercouch.citeproc.csl.CSLItemData;
import de.undercouch.citeproc.csl.CSLItemDataBuilder;
import de.undercouch.citeproc.csl.CSLName;
import de.undercouch.citeproc.csl.CSLNameBuilder;
import de.undercouch.citeproc.output.Bibliography;
import de.undercouch.citeproc.output.Citation;
import org.opis.model.Diagnostic;
import org.opis.model.Reference;
import org.opis.model.Span;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Formats records in a citation style with citeproc-java: the bibliography and citations (with
 * locators), as text, HTML, RTF, Markdown or AsciiDoc, in a chosen locale.
 *
 * <p>Where citeproc-java 3.5 falls short of the CSL specification, opis fills the gap itself:
 * <ul>
 *   <li><b>Year suffixes</b> ({@code Konoreva 2008a}, {@code 2008b}): citeproc-java does no
 *   disambiguation. When the style asks for {@code disambiguate-add-year-suffix}, works whose
 *   citations would print identically get {@code a}, {@code b}, … in bibliography order; a
 *   {@code year-suffix} carried by a record (as the source printed it) is kept. When the style does
 *   not print the {@code year-suffix} variable itself, it is placed after the year of {@code issued}
 *   (as citeproc-js does).
 *   (A numeric style, which does not ask for it, prints no suffix, even one carried by the record.)</li>
 *   <li><b>Repeated authors</b>: the bibliography's {@code subsequent-author-substitute} (e.g.
 *   {@code ———}) replaces the names of an entry whose rendered names equal the previous entry's
 *   (rule {@code complete-all}; other rules are treated the same way).</li>
 *   <li><b>Title case</b>: citeproc-java title-cases only items whose {@code language} is English
 *   or unset; records keep their {@code language}, so Russian, Albanian or Vietnamese titles are
 *   left as written.</li>
 * </ul>
 */
public final class CslFormatter {

    /** Private-use characters: a name no real record carries, used to find where names are printed. */
    private static final String NAME_PROBE = "\uE000\uE001\uE002";

    private final CslStyle style;
    private final String renderXml;
    private final Optional<String> locale;
    private final OutputFormat format;
    private final LocaleProvider locales;
    private final Map<String, String> nonLatinInitials;
    private final boolean perItem;
    private final Set<String> romanVariables;
    private final Set<String> ordinalVariables;
    private final Ordinals ordinals;
    private final InvertedNames invertedNames;
    /** Quotes nested in quotes made the locale's inner quotes (NestedQuotes); identity when the locale's quotes are not known. */
    private final java.util.function.UnaryOperator<String> nestedQuotes;

    /**
     * A formatter for one style, locale and output format.
     *
     * @param locale a CSL locale such as {@code en-GB}, {@code ru-RU} or {@code de}; empty: the style's default
     * @throws FormatException when citeproc-java cannot load the style or the locale
     */
    public CslFormatter(CslStyle style, Optional<String> locale, OutputFormat format) throws FormatException {
        this(style, locale, format, false);
    }

    /**
     * @param perItem true: the way opis formatted before it rendered whole bibliographies in one pass
     *                (each entry by a bibliography filtered to it, citeproc-java's sorted registration
     *                even when opis sorts); quadratic in the number of records, kept so a test can
     *                check that both ways give the same output
     */
    CslFormatter(CslStyle style, Optional<String> locale, OutputFormat format, boolean perItem) throws FormatException {
        this.perItem = perItem;
        this.style = Objects.requireNonNull(style, "style");
        this.format = Objects.requireNonNull(format, "format");
        this.locale = locale == null ? Optional.empty() : locale.map(String::strip).filter(s -> !s.isEmpty());
        if (this.locale.isPresent() && !this.locale.get().matches("[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*")) {
            throw new FormatException("'" + this.locale.get() + "' is not a locale (write it like en-US, ru-RU or de)");
        }
        this.locales = new DialectLocales(this.locale.or(style::defaultLocale));
        this.renderXml = style.renderXml();
        this.nonLatinInitials = NonLatinInitials.initializeWith(style.xml());
        this.romanVariables = NumberVariables.romanVariables(style.xml());
        this.ordinalVariables = Ordinals.variables(style.xml());
        this.invertedNames = InvertedNames.of(style.xml());
        this.ordinals = ordinalVariables.isEmpty() ? null : Ordinals.of(style.xml(), this.locale.or(style::defaultLocale).orElse("en-US"));
        engine(List.of()); // fail early on a bad style or locale
        String lang = this.locale.or(style::defaultLocale).orElse("en-US");
        String localeXml;
        try {
            localeXml = locales.retrieveLocale(lang);
        } catch (RuntimeException e) {
            localeXml = null;
        }
        this.nestedQuotes = NestedQuotes.of(style.xml(), lang, localeXml).<java.util.function.UnaryOperator<String>>map(q -> q::flip)
                .orElse(s -> s);
    }

    /** The style this formatter uses. */
    public CslStyle style() {
        return style;
    }

    /** The output format. */
    public OutputFormat format() {
        return format;
    }

    /** Formats the bibliography of these records, and no citations. */
    public Rendering bibliography(List<Reference> references) throws FormatException {
        return render(references, List.of());
    }

    /** Formats one citation per record (each cited alone, whole work), and the bibliography. */
    public Rendering citeEach(List<Reference> references) throws FormatException {
        List<List<CitationItem>> clusters = new ArrayList<>();
        for (Reference r : references) clusters.add(List.of(CitationItem.of(r.id())));
        return render(references, clusters);
    }

    /**
     * Formats the bibliography of these records and the given citations (each a list of cited
     * items, in citation order).
     *
     * @throws FormatException when a citation names a record that is not among the references
     */
    public Rendering render(List<Reference> references, List<List<CitationItem>> clusters) throws FormatException {
        List<Diagnostic> diags = new ArrayList<>();
        Map<String, CSLItemData> items = new LinkedHashMap<>();
        // CSL rich text (<i>…</i>): removed for sorting and comparing, marked for display (RichTextOutput)
        Map<String, CSLItemData> marked = new HashMap<>();
        Map<String, Reference> byId = new HashMap<>();
        for (Reference r : references) {
            String id = r.id();
            if (items.containsKey(id)) {
                int n = 2;
                while (items.containsKey(id + "-" + n)) n++;
                diags.add(Diagnostic.warning("format/duplicate-id", r.span(),
                        "two records have the id '" + r.id() + "'; the second is formatted as '" + id + "-" + n + "'"));
                id = id + "-" + n;
            }
            CSLItemData d = DateRepair.repair(new CSLItemDataBuilder(CslRecords.csl(r)).id(id).build(), r, diags);
            // a particle typed at the start of a family name ("van Dijk") is the name's particle (FamilyParticles)
            d = FamilyParticles.apply(d);
            // citeproc-java initializes only Latin-script given names (NonLatinInitials)
            if (!nonLatinInitials.isEmpty()) d = NonLatinInitials.apply(d, nonLatinInitials, !style.xml().contains("initialize-with-hyphen=\"false\""));
            items.put(id, RichTextOutput.plain(d));
            marked.put(id, RichTextOutput.marked(d));
            byId.put(id, r);
        }
        for (List<CitationItem> cluster : clusters) {
            for (CitationItem ci : cluster) {
                if (!items.containsKey(ci.id())) throw new FormatException("a citation names '" + ci.id() + "', which is not among the records");
            }
        }
        List<String> ids = new ArrayList<>(items.keySet());
        if (!clusters.isEmpty() && !style.bibliographySorted()) {
            // CSL 1.0.2, "Sorting": without a sort, the bibliography (and so citation-number) follows the order of first citation
            Map<String, Integer> firstCite = new HashMap<>();
            int n = 0;
            for (List<CitationItem> cluster : clusters) for (CitationItem ci : cluster) firstCite.putIfAbsent(ci.id(), n++);
            List<String> byCite = new ArrayList<>(ids);
            byCite.sort((a, b) -> Integer.compare(firstCite.getOrDefault(a, Integer.MAX_VALUE), firstCite.getOrDefault(b, Integer.MAX_VALUE)));
            ids = byCite;
        }

        // 1. Sort order (opis's: CSL "Sorting", ICU collation of the style's locale; citeproc-java's
        // only when opis cannot sort) and citation keys, from citeproc-java (plain text).
        List<Diagnostic> sortDiags = new ArrayList<>();
        Optional<List<String>> opisOrder = style.bibliographySorted() ? opisSort(registryOrder(ids, clusters), items, sortDiags) : Optional.empty();
        CSL sorter = engine(new ArrayList<>(items.values()));
        sorter.setOutputFormat("text");
        List<String> order;
        if (opisOrder.isPresent() && !perItem) {
            // citeproc-java's sorted registration (an insertion that copies every later item) is not needed
            order = opisOrder.get();
            sorter.registerCitationItems(order, true);
        } else {
            try {
                sorter.registerCitationItems(ids);
            } catch (RuntimeException e) {
                diags.add(Diagnostic.warning("format/sort-failed", Span.START,
                        "citeproc-java could not sort the records in " + style.description() + " (" + e.getMessage() + "); they are listed in input order"));
                sorter = engine(new ArrayList<>(items.values()));
                sorter.setOutputFormat("text");
                sorter.registerCitationItems(ids, true);
            }
            List<String> sorted = new ArrayList<>();
            for (CSLItemData d : sorter.getRegisteredItems()) sorted.add(d.getId());
            order = opisOrder.orElse(sorted);
        }
        diags.addAll(sortDiags);

        // 2a. Given names added where two works' names share a family name (GivenNames).
        final CSL plain = sorter;
        final List<String> met = order;
        Map<String, CSLName[]> givenExpanded = GivenNames.of(style.xml())
                .map(g -> g.expand(met, items, id -> citationText(plain, id), CslFormatter::firstNameVariable, CslFormatter::names))
                .orElse(Map.of());
        // 2b. Year suffixes: kept from the records, added where citations would be ambiguous.
        Map<String, String> suffixes = new HashMap<>();
        if (style.options().yearSuffix()) {
            for (String id : order) {
                String s = items.get(id).getYearSuffix();
                if (s != null && !s.isBlank()) suffixes.put(id, s.strip());
            }
            Map<String, List<String>> byCitation = new LinkedHashMap<>();
            for (String id : order) {
                String cite = citationText(sorter, id);
                if (cite.isBlank()) continue;
                if (givenExpanded.containsKey(id)) cite += "\u0000" + java.util.Arrays.stream(givenExpanded.get(id)).map(CSLName::getLiteral).toList();
                byCitation.computeIfAbsent(cite, k -> new ArrayList<>()).add(id);
            }
            for (List<String> group : byCitation.values()) {
                if (group.size() < 2) continue;
                Set<String> used = new HashSet<>();
                for (String id : group) if (suffixes.containsKey(id)) used.add(suffixes.get(id));
                int next = 0;
                for (String id : group) {
                    if (suffixes.containsKey(id)) continue;
                    String s;
                    do {
                        s = letters(next++);
                    } while (used.contains(s));
                    used.add(s);
                    suffixes.put(id, s);
                    Reference r = byId.get(id);
                    diags.add(Diagnostic.info("format/year-suffix", r.span(),
                            "'" + r.id() + "' cites like " + (group.size() - 1) + " other work(s) by the same author(s) and year; year suffix '" + s + "' added"));
                }
            }
        }
        Map<String, CSLItemData> shown = new LinkedHashMap<>();
        for (String id : order) {
            CSLItemData d = marked.get(id);
            // a style that does not disambiguate by year suffix (e.g. a numeric style) prints none
            CSLItemDataBuilder b = new CSLItemDataBuilder(d).yearSuffix(suffixes.get(id));
            shown.put(id, Typography.apostrophes(b.build()));
        }

        // 3. The bibliography, in the sorter's order (registered unsorted so numbers stay the same).
        Map<String, CSL> engines = new HashMap<>();
        CSL engine = engine(new ArrayList<>(shown.values()));
        applyFormat(engine);
        engine.registerCitationItems(order, true);
        List<FormattedEntry> entries = new ArrayList<>();
        if (style.options().bibliography()) {
            boolean nameTests = NameVariableTests.used(renderXml);
            CSL literalFirst = null;
            // each entry's engine, decided first: an engine's one pass then formats only the entries that use it
            // (a pass over every registered item per variant engine made the bibliography grow with variants × items)
            EntryEngines which = EntryEngines.of(order, shown, style.options().afterInvertedName(), nameTests,
                    CslFormatter::twoNamesLiteralFirst, d -> NumberVariables.key(d, romanVariables, ordinalVariables, ordinals));
            Entries main = new Entries(engine, order, which.members(EntryEngines.MAIN));
            Entries literal = null;
            // the engines of entries whose number or name tests citeproc-java gets wrong, each read in one pass too
            Map<CSL, Entries> variants = new java.util.IdentityHashMap<>();
            for (String id : order) {
                Entries use = main;
                String key = which.key(id);
                boolean literalForm = key.endsWith(EntryEngines.LITERAL_FIRST);
                if (literalForm) {
                    if (literalFirst == null) {
                        literalFirst = engine(new ArrayList<>(shown.values()), style.renderXmlLiteralFirst());
                        applyFormat(literalFirst);
                        literalFirst.registerCitationItems(order, true);
                        literal = new Entries(literalFirst, order, which.members(EntryEngines.LITERAL_FIRST));
                    }
                    use = literal;
                }
                String e;
                try {
                    // an entry whose number or name tests citeproc-java gets wrong: its variant's engine
                    if (which.isVariant(key)) {
                        CSL variant = citationEngine(engines, key, shown, order);
                        use = variants.computeIfAbsent(variant, v -> new Entries(v, order, which.members(key)));
                    }
                    e = use.of(id);
                } catch (RuntimeException ex) {
                    diags.add(Diagnostic.error("format/entry-failed", byId.get(id).span(),
                            "citeproc-java could not format '" + byId.get(id).id() + "' in " + style.description() + ": " + ex.getMessage()
                                    + "; the entry is left out"));
                    continue;
                }
                if (!e.isEmpty()) entries.add(new FormattedEntry(id, e));
            }
            if (style.options().subsequentAuthorSubstitute().isPresent()) {
                entries = substituteRepeatedAuthors(entries, shown, order, engines);
            }
            // names in sort order with particles or a suffix in CSL's order (InvertedNames)
            entries = entries.stream().map(x -> new FormattedEntry(x.id(), nestedQuotes.apply(RichTextOutput.finish(invertedNames.repair(x.text(), shown.get(x.id())), format))))
                    .collect(java.util.stream.Collectors.toCollection(ArrayList::new));
        }

        // 4. Citations. A compound locator (2, p. 153) goes to citeproc-java as its first part only;
        // the later parts are put back after it (CompoundLocator).
        List<String> citations = new ArrayList<>();
        // citations see the expanded given names; the bibliography does not
        final Map<String, CSLItemData> citeShown;
        final CSL citeBase;
        final Map<String, CSL> citeEngines;
        if (givenExpanded.isEmpty()) {
            citeShown = shown;
            citeBase = engine;
            citeEngines = engines;
        } else {
            citeShown = new LinkedHashMap<>();
            for (String id : order) {
                CSLItemData d = shown.get(id);
                citeShown.put(id, givenExpanded.containsKey(id) ? withNames(d, firstNameVariable(d).orElseThrow(), givenExpanded.get(id)) : d);
            }
            citeBase = engine(new ArrayList<>(citeShown.values()));
            applyFormat(citeBase);
            citeBase.registerCitationItems(order, true);
            citeEngines = new HashMap<>();
        }
        // cites still ambiguous after year suffixes take the style's disambiguate="true" branches
        Map<String, List<String>> sameCite = new HashMap<>();
        for (String id : clusters.isEmpty() && !perItem ? List.<String>of() : order) {
            String c = citationText(citeBase, id);
            if (!c.isBlank()) sameCite.computeIfAbsent(c, k -> new ArrayList<>()).add(id);
        }
        ambiguous = new HashSet<>();
        for (List<String> g : sameCite.values()) if (g.size() > 1) ambiguous.addAll(g);
        boolean citeSorted = java.util.regex.Pattern.compile("(?s)<citation\\b.*?</citation>").matcher(renderXml).results()
                .anyMatch(m -> m.group().contains("<sort"));
        Map<String, Integer> position = new HashMap<>();
        for (String id : order) position.putIfAbsent(id, position.size());
        List<List<CitationItem>> ordered = new ArrayList<>();
        java.util.Comparator<String> citeOrder = null;
        for (List<CitationItem> given : clusters) {
            // cites that the style's citation sort leaves tied stay in bibliography order (citeproc-java's sort is stable)
            List<CitationItem> cluster = new ArrayList<>(given);
            if (citeSorted) {
                if (citeOrder == null) {
                    // cites the keys leave tied: in bibliography order (citeproc-js: Harvard's Hoxha, 1979 before Pravda …, 1979)
                    citeOrder = citeSort(order, shown).orElse(java.util.Comparator.comparingInt(id -> position.getOrDefault(id, Integer.MAX_VALUE)));
                }
                final java.util.Comparator<String> by = citeOrder;
                if (cluster.size() > 1) cluster.sort((x, y) -> by.compare(x.id(), y.id()));
            }
            ordered.add(cluster);
        }
        // cite positions (first, subsequent, ibid, …), which citeproc-java does not track (CitePositions)
        positions = new java.util.IdentityHashMap<>();
        if (CitePositions.used(renderXml)) {
            List<CitePositions.Position[]> ps = CitePositions.of(ordered, CitePositions.nearNoteDistance(renderXml));
            for (int n = 0; n < ordered.size(); n++) {
                for (int i = 0; i < ordered.get(n).size(); i++) positions.put(ordered.get(n).get(i), ps.get(n)[i]);
            }
        }
        numberKeys = new HashMap<>();
        for (String id : order) numberKeys.put(id, NumberVariables.key(shown.get(id), romanVariables, ordinalVariables, ordinals));
        boolean noteStyle = style.xml().matches("(?s).*<style\\b[^>]*\\bclass=\"note\".*");
        for (List<CitationItem> cluster : ordered) {
            try {
                Optional<String> collapsed = CiteCollapse.of(style).flatMap(c -> c.render(cluster, citeShown,
                        (cites, suppress) -> cite(citeBase, citeEngines, cites, suppress, citeShown, order)));
                String c = collapsed.isPresent() ? collapsed.get() : cite(citeBase, citeEngines, cluster, new boolean[cluster.size()], citeShown, order);
                citations.add(nestedQuotes.apply(RichTextOutput.finish(noteStyle ? capitalizeIbid(c) : c, format)));
            } catch (RuntimeException ex) {
                Reference first = byId.get(cluster.get(0).id());
                diags.add(Diagnostic.error("format/citation-failed", first.span(),
                        "citeproc-java could not format the citation of '" + cluster.get(0).id() + "': " + ex.getMessage()));
                citations.add("");
            }
        }
        return new Rendering(entries, citations, diags);
    }

    /**
     * The order in which works are met: cited ones by first citation, then the uncited in input order.
     * It breaks ties of the bibliography sort, so year suffixes of works that sort alike follow the
     * order of citation, as in citeproc-js.
     */
    private static List<String> registryOrder(List<String> ids, List<List<CitationItem>> clusters) {
        java.util.LinkedHashSet<String> out = new java.util.LinkedHashSet<>();
        Set<String> known = new HashSet<>(ids);
        for (List<CitationItem> cluster : clusters) for (CitationItem ci : cluster) if (known.contains(ci.id())) out.add(ci.id());
        out.addAll(ids);
        return new ArrayList<>(out);
    }

    /** The bibliography order by {@link BibliographySort}; empty when the style cannot be sorted that way. */
    private Optional<List<String>> opisSort(List<String> ids, Map<String, CSLItemData> items, List<Diagnostic> diags) {
        Optional<BibliographySort> sort = BibliographySort.of(renderXml, locale.or(style::defaultLocale).orElse("en-US"));
        if (sort.isEmpty()) return Optional.empty();
        try {
            return Optional.of(sort.get().order(ids, items, xml -> keyTexts(xml, ids, items)));
        } catch (RuntimeException e) {
            diags.add(Diagnostic.warning("format/sort-failed", Span.START,
                    "opis could not sort the records in " + style.description() + " (" + e.getMessage() + "); citeproc-java's order is used"));
            return Optional.empty();
        }
    }

    /**
     * The order of cites inside one citation by the citation's own sort keys (CSL 1.0.2 "Sorting":
     * {@code cs:citation/cs:sort}, compared as the bibliography's, with ICU collation); empty when the style
     * cannot be sorted that way. Before, cites took their bibliography places, which is not the citation's
     * order where the two sorts differ (Harvard sorts cites by year only).
     */
    private Optional<java.util.Comparator<String>> citeSort(List<String> ids, Map<String, CSLItemData> items) {
        Optional<BibliographySort> sort = BibliographySort.ofCitation(renderXml, locale.or(style::defaultLocale).orElse("en-US"));
        if (sort.isEmpty()) return Optional.empty();
        try {
            return Optional.of(sort.get().comparator(ids, items, xml -> keyTexts(xml, ids, items)));
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    /** Every item's text in a derived key style (one pass where citeproc-java allows it). */
    private Map<String, String> keyTexts(String xml, List<String> ids, Map<String, CSLItemData> items) {
                try {
                    // the key style's own name-part order (a sort-only particle is demoted in the key)
                    InvertedNames keyNames = InvertedNames.of(xml);
                    CSL e = engine(new ArrayList<>(items.values()), xml);
                    e.setOutputFormat("text");
                    e.registerCitationItems(ids, true);
                    Map<String, String> out = new HashMap<>();
                    Optional<Map<String, String>> pass = perItem ? Optional.empty()
                            : OnePassEntries.render(e, ids, null, new de.undercouch.citeproc.csl.internal.format.TextFormat());
                    if (pass.isPresent()) {
                        // as below: as citeproc-java returns them when every item prints, else one by one (stripped)
                        boolean every = pass.get().size() == ids.size();
                        for (String id : ids) {
                            String v = pass.get().get(id);
                            out.put(id, keyNames.repair(v == null ? "" : every ? v : tidy(v), items.get(id)));
                        }
                        return out;
                    }
                    Bibliography b = e.makeBibliography();
                    if (b.getEntries().length == ids.size()) {
                        // registered unsorted: entries in the order of ids
                        for (int i = 0; i < ids.size(); i++) out.put(ids.get(i), b.getEntries()[i]);
                    } else {
                        for (String id : ids) out.put(id, entry(e, id));
                    }
                    out.replaceAll((id, v) -> keyNames.repair(v, items.get(id)));
                    return out;
                } catch (FormatException ex) {
                    throw new IllegalStateException(ex.getMessage(), ex);
                }
    }

    /** The bibliography as one document in the output format (HTML: a {@code csl-bib-body} div; RTF: a whole RTF file). */
    public String document(List<FormattedEntry> entries) {
        StringBuilder sb = new StringBuilder();
        switch (format) {
            case HTML -> {
                sb.append("<div class=\"csl-bib-body\">\n");
                for (FormattedEntry e : entries) sb.append(e.text()).append('\n');
                sb.append("</div>\n");
            }
            case RTF -> {
                sb.append(RTF_HEADER);
                for (FormattedEntry e : entries) sb.append("{\\pard\\fi-360\\li360 ").append(e.text()).append("\\par}\n");
                sb.append("}\n");
            }
            case MARKDOWN, ASCIIDOC -> {
                for (int i = 0; i < entries.size(); i++) {
                    if (i > 0) sb.append('\n');
                    sb.append(entries.get(i).text()).append('\n');
                }
            }
            default -> {
                for (FormattedEntry e : entries) sb.append(e.text()).append('\n');
            }
        }
        return sb.toString();
    }

    /** Citations as one document in the output format, one per line (RTF: one paragraph each). */
    public String citationDocument(List<String> citations) {
        StringBuilder sb = new StringBuilder();
        if (format == OutputFormat.RTF) sb.append(RTF_HEADER);
        for (String c : citations) {
            if (format == OutputFormat.RTF) sb.append("{\\pard ").append(c).append("\\par}\n");
            else if (format == OutputFormat.HTML) sb.append("<p>").append(c).append("</p>\n");
            else sb.append(c).append('\n');
        }
        if (format == OutputFormat.RTF) sb.append("}\n");
        return sb.toString();
    }

    private static final String RTF_HEADER = "{\\rtf1\\ansi\\deff0{\\fonttbl{\\f0\\froman Times New Roman;}}\\uc1\n";

    private CSL engine(List<CSLItemData> items) throws FormatException {
        return engine(items, renderXml);
    }

    /** A citation's {@code cs:sort}: opis orders the cites itself (citeSort), so citeproc-java does not re-sort them. */
    private static final java.util.regex.Pattern CITATION_SORT =
            java.util.regex.Pattern.compile("(?s)(<citation\\b[^>]*>\\s*(?:<!--.*?-->\\s*)*)<sort\\b.*?</sort>");

    private CSL engine(List<CSLItemData> items, String xml) throws FormatException {
        xml = CITATION_SORT.matcher(xml).replaceFirst("$1");
        ListItemDataProvider provider = new ListItemDataProvider(items);
        try {
            return new CSL(provider, locales, null, xml, locale.or(style::defaultLocale).orElse(null));
        } catch (IllegalArgumentException e) {
            String l = locale.or(style::defaultLocale).orElse("en-US");
            throw new FormatException("unknown locale '" + l + "': no CSL locale file for it (write it like en-US, ru-RU, de-DE or de)", e);
        } catch (IOException | RuntimeException e) {
            throw new FormatException("citeproc-java cannot use style " + style.description() + ": " + e.getMessage(), e);
        }
    }

    private void applyFormat(CSL engine) {
        switch (format) {
            case TEXT -> engine.setOutputFormat(new TextOutput());
            case HTML -> engine.setOutputFormat("html");
            case MARKDOWN -> engine.setOutputFormat(new MarkdownOutput());
            case ASCIIDOC -> engine.setOutputFormat("asciidoc");
            case RTF -> engine.setOutputFormat(new RtfFormat());
        }
    }

    /** A fresh instance of the output format {@link #applyFormat} sets. */
    private de.undercouch.citeproc.csl.internal.format.Format outputFormat() {
        return switch (format) {
            case TEXT -> new TextOutput();
            case HTML -> new de.undercouch.citeproc.csl.internal.format.HtmlFormat();
            case MARKDOWN -> new MarkdownOutput();
            case ASCIIDOC -> new de.undercouch.citeproc.csl.internal.format.AsciiDocFormat();
            case RTF -> new RtfFormat();
        };
    }

    private static String citationText(CSL engine, String id) {
        List<Citation> c;
        try {
            c = engine.makeCitation(id);
        } catch (RuntimeException e) {
            return "";
        }
        return c.isEmpty() ? "" : c.get(c.size() - 1).getText().strip();
    }

    /**
     * The entries of an engine's registered items (registered unsorted, in {@code order}), from one
     * pass over the bibliography ({@link OnePassEntries}) when first asked for; one item at a time
     * (the bibliography filtered to that item) when the pass fails, so a failing entry fails alone.
     */
    private final class Entries {
        private final CSL engine;
        private final List<String> order;
        /** The ids this engine formats (a subset of {@code order}); null: all. */
        private final Set<String> only;
        private Map<String, String> all;
        private boolean tried;

        Entries(CSL engine, List<String> order, Set<String> only) {
            this.engine = engine;
            this.order = order;
            this.only = only;
        }

        String of(String id) {
            if (!tried && !perItem) {
                tried = true;
                all = OnePassEntries.render(engine, order, only, outputFormat()).orElse(null);
            }
            if (all == null) return entry(engine, id);
            String e = all.get(id);
            return e == null ? "" : tidy(e);
        }
    }

    private String entry(CSL engine, String id) {
        Bibliography b = engine.makeBibliography(d -> id.equals(d.getId()));
        if (b.getEntries().length == 0) return "";
        return tidy(b.getEntries()[0]);
    }

    private String tidy(String s) {
        String t = s.strip();
        if (format == OutputFormat.MARKDOWN && t.endsWith("<br />")) t = t.substring(0, t.length() - 6).strip();
        return t;
    }

    @Override
    public String toString() {
        return "CslFormatter[" + style.description() + ", " + format.word() + "]";
    }

    /** Letters a, b, …, z, aa, ab, … for the n-th suffix (0-based). */
    static String letters(int n) {
        StringBuilder sb = new StringBuilder();
        int k = n;
        do {
            sb.insert(0, (char) ('a' + k % 26));
            k = k / 26 - 1;
        } while (k >= 0);
        return sb.toString();
    }

    /** One citation of these items (some with their author suppressed), compound locators put back. */
    private String cite(CSL engine, Map<String, CSL> engines, List<CitationItem> cluster, boolean[] suppress,
                        Map<String, CSLItemData> shown, List<String> order) {
        try {
            String label = cluster.stream().filter(c -> c.locator().isPresent()).findFirst()
                    .map(c -> c.label().map(Object::toString).orElse("page")).orElse(null);
            if (label != null && RomanLocators.needed(cluster.stream().map(CitationItem::locator).toList())) {
                label += RomanLocators.MARK; // CSL 1.0.2 is-numeric: Roman numerals are numbers (RomanLocators)
            }
            boolean amb = cluster.stream().anyMatch(c -> ambiguous.contains(c.id()));
            // a cite's position and number variables choose its variant of the style; cites of one
            // citation that need different variants are rendered one by one and joined
            java.util.Set<String> variants = new java.util.HashSet<>();
            for (CitationItem ci : cluster) variants.add(variant(ci));
            if (variants.size() > 1) return citeOneByOne(engine, engines, cluster, suppress, shown, order);
            String variant = variants.iterator().next();
            String key = label + "|" + variant + (amb ? " ambiguous" : "");
            CSL citeEngine = label == null && !amb && variant.equals("|") ? engine : citationEngine(engines, key, shown, order);
            CSLCitationItem[] cis = new CSLCitationItem[cluster.size()];
            CompoundLocator[] compound = new CompoundLocator[cluster.size()];
            for (int i = 0; i < cis.length; i++) {
                CitationItem ci = cluster.get(i);
                compound[i] = CompoundLocator.split(ci.locator().map(l -> collapsePageRanges(l, isPage(ci))).orElse(null));
                cis[i] = citeprocItem(ci, compound[i], suppress[i]);
            }
            String text = citationOf(citeEngine, cis);
            if (cis.length == 1 && suppress[0]) {
                text = withoutNames(text, cluster.get(0), key, engines, shown, order, cis);
            }
            List<int[]> inserts = new ArrayList<>();
            for (int i = 0; i < cis.length; i++) {
                if (compound[i] == null || compound[i].rest().isEmpty()) continue;
                CSL probeEngine = citationEngine(engines, "probe " + key, shown, order);
                CSLCitationItem[] probe = cis.clone();
                probe[i] = new CSLCitationItemBuilder(cis[i]).locator(compound[i].probe()).build();
                String p = citationOf(probeEngine, probe);
                if (p.equals(text)) continue; // the style does not print the locator (numeric styles): nothing to put back
                int common = 0;
                while (common < text.length() && common < p.length()
                        && text.charAt(text.length() - 1 - common) == p.charAt(p.length() - 1 - common)) common++;
                inserts.add(new int[]{text.length() - common, i});
            }
            inserts.sort((a, b) -> Integer.compare(b[0], a[0]));
            StringBuilder sb = new StringBuilder(text);
            for (int[] at : inserts) sb.insert(at[0], escape(compound[at[1]].restText(terms())));
            return cis.length > 1 ? withoutEmptyCites(sb.toString()) : sb.toString();
        } catch (FormatException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    /**
     * A cite with nothing to print takes no delimiter (CSL 1.0.2, "Delimiter": it separates rendered
     * elements; citeproc-js leaves such a cite out). citeproc-java keeps the layout delimiter of an
     * empty last or first cite: MLA's {@code (Brace and Hall 5; )}, GOST's {@code [Bender, 1989, с. 5; ]}.
     */
    private String withoutEmptyCites(String text) {
        String[] layout = CitationLayout.of(style);
        String d = escape(layout[2]).strip();
        if (d.isEmpty()) return text;
        String p = escape(layout[0]);
        String s = escape(layout[1]);
        String out = text;
        if (out.endsWith(s)) {
            String body = out.substring(0, out.length() - s.length()).stripTrailing();
            if (body.endsWith(d)) out = body.substring(0, body.length() - d.length()).stripTrailing() + s;
        }
        if (!p.isEmpty() && out.startsWith(p)) {
            String body = out.substring(p.length()).stripLeading();
            if (body.startsWith(d)) out = p + body.substring(d.length()).stripLeading();
        }
        return out;
    }

    /**
     * CSL 1.0.2, "Cite Collapsing": the later cites of a group print without their names.
     * citeproc-java 3.5 ignores {@code suppress-author}, so opis renders the cite again with its names
     * replaced by a probe, finds where the names stand, and cuts them with the delimiter after them.
     */
    private String withoutNames(String text, CitationItem item, String key, Map<String, CSL> engines,
                                Map<String, CSLItemData> shown, List<String> order, CSLCitationItem[] cis) throws FormatException {
        CSL probeEngine = engines.get("names " + key);
        if (probeEngine == null) {
            CSLName probe = new CSLNameBuilder().literal(NAME_PROBE).build();
            List<CSLItemData> items = new ArrayList<>();
            for (String id : order) {
                CSLItemData d = shown.get(id);
                items.add(firstNameVariable(d).map(v -> withNames(d, v, new CSLName[]{probe})).orElse(d));
            }
            probeEngine = engine(items, xmlFor(key));
            applyFormat(probeEngine);
            probeEngine.registerCitationItems(order, true);
            engines.put("names " + key, probeEngine);
        }
        Optional<Segment> seg = locate(text, citationOf(probeEngine, cis));
        if (seg.isEmpty()) return text;
        int end = seg.get().end();
        while (end < text.length() && !Character.isLetterOrDigit(text.codePointAt(end)) && text.charAt(end) != '<') end++;
        return text.substring(0, seg.get().start()) + text.substring(end);
    }

    /**
     * An engine for cites whose locator has this label (the style's {@code locator} tests decided
     * for it); a key starting with {@code probe } gives a second, separate engine for the same label.
     */
    private CSL citationEngine(Map<String, CSL> engines, String key, Map<String, CSLItemData> shown, List<String> order)
            throws FormatException {
        CSL e = engines.get(key);
        if (e == null) {
            e = engine(new ArrayList<>(shown.values()), xmlFor(key.startsWith("probe ") ? key.substring(6) : key));
            applyFormat(e);
            e.registerCitationItems(order, true);
            engines.put(key, e);
        }
        return e;
    }

    /**
     * The style's XML for an engine key {@code LABEL|POSITION|NUMBERS[ ambiguous]}: the locator label
     * ({@code null} or empty: none), the cite's position ({@link CitePositions}; empty: undecided) and
     * the item's number-variable variant ({@link NumberVariables}).
     */
    private String xmlFor(String key) {
        boolean amb = key.endsWith(" ambiguous");
        String k = amb ? key.substring(0, key.length() - " ambiguous".length()) : key;
        String[] parts = k.split("\\|", -1);
        String label = parts[0].isEmpty() || parts[0].equals("null") ? null : parts[0];
        CitePositions.Position pos = parts.length > 1 && !parts[1].isEmpty() ? CitePositions.Position.ofKey(parts[1]) : null;
        String numbers = parts.length > 2 ? parts[2] : "";
        String names = parts.length > 3 && !parts[3].equals("null") ? parts[3] : null;
        String xml = style.renderXml(label, amb, pos, numbers, terms(), names);
        // a two-name list whose first name is a literal (see CslStyle#renderXmlLiteralFirst)
        return parts.length > 4 && parts[4].equals("literal-first")
                ? xml.replace("delimiter-precedes-last=\"after-inverted-name\"", "delimiter-precedes-last=\"never\"") : xml;
    }

    /** The part of an engine key a cite itself decides: {@code POSITION|NUMBERS}. */
    private String variant(CitationItem ci) {
        CitePositions.Position p = positions.get(ci);
        return (p == null ? "" : p.key()) + "|" + numberKeys.getOrDefault(ci.id(), "");
    }

    /** Cites that need different variants of the style: each rendered alone, joined as the citation's layout joins them. */
    private String citeOneByOne(CSL engine, Map<String, CSL> engines, List<CitationItem> cluster, boolean[] suppress,
                                Map<String, CSLItemData> shown, List<String> order) {
        String[] layout = CitationLayout.of(style);
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < cluster.size(); i++) {
            String s = cite(engine, engines, List.of(cluster.get(i)), new boolean[]{suppress[i]}, shown, order);
            String prefix = escape(layout[0]);
            String suffix = escape(layout[1]);
            if (s.startsWith(prefix) && s.endsWith(suffix) && s.length() >= prefix.length() + suffix.length()) {
                s = s.substring(prefix.length(), s.length() - suffix.length());
            }
            // a cite with nothing to print takes no delimiter (CSL 1.0.2, "Delimiter": it separates
            // rendered elements; citeproc-js drops the cite): MLA printed "(Bender 5; Tarschys; )"
            if (!s.isBlank()) parts.add(s);
        }
        return escape(layout[0]) + String.join(escape(layout[2]), parts) + escape(layout[1]);
    }

    /**
     * A note that begins with the {@code ibid} term starts with a capital ({@code Ibid., 82.}), as
     * citeproc-js prints it: the term opens the footnote's sentence.
     */
    private String capitalizeIbid(String citation) {
        Optional<String> ibid = terms().term("ibid", "long", false);
        if (ibid.isEmpty() || ibid.get().isEmpty() || !citation.startsWith(ibid.get())) return citation;
        int cp = citation.codePointAt(0);
        return new StringBuilder().appendCodePoint(Character.toTitleCase(cp)).append(citation.substring(Character.charCount(cp))).toString();
    }

    private Map<CitationItem, CitePositions.Position> positions = Map.of();
    private Map<String, String> numberKeys = Map.of();

    private static boolean isPage(CitationItem ci) {
        return ci.label().isEmpty() || ci.label().get() == de.undercouch.citeproc.csl.CSLLabel.PAGE;
    }

    private CSLCitationItem citeprocItem(CitationItem ci, CompoundLocator locator, boolean suppressAuthor) {
        CSLCitationItemBuilder b = new CSLCitationItemBuilder(ci.id());
        if (suppressAuthor) b.suppressAuthor(true);
        if (locator != null) b.locator(locator.first());
        ci.label().ifPresent(b::label);
        ci.prefix().ifPresent(b::prefix);
        ci.suffix().ifPresent(b::suffix);
        return b.build();
    }

    private String citationOf(CSL engine, CSLCitationItem[] cis) {
        List<Citation> out = engine.makeCitation(new CSLCitation(cis));
        return out.isEmpty() ? "" : tidy(out.get(out.size() - 1).getText());
    }

    private LocatorTerms terms;
    private Set<String> ambiguous = Set.of();

    private LocatorTerms terms() {
        if (terms == null) terms = new LocatorTerms(style.xml(), locale.or(style::defaultLocale).orElse("en-US"));
        return terms;
    }

    /**
     * Applies the style's {@code page-range-format} to page ranges in a page locator
     * ({@code 113–115} → {@code 113–15} in Chicago's form), as citeproc-js does and citeproc-java
     * 3.5 does only for the {@code page} variable. In a compound locator ({@code 3, p. 694–695})
     * the parts after {@code p.}/{@code pp.} are pages too. Parts that are not plain number ranges are kept.
     *
     * @param pages true when the locator's own label is page (or absent)
     */
    String collapsePageRanges(String locator, boolean pages) {
        if (style.options().pageRangeFormat().isEmpty()) return locator;
        de.undercouch.citeproc.helper.PageRangeFormatter.Format f = switch (style.options().pageRangeFormat().get()) {
            case "chicago", "chicago-15" -> de.undercouch.citeproc.helper.PageRangeFormatter.Format.CHICAGO15;
            case "chicago-16" -> de.undercouch.citeproc.helper.PageRangeFormatter.Format.CHICAGO16;
            case "expanded" -> de.undercouch.citeproc.helper.PageRangeFormatter.Format.EXPANDED;
            case "minimal" -> de.undercouch.citeproc.helper.PageRangeFormatter.Format.MINIMAL;
            case "minimal-two" -> de.undercouch.citeproc.helper.PageRangeFormatter.Format.MINIMAL2;
            default -> null;
        };
        if (f == null) return locator;
        String[] parts = locator.split(",", -1);
        StringBuilder sb = new StringBuilder();
        boolean inPages = pages;
        for (int i = 0; i < parts.length; i++) {
            if (i > 0) sb.append(',');
            String p = parts[i];
            String t = p.strip();
            String label = "";
            int sp = t.indexOf(' ');
            if (sp > 0 && !Character.isDigit(t.charAt(0))) {
                label = t.substring(0, sp + 1);
                inPages = label.equals("p. ") || label.equals("pp. ");
                t = t.substring(sp + 1).strip();
            }
            if (!inPages) {
                sb.append(p);
                continue;
            }
            int dash = -1;
            boolean plain = !t.isEmpty();
            for (int k = 0; k < t.length() && plain; k++) {
                char c = t.charAt(k);
                if (c == '-' || c == '–') {
                    if (dash >= 0 || k == 0 || k == t.length() - 1) plain = false;
                    dash = k;
                } else if (!Character.isDigit(c)) {
                    plain = false;
                }
            }
            if (plain && dash > 0) {
                String first = t.substring(0, dash);
                String last = t.substring(dash + 1);
                String formatted = de.undercouch.citeproc.helper.PageRangeFormatter.format(
                        new de.undercouch.citeproc.bibtex.PageRange(t, first, last, null, true), f, "–");
                formatted = minimalTwo(formatted, last, f);
                sb.append(p, 0, p.indexOf(label.isEmpty() ? t : label)).append(label).append(formatted);
            } else {
                sb.append(p);
            }
        }
        return sb.toString();
    }

    /**
     * CSL 1.0.2, "Appendix V - Page Range Formats", minimal-two: the second number keeps at least
     * two digits ({@code 700–01}); citeproc-java 3.5 gives {@code 700–1}.
     */
    static String minimalTwo(String formatted, String last, de.undercouch.citeproc.helper.PageRangeFormatter.Format f) {
        if (f != de.undercouch.citeproc.helper.PageRangeFormatter.Format.MINIMAL2) return formatted;
        int dash = formatted.lastIndexOf('–');
        if (dash < 0) return formatted;
        String end = formatted.substring(dash + 1);
        if (end.length() == 1 && last.length() >= 2) return formatted.substring(0, dash + 1) + last.substring(last.length() - 2);
        return formatted;
    }

    private static final List<String> NAME_VARIABLES = List.of("author", "editor", "translator", "composer", "director",
            "interviewer", "illustrator", "collection-editor", "container-author", "recipient");

    private static Optional<String> firstNameVariable(CSLItemData d) {
        for (String v : NAME_VARIABLES) {
            if (names(d, v).length > 0) return Optional.of(v);
        }
        return Optional.empty();
    }

    /** True when the item's first name list has exactly two names and the first is a literal. */
    private static boolean twoNamesLiteralFirst(CSLItemData d) {
        return firstNameVariable(d).map(v -> {
            CSLName[] n = names(d, v);
            return n.length == 2 && n[0].getLiteral() != null && !n[0].getLiteral().isBlank();
        }).orElse(false);
    }

    private static CSLName[] names(CSLItemData d, String v) {
        CSLName[] n = switch (v) {
            case "author" -> d.getAuthor();
            case "editor" -> d.getEditor();
            case "translator" -> d.getTranslator();
            case "composer" -> d.getComposer();
            case "director" -> d.getDirector();
            case "interviewer" -> d.getInterviewer();
            case "illustrator" -> d.getIllustrator();
            case "collection-editor" -> d.getCollectionEditor();
            case "container-author" -> d.getContainerAuthor();
            default -> d.getRecipient();
        };
        return n == null ? new CSLName[0] : n;
    }

    private static CSLItemData withNames(CSLItemData d, String variable, CSLName[] names) {
        CSLItemDataBuilder b = new CSLItemDataBuilder(d);
        switch (variable) {
            case "author" -> b.author(names);
            case "editor" -> b.editor(names);
            case "translator" -> b.translator(names);
            case "composer" -> b.composer(names);
            case "director" -> b.director(names);
            case "interviewer" -> b.interviewer(names);
            case "illustrator" -> b.illustrator(names);
            case "collection-editor" -> b.collectionEditor(names);
            case "container-author" -> b.containerAuthor(names);
            default -> b.recipient(names);
        }
        return b.build();
    }

    /** Where a part of an entry is printed: its start and end in the entry's text. */
    private record Segment(int start, int end) {
        String of(String text) {
            return text.substring(start, end);
        }
    }

    /**
     * Finds where the probe stands in an entry: the probe rendering is {@code before + probe + after}
     * and the real entry {@code before + X + after}; X's place is returned.
     */
    private Optional<Segment> locate(String entry, String probeRendering) {
        String needle = format == OutputFormat.RTF ? RtfFormat.escapeRtf(NAME_PROBE) : NAME_PROBE;
        int at = probeRendering.indexOf(needle);
        if (at < 0) return Optional.empty();
        String before = probeRendering.substring(0, at);
        String after = probeRendering.substring(at + needle.length());
        if (entry.length() < before.length() + after.length() || !entry.startsWith(before) || !entry.endsWith(after)) {
            return Optional.empty();
        }
        return Optional.of(new Segment(before.length(), entry.length() - after.length()));
    }

    private static final int MAX_PROBED_NAMES = 10;

    /**
     * Applies {@code subsequent-author-substitute} with its rule. To find where names are printed,
     * each entry is rendered again with its names (all of them, then each one) replaced by a probe
     * name; the text around the probe tells where they stand in the real entry. Names are compared
     * as printed with the previous entry's:
     * {@code complete-all} replaces the whole list when all names match, {@code complete-each}
     * then replaces each name, {@code partial-each} replaces the leading names that match, and
     * {@code partial-first} the first name when it matches.
     */
    private List<FormattedEntry> substituteRepeatedAuthors(List<FormattedEntry> entries, Map<String, CSLItemData> shown,
                                                           List<String> order, Map<String, CSL> variantEngines) throws FormatException {
        String rule = style.options().substituteRule();
        boolean perName = !rule.equals("complete-all");
        CSLName probe = new CSLNameBuilder().literal(NAME_PROBE).build();
        // probe engine -1: the whole list replaced; probe engine k: only name k replaced
        int maxNames = 0;
        Map<String, String> variable = new HashMap<>();
        for (String id : order) {
            Optional<String> v = firstNameVariable(shown.get(id));
            if (v.isPresent()) {
                variable.put(id, v.get());
                maxNames = Math.max(maxNames, names(shown.get(id), v.get()).length);
            }
        }
        int probes = perName ? Math.min(maxNames, MAX_PROBED_NAMES) : 0;
        List<CSL> engines = new ArrayList<>();
        List<Map<String, CSLItemData>> probeItems = new ArrayList<>();
        for (int k = -1; k < probes; k++) {
            Map<String, CSLItemData> items = new LinkedHashMap<>();
            for (String id : order) {
                CSLItemData d = shown.get(id);
                String v = variable.get(id);
                if (v == null) {
                    items.put(id, d);
                } else if (k < 0) {
                    items.put(id, withNames(d, v, new CSLName[]{probe}));
                } else {
                    CSLName[] n = names(d, v).clone();
                    if (k < n.length) n[k] = probe;
                    items.put(id, withNames(d, v, n));
                }
            }
            CSL e = engine(new ArrayList<>(items.values()));
            applyFormat(e);
            e.registerCitationItems(order, true);
            engines.add(e);
            probeItems.add(items);
        }

        String substitute = escape(style.options().subsequentAuthorSubstitute().orElse(""));
        List<FormattedEntry> out = new ArrayList<>();
        String previousAll = null;
        List<String> previousEach = List.of();
        for (FormattedEntry e : entries) {
            String text = e.text();
            Optional<Segment> all = Optional.empty();
            List<Segment> each = new ArrayList<>();
            if (variable.containsKey(e.id())) {
                String numbers = NumberVariables.key(shown.get(e.id()), romanVariables, ordinalVariables, ordinals);
                String names = NameVariableTests.used(renderXml) ? NameVariableTests.key(shown.get(e.id())) : null;
                all = locate(text, entry(probeEngine(engines, probeItems, 0, numbers, names, variantEngines, order), e.id()));
                int n = Math.min(names(shown.get(e.id()), variable.get(e.id())).length, probes);
                for (int k = 0; k < n; k++) {
                    Optional<Segment> seg = locate(text, entry(probeEngine(engines, probeItems, k + 1, numbers, names, variantEngines, order), e.id()));
                    if (seg.isEmpty()) break;
                    each.add(seg.get());
                }
            }
            String allText = all.map(sg -> sg.of(text)).orElse(null);
            List<String> eachText = each.stream().map(sg -> sg.of(text)).toList();
            String result = text;
            boolean completeMatch = allText != null && !allText.isBlank() && samePrinted(allText, previousAll);
            switch (rule) {
                case "complete-each" -> {
                    if (completeMatch && !each.isEmpty()) result = replace(text, each, each.size(), substitute);
                    else if (completeMatch) result = replace(text, List.of(all.get()), 1, substitute);
                }
                case "partial-each" -> {
                    int m = 0;
                    while (m < each.size() && m < previousEach.size() && samePrinted(eachText.get(m), previousEach.get(m))) m++;
                    if (m > 0) result = replace(text, each, m, substitute);
                }
                case "partial-first" -> {
                    if (!each.isEmpty() && !previousEach.isEmpty() && samePrinted(eachText.get(0), previousEach.get(0))) {
                        result = replace(text, each, 1, substitute);
                    }
                }
                default -> {
                    if (completeMatch) result = replace(text, List.of(all.get()), 1, substitute);
                }
            }
            out.add(result.equals(text) ? e : new FormattedEntry(e.id(), result));
            previousAll = allText;
            previousEach = eachText;
        }
        return out;
    }

    /** Probe engine {@code k}, or its variant for an item whose number variables need one ({@link NumberVariables}). */
    private CSL probeEngine(List<CSL> engines, List<Map<String, CSLItemData>> probeItems, int k, String numbers, String names,
                            Map<String, CSL> cache, List<String> order) throws FormatException {
        if (numbers.isEmpty() && names == null) return engines.get(k);
        String key = "substitute " + k + " " + numbers + " " + names;
        CSL e = cache.get(key);
        if (e == null) {
            e = engine(new ArrayList<>(probeItems.get(k).values()), style.renderXml(null, false, null, numbers, terms(), names));
            applyFormat(e);
            e.registerCitationItems(order, true);
            cache.put(key, e);
        }
        return e;
    }

    /**
     * Two printings of names are the same names when they differ at most by a final full stop,
     * which the style's punctuation merges into the delimiter that follows ({@code Konoreva, I.A} +
     * {@code . 2008b} against {@code Konoreva, I.A.} + {@code , and …}).
     */
    private static boolean samePrinted(String a, String b) {
        if (a == null || b == null) return false;
        String x = a.endsWith(".") ? a.substring(0, a.length() - 1) : a;
        String y = b.endsWith(".") ? b.substring(0, b.length() - 1) : b;
        return !x.isBlank() && x.equals(y);
    }

    /** The text with its first {@code count} segments replaced (from the last, so places stay valid). */
    private static String replace(String text, List<Segment> segments, int count, String substitute) {
        StringBuilder sb = new StringBuilder(text);
        for (int k = count - 1; k >= 0; k--) {
            Segment sg = segments.get(k);
            sb.replace(sg.start(), sg.end(), substitute);
        }
        return sb.toString();
    }

    private String escape(String s) {
        return switch (format) {
            case RTF -> RtfFormat.escapeRtf(s);
            case HTML -> s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
            default -> s;
        };
    }
}
