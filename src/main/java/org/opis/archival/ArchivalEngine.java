package org.opis.archival;

import org.opis.model.Diagnostic;
import org.opis.model.Reference;
import org.opis.model.Severity;
import org.opis.model.Span;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;

/**
 * Reads, checks and normalizes archival citations ("RGASPI, f. 495, op. 201, d. 1/2, ll. 104–105",
 * "РГАСПИ. Ф. 17. Оп. 3. Д. 1080. Л. 55.", "AQSH, F. 890, V. 1949, D. 501"). The standard engine
 * uses the built-in archive registry and every installed citation scheme; it is immutable and safe
 * to share between threads. Bad input gives diagnostics, never an exception.
 */
public final class ArchivalEngine {

    private static final class Holder {
        static final ArchivalEngine STANDARD = new ArchivalEngine(ArchiveRegistry.load(), loadSchemes());
    }

    private final ArchiveRegistry registry;
    private final Map<String, ArchivalScheme> schemes;
    private final List<LabelTable> tables;
    private final List<ArchivalRule> rules = ArchivalRule.all();

    private ArchivalEngine(ArchiveRegistry registry, Map<String, ArchivalScheme> schemes) {
        this.registry = registry;
        this.schemes = Collections.unmodifiableMap(new LinkedHashMap<>(schemes));
        List<LabelTable> t = new ArrayList<>();
        for (ArchivalScheme s : this.schemes.values()) t.add(s.labels());
        this.tables = List.copyOf(t);
    }

    private static Map<String, ArchivalScheme> loadSchemes() {
        Map<String, ArchivalScheme> m = new LinkedHashMap<>();
        m.put("ru", new RussianScheme()); // the default scheme comes first
        for (ArchivalScheme s : ServiceLoader.load(ArchivalScheme.class, ArchivalEngine.class.getClassLoader())) {
            m.putIfAbsent(s.id(), s);
        }
        // schemes that are data only (labels.json "reader": "ru" or "segments")
        for (SchemeData.Entry e : SchemeData.load().entries()) {
            if (m.containsKey(e.id())) continue;
            if (e.reader().equals("ru")) m.put(e.id(), new RussianScheme(e.id(), e.description()));
            else if (e.reader().equals("segments")) m.put(e.id(), new DataSegmentScheme(e.id(), e.description()));
        }
        return m;
    }

    /** The engine with the built-in registry and every installed scheme (shared, thread-safe). */
    public static ArchivalEngine standard() {
        return Holder.STANDARD;
    }

    /**
     * This engine with the archives a note declares in its reference list ({@code Reference.archive()}
     * entries) added to the registry for that note. Declared archives that the registry knows
     * (matched by acronym or name) add their spellings to the known entry.
     */
    public ArchivalEngine withDeclared(List<Reference> archiveEntries) {
        if (archiveEntries == null || archiveEntries.isEmpty()) return this;
        return new ArchivalEngine(registry.withDeclared(archiveEntries), schemes);
    }

    /** The archive registry this engine uses. */
    public ArchiveRegistry registry() {
        return registry;
    }

    /** The installed schemes by id. */
    public Map<String, ArchivalScheme> schemes() {
        return schemes;
    }

    /** Reads one citation; diagnostics' columns are relative to {@code text}. */
    public ArchivalCitation parse(String text) {
        return analyse(text == null ? "" : text, Optional.empty());
    }

    /**
     * Reads an ibid. continuation ("d. 1/3, l. 106", "ibid., d. 47. p. 4. ll. 130–32"): it inherits the
     * archive and every level of the antecedent above the first level it gives.
     */
    public ArchivalCitation continueFrom(ArchivalCitation antecedent, String text) {
        return analyse(text == null ? "" : text, Optional.ofNullable(antecedent));
    }

    /**
     * Reads a citation in its context: when it names no archive ("Coll. 17, ser. 162, fold. 4, ff. 1–3",
     * "f. 17, op. 3, d. 5"), the archive comes from the nearest earlier archival citation (of the same
     * note or the one before), else from the note's list of archives when that list names exactly one.
     * The archive's origin is reported as {@code archival/archive-from-context} (info), in place of
     * {@code archival/missing-archive}. A citation that names its archive is read as by {@link #parse}.
     *
     * @param earlier      the nearest earlier archival citation, if any
     * @param noteArchives the archives the note lists ("Archives consulted", archive entries of its reference list)
     */
    public ArchivalCitation parseInContext(String text, Optional<ArchivalCitation> earlier, List<ArchiveEntry> noteArchives) {
        ArchivalCitation c = parse(text);
        if (!missingArchive(c)) return c;
        try {
            Optional<ArchivalCitation> from = earlier == null ? Optional.empty()
                    : earlier.filter(e -> e.archive().isPresent() && schemes.containsKey(e.scheme()));
            String origin;
            ArchivalCitation source;
            if (from.isPresent()) {
                source = from.get();
                origin = "the earlier citation \u201C" + Analysis.shorten(source.input()) + "\u201D";
            } else if (noteArchives != null && noteArchives.size() == 1 && schemes.containsKey(noteArchives.get(0).scheme())) {
                ArchiveEntry e = noteArchives.get(0);
                source = new ArchivalCitation("", e.scheme(), Optional.of(new ArchivalCitation.ArchiveRef(e.id(), e.displayName(),
                        e.latinAcronym(), e.latinAcronym(), true)), List.of(), List.of(), List.of(), "", "", Optional.empty());
                origin = "the note's list of archives";
            } else {
                return c;
            }
            ArchivalCitation r = continueFrom(source, text);
            String name = r.archive().map(ArchivalCitation.ArchiveRef::acronym).orElse("");
            List<Diagnostic> ds = new ArrayList<>(r.diagnostics());
            ds.add(new Diagnostic("archival/archive-from-context", Severity.INFO, new Span(1, 1, 0, 0),
                    "no archive is named here: " + name + " is taken from " + origin, Optional.empty()));
            Collections.sort(ds);
            return new ArchivalCitation(r.input(), r.scheme(), r.archive(), r.levels(), r.leaves(), ds, r.english(), r.location(), r.gost());
        } catch (RuntimeException bug) {
            return c;
        }
    }

    /** Whether an unregistered name reads as a repository of a scheme that reads unregistered repositories ("Kautz Family YMCA Archives"). */
    private boolean namesRepository(String archive) {
        for (ArchivalScheme s : schemes.values()) if (s instanceof SegmentScheme seg && seg.readsUnregistered() && seg.namesRepository(archive)) return true;
        return false;
    }

    private static boolean missingArchive(ArchivalCitation c) {
        return c.archive().isEmpty() && c.diagnostics().stream().anyMatch(d -> d.code().equals("archival/missing-archive"));
    }

    /**
     * Does this text begin with an archival citation: a known archive (acronym or name) followed by a
     * level label, or a fond label ("f.", "Ф.") and a number?
     */
    public boolean startsCitation(String text) {
        try {
            return startsCitationUnsafe(EnclosedLevels.flatten(text, a -> registry.lookup(a).found())
                    .or(() -> CollectionFirst.flatten(text, a -> registry.lookup(a).found()))
                    .or(() -> LocativeArchive.flatten(text, a -> registry.lookup(a).found()))
                    .or(() -> ManuscriptOf.flatten(text, a -> registry.lookup(a).found())).orElse(text));
        } catch (RuntimeException bug) {
            return false;
        }
    }

    private boolean startsCitationUnsafe(String text) {
        if (text == null || text.isBlank()) return false;
        String t = text.length() > 400 ? text.substring(0, 400) : text;
        int[] b = Scan.bounds(t);
        PrefixLookups lookups = new PrefixLookups(registry);
        for (ArchivalScheme sc : schemes.values()) {
            // a catalogue reference after an archive of its scheme ("TNA, FO 371/135812", "NARA, RG 59, …")
            if (reference(sc, t, b, lookups).isPresent()) return true;
        }
        Scan s = Scan.of(t, tables);
        if (s.elements.isEmpty()) return false;
        Scan.Element first = s.elements.get(0);
        // label-less levels in shorthand after an archive ("ДАХмО 315-1-8433", "RGASPI 558/11/97"): a
        // citation with a missing-label fault when the archive is registered, so that the fault is reported
        boolean shorthand = first.label == null && !s.archiveText.isBlank() && first.valueRaw != null
                && slashShorthand(first.valueRaw.strip());
        if ((first.label == null && !shorthand) || first.empty) return false;
        if (shorthand) return lookups.lookup(s.archiveText).found();
        if (s.archiveText.isBlank()) {
            // no archive: a fond and at least one further labelled level ("f. 495, op. 201"); a lone
            // "(f. 1)" is as likely a folio or a page
            if (s.ibid || !(first.level.equals("fond") || first.level.equals("fond-or-folio")) || s.elements.size() < 2) return false;
            Scan.Element second = s.elements.get(1);
            return second.label != null && !second.empty;
        }
        if (lookups.lookup(s.archiveText).found()) return true;
        // a registered archive with a description after it ("ЦДКФФА України ім. Г.С. Пшеничного, од. об. …",
        // "RGASPI, Comintern collection, f. 495"), read the same way as a citation alone
        // (its first level numbered: "National Archives, Washington, D.C." is an address)
        boolean numbered = first.valueRaw != null && first.valueRaw.chars().anyMatch(Character::isDigit);
        if (numbered && s.archiveText.length() <= 300 && (beforeFirstComma(s).found() || beforeHonorific(s).found())) return true;
        // an archive the registry does not know ("Госархив Черниговской обл., ф. Р-8840, оп. 3, …",
        // "Архив УФСБ … Д. 595. Л. 186–189."): read it when two labelled levels follow, starting with the
        // fond or the delo, so that its findings are reported
        if (s.archiveText.length() > 120 || s.elements.size() < 2) return false;
        Scan.Element second = s.elements.get(1);
        if (second.label == null || second.empty) return false;
        String l1 = first.level, l2 = second.level;
        if (l1.equals("fond") || l1.equals("fond-or-folio")) return true;
        return (l1.equals("delo") || l1.equals("unit")) && (l2.equals("list") || l2.equals("fond-or-folio"));
    }

    // ------------------------------------------------------------------ analysis

    private ArchivalCitation analyse(String text, Optional<ArchivalCitation> antecedent) {
        try {
            if (antecedent.isEmpty()) {
                Optional<String> flat = EnclosedLevels.flatten(text, a -> registry.lookup(a).found())
                        .or(() -> CollectionFirst.flatten(text, a -> registry.lookup(a).found() || namesRepository(a)))
                        .or(() -> ArchiveLast.flatten(text, registry, schemes))
                        .or(() -> LocativeArchive.flatten(text, a -> registry.lookup(a).found()))
                        .or(() -> ManuscriptOf.flatten(text, a -> registry.lookup(a).found()));
                if (flat.isPresent()) {
                    ArchivalCitation c = analyseUnsafe(flat.get(), antecedent);
                    return new ArchivalCitation(text, c.scheme(), c.archive(), c.levels(), c.leaves(), c.diagnostics(), c.english(),
                            c.location(), c.gost());
                }
            }
            return analyseUnsafe(text, antecedent);
        } catch (RuntimeException bug) {
            Diagnostic d = new Diagnostic("archival/unrecognized", Severity.ERROR, new Span(1, 1, 0, text.length()),
                    "could not read this citation (internal error: " + bug + ")", Optional.empty());
            return new ArchivalCitation(text, "ru", Optional.empty(), List.of(), List.of(), List.of(d), "", "", Optional.empty());
        }
    }

    /** Where the segments begin after an opening "Ibid.," ("Ibid., Box H–109"), or {@code from} when there is none. */
    private static int afterIbid(String text, int from, int to) {
        java.util.regex.Matcher m = IBID.matcher(text).region(from, to);
        if (!m.lookingAt()) return from;
        int k = m.end();
        while (k < to && (text.charAt(k) == '.' || text.charAt(k) == ',' || Scan.isSpace(text.charAt(k)))) k++;
        return k;
    }

    /** An "Ibid." opening a continuation: read by the scanner, which knows it. */
    private static final java.util.regex.Pattern IBID = java.util.regex.Pattern.compile("(?iu)\\s*(?:ibid|ibidem|там же|тамсамо)\\b");

    private ArchivalCitation analyseUnsafe(String text, Optional<ArchivalCitation> antecedent) {
        boolean continuation = antecedent.isPresent();
        Scan scan = null;
        List<Scan.Element> reference = new ArrayList<>();
        ArchivalScheme refScheme = null;
        String implied = "";
        if (!continuation) {
            int[] b = Scan.bounds(text);
            PrefixLookups lookups = new PrefixLookups(registry);
            // a registered archive read by its own scheme comes before any scheme's reading of an unregistered one
            // ("MS of the Moscow Synodal Library No. 330/380": the library's scheme, not a US repository named "… Library")
            // an acronym two archives share ("AA": the Australian Archives, or the German Foreign Office's files; "AMAE": the
            // Romanian or the French diplomatic archive) is the archive of the scheme whose patterns read the reference after it,
            // the one leaving fewer parts unread ("AA : A1838, 73/1/2, I" is an Australian series and control symbol); when two
            // schemes read it equally well ("AMAE, Correspondance politique, vol. 23": a fond named and a volume) nothing decides,
            // and an ambiguous acronym is read as before, by no scheme of its own
            ArchivalScheme own = null;
            int ownUnread = Integer.MAX_VALUE;
            boolean tie = false;
            for (ArchivalScheme s : schemes.values()) {
                Optional<ArchivalScheme.Reference> r = reference(s, text, b, lookups, true);
                if (r.isEmpty()) continue;
                if (r.get().unread() < ownUnread) {
                    own = s;
                    ownUnread = r.get().unread();
                    tie = false;
                } else if (r.get().unread() == ownUnread) tie = true;
            }
            if (tie) {
                own = null;
                for (ArchivalScheme s : schemes.values()) if (own == null && reference(s, text, b, lookups, false).isPresent()) own = s;
            }
            boolean shared = !tie;
            for (ArchivalScheme s : schemes.values()) {
                if (own != null && s != own) continue;
                Optional<ArchivalScheme.Reference> r = reference(s, text, b, lookups, shared);
                if (r.isEmpty() && own == null) r = referenceOfUnregistered(s, text, b, lookups);
                if (r.isEmpty()) continue;
                ArchivalScheme.Reference ref0 = r.get();
                refScheme = s;
                implied = ref0.impliedArchive();
                scan = referenceScan(s, text, b, ref0);
                break;
            }
        }
        if (scan == null && !continuation) {
            // a note describing the document before its archive ("Cablegrams 2478 and 2501, UNNY to DEA, 10 December 1969,
            // NAA: A452, 1969/5571."): the first comma after which a registered archive opens a reference of its own scheme
            int[] b = Scan.bounds(text);
            PrefixLookups lookups = new PrefixLookups(registry);
            for (int k = b[0]; k < b[1] && k - b[0] <= 300 && scan == null; k++) {
                if (text.charAt(k) != ',') continue;
                int start = k + 1;
                while (start < b[1] && Scan.isSpace(text.charAt(start))) start++;
                if (start >= b[1] || !Character.isUpperCase(text.charAt(start))) continue;
                int[] tail = {start, b[1]};
                for (ArchivalScheme s : schemes.values()) {
                    if (!(s instanceof SegmentScheme)) continue;
                    Optional<ArchivalScheme.Reference> r = reference(s, text, tail, lookups);
                    if (r.isEmpty() || r.get().archiveStart() != start || r.get().parts().isEmpty()) continue;
                    refScheme = s;
                    implied = r.get().impliedArchive();
                    scan = referenceScan(s, text, tail, r.get());
                    scan.leadingStart = b[0];
                    scan.leadingEnd = k + 1;
                    break;
                }
            }
        }
        if (scan == null && continuation && schemes.get(antecedent.get().scheme()) instanceof SegmentScheme seg) {
            // a continuation in a segment scheme ("MS Russ 79, Box 31, File 1941." after the first full citation;
            // "ibid., Presidential Correspondence: Lot 66 D 204.": the segments after the ibid.)
            int[] b = Scan.bounds(text);
            int from = afterIbid(text, b[0], b[1]);
            Optional<ArchivalScheme.Reference> r = from < b[1] ? seg.bareReference(text, from, Math.min(b[1], from + 400)) : Optional.empty();
            if (r.isPresent()) scan = referenceScan(seg, text, b, r.get());
        }
        if (scan == null && !continuation) {
            // no archive: segments only a segment scheme reads ("S/P Files: Lot 64 D 563"), still missing-archive
            int[] b = Scan.bounds(text);
            NamelessReference.Found bare = NamelessReference.find(schemes.values(), text, b, tables, registry);
            if (bare != null) {
                refScheme = bare.scheme();
                scan = referenceScan(bare.scheme(), text, b, bare.reference());
            }
        }
        if (scan == null) scan = Scan.of(text, tables);
        if (continuation && scan.elements.isEmpty() && scan.ibid && scan.strays.isEmpty()) {
            // a bare "Ibid." / "Там же": the same place as the antecedent
            ArchivalCitation a = antecedent.get();
            List<Level> same = new ArrayList<>();
            for (Level l : a.levels()) same.add(new Level(l.level(), l.value(), l.raw(), 0, 0));
            return new ArchivalCitation(text, a.scheme(), a.archive(), same, a.leaves(), List.of(), a.english(), a.location(), a.gost());
        }
        ArchiveRegistry.Match match = ArchiveRegistry.Match.NONE;
        Optional<ArchiveEntry> archive = Optional.empty();
        Optional<ArchivalCitation.ArchiveRef> ref = Optional.empty();
        if (continuation) {
            ref = antecedent.get().archive();
            archive = ref.flatMap(r -> registry.byId(r.id()));
        } else if (!scan.archiveText.isBlank() && scan.archiveText.length() <= 300) {
            match = registry.lookup(scan.archiveText);
            // an acronym several archives share, read by one archive's scheme: that archive
            if (match.ambiguous() && refScheme != null) match = registry.narrow(match, scan.archiveText, refScheme.id());
            if (!match.found()) match = afterLeadingWords(scan);
            if (!match.found()) match = beforeFirstComma(scan);
            if (!match.found()) match = beforeHonorific(scan);
            if (match.found() && !match.ambiguous()) archive = Optional.of(match.candidates().get(0));
            // the written words do not name an archive, but the reference's collection code does ("Thatcher MSS, Churchill
            // Archive Centre: THCR 3/5/97": THCR is the Churchill Archives Centre's; labels.json "codeArchives")
            if (!match.found() && !implied.isEmpty()) archive = registry.byId(implied);
        } else if (!implied.isEmpty()) {
            archive = registry.byId(implied); // "RG 59, …": the National Archives
        }

        // the scheme
        ArchivalScheme scheme = null;
        boolean unknownScheme = false;
        String wantedScheme = "";
        if (continuation) {
            scheme = schemes.get(antecedent.get().scheme());
        } else if (refScheme != null) {
            scheme = refScheme;
        } else if (match.found()) {
            wantedScheme = match.candidates().get(0).scheme();
            scheme = schemes.get(wantedScheme);
            unknownScheme = scheme == null;
        }
        if (scheme != null && refScheme == null && !continuation) {
            // an archive of one scheme holding records cited in another (Hoover's copies of Soviet fonds:
            // "HIA, f. 89, op. 1, d. 2"): when the archive's scheme does not know every written label, a
            // scheme that knows them all reads it
            ArchivalScheme other = schemeOfLabels(scheme, scan);
            if (other != null) {
                scheme = other;
                unknownScheme = false;
            }
        }
        if (scheme == null) {
            List<String> written = new ArrayList<>();
            for (Scan.Element e : scan.elements) if (!e.labelText.isEmpty()) written.add(LabelTable.normal(e.labelText));
            // a Soviet-hierarchy scheme that knows every written label comes before one that does not ("Галузевий Архів …, Фонд 1,
            // Справа 7057": the Ukrainian scheme, not the Russian one with an unknown "Справа"); then the confidence
            int best = -1;
            boolean bestAll = false;
            for (ArchivalScheme s : schemes.values()) {
                int c = s.confidence(written);
                boolean all = s instanceof RussianScheme; // among the Soviet-hierarchy schemes (ru, ua, …) only: the others come through their archives
                for (Scan.Element e : scan.elements) if (!e.labelText.isEmpty() && !e.labelAfter) all &= s.labels().find(e.labelText).isPresent();
                if ((all && !bestAll) || (all == bestAll && c > best)) {
                    best = c;
                    bestAll = all;
                    scheme = s;
                }
            }
        }
        boolean papka = archive.map(ArchiveEntry::papka).orElse(false);

        // resolve the level of every element in this scheme
        List<Scan.Element> els = new ArrayList<>(scan.elements);
        List<String> before = new ArrayList<>();
        boolean antePapka = continuation && antecedent.get().level("papka").isPresent();
        for (Scan.Element e : els) {
            if (e.label != null && !e.labelAfter && !e.fromReference) {
                Optional<LabelTable.Label> own = scheme.labels().find(e.labelText);
                if (own.isPresent()) e.label = own.get();
                else e.unknownLabel = true; // a label of another scheme ("d." in a TNA citation)
                e.level = scheme.resolve(e.label.level(), papka, before);
                if (e.level.equals("fond-or-folio")) e.level = "fond";
                if (e.level.equals("papka-or-page")) e.level = papka ? "papka" : "page";
                // "ibid., p. 704" under a citation that already gave the papka: a page
                if (e.level.equals("papka") && antePapka && before.isEmpty() && e.label.level().equals("papka-or-page")) e.level = "page";
            }
            before.add(e.level);
        }

        // style: label case (Russian scheme), separators as the tie-break
        Analysis.Style style = style(scheme, els, scan);
        if (continuation && !antecedent.get().input().isBlank()) {
            // an ibid. continuation keeps the separator style of the citation it continues
            Scan ante = Scan.of(antecedent.get().input(), tables);
            if (!ante.elements.isEmpty()) style = style(scheme, ante.elements, ante);
        }

        // "RGASPI 558.11.1668": label-less levels joined by periods read as the slash shorthand
        if (!continuation && scheme instanceof RussianScheme) els = DottedShorthand.join(els);
        // bare values: a year, a further value of the level before, or a missing label
        List<Scan.Element> resolved = new ArrayList<>();
        for (int i = 0; i < els.size(); i++) {
            Scan.Element e = els.get(i);
            if (!e.level.equals("?") || e.unknownLabel) {
                resolved.add(e);
                continue;
            }
            Scan.Element prev = resolved.isEmpty() ? null : resolved.get(resolved.size() - 1);
            String v = e.valueRaw;
            if (isYear(v) && (prev == null ? !antecedentHasLeaves(antecedent) : yearMayFollow(prev.level, scheme))) {
                e.level = "year";
                resolved.add(e);
                continue;
            }
            if (prev != null && style == Analysis.Style.PERIOD && e.sepBefore == ','
                    && (prev.level.equals("opis") || prev.level.equals("delo") || prev.level.equals("unit"))) {
                prev.extraValues.add(v);
                prev.end = e.end;
                prev.valueEnd = e.valueEnd;
                continue;
            }
            if (prev == null && !continuation && slashShorthand(v) && scheme instanceof RussianScheme) {
                resolved.addAll(splitShorthand(e, scheme));
                continue;
            }
            e.level = nextLevel(scheme, prev == null ? (continuation ? lastInheritedLevel(antecedent.get(), scheme) : null) : prev.level);
            e.guessed = true;
            if (e.level.equals("list")) {
                Scan.Item it = new Scan.Item();
                it.from = v;
                it.to = v;
                it.fromAt = e.valueStart;
                it.fromEnd = e.valueEnd;
                e.items.add(it);
            }
            resolved.add(e);
        }
        if (!continuation && scan.ibid) continuation = false;

        // identifiers the scheme keeps as written ("ф. 14-5" is a fond, not a range of fonds)
        for (Scan.Element e : resolved) if (!e.verbatim && e.level != null) e.verbatim = scheme.labels().verbatim(e.level);
        Analysis a = new Analysis(text, scan, scheme, match, archive, continuation, resolved);
        a.style = style;
        a.schemeUnknown = unknownScheme;
        a.unknownSchemeId = wantedScheme;
        a.impliedArchive = !implied.isEmpty() && archive.isPresent();
        a.registry = registry;
        List<Diagnostic> ds = new ArrayList<>();
        for (ArchivalRule r : rules) r.check(a, ds);
        Collections.sort(ds);

        // the archive reference
        if (!continuation) {
            if (archive.isPresent()) {
                ArchiveEntry e = archive.get();
                ref = Optional.of(new ArchivalCitation.ArchiveRef(e.id(), e.displayName(), e.latinAcronym(), scan.archiveText.strip(), true));
            } else if (!scan.archiveText.isBlank()) {
                ref = Optional.of(new ArchivalCitation.ArchiveRef(scan.archiveText.strip(), "", scan.archiveText.strip(), scan.archiveText.strip(), false));
            }
        }

        // levels: inherited first
        List<Normalizer.Part> parts = new ArrayList<>();
        if (antecedent.isPresent()) parts.addAll(inherited(antecedent.get(), resolved, scheme));
        for (Scan.Element e : resolved) parts.add(Normalizer.Part.of(e, text, a.column(e.start), text.codePointCount(e.start, Math.max(e.start, e.end))));
        List<Level> levels = new ArrayList<>();
        List<Leaf> leaves = new ArrayList<>();
        for (Normalizer.Part p : parts) {
            levels.addAll(p.levels());
            if (p.level().equals("list") || p.level().equals("page")) leaves.addAll(p.leaves());
        }
        Normalizer n = new Normalizer(scheme.labels());
        boolean any = !parts.isEmpty();
        String en = any ? n.english(ref, archive, parts) : "";
        Optional<String> gost = any && scheme.labels().hasGost() ? Optional.of(n.gost(ref, archive, parts)) : Optional.empty();
        String location = any ? String.join(", ", n.englishLevels(parts, false)) : "";
        return new ArchivalCitation(text, scheme.id(), ref, levels, leaves, ds, en, location, gost);
    }


    /** The scan of a citation whose start a scheme read as a catalogue reference: the reference's parts, then any labelled levels after it. */
    private Scan referenceScan(ArchivalScheme s, String text, int[] b, ArchivalScheme.Reference ref0) {
        List<Scan.Element> reference = new ArrayList<>();
        int from = ref0.end();
        while (from < b[1] && Scan.isSpace(text.charAt(from))) from++;
        if (from < b[1] && ",.:;".indexOf(text.charAt(from)) >= 0) from++;
        Scan scan = Scan.withArchive(text, tables, ref0.archiveStart(), ref0.archiveEnd(),
                ref0.sepAt() >= 0 ? text.charAt(ref0.sepAt()) : 0, ref0.sepAt(), from);
        boolean firstPart = true;
        for (ArchivalScheme.Reference.Part p : ref0.parts()) {
            Scan.Element x = new Scan.Element();
            x.level = p.level();
            x.start = p.start();
            x.end = p.end();
            x.valueStart = p.start();
            x.valueEnd = p.end();
            x.valueRaw = text.substring(p.start(), p.end());
            x.spaceBeforeValue = true;
            x.sepBefore = firstPart ? scan.archiveSep : ' ';
            x.sepBeforeAt = firstPart ? scan.archiveSepAt : -1;
            x.spaceAfterSep = !firstPart || scan.archiveSepSpace;
            if (s instanceof SegmentScheme) {
                x.fromReference = true;
                if (!firstPart) x.sepBefore = ',';
                partLabel(s, text, p, x);
            }
            firstPart = false;
            reference.add(x);
        }
        if (!scan.elements.isEmpty()) {
            // the separator between the reference and the first labelled element
            Scan.Element first = scan.elements.get(0);
            first.sepBefore = 0;
            first.sepBeforeAt = -1;
            for (int k = ref0.end(); k < first.start; k++) {
                char c = text.charAt(k);
                if (c == ',' || c == '.' || c == ':' || c == ';') {
                    first.sepBefore = c;
                    first.sepBeforeAt = k;
                    first.spaceAfterSep = k + 1 < first.start;
                }
            }
        }
        scan.elements.addAll(0, reference);
        return scan;
    }

    /**
     * The scheme that knows every label written in a citation whose archive's scheme does not know
     * them all (chosen by {@link ArchivalScheme#confidence}), or null.
     */
    private ArchivalScheme schemeOfLabels(ArchivalScheme own, Scan scan) {
        List<String> written = new ArrayList<>();
        for (Scan.Element e : scan.elements) if (!e.labelText.isEmpty() && !e.labelAfter) written.add(e.labelText);
        if (written.size() < 2) return null;
        int known = 0;
        for (String w : written) if (own.labels().find(w).isPresent()) known++;
        if (known == written.size()) return null;
        ArchivalScheme best = null;
        int bestScore = 0;
        List<String> normal = new ArrayList<>();
        for (String w : written) normal.add(LabelTable.normal(w));
        for (ArchivalScheme s : schemes.values()) {
            if (s == own) continue;
            boolean all = true;
            for (String w : written) all &= s.labels().find(w).isPresent();
            int c = all ? s.confidence(normal) : 0;
            if (c > bestScore) {
                bestScore = c;
                best = s;
            }
        }
        return best;
    }

    /**
     * A TNA catalogue reference under a known department code ("FO 371/2767") after an archive the
     * registry does not know ("British National Archives, FO 371/2767"): the shape is TNA's, the archive
     * is reported as unregistered. (Only TNA references are specific enough to be read so; a box or a
     * decimal file after an unknown name is not.)
     */
    private Optional<ArchivalScheme.Reference> referenceOfUnregistered(ArchivalScheme s, String text, int[] b, PrefixLookups lookups) {
        if (s instanceof SegmentScheme seg && seg.readsUnregistered()) return distinctiveReferenceOfUnregistered(seg, text, b, lookups);
        if (!(s instanceof TnaScheme)) return Optional.empty();
        return s.catalogueReference(text, b[0], Math.min(b[1], b[0] + 400), a -> a.length() <= 80 && a.indexOf(',') < 0
                && !lookups.lookup(a).found() && ((TnaScheme) s).knownDepartmentFollows(text, a));
    }

    /**
     * A reference of a segment scheme that opts in ("readsUnregistered" in labels.json: Czech) after an
     * archive the registry does not know ("SOA Plzeň, pracoviště …, RA Trauttmansdorffů, inv. č. 200,
     * karton 9"): read so only when two of its segments carry a label and one of those labels is not a
     * Russian-scheme label ("inv. č."), so that a Soviet-style citation of an unknown archive ("TsGA RUz,
     * f. 47, …, l. 18-20") is never taken for it; or when the unregistered name reads as a repository of
     * the scheme (labels.json "repositoryWords": "Houghton Library", "Central Intelligence Agency").
     */
    private Optional<ArchivalScheme.Reference> distinctiveReferenceOfUnregistered(SegmentScheme s, String text, int[] b, PrefixLookups lookups) {
        Optional<ArchivalScheme.Reference> r = s.catalogueReference(text, b[0], Math.min(b[1], b[0] + 400),
                a -> a.length() <= 80 && !lookups.lookup(a).found());
        if (r.isEmpty()) return r;
        ArchivalScheme ru = schemes.get("ru");
        int labelled = 0;
        boolean own = false;
        for (ArchivalScheme.Reference.Part p : r.get().parts()) {
            if (p.labelStart() < 0 || p.labelEnd() <= p.labelStart()) continue;
            labelled++;
            own |= ru == null || ru.labels().find(text.substring(p.labelStart(), p.labelEnd())).isEmpty();
        }
        // a scheme that names its repository words reads an unregistered archive by its name only ("Houghton Library,
        // Harvard University, … Papers, Box 30, File 1887"; labels.json "repositoryWords"): a short form of a collection
        // ("MS Russ 79, Box 81, File 6095") is not an archive
        String archive = text.substring(r.get().archiveStart(), r.get().archiveEnd());
        // a level written with its label is never an archive's name ("(fond Kancelář prezidenta republiky, inv. č. 591, sign.
        // D 4808/26)": a fond of an archive the caption does not name, so a missing archive, not an unregistered one)
        if (s.opensWithLabelledLevel(text, r.get().archiveStart(), r.get().archiveEnd())) return Optional.empty();
        if (s.hasRepositoryWords()) return s.namesRepository(archive) ? r : Optional.empty();
        return labelled >= 2 && own ? r : Optional.empty();
    }

    /** The catalogue reference a scheme finds at the start of a citation, after an archive of that scheme. */
    private Optional<ArchivalScheme.Reference> reference(ArchivalScheme s, String text, int[] b, PrefixLookups lookups) {
        return reference(s, text, b, lookups, false);
    }

    /** {@link #reference}, an acronym several archives share read by the scheme of any of them when {@code shared}. */
    private Optional<ArchivalScheme.Reference> reference(ArchivalScheme s, String text, int[] b, PrefixLookups lookups, boolean shared) {
        Optional<ArchivalScheme.Reference> r = s.catalogueReference(text, b[0], Math.min(b[1], b[0] + 400), a -> {
            ArchiveRegistry.Match m = lookups.lookup(a);
            if (!m.found() || m.ambiguous() && !shared) return false;
            for (ArchiveEntry c : m.candidates()) if (c.scheme().equals(s.id())) return true;
            return false;
        });
        // an archive whose name runs on into what this scheme reads as the first level ("HDA SBU, f. 13": the Ukrainian
        // security-service archive, not the Croatian HDA with a fond "SBU") is the longer archive's citation
        if (r.isPresent() && !r.get().parts().isEmpty() && r.get().archiveEnd() > r.get().archiveStart()) {
            ArchivalScheme.Reference.Part p = r.get().parts().get(0);
            if (p.start() > r.get().archiveEnd() && p.end() > p.start() && text.substring(r.get().archiveEnd(), p.start()).isBlank()
                    && runsOnToAnother(lookups, text.substring(r.get().archiveStart(), r.get().archiveEnd()),
                            text.substring(r.get().archiveStart(), p.end()))) return Optional.empty();
        }
        return r;
    }

    /**
     * Whether the archive with its first level run on names another archive ("HDA SBU" is not "HDA"); a lookup
     * that reads the longer text as the same archive ("Magyar Nemzeti Levéltár Országos Levéltára 276": a number
     * after the name is not part of it) does not.
     */
    private static boolean runsOnToAnother(PrefixLookups lookups, String archive, String longer) {
        ArchiveRegistry.Match l = lookups.lookup(longer);
        if (!l.found()) return false;
        ArchiveRegistry.Match a = lookups.lookup(archive);
        return !a.found() || !a.candidates().equals(l.candidates());
    }

    /** The label written with a part of a catalogue reference ("Box" in "Box 12"), and its leaves. */
    private static void partLabel(ArchivalScheme s, String text, ArchivalScheme.Reference.Part p, Scan.Element x) {
        if (p.labelStart() >= 0 && p.labelEnd() > p.labelStart()) {
            x.labelText = text.substring(p.labelStart(), p.labelEnd());
            x.labelStart = p.labelStart();
            x.labelEnd = p.labelEnd();
            x.labelPeriod = x.labelText.endsWith(".");
            x.label = s.labels().find(x.labelText).orElse(new LabelTable.Label(x.labelText, p.level(), "abbr", Map.of()));
            x.start = Math.min(x.start, p.labelStart());
            x.spaceBeforeValue = p.start() > p.labelEnd() || p.start() == p.end();
        }
        x.empty = p.start() == p.end();
        x.verbatim = s.labels().verbatim(p.level());
        PostposedLabels post = s instanceof SegmentScheme seg ? seg.postposed() : null;
        if (!x.empty && (p.level().equals("list") || p.level().equals("page"))) {
            if (post == null) Scan.fillLeaves(text, x, p.start(), p.end());
            else Scan.fillOrdinalLeaves(text, x, p.start(), p.end(), post.verso());
        }
    }

    private static Analysis.Style style(ArchivalScheme scheme, List<Scan.Element> els, Scan scan) {
        int commas = 0, periods = 0, upper = 0, lower = 0;
        for (int i = 1; i < els.size(); i++) {
            Scan.Element e = els.get(i);
            if (e.sepBefore == ',') commas++;
            if (e.sepBefore == '.') periods++;
        }
        for (Scan.Element e : els) {
            if (!e.labelText.isEmpty() && !e.labelAfter && e.label != null) {
                if (Character.isUpperCase(e.labelText.charAt(0))) upper++; else lower++;
            }
        }
        // the separators between levels decide when they agree; when both occur, the labels' case
        // tells the intended style (GOST capitalises, English usage does not)
        if (periods > 0 && commas == 0) return Analysis.Style.PERIOD;
        if (commas > 0 && periods == 0) return Analysis.Style.COMMA;
        if (periods == 0) {
            // one level only: the separator after the archive, else the labels
            int first = els.isEmpty() ? 0 : els.get(0).sepBefore;
            if (first == '.') return Analysis.Style.PERIOD;
            if (first == ',') return Analysis.Style.COMMA;
            return upper > lower ? Analysis.Style.PERIOD : Analysis.Style.COMMA;
        }
        if (scheme instanceof RussianScheme && upper != lower) return upper > lower ? Analysis.Style.PERIOD : Analysis.Style.COMMA;
        return periods > commas ? Analysis.Style.PERIOD : Analysis.Style.COMMA;
    }

    /**
     * "See RGASPI, …", "cf. GARF, …": when the archive part is not known as a whole, its last one to
     * three words may be; the words before are then left out of the archive (and reported).
     */
    private ArchiveRegistry.Match afterLeadingWords(Scan scan) {
        String t = scan.archiveText;
        int from = 0;
        for (int dropped = 0; dropped < 3; dropped++) {
            int sp = t.indexOf(' ', from);
            if (sp < 0) break;
            from = sp + 1;
            while (from < t.length() && t.charAt(from) == ' ') from++;
            String rest = t.substring(from);
            if (rest.isBlank()) break;
            ArchiveRegistry.Match m = registry.byAcronym(rest); // acronyms only: a shortened full name may name another archive
            if (m.found()) {
                scan.leadingStart = scan.archiveStart;
                scan.leadingEnd = scan.archiveStart + from;
                scan.archiveStart += from;
                scan.archiveText = rest;
                return m;
            }
        }
        return ArchiveRegistry.Match.NONE;
    }

    /**
     * "RGASPI, Comintern collection, f. 495": when the archive part is not known as a whole, the words
     * before its first comma may be; the rest is read as a description of the archive (and reported).
     */
    private ArchiveRegistry.Match beforeFirstComma(Scan scan) {
        String t = scan.archiveText;
        int comma = t.indexOf(',');
        if (comma <= 0) return ArchiveRegistry.Match.NONE;
        String head = t.substring(0, comma).strip();
        ArchiveRegistry.Match m = registry.lookup(head);
        if (!m.found()) return m;
        int d = comma + 1;
        while (d < t.length() && t.charAt(d) == ' ') d++;
        scan.detailStart = scan.archiveStart + d;
        scan.detailEnd = scan.archiveStart + t.length();
        scan.archiveText = t.substring(0, comma);
        scan.archiveEnd = scan.archiveStart + comma;
        return m;
    }

    /**
     * The mark between the levels of a label-less shorthand: a slash ("558/11/97"), or a hyphen
     * ("315-1-8433"), also when the last number carries the file's part after a slash
     * ("5-1-4145/III", a volume or part of file 4145).
     */
    private static char shorthandMark(String v) {
        int lastHyphen = v.lastIndexOf('-');
        if (v.indexOf('/') < 0) return '-';
        return lastHyphen > 0 && v.indexOf('/') > lastHyphen && v.indexOf('-') < lastHyphen ? '-' : '/';
    }

    /** "ЦДКФФА України ім. Г.С. Пшеничного": the archive before its honorific, which is archive detail. */
    private ArchiveRegistry.Match beforeHonorific(Scan scan) {
        String t = scan.archiveText;
        int at = HonorificDetail.start(t);
        if (at <= 0) return ArchiveRegistry.Match.NONE;
        ArchiveRegistry.Match m = registry.lookup(t.substring(0, at).strip());
        if (!m.found()) return m;
        scan.detailStart = scan.archiveStart + at;
        scan.detailEnd = scan.archiveStart + t.length();
        scan.archiveText = t.substring(0, at).stripTrailing();
        scan.archiveEnd = scan.archiveStart + scan.archiveText.length();
        return m;
    }

    /** "558/11/97": fond/opis/delo(/list) written with slashes and no labels. */
    private static boolean slashShorthand(String v) {
        int slashes = 0;
        boolean digit = false;
        char mark = shorthandMark(v);
        int partAt = mark == '-' ? v.indexOf('/') : -1; // "/III" after the last hyphen: the file's part
        if (partAt > 0) {
            String part = v.substring(partAt + 1);
            if (part.isEmpty() || !part.chars().allMatch(Character::isLetterOrDigit) || !Character.isDigit(v.charAt(partAt - 1))) return false;
            v = v.substring(0, partAt);
        }
        for (int i = 0; i < v.length(); i++) {
            char c = v.charAt(i);
            if (c == mark) {
                if (!digit) return false;
                slashes++;
                digit = false;
            } else if (Character.isDigit(c)) {
                digit = true;
            } else if (mark == '/' && slashes == 3 && digit && Values.isDash(c) && i + 1 < v.length() && Character.isDigit(v.charAt(i + 1))) {
                digit = false; // the leaves as a range ("558/11/728/40–2")
            } else if (!(i == 0 || v.charAt(i - 1) == '/') || !Character.isLetter(c)) {
                return false;
            }
        }
        return digit && slashes >= 2 && slashes <= 3;
    }

    private static List<Scan.Element> splitShorthand(Scan.Element e, ArchivalScheme scheme) {
        String[] names = {"fond", "opis", "delo", "list"};
        String[] en = {"f.", "op.", "d.", "l."};
        List<Scan.Element> out = new ArrayList<>();
        String[] parts = e.valueRaw.split(shorthandMark(e.valueRaw) == '/' ? "/" : "-", -1);
        StringBuilder fix = new StringBuilder();
        int at = e.valueStart;
        for (int k = 0; k < parts.length; k++) {
            Scan.Element x = new Scan.Element();
            x.level = names[k];
            x.valueRaw = parts[k];
            x.valueStart = at;
            x.valueEnd = at + parts[k].length();
            x.start = k == 0 ? e.start : at;
            x.end = x.valueEnd;
            x.spaceBeforeValue = true;
            x.sepBefore = k == 0 ? e.sepBefore : e.valueRaw.charAt(x.valueStart - e.valueStart - 1);
            x.sepBeforeAt = k == 0 ? e.sepBeforeAt : at - 1;
            x.spaceAfterSep = k == 0 ? e.spaceAfterSep : true;
            if (x.level.equals("list")) {
                Scan.Item it = new Scan.Item();
                int dash = 1;
                while (dash < parts[k].length() && !Values.isDash(parts[k].charAt(dash))) dash++;
                it.from = parts[k].substring(0, dash);
                it.to = dash < parts[k].length() ? parts[k].substring(dash + 1) : it.from;
                it.fromAt = x.valueStart;
                it.fromEnd = x.valueStart + it.from.length();
                if (dash < parts[k].length()) {
                    it.dashAt = it.fromEnd;
                    it.dash = parts[k].charAt(dash);
                    it.toAt = it.fromEnd + 1;
                    it.toEnd = x.valueEnd;
                }
                x.items.add(it);
            }
            if (fix.length() > 0) fix.append(", ");
            fix.append(k == 3 && !x.items.isEmpty() && x.items.get(0).ranged() ? "ll." : en[k]).append(' ').append(parts[k]);
            at = x.valueEnd + 1;
            out.add(x);
        }
        out.get(0).shorthandFix = fix.toString();
        out.get(0).shorthandEnd = e.valueEnd;
        return out;
    }

    private static boolean isYear(String v) {
        if (v.length() != 4) return false;
        for (int i = 0; i < 4; i++) if (!Character.isDigit(v.charAt(i))) return false;
        int y = Integer.parseInt(v);
        return y >= 1500 && y <= 2099;
    }

    private static boolean yearMayFollow(String level, ArchivalScheme scheme) {
        if (scheme.id().equals("aqsh")) return level.equals("fond");
        return level.equals("fond") || level.equals("opis") || level.equals("year") || level.equals("section");
    }

    private static boolean antecedentHasLeaves(Optional<ArchivalCitation> a) {
        return a.isEmpty();
    }

    /** The level expected after {@code prev} in the canonical order (fond first). */
    private static String nextLevel(ArchivalScheme scheme, String prev) {
        List<String> seq = scheme.id().equals("aqsh") ? List.of("fond", "year", "delo", "list") : List.of("fond", "opis", "delo", "list");
        if (prev == null) return seq.get(0);
        int r = scheme.labels().rank(prev).orElse(0);
        for (String s : seq) if (scheme.labels().rank(s).orElse(0) > r) return s;
        return "list";
    }

    private static String lastInheritedLevel(ArchivalCitation a, ArchivalScheme scheme) {
        String last = null;
        for (Level l : a.levels()) {
            if (l.level().equals("list") || l.level().equals("page") || l.level().equals("verso")) break;
            last = l.level();
        }
        return last;
    }

    /** The antecedent's levels above the first level the continuation gives. */
    private static List<Normalizer.Part> inherited(ArchivalCitation ante, List<Scan.Element> given, ArchivalScheme scheme) {
        int min = Integer.MAX_VALUE;
        for (Scan.Element e : given) {
            Optional<Integer> r = scheme.labels().depth(e.level);
            if (r.isPresent() && !e.level.equals("year")) min = Math.min(min, r.get());
        }
        List<Normalizer.Part> out = new ArrayList<>();
        if (min == Integer.MAX_VALUE) return out;
        for (Level l : ante.levels()) {
            if (l.level().equals("verso")) continue;
            int r = scheme.labels().depth(l.level()).orElse(Integer.MAX_VALUE);
            if (l.level().equals("year")) r = 0;
            if (r < min) out.add(Normalizer.Part.inherited(l));
        }
        return out;
    }

    @Override
    public String toString() {
        return "ArchivalEngine" + schemes.keySet().toString().toLowerCase(Locale.ROOT);
    }
}
