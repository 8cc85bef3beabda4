package org.opis.cite;

import de.undercouch.citeproc.csl.CSLName;
import org.opis.model.Reference;
import org.opis.names.MatchKey;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Links each citation to an entry of the reference list: by author (or by title, for works
 * listed under their title) and year, tolerant of transliteration and diacritics, of year
 * ranges and suffixes, and of {@code n.d.}; follows {@code ibid.} chains (the work and volume
 * carry over, what is given overrides; an archival {@code ibid.} inherits the archive and upper
 * levels). When the link is loose or missing it says why and names the nearest entries.
 */
public final class CitationResolver {

    private final WorkIndex index;
    private final ArchivalReader archival;
    /** Names prepared once for this resolver's run: transliteration is the costly step of matching. */
    private final MatchKey.Memo keys = MatchKey.standard().memo();

    private final java.util.Map<Integer, String> definedAt;

    public CitationResolver(List<Reference> references, ArchivalReader archival) {
        this(references, archival, java.util.Map.of());
    }

    /**
     * A resolver for works read from their full notes: the full note at each offset of
     * {@code definedAt} resolves to the work it defines (see {@link NoteWorks}).
     */
    public CitationResolver(List<Reference> references, ArchivalReader archival, java.util.Map<Integer, String> definedAt) {
        this.index = new WorkIndex(references, keys);
        this.archival = archival;
        this.definedAt = java.util.Map.copyOf(definedAt);
    }

    /** True when a name (a surname, or the first word of a title-first entry) occurs in the list. */
    public boolean knows(String name) {
        return index.knows(name);
    }

    /**
     * The author a year-only parenthesis with no name before it cites ({@code (2011: 7)}), read from
     * the list and the paragraph before it ({@code before}); see {@link ImpliedAuthors}.
     */
    public java.util.Optional<String> authorOfYear(CitedYear year, String before) {
        return ImpliedAuthors.of(index, keys, year, before);
    }

    /**
     * True when the words are the beginning of a title of an entry listed under its title (no
     * author): {@code Milestones: 1945–1952} for {@code "Milestones: 1945–1952 – Office of the Historian"}; or the
     * whole of a title of three words or more of an entry listed under its author.
     */
    public boolean knowsTitle(String words) {
        String cited = keys.ascii(words);
        if (cited.isEmpty()) return false;
        for (String t : titleFirst()) if (prefixWords(cited, t, false)) return true;
        // a work listed under its author, cited by the whole of a title of three words or more: "(Historiography of Germany)"
        return cited.split(" ").length >= WHOLE_TITLE_WORDS && authoredTitles().contains(cited);
    }

    /** The fewest words of a whole title that cite a work listed under its author. */
    private static final int WHOLE_TITLE_WORDS = 3;

    /** The titles of the entries listed under their title, folded to plain letters (computed once). */
    private List<String> titleFirst() {
        List<String> t = titleFirstAscii;
        if (t == null) {
            t = List.copyOf(foldedTitles(false));
            titleFirstAscii = t;
        }
        return t;
    }

    /** The titles of the entries listed under their author, folded to plain letters (computed once). */
    private Set<String> authoredTitles() {
        Set<String> t = authoredAscii;
        if (t == null) {
            t = Set.copyOf(foldedTitles(true));
            authoredAscii = t;
        }
        return t;
    }

    private List<String> foldedTitles(boolean authored) {
        List<String> out = new ArrayList<>();
        for (WorkIndex.Work w : index.works) {
            if (w.ref().archive() || w.names().isEmpty() == authored) continue;
            for (String title : w.titles()) out.add(keys.ascii(title));
        }
        return out;
    }

    private List<String> titleFirstAscii;
    private Set<String> authoredAscii;

    /** Resolves citations given in text order. */
    public List<CheckedCitation> resolve(List<InTextCitation> citations) {
        List<CheckedCitation> out = new ArrayList<>();
        CheckedCitation lastBody = null;
        CheckedCitation lastNotes = null;
        ArchivalReading archivalBody = null, archivalNotes = null; // the nearest earlier archival readings
        for (InTextCitation c : citations) {
            CheckedCitation antecedent = c.inNotes() ? lastNotes : lastBody;
            Optional<ArchivalReading> earlierArchival = Optional.ofNullable(c.inNotes() ? archivalNotes : archivalBody);
            CheckedCitation r = switch (c.kind()) {
                case IBID -> ibid(c, antecedent);
                case ARCHIVAL -> archival(c, archival.readInContext(c.rest(), earlierArchival));
                case NEWSPAPER -> newspaper(c);
                case BIBLIOGRAPHIC -> bibliographic(c, out);
            };
            out.add(r);
            if (c.inNotes()) lastNotes = r;
            else lastBody = r;
            if (r.archival().isPresent()) {
                if (c.inNotes()) archivalNotes = r.archival().get();
                else archivalBody = r.archival().get();
            }
        }
        return out;
    }

    // ------------------------------------------------------------------ ibid.

    private CheckedCitation ibid(InTextCitation c, CheckedCitation antecedent) {
        if (antecedent == null) {
            return new CheckedCitation(c, CitationStatus.UNRESOLVED, Optional.empty(), List.of(),
                    "ibid. with no citation before it to refer to", c.locators(), Optional.empty());
        }
        String via = "ibid. refers to \u201C" + antecedent.citation().text() + "\u201D";
        if (antecedent.archival().isPresent()) {
            ArchivalReading reading = archival.continueFrom(antecedent.archival().get(), c.rest());
            CheckedCitation a = archival(c, reading);
            return new CheckedCitation(c, a.status(), a.resolvesTo(), a.candidates(),
                    join(via, a.reason()), a.locators(), Optional.of(reading));
        }
        List<Locator> locs = inherit(antecedent.locators(), c.locators());
        String reason = antecedent.status() == CitationStatus.RESOLVED ? via : join(via, antecedent.reason());
        return new CheckedCitation(c, antecedent.status(), antecedent.resolvesTo(), antecedent.candidates(), reason, locs,
                Optional.empty());
    }

    /** The antecedent's volume carries over unless a volume is given; anything given overrides. */
    static List<Locator> inherit(List<Locator> before, List<Locator> given) {
        if (given.isEmpty()) return before;
        List<Locator> out = new ArrayList<>();
        boolean volumeGiven = given.stream().anyMatch(l -> l.label().equals("volume"));
        if (!volumeGiven) before.stream().filter(l -> l.label().equals("volume")).forEach(out::add);
        out.addAll(given);
        return out;
    }

    private static String join(String a, String b) {
        if (b == null || b.isBlank()) return a;
        return a + "; " + b;
    }

    // ------------------------------------------------------------------ archival

    private CheckedCitation archival(InTextCitation c, ArchivalReading reading) {
        if (reading.archive().isEmpty()) {
            for (String alias : reading.aliases()) {
                Optional<WorkIndex.Work> w = index.archive(alias);
                if (w.isPresent()) {
                    return new CheckedCitation(c, CitationStatus.RESOLVED, Optional.of(w.get().ref().id()), List.of(), "",
                            leaves(reading), Optional.of(reading));
                }
            }
            String why = reading.aliases().isEmpty() ? "the archive could not be identified"
                    : "archive \u201C" + reading.aliases().get(reading.aliases().size() - 1) + "\u201D is neither known nor declared in the reference list";
            return new CheckedCitation(c, CitationStatus.UNRESOLVED, Optional.empty(), List.of(), why, leaves(reading),
                    Optional.of(reading));
        }
        Optional<WorkIndex.Work> w = index.archive(reading.archive().get());
        for (String alias : reading.aliases()) if (w.isEmpty()) w = index.archive(alias);
        String reason = w.isPresent() ? "" : "archive " + reading.archive().get() + " is not declared in the reference list";
        return new CheckedCitation(c, CitationStatus.RESOLVED, w.map(x -> x.ref().id()), List.of(), reason, leaves(reading),
                Optional.of(reading));
    }

    /** The leaves of an archival citation as a CSL {@code folio} locator. */
    private static List<Locator> leaves(ArchivalReading r) {
        return r.leaves().map(l -> List.of(new Locator("folio", l))).orElse(List.of());
    }

    // ------------------------------------------------------------------ newspapers

    private CheckedCitation newspaper(InTextCitation c) {
        int[] date = ScannerWords.STANDARD.date(c.date().orElse(""));
        List<WorkIndex.Work> exact = new ArrayList<>();
        List<WorkIndex.Work> sameYear = new ArrayList<>();
        List<WorkIndex.Work> sameTitle = new ArrayList<>();
        for (WorkIndex.Work w : index.works) {
            if (w.ref().archive()) continue;
            MatchKey.Closeness t = titleCloseness(c.who(), w, true);
            if (!t.matches()) {
                // the date written in the entry's title ("UNCIP Resolution, 5 January 1949")
                if (TitleDates.titled(c.who(), c.date().orElse(""), w.titles(), keys::key)) exact.add(w);
                continue;
            }
            sameTitle.add(w);
            if (w.hasDate() && date.length > 0 && w.start() == date[0]) {
                if (sameDay(w.fullDate(), date)) exact.add(w);
                else sameYear.add(w);
            }
        }
        if (exact.size() == 1) return ok(c, exact.get(0));
        if (exact.size() > 1) return ambiguous(c, exact, "several entries of " + c.who() + " dated " + c.date().orElse(""));
        if (sameYear.size() == 1) {
            WorkIndex.Work w = sameYear.get(0);
            return fuzzy(c, w, "date mismatch: cited " + c.date().orElse("") + ", the list has " + dateLabel(w.fullDate()));
        }
        return unresolved(c, sameTitle, "no issue of " + c.who() + " dated " + c.date().orElse("") + " in the reference list");
    }

    private static boolean sameDay(int[] listed, int[] cited) {
        if (listed.length < cited.length) return false;
        for (int i = 0; i < cited.length; i++) if (listed[i] != cited[i]) return false;
        return true;
    }

    private static String dateLabel(int[] d) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < d.length; i++) {
            if (i > 0) sb.append('-');
            sb.append(i == 0 ? String.valueOf(d[i]) : String.format("%02d", d[i]));
        }
        return sb.toString();
    }

    // ------------------------------------------------------------------ author-date and title-date

    private enum YearFit { EXACT, SUFFIX_MISSING, SUFFIX_EXTRA, OVERLAP, TITLE_YEARS, NONE }

    private record Fit(WorkIndex.Work work, MatchKey.Closeness name, String nameReason, YearFit year, String yearReason) {
    }

    private CheckedCitation bibliographic(InTextCitation c, List<CheckedCitation> earlier) {
        InTextCitation read = InitialledAuthors.normalised(c);
        if (read != c) {
            // a Kurzbeleg: resolved by its families and short title, reported as written
            CheckedCitation r = bibliographicAsRead(read, earlier);
            return new CheckedCitation(c, r.status(), r.resolvesTo(), r.candidates(), r.reason(), r.locators(), r.archival());
        }
        return bibliographicAsRead(c, earlier);
    }

    private CheckedCitation bibliographicAsRead(InTextCitation c, List<CheckedCitation> earlier) {
        String defined = definedAt.get(c.span().offset());
        if (defined != null) {
            return new CheckedCitation(c, CitationStatus.RESOLVED, Optional.of(defined), List.of(), "", c.locators(), Optional.empty());
        }
        if (c.year().isEmpty()) return shortNote(c, earlier);
        // beyond this point the link depends only on who (or what title), which year and which title are cited
        Cited key = new Cited(c.who(), c.byTitle(), c.year().get(), c.title().orElse(""));
        Decision d = decided.get(key);
        if (d == null) {
            CheckedCitation r = decide(c);
            if (decided.size() < DECISIONS_KEPT) decided.putIfAbsent(key, new Decision(r.status(), r.resolvesTo(), r.candidates(), r.reason()));
            return r;
        }
        return new CheckedCitation(c, d.status(), d.resolvesTo(), d.candidates(), d.reason(), c.locators(), Optional.empty());
    }

    /** What the resolver decided for one cited author (or title) and year: the same for every citation of them. */
    private record Decision(CitationStatus status, Optional<String> resolvesTo, List<String> candidates, String reason) {
    }

    private record Cited(String who, boolean byTitle, CitedYear year, String title) {
    }

    /** At most this many decisions are remembered per resolver, so memory stays bounded on any input. */
    private static final int DECISIONS_KEPT = 20_000;
    private final Map<Cited, Decision> decided = new ConcurrentHashMap<>();

    /** An author-date or title-date citation with a year, against every entry of the list. */
    private CheckedCitation decide(InTextCitation c) {
        CitedYear y = c.year().orElse(CitedYear.none());
        List<Fit> fits = new ArrayList<>();
        List<WorkIndex.Work> sameName = new ArrayList<>();
        for (WorkIndex.Work w : index.works) {
            if (w.ref().archive()) continue;
            NameFit nf = nameFit(c, w);
            if (!nf.closeness().matches()) continue;
            sameName.add(w);
            YearFit yf = yearFit(y, w);
            String yr = yearReason(yf, y, w);
            fits.add(new Fit(w, nf.closeness(), nf.reason(), yf, yr));
        }
        // tier 1: exact name and year
        List<Fit> t1 = fits.stream().filter(f -> f.name() == MatchKey.Closeness.EXACT && f.year() == YearFit.EXACT).toList();
        if (t1.size() == 1) return ok(c, t1.get(0).work());
        if (t1.size() > 1) {
            List<WorkIndex.Work> titled = byCitedTitle(c, works(t1));
            if (titled.size() == 1) return ok(c, titled.get(0));
            return ambiguous(c, works(t1), "several entries match " + c.who() + " " + y.display());
        }
        // tier 2: loose name, exact year
        List<Fit> t2 = fits.stream().filter(f -> f.year() == YearFit.EXACT).toList();
        if (t2.size() == 1) return fuzzy(c, t2.get(0).work(), t2.get(0).nameReason());
        if (t2.size() > 1) return ambiguous(c, works(t2), "several entries match " + c.who() + " " + y.display());
        // tier 3: the year agrees only in part (suffix, range, title years)
        // (a precise partial fit — suffix, years of a title — before a mere overlap of ranges)
        List<Fit> t3 = fits.stream().filter(f -> f.year() == YearFit.SUFFIX_MISSING || f.year() == YearFit.SUFFIX_EXTRA
                || f.year() == YearFit.TITLE_YEARS).toList();
        if (t3.isEmpty()) t3 = fits.stream().filter(f -> f.year() == YearFit.OVERLAP).toList();
        if (t3.size() == 1) {
            Fit f = t3.get(0);
            return fuzzy(c, f.work(), join(f.yearReason(), f.nameReason()));
        }
        if (t3.size() > 1) {
            // a whole reference's title tells the works of the year apart ("Davidson, Jacob (30 July 2015). \"The 10 Richest …\"")
            List<WorkIndex.Work> titled = c.title().isEmpty() ? List.of() : byCitedTitle(c, works(t3));
            if (titled.size() == 1) {
                Fit f = t3.get(works(t3).indexOf(titled.get(0)));
                return fuzzy(c, f.work(), join(f.yearReason() + "; the title decides", f.nameReason()));
            }
            return ambiguous(c, works(t3), "the year " + y.display() + " fits several entries of " + c.who()
                    + " (" + String.join(", ", works(t3).stream().map(WorkIndex.Work::label).toList()) + ")");
        }
        // nothing: say what is nearest
        if (!sameName.isEmpty()) {
            return unresolved(c, sameName, "no entry by " + c.who() + " dated " + y.display() + "; the list has "
                    + String.join(", ", sameName.stream().map(WorkIndex.Work::label).toList()));
        }
        List<WorkIndex.Work> near = nearNames(c);
        if (!near.isEmpty()) {
            return unresolved(c, near, "no entry by " + c.who() + " in the reference list; nearest: "
                    + String.join(", ", near.stream().map(WorkIndex.Work::label).toList()));
        }
        return unresolved(c, List.of(), (c.byTitle() ? "no entry titled " : "no entry by ") + c.who() + " in the reference list");
    }

    /**
     * A citation without a year: a short note, {@code Kotkin, *Magnetic Mountain*, 45}, found by
     * its author and the words of its title (the first words of the title, or its key words); an
     * author-page citation, {@code (Mogilnitsky, pg 414)}, found by its author alone when the list
     * has one work of theirs; a title alone, {@code Milestones: 1945–1952}.
     */
    private CheckedCitation shortNote(InTextCitation c, List<CheckedCitation> earlier) {
        String title = c.title().orElse("");
        List<WorkIndex.Work> byAuthor = new ArrayList<>();
        List<NameFit> fitsOfAuthor = new ArrayList<>();
        for (WorkIndex.Work w : index.works) {
            if (w.ref().archive()) continue;
            NameFit nf = nameFit(c, w);
            if (!nf.closeness().matches()) continue;
            byAuthor.add(w);
            fitsOfAuthor.add(nf);
        }
        List<WorkIndex.Work> titled = byCitedTitle(c, byAuthor);
        // the title stands in the entry's text though its reading lost it
        if (titled.isEmpty() && !title.isEmpty()) titled = EntryTextTitles.holding(title, byAuthor, keys);
        if (titled.isEmpty() && !title.isEmpty()) {
            List<WorkIndex.Work> naming = EntryTextTitles.namingBoth(c.who(), title, index.works.stream().filter(w -> !w.ref().archive()).toList(), keys);
            if (naming.size() == 1) {
                return fuzzy(c, naming.get(0), "the entry names " + c.who() + " and holds the title \u201C" + title
                        + "\u201D as written, though its reading of the names does not list " + c.who());
            }
        }
        if (titled.size() == 1) {
            WorkIndex.Work w = titled.get(0);
            NameFit nf = fitsOfAuthor.get(byAuthor.indexOf(w));
            return nf.closeness() == MatchKey.Closeness.EXACT ? ok(c, w) : fuzzy(c, w, nf.reason());
        }
        if (titled.size() > 1) {
            return ambiguous(c, titled, title.isEmpty()
                    ? "no year given, and the list has several works of " + c.who() + " ("
                    + String.join(", ", titled.stream().map(WorkIndex.Work::label).toList()) + ")"
                    : "several works of " + c.who() + " are titled \u201C" + title + "\u201D");
        }
        if (!byAuthor.isEmpty()) {
            return unresolved(c, byAuthor, "no work of " + c.who() + " titled \u201C" + title + "\u201D; the list has "
                    + String.join(", ", byAuthor.stream().map(WorkIndex.Work::label).toList()));
        }
        List<WorkIndex.Work> near = nearNames(c);
        String why = "no entry by " + c.who() + " in the reference list"
                + (near.isEmpty() ? "" : "; nearest: " + String.join(", ", near.stream().map(WorkIndex.Work::label).toList()));
        Optional<InTextCitation> full = fullNoteOf(c, earlier);
        if (full.isPresent()) {
            why += "; the full note at line " + full.get().span().line() + " gives the work (\u201C" + full.get().text() + "\u201D)";
        }
        return unresolved(c, near, why);
    }

    /** The earlier full note of the work a short note cites (same surname, title beginning with the short title). */
    private Optional<InTextCitation> fullNoteOf(InTextCitation c, List<CheckedCitation> earlier) {
        if (c.title().isEmpty() || c.who().isBlank()) return Optional.empty();
        String[] sw = c.who().strip().split("\\s+");
        String surname = sw[sw.length - 1];
        String shortTitle = keys.ascii(c.title().get());
        if (shortTitle.isEmpty()) return Optional.empty();
        for (CheckedCitation e : earlier) {
            InTextCitation f = e.citation();
            if (f.title().isEmpty() || f.year().isEmpty() || f.who().isBlank()) continue;
            String[] fw = f.who().strip().split("\\s+");
            if (!keys.compare(surname, fw[fw.length - 1]).matches()) continue;
            String t = keys.ascii(f.title().get());
            if (t.equals(shortTitle) || t.startsWith(shortTitle + " ")) return Optional.of(f);
        }
        return Optional.empty();
    }

    /** The works whose title begins with the cited title, or else holds all its words; all when no title is cited. */
    private List<WorkIndex.Work> byCitedTitle(InTextCitation c, List<WorkIndex.Work> ws) {
        if (c.title().isEmpty()) return ws;
        String cited = c.title().get();
        List<WorkIndex.Work> prefix = ws.stream().filter(w -> titleCloseness(cited, w, false).matches()).toList();
        if (!prefix.isEmpty()) return prefix;
        Set<String> citedWords = new LinkedHashSet<>(List.of(keys.key(cited).split(" ")));
        citedWords.remove("");
        if (citedWords.isEmpty()) return List.of();
        List<WorkIndex.Work> out = new ArrayList<>();
        for (WorkIndex.Work w : ws) {
            for (String t : w.titles()) {
                if (new HashSet<>(List.of(keys.key(t).split(" "))).containsAll(citedWords)) {
                    out.add(w);
                    break;
                }
            }
        }
        return out;
    }

    private static List<WorkIndex.Work> works(List<Fit> fits) {
        return fits.stream().map(Fit::work).toList();
    }

    private record NameFit(MatchKey.Closeness closeness, String reason) {
    }

    private static final NameFit NO = new NameFit(MatchKey.Closeness.NONE, "");

    /** How well the cited author part (or short title) fits an entry. */
    private NameFit nameFit(InTextCitation c, WorkIndex.Work w) {
        if (c.byTitle() || w.names().isEmpty()) {
            MatchKey.Closeness t = titleCloseness(c.who(), w, false);
            if (t.matches()) return new NameFit(t, t == MatchKey.Closeness.EXACT ? "" : "title spelt differently (" + c.who() + " / " + w.titles().get(0) + ")");
            if (c.byTitle()) return NO;
        }
        if (w.names().isEmpty()) return NO;
        String who = c.who().strip();
        // the whole author part against a single (corporate or literal) author
        if (w.names().size() == 1) {
            MatchKey.Comparison whole = personFit(who, w.names().get(0));
            if (whole.matches()) return new NameFit(whole.closeness(), whole.reason());
        }
        boolean etAl = false;
        String s = who;
        Matcher m = ET_AL.matcher(s);
        if (m.find()) {
            etAl = true;
            s = s.substring(0, m.start()).strip();
        }
        List<String> cited = splitAuthors(s);
        if (cited.isEmpty()) return NO;
        if (etAl ? w.names().size() <= cited.size() : w.names().size() != cited.size()) return firstOfMany(c, cited, w);
        MatchKey.Closeness worst = MatchKey.Closeness.EXACT;
        List<String> reasons = new ArrayList<>();
        for (int i = 0; i < cited.size(); i++) {
            MatchKey.Comparison cmp = personFit(cited.get(i), w.names().get(i));
            if (!cmp.matches()) return firstOfMany(c, cited, w);
            if (cmp.closeness().ordinal() > worst.ordinal()) worst = cmp.closeness();
            if (!cmp.reason().isEmpty()) reasons.add(cmp.reason());
        }
        return new NameFit(worst, String.join("; ", reasons));
    }

    /**
     * A short note naming three or more authors, whose first is the entry's first while the others differ from the
     * list's reading (a misspelt or misread co-author): a loose fit, decided by the title the short note gives.
     */
    private NameFit firstOfMany(InTextCitation c, List<String> cited, WorkIndex.Work w) {
        if (c.title().isEmpty() || w.names().isEmpty()) return NO;
        if (cited.size() < 3) return firstNamesWithTitle(c, cited, w);
        if (!personFit(cited.get(0), w.names().get(0)).matches()) return NO;
        return new NameFit(MatchKey.Closeness.TRANSLITERATION, "the first of the " + cited.size()
                + " authors cited is the entry's first; the others differ from the list's reading (" + c.who() + ")");
    }

    /**
     * A short form whose authors are the entry's first ones, the list's reading having more ({@code Schwaber and
     * Sutherland} against an entry read with a third name out of its {@code (Scrum Guide, 2020)} key): a loose fit when
     * the entry's text holds the short title the citation gives.
     */
    private NameFit firstNamesWithTitle(InTextCitation c, List<String> cited, WorkIndex.Work w) {
        if (cited.isEmpty() || cited.size() >= w.names().size()) return NO;
        for (int i = 0; i < cited.size(); i++) if (!personFit(cited.get(i), w.names().get(i)).matches()) return NO;
        String title = keys.key(c.title().get());
        if (title.isBlank() || !(" " + keys.key(w.ref().raw()) + " ").contains(" " + title + " ")) return NO;
        return new NameFit(MatchKey.Closeness.TRANSLITERATION, "the authors cited are the entry's first " + cited.size()
                + " of " + w.names().size() + " as the list reads it, and the entry holds the short title (" + c.title().get() + ")");
    }

    private static final Pattern ET_AL = Pattern.compile("(?:,\\s*)?\\bet\\s+al\\.?$|\\bи\\s+др\\.?$");
    /** Joins cited names: "and", "&", "и", "und", "et", a comma, or a slash ("Müller / Pfisterer", German notes). */
    /**
     * Between two cited authors: an "and" word of {@code connectors.tsv} in any of its languages ("Gibbs e Owens",
     * "Bevan et Crema", "Kowalski i Nowak"), after a comma or not, a slash, or a comma.
     */
    private static final Pattern AND = Pattern.compile("\\s*(?:,?\\s(?:" + org.opis.lexicon.Connectors.alternation(org.opis.lexicon.Connectors.AND)
            + ")\\s|\\s?/\\s?|,\\s)\\s*");

    private static List<String> splitAuthors(String s) {
        List<String> out = new ArrayList<>();
        for (String p : AND.split(s)) if (!p.isBlank()) out.add(p.strip());
        return out;
    }

    /** A cited name against one listed name: family, literal, given+family, or given name and family cited together. */
    private MatchKey.Comparison personFit(String cited, CSLName n) {
        MatchKey.Comparison best = new MatchKey.Comparison(MatchKey.Closeness.NONE, "");
        String family = n.getFamily();
        if (n.getNonDroppingParticle() != null && family != null) family = n.getNonDroppingParticle() + " " + family;
        String given = n.getGiven();
        List<String> forms = new ArrayList<>();
        if (n.getLiteral() != null) forms.add(n.getLiteral());
        if (family != null) forms.add(family);
        // "Molinari" for Gustave de Molinari: a short note drops the particle
        if (n.getNonDroppingParticle() != null && n.getFamily() != null) forms.add(n.getFamily());
        if (family != null && given != null) {
            forms.add(given + " " + family);
            forms.add(family + " " + given);
            // a double family name the reader took in part as a given name: "Prats López" for López, M. Prats
            String[] gw = given.strip().split("\\s+");
            String lastGiven = gw[gw.length - 1];
            if (gw.length > 1 && lastGiven.length() > 1 && !lastGiven.endsWith(".")) forms.add(lastGiven + " " + family);
        }
        for (String f : forms) best = better(best, keys.compare(cited, f));
        if (!best.matches()) for (String f : FamilyNameForms.of(n.getFamily(), ScannerWords.STANDARD)) best = better(best, keys.compare(cited, f)); // "Anselme" for Anselme de Sainte-Marie
        if (!best.matches() && family != null && given != null) {
            // "Harutyun Ulunyan" against Ulunjan, Arutyun Akopovich: last word = family, first word = first given name
            String[] cw = cited.split("\\s+");
            if (cw.length == 2) {
                String firstGiven = given.split("[\\s.]+")[0];
                MatchKey.Comparison fam = keys.compare(cw[1], family);
                MatchKey.Comparison giv = keys.compare(cw[0], firstGiven);
                if (fam.matches() && giv.matches()) {
                    MatchKey.Closeness worst = fam.closeness().ordinal() >= giv.closeness().ordinal() ? fam.closeness() : giv.closeness();
                    String r = join(fam.reason(), giv.reason());
                    if (r.isBlank()) r = "cited with the given name (" + cited + " / " + family + ", " + given + ")";
                    best = new MatchKey.Comparison(worst == MatchKey.Closeness.EXACT ? MatchKey.Closeness.EXACT : worst, r);
                }
            }
        }
        return best;
    }

    private static MatchKey.Comparison better(MatchKey.Comparison a, MatchKey.Comparison b) {
        return b.closeness().ordinal() < a.closeness().ordinal() ? b : a;
    }

    /** The cited words are the first words of one of the entry's titles. */
    private MatchKey.Closeness titleCloseness(String cited, WorkIndex.Work w, boolean whole) {
        String ca = keys.ascii(cited);
        if (ca.isEmpty()) return MatchKey.Closeness.NONE;
        MatchKey.Closeness best = MatchKey.Closeness.NONE;
        for (String t : w.titles()) {
            String ta = keys.ascii(t);
            // same letters (quotes, apostrophes, case and diacritics aside): a title is cited as written
            if (prefixWords(ca, ta, whole)) return MatchKey.Closeness.EXACT;
            if (prefixWords(keys.key(cited), keys.key(t), whole)) best = MatchKey.Closeness.TRANSLITERATION;
        }
        return best;
    }

    private static boolean prefixWords(String cited, String title, boolean whole) {
        if (whole) return cited.equals(title);
        return title.equals(cited) || title.startsWith(cited + " ");
    }

    private YearFit yearFit(CitedYear y, WorkIndex.Work w) {
        if (y.noDate()) return w.hasDate() ? YearFit.NONE : YearFit.EXACT;
        if (!w.hasDate()) {
            for (String t : w.titles()) if (titleYears(t, y)) return YearFit.TITLE_YEARS;
            return YearFit.NONE;
        }
        boolean sameSpan = y.start() == w.start() && y.end() == w.end();
        if (sameSpan) {
            if (y.suffix().equals(w.suffix())) return YearFit.EXACT;
            if (y.suffix().isEmpty()) return YearFit.SUFFIX_MISSING;
            if (w.suffix().isEmpty()) return YearFit.SUFFIX_EXTRA;
            return YearFit.NONE; // 2008a vs 2008b: another work
        }
        for (String t : w.titles()) if (titleYears(t, y)) return YearFit.TITLE_YEARS;
        if (y.start() <= w.end() && w.start() <= y.end()) return YearFit.OVERLAP;
        return YearFit.NONE;
    }

    private static final Pattern YEARS_IN_TITLE = Pattern.compile("(?<!\\d)(\\d{4})(?:\\s*[-\u2010\u2011\u2012\u2013\u2014]\\s*(\\d{2,4}))?(?!\\d)");

    private static boolean titleYears(String title, CitedYear y) {
        Matcher m = YEARS_IN_TITLE.matcher(title);
        while (m.find()) {
            int s = Integer.parseInt(m.group(1));
            int e = s;
            if (m.group(2) != null) e = Integer.parseInt(NumberRanges.expandEnd(m.group(1), m.group(2)).orElse(m.group(1)));
            if (s == y.start() && e == y.end()) return true;
        }
        return false;
    }

    private static String yearReason(YearFit f, CitedYear y, WorkIndex.Work w) {
        return switch (f) {
            case EXACT, NONE -> "";
            case SUFFIX_MISSING -> "year suffix missing: cited " + y.display() + ", the list has " + w.yearLabel();
            case SUFFIX_EXTRA -> "year suffix not in the list: cited " + y.display() + ", the list has " + w.yearLabel();
            case OVERLAP -> "year mismatch: cited " + y.display() + ", the list has " + w.yearLabel();
            case TITLE_YEARS -> "title years: cited " + y.display() + " matches only the years in the title \u201C"
                    + w.titles().stream().filter(t -> titleYears(t, y)).findFirst().orElse("") + "\u201D (issued " + w.yearLabel() + ")";
        };
    }

    /** Entries whose first author is spelt nearly like the cited one (an edit or two apart). */
    private List<WorkIndex.Work> nearNames(InTextCitation c) {
        if (c.byTitle()) return List.of();
        List<String> cited = splitAuthors(c.who());
        if (cited.isEmpty()) return List.of();
        String first = cited.get(0);
        String[] fw = first.split("\\s+");
        String last = fw[fw.length - 1];
        int limit = Math.max(1, keys.key(last).length() / 4);
        List<WorkIndex.Work> out = new ArrayList<>();
        for (WorkIndex.Work w : index.works) {
            if (w.ref().archive() || w.names().isEmpty()) continue;
            CSLName n = w.names().get(0);
            String fam = n.getFamily() != null ? n.getFamily() : n.getLiteral();
            if (fam == null) continue;
            if (keys.distance(last, fam) <= limit) out.add(w);
        }
        return out;
    }

    // ------------------------------------------------------------------ results

    private static CheckedCitation ok(InTextCitation c, WorkIndex.Work w) {
        return new CheckedCitation(c, CitationStatus.RESOLVED, Optional.of(w.ref().id()), List.of(), "", c.locators(), Optional.empty());
    }

    private static CheckedCitation fuzzy(InTextCitation c, WorkIndex.Work w, String reason) {
        return new CheckedCitation(c, CitationStatus.FUZZY, Optional.of(w.ref().id()), List.of(w.ref().id()),
                reason + " \u2192 " + w.label(), c.locators(), Optional.empty());
    }

    private static CheckedCitation ambiguous(InTextCitation c, List<WorkIndex.Work> ws, String reason) {
        return new CheckedCitation(c, CitationStatus.AMBIGUOUS, Optional.empty(), ids(ws), reason, c.locators(), Optional.empty());
    }

    private static CheckedCitation unresolved(InTextCitation c, List<WorkIndex.Work> near, String reason) {
        return new CheckedCitation(c, CitationStatus.UNRESOLVED, Optional.empty(), ids(near), reason, c.locators(), Optional.empty());
    }

    private static List<String> ids(List<WorkIndex.Work> ws) {
        Set<String> s = new LinkedHashSet<>();
        ws.forEach(w -> s.add(w.ref().id()));
        return List.copyOf(s);
    }

    /** Labels of references ({@code Gaiduk 1996}) by id, for messages. */
    String label(String id) {
        return index.works.stream().filter(w -> w.ref().id().equals(id)).map(WorkIndex.Work::label).findFirst().orElse(id);
    }
}
