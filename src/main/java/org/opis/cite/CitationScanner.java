package org.opis.cite;

import org.opis.model.Span;
import org.opis.text.SourceText;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.opis.cite.ScanText.clean;
import static org.opis.cite.ScanText.endsWithAbbrev;
import static org.opis.cite.ScanText.indexOf;
import static org.opis.cite.ScanText.isClosingQuote;
import static org.opis.cite.ScanText.isQuote;
import static org.opis.cite.ScanText.skipSpace;
import static org.opis.cite.ScanText.stripQuotes;
import static org.opis.cite.ScanText.trimEnd;
import static org.opis.cite.ScanText.withFinalPeriod;
import static org.opis.cite.SemicolonPieces.splitSemicolons;

/**
 * Finds the in-text citations of a note's body and notes: author-date citations in parentheses
 * ({@code (Khrushchev 1999, p. 136)}, several split on {@code ;}, one author with several years),
 * narrative citations ({@code Konoreva (2008a)}, {@code See Hoxha 1981–85, t. 2, f. 155.}), title
 * citations, newspaper issues, {@code n.d.}, archival references (read by the archival engine,
 * also mixed with bibliographic ones) and {@code ibid.} in its forms. Parentheses that hold no
 * citation — abbreviations, dates, glosses — are left alone. One pass, linear in the text.
 */
public final class CitationScanner {

    private static final int MAX_PAREN = 800;
    private static final int MAX_WHO_WORDS = 12;
    private static final int MAX_WORD = 60;

    private static final int MAX_NOTE = 4000;

    private final ArchivalReader archival;
    private final Predicate<String> knownName;
    private final Predicate<String> knownTitle;
    private final java.util.function.BiFunction<CitedYear, String, Optional<String>> impliedAuthor;
    private final Locators locators = Locators.standard();
    private final ScannerWords words = ScannerWords.STANDARD;

    /**
     * @param archival  reads archival references
     * @param knownName tells whether a name (a surname or a title's first words) occurs in the
     *                  reference list; used only to decide whether {@code Name (1954)} in running
     *                  text is a citation or, say, an event with its date
     */
    public CitationScanner(ArchivalReader archival, Predicate<String> knownName) {
        this(archival, knownName, title -> false);
    }

    /**
     * @param knownTitle tells whether words are the beginning of the title of an entry listed under its
     *                   title; a note that holds only such words ({@code Milestones: 1945–1952.}) cites it
     */
    public CitationScanner(ArchivalReader archival, Predicate<String> knownName, Predicate<String> knownTitle) {
        this(archival, knownName, knownTitle, (year, before) -> Optional.empty());
    }

    /**
     * @param impliedAuthor the author a year-only parenthesis with a pinpoint and no name before it
     *                      cites ({@code (2011: 7)}), given its year and the paragraph before it; empty
     *                      when the list does not decide (the parenthesis is then no citation)
     */
    public CitationScanner(ArchivalReader archival, Predicate<String> knownName, Predicate<String> knownTitle,
                           java.util.function.BiFunction<CitedYear, String, Optional<String>> impliedAuthor) {
        this.archival = archival;
        this.knownName = knownName;
        this.knownTitle = knownTitle;
        this.impliedAuthor = impliedAuthor;
    }

    /** A piece of text that holds citations: one parenthesis or one narrative sentence. */
    private record Unit(int start, List<Found> found) {
    }

    /** A citation found, with view offsets (not yet numbered into groups). */
    private record Found(int start, int end, String text, CitationForm form, CitationKind kind, String who,
                         boolean byTitle, Optional<CitedYear> year, Optional<String> date, List<Locator> locators,
                         String rest, Optional<String> title, boolean fullNote) {
        Found(int start, int end, String text, CitationForm form, CitationKind kind, String who,
              boolean byTitle, Optional<CitedYear> year, Optional<String> date, List<Locator> locators, String rest) {
            this(start, end, text, form, kind, who, byTitle, year, date, locators, rest, Optional.empty());
        }

        Found(int start, int end, String text, CitationForm form, CitationKind kind, String who,
              boolean byTitle, Optional<CitedYear> year, Optional<String> date, List<Locator> locators, String rest,
              Optional<String> title) {
            this(start, end, text, form, kind, who, byTitle, year, date, locators, rest, title, false);
        }
    }

    /** Scans the body and notes of a note (everything before its reference list). */
    public List<InTextCitation> scan(SourceText source) {
        NoteSections sections = NoteSections.of(source);
        return scan(source, 0, sections.referencesStart(), sections.notesStart());
    }

    /**
     * Scans {@code [from, to)} of a text; citations at or after {@code notesStart} are marked as
     * being in the notes.
     */
    public List<InTextCitation> scan(SourceText source, int from, int to, int notesStart) {
        MarkupView v = MarkupView.of(source.text(), from, to);
        String t = v.text();
        List<int[]> consumed = new ArrayList<>();
        List<Unit> units = new ArrayList<>(notes(v, viewIndex(v, notesStart), consumed));
        List<int[]> parens = new ArrayList<>();
        int ci = 0;
        for (int[] p : parentheses(t)) {
            while (ci < consumed.size() && consumed.get(ci)[1] <= p[0]) ci++;
            if (ci < consumed.size() && consumed.get(ci)[0] <= p[0]) continue; // inside a note citation: its imprint
            parens.add(p);
        }
        for (int[] p : parens) {
            List<Found> f = parenthesis(v, p[0], p[1]);
            if (!f.isEmpty()) units.add(new Unit(p[0], f));
        }
        units.addAll(sentences(v, parens, consumed));
        List<int[]> taken = new ArrayList<>(consumed);
        units.forEach(u -> u.found().forEach(f -> taken.add(new int[]{f.start(), f.end()})));
        for (ColonShortForms.Hit h : ColonShortForms.find(t, words, locators, taken)) // "[vgl. → Oestereich u. Scheithauer: UML-Kurzreferenz, 2014, S.5]"
            units.add(new Unit(h.start(), List.of(new Found(h.start(), h.end(), clean(t.substring(h.start(), h.end())), CitationForm.PARENTHETICAL,
                    h.repeat() ? CitationKind.IBID : CitationKind.BIBLIOGRAPHIC, h.who(), false, h.repeat() ? Optional.empty() : Optional.of(h.year()),
                    Optional.empty(), h.locators(), "", h.repeat() ? Optional.empty() : Optional.of(h.title())))));
        units.sort(Comparator.comparingInt(Unit::start));
        List<InTextCitation> out = new ArrayList<>();
        SpanCursor spans = new SpanCursor(source);
        int group = 0;
        for (Unit u : units) {
            group++;
            for (Found f : u.found()) {
                int o = v.origin(f.start());
                Span span = spans.span(o, v.originLength(f.start(), f.end()));
                out.add(new InTextCitation(f.text(), span, group, f.form(), f.kind(), f.who(), f.byTitle(), f.year(),
                        f.date(), f.locators(), f.rest(), o >= notesStart, f.title(), f.fullNote()));
            }
        }
        return out;
    }

    // ---------------------------------------------------------------- parentheses

    /**
     * Top-level parentheses [open, close] of the view, not crossing a blank line; an unclosed one
     * ends where {@link UnclosedParentheses} can prove (see there), and scanning goes on after it.
     * Linear.
     */
    static List<int[]> parentheses(String t) {
        return UnclosedParentheses.scan(t, MAX_PAREN).stream().map(p -> new int[]{p.open(), p.close()}).toList();
    }

    private List<Found> parenthesis(MarkupView v, int open, int close) {
        String t = v.text();
        List<Found> out = new ArrayList<>();
        List<int[]> segs = splitSemicolons(t, open + 1, close);
        boolean first = true;
        for (int[] s : segs) {
            int a = skipSpace(t, s[0], s[1]);
            int b = trimEnd(t, a, s[1]);
            if (a < b && !first && pinpointOfPrevious(t, a, b, out)) {
                first = false;
                continue;
            }
            if (a < b) {
                a = skipLead(t, a, b);
                int before = out.size();
                segment(v, a, b, open, close, first && segs.size() == 1, out);
                if (out.size() == before && !out.isEmpty()) sameAuthor(v, a, b, out);
            }
            first = false;
        }
        return out;
    }

    /**
     * A piece that is only a labelled pinpoint ({@code (Antonaccio, 2000; p. 93)}: a semicolon typed for a comma) is the
     * pinpoint of the citation before it, not a citation of its own.
     */
    private boolean pinpointOfPrevious(String t, int a, int b, List<Found> out) {
        if (out.isEmpty() || !Character.isLetter(t.charAt(a))) return false;
        Locators.Reading only = locators.read(t.substring(a, b));
        if (only.locators().isEmpty() || skipSpace(t, a + only.consumed(), b) < b) return false;
        Found prev = out.get(out.size() - 1);
        if (prev.kind() != CitationKind.BIBLIOGRAPHIC || !prev.locators().isEmpty()) return false;
        out.set(out.size() - 1, new Found(prev.start(), prev.end(), prev.text(), prev.form(), prev.kind(), prev.who(), prev.byTitle(),
                prev.year(), prev.date(), only.locators(), prev.rest(), prev.title(), prev.fullNote()));
        return true;
    }

    /** Reads one piece of a parenthesis [a, b) and adds what it cites. */
    private void segment(MarkupView v, int a, int b, int open, int close, boolean alone, List<Found> out) {
        String t = v.text();
        String seg = t.substring(a, b);
        // ibid.
        int ib = ScannerWords.matchAt(words.ibid, t, a, b);
        if (ib > 0 && a + ib <= b) {
            int r = a + ib;
            if (r < b && t.charAt(r) == '.') r++;
            int restStart = skipSpace(t, r, b);
            if (restStart < b && (t.charAt(restStart) == ',' || t.charAt(restStart) == ':')) restStart = skipSpace(t, restStart + 1, b);
            String rest = t.substring(restStart, b);
            out.add(new Found(a, b, seg, CitationForm.PARENTHETICAL, CitationKind.IBID, "", false, Optional.empty(),
                    Optional.empty(), locators.read(rest).locators(), rest));
            return;
        }
        // newspaper: *Title*, 8 July 1977
        Optional<Found> paper = newspaper(v, a, b);
        if (paper.isPresent()) {
            out.add(paper.get());
            return;
        }
        // author-date (one or several years)
        Optional<AuthorDate> ad = authorDate(v, a, b, false);
        if (ad.isPresent()) {
            addAuthorDate(ad.get(), CitationForm.PARENTHETICAL, out);
            return;
        }
        // archival
        if (archival.startsCitation(seg)) {
            out.add(new Found(a, b, seg, CitationForm.PARENTHETICAL, CitationKind.ARCHIVAL, "", false, Optional.empty(),
                    Optional.empty(), List.of(), withFinalPeriod(t, a, b)));
            return;
        }
        // author and page without a year, the author being in the list: (Mogilnitsky, pg 414), (Faulkner)
        Optional<Found> ap = authorPage(v, a, b);
        if (ap.isPresent()) {
            out.add(ap.get());
            return;
        }
        // year only, the author named just before the parenthesis: Konoreva (2008a)
        if (alone) {
            Optional<YearsRead> years = years(t, a, b);
            if (years.isPresent()) {
                YearsRead y = years.get();
                int after = skipSpace(t, y.end(), b);
                Locators.Reading loc = locators.read(t.substring(after, b));
                int restEnd = skipSpace(t, after + loc.consumed(), b);
                if (restEnd < b) return; // more words: a gloss, not a citation
                ParenYearPinpoint.Reading outside = loc.locators().isEmpty() ? ParenYearPinpoint.after(locators, t, close) : null; // "Cotterell (2010), pp. 90–91."
                if (outside != null) loc = outside.locators();
                Optional<int[]> run = nameBefore(t, open);
                boolean suffixed = y.years().stream().anyMatch(x -> !x.year().suffix().isEmpty());
                if (run.isEmpty() || run.get()[2] != 1 && !suffixed && !knownName.test(t.substring(run.get()[0], run.get()[1]))) {
                    // no name before it: "(2011: 7)", "(2012a: 12)" — the author left out, read from the list
                    if (y.years().size() == 1 && (suffixed || !loc.locators().isEmpty())) impliedYear(t, y.years().get(0), open, close, loc, out);
                    return;
                }
                int ws = run.get()[0];
                int we = run.get()[1];
                String who = t.substring(ws, we);
                boolean led = run.get()[2] == 1;
                // "Michelangelo Buonarotti (1475-1564)": a span of twenty years or more after a name is a life or a reign
                if (!led && y.years().stream().anyMatch(x -> x.year().end() - x.year().start() >= 20)) return;
                for (int k = 0; k < y.years().size(); k++) {
                    YearTok yt = y.years().get(k);
                    boolean last = k == y.years().size() - 1;
                    String text = k == 0 && y.years().size() == 1
                            ? clean(t.substring(ws, close + 1))
                            : who + " (" + t.substring(yt.start(), yt.end()) + ")";
                    int end = k == 0 && y.years().size() == 1 ? (outside != null ? outside.end() : close + 1) : yt.end();
                    out.add(new Found(k == 0 ? ws : yt.start(), end, text, CitationForm.NARRATIVE, CitationKind.BIBLIOGRAPHIC,
                            who, false, Optional.of(yt.year()), Optional.empty(), last ? loc.locators() : List.of(), ""));
                }
            }
        }
    }

    /** Longest stretch of a paragraph read back from a year-only parenthesis for the name it leaves out. */
    private static final int PARAGRAPH_BACK = 2000;

    /** A year-only parenthesis with no name before it, given to the author the list and the paragraph imply. */
    private void impliedYear(String t, YearTok yt, int open, int close, Locators.Reading loc, List<Found> out) {
        int from = Math.max(0, open - PARAGRAPH_BACK);
        int para = t.lastIndexOf("\n\n", open);
        if (para >= from) from = para;
        Optional<String> who = impliedAuthor.apply(yt.year(), t.substring(from, open));
        if (who.isEmpty()) return;
        out.add(new Found(open, close + 1, clean(t.substring(open, close + 1)), CitationForm.PARENTHETICAL, CitationKind.BIBLIOGRAPHIC,
                who.get(), false, Optional.of(yt.year()), Optional.empty(), loc.locators(), ""));
    }

    /**
     * {@code Mogilnitsky, pg 414}, {@code Faulkner 12}, {@code Faulkner}: an author-page citation
     * (MLA), taken only when the name is a name of the reference list and nothing but pages follows; and the same
     * words when they are the whole title of a listed work, a citation by its title ({@code (Historiography of Germany)}).
     */
    private Optional<Found> authorPage(MarkupView v, int a, int b) {
        return authorPage(v, a, b, false);
    }

    /**
     * As {@link #authorPage(MarkupView, int, int)}; in a note ({@code inNote}) also {@code Farwell p. 64. "…"} and
     * {@code Dupuy p. 102 Note: …} — a labelled pinpoint with no comma before it, the note's comment after it — and a name
     * the list lacks when a labelled pinpoint follows it ({@code Grant, p. 203}: the note is a citation, of a work not listed).
     */
    private Optional<Found> authorPage(MarkupView v, int a, int b, boolean inNote) {
        String t = v.text();
        int i = a;
        while (i < b && i - a <= 80 && t.charAt(i) != ',' && !Character.isDigit(t.charAt(i))) {
            if (t.charAt(i) == '(' || t.charAt(i) == ':' || t.charAt(i) == '"' || isQuote(t.charAt(i))) return Optional.empty();
            if (inNote && i > a && t.charAt(i - 1) == ' ' && LabelledPinpoint.at(locators, t, i, b)) break; // "Farwell p. 64"
            i++;
        }
        int whoEnd = i;
        while (whoEnd > a && Character.isWhitespace(t.charAt(whoEnd - 1))) whoEnd--;
        if (whoEnd <= a) return Optional.empty();
        String who = clean(t.substring(a, whoEnd));
        if (who.split(" ").length > 4 || !looksLikeAuthors(who) || words.notName.contains(ScannerWords.fold(who))
                || isAcronym(who) || who.chars().filter(Character::isLetter).count() < 2) return Optional.empty(); // "(M)": a letter standing for someone
        // not a name of the list, but the whole title of one of its works: "(Historiography of Germany)"
        boolean byTitle = !knownName.test(who);
        int r = i < b && t.charAt(i) == ',' ? skipSpace(t, i + 1, b) : skipSpace(t, i, b);
        boolean labelled = inNote && LabelledPinpoint.at(locators, t, r, b);
        if (byTitle && !knownTitle.test(who)) {
            if (!labelled || v.italic(a)) return Optional.empty(); // an italic title ("*Proskynitarion*, ch. 46") is a work's, not a name
            byTitle = false; // a name the list lacks, cited with a page in a note of its own: reported unresolved
        }
        if (inNote && !byTitle) r = TranslationPages.pinpointStart(words, t, r, b); // "Al-Umari, translated in Levtzion & Hopkins 2000, p. 267"
        Locators.Reading loc = locators.read(t.substring(r, b));
        int end = b;
        int after = skipSpace(t, r + loc.consumed(), b);
        if (after < b) {
            // in a note, the comment after a labelled pinpoint: "Farwell p. 64. \"…\"", "Dupuy p. 102 Note: …"
            if (!labelled || loc.locators().isEmpty() || !LabelledPinpoint.commentFollows(t, r + loc.consumed(), b)) return Optional.empty();
            end = trimEnd(t, a, r + loc.consumed());
            while (end > a && t.charAt(end - 1) == '.') end--;
        }
        if (r < b && loc.locators().isEmpty()) return Optional.empty();
        return Optional.of(new Found(a, end, clean(t.substring(a, end)), CitationForm.PARENTHETICAL, CitationKind.BIBLIOGRAPHIC, who,
                byTitle, Optional.empty(), Optional.empty(), loc.locators(), ""));
    }

    /** True when a word of the name is written in capitals ({@code CPSU}, {@code DRV}): an abbreviation, not a surname. */
    private static boolean isAcronym(String who) {
        for (String w : who.split(" ")) {
            long letters = w.chars().filter(Character::isLetter).count();
            if (letters >= 2 && w.chars().filter(Character::isLetter).allMatch(Character::isUpperCase)) return true;
        }
        return false;
    }

    /** {@code (Smith 2001, 45; 2003, 12)}: a piece with years only cites the previous piece's author again. */
    private void sameAuthor(MarkupView v, int a, int b, List<Found> out) {
        Found prev = out.get(out.size() - 1);
        if (prev.kind() != CitationKind.BIBLIOGRAPHIC || prev.who().isEmpty()) return;
        String t = v.text();
        Optional<YearsRead> years = years(t, a, b);
        if (years.isEmpty()) return;
        int end = years.get().end();
        Locators.Reading loc = locators.read(t.substring(end, b));
        if (skipSpace(t, end + loc.consumed(), b) < b) return;
        addAuthorDate(new AuthorDate(v, prev.who(), a, prev.byTitle(), years.get().years(), loc.locators(), end + loc.consumed()),
                prev.form(), out, true);
    }

    private void addAuthorDate(AuthorDate ad, CitationForm form, List<Found> out) {
        addAuthorDate(ad, form, out, false);
    }

    private void addAuthorDate(AuthorDate ad, CitationForm form, List<Found> out, boolean whoImplied) {
        List<YearTok> ys = ad.years();
        for (int k = 0; k < ys.size(); k++) {
            YearTok y = ys.get(k);
            boolean last = k == ys.size() - 1;
            int end = last ? ad.end() : y.end();
            String text;
            int start;
            if (k == 0 && !whoImplied) {
                start = ad.whoStart();
                text = ad.view().text().substring(start, end);
            } else {
                start = y.start();
                text = ad.who() + " " + ad.view().text().substring(y.start(), end);
            }
            out.add(new Found(start, end, clean(text), form, CitationKind.BIBLIOGRAPHIC, ad.who(), ad.byTitle(),
                    Optional.of(y.year()), Optional.empty(), last ? ad.locators() : List.of(), ""));
        }
    }

    // ---------------------------------------------------------------- author-date

    private record YearTok(CitedYear year, int start, int end) {
    }

    private record YearsRead(List<YearTok> years, int end) {
    }

    private record AuthorDate(MarkupView view, String who, int whoStart, boolean byTitle, List<YearTok> years,
                              List<Locator> locators, int end) {
    }

    /**
     * Reads {@code Who Year[ and Year…][, locators]} starting at {@code a}. In sentence mode the
     * year must follow the name directly and reading stops after the locators.
     */
    private Optional<AuthorDate> authorDate(MarkupView v, int a, int b, boolean sentence) {
        String t = v.text();
        if (a >= b) return Optional.empty();
        boolean byTitle = isQuote(t.charAt(a)) || v.italic(a);
        int p = -1;
        int i = a;
        int words = 0;
        // find the first year token at a word start
        if (byTitle) {
            int tEnd = titleEnd(v, a, b);
            if (tEnd < 0) return Optional.empty();
            i = tEnd;
        }
        while (i < b) {
            char c = t.charAt(i);
            boolean wordStart = i > a && (t.charAt(i - 1) == ' ' || t.charAt(i - 1) == '\n');
            if (wordStart) {
                words++;
                if (yearAt(t, i, b).isPresent()) {
                    p = i;
                    break;
                }
                if (words > MAX_WHO_WORDS) return Optional.empty();
            }
            if (!byTitle && (Character.isDigit(c) || c == '(' || c == ':' || c == '!' || c == '?' || c == '='))
                return Optional.empty();
            i++;
        }
        if (p < 0) return Optional.empty();
        int whoEnd = p;
        while (whoEnd > a && (t.charAt(whoEnd - 1) == ' ' || t.charAt(whoEnd - 1) == '\n' || t.charAt(whoEnd - 1) == ',')) whoEnd--;
        if (whoEnd <= a) return Optional.empty();
        String who = clean(t.substring(a, whoEnd));
        if (!byTitle && !looksLikeAuthors(who)) return Optional.empty();
        if (!byTitle && !plausibleAuthor(t, who, whoEnd, p, b)) return Optional.empty();
        if (byTitle) who = stripQuotes(who);
        if (who.isBlank()) return Optional.empty();
        YearsRead yr = years(t, p, b).orElseThrow();
        int end = yr.end();
        Locators.Reading loc = locators.read(t.substring(end, b));
        if (loc.consumed() > 0) end = end + loc.consumed();
        if (!sentence) {
            int tail = skipSpace(t, end, b);
            if (tail < b) {
                char c = t.charAt(tail);
                // a trailing comment in the parenthesis ("…, emphasis added") is tolerated after a comma
                if (c != ',' && c != ':' && c != '.') return Optional.empty();
            }
            end = trimEnd(t, a, end);
        }
        return Optional.of(new AuthorDate(v, who, a, byTitle, yr.years(), loc.locators(), end));
    }

    /** End (exclusive) of the quoted or italic title starting at {@code a}, or -1. */
    private static int titleEnd(MarkupView v, int a, int b) {
        String t = v.text();
        char c = t.charAt(a);
        if (isQuote(c)) {
            for (int i = a + 1; i < b; i++) {
                if (isClosingQuote(t.charAt(i)) && (i + 1 >= b || !Character.isLetter(t.charAt(i + 1)))) return i + 1;
            }
            return -1;
        }
        int i = a;
        while (i < b && v.italic(i)) i++;
        return i;
    }

    private boolean looksLikeAuthors(String who) {
        if (InitialledAuthors.withShortTitle(who)) return true; // "Pearce, H. et al., Asleep at the Keyboard" (Kurzbeleg)
        String[] ws = who.split("[ \n]+");
        if (ws.length == 0 || ws.length > MAX_WHO_WORDS) return false;
        boolean upper = false;
        for (int k = 0; k < ws.length; k++) {
            String w = ws[k];
            if (w.isEmpty()) continue;
            int cp = w.codePointAt(0);
            if (Character.isUpperCase(cp)) {
                upper = true;
                continue;
            }
            String f = ScannerWords.fold(w.endsWith(",") ? w.substring(0, w.length() - 1) : w);
            if (k > 0 && words.connectors.contains(f)) continue;
            if (particleJoined(w)) {
                upper = true;
                continue;
            }
            if (words.particles.contains(f)) continue;
            return false;
        }
        return upper;
    }

    /**
     * Tells a citation from a dated gloss. A month is a date ({@code June 1957}); with a comma
     * before the year ({@code Holodomor, 1932–33}, {@code USSR, 1922–1991}) the name must be in the
     * reference list, unless it is a plain surname with a single year ({@code Fitzpatrick, 1999}).
     */
    private boolean plausibleAuthor(String t, String who, int whoEnd, int yearStart, int b) {
        String[] ws = who.split(" ");
        if (ws.length <= 2 && words.months.containsKey(ScannerWords.fold(ws[0]))) return false;
        boolean allMonths = true; // "October–November 1962", "May/June 1968"
        for (String w : who.split("[ \u2013\u2014/-]+")) if (!words.months.containsKey(ScannerWords.fold(w))) allMonths = false;
        if (allMonths) return false;
        boolean comma = indexOf(t, ',', whoEnd, yearStart) >= 0;
        if (!comma || knownName.test(who)) return true;
        if (words.places.contains(ScannerWords.fold(who.strip()))) return false; // an imprint: (Moscow, 1989)
        Optional<YearTok> y = yearAt(t, yearStart, b);
        boolean single = y.isPresent() && !y.get().year().isRange();
        boolean acronym = false;
        for (String w : ws) {
            if (w.length() >= 2 && w.chars().filter(Character::isLetter).allMatch(Character::isUpperCase)) acronym = true;
        }
        if (single && acronym && y.isPresent() && CapitalSurnames.pageAfter(t, y.get().end(), b)
                && CapitalSurnames.surnames(who)) return true; // ABNT and French notes: (ORLANDI, 2015, p. 26)
        return single && !acronym;
    }

    /** {@code d’Encausse}, {@code al-Masri}, {@code van’t Hoff}: a lower-case particle joined to a capitalized name. */
    private static boolean particleJoined(String w) {
        for (int i = 1; i + 1 < w.length() && i < 5; i++) {
            char c = w.charAt(i);
            if ((c == '\'' || c == '’' || c == '-') && Character.isUpperCase(w.charAt(i + 1))) return true;
        }
        return false;
    }

    /** The years at {@code p}: {@code 2013 and 2014a}, {@code 1981–85}, {@code n.d.}. */
    private Optional<YearsRead> years(String t, int p, int b) {
        Optional<YearTok> y = yearAt(t, p, b);
        if (y.isEmpty()) return Optional.empty();
        List<YearTok> ys = new ArrayList<>();
        ys.add(y.get());
        int end = y.get().end();
        while (true) {
            int j = skipSpace(t, end, b);
            int k;
            if (j < b && t.charAt(j) == ',') k = skipSpace(t, j + 1, b);
            else if (t.startsWith("and ", j) && j + 4 <= b) k = skipSpace(t, j + 4, b);
            else if (t.startsWith("& ", j) && j + 2 <= b) k = skipSpace(t, j + 2, b);
            else break;
            Optional<YearTok> next = yearAt(t, k, b);
            if (next.isEmpty() || next.get().year().noDate()) break;
            ys.add(next.get());
            end = next.get().end();
        }
        return Optional.of(new YearsRead(ys, end));
    }

    /** A year token at {@code i}: {@code 1999}, {@code 2014a}, {@code 1971–82}, {@code n.d.}. */
    private Optional<YearTok> yearAt(String t, int i, int b) {
        int nd = ScannerWords.matchAt(words.noDate, t, i);
        if (nd > 0 && i + nd <= b) return Optional.of(new YearTok(CitedYear.none(), i, i + nd));
        int j = i;
        while (j < b && j - i < 5 && Character.isDigit(t.charAt(j)) && t.charAt(j) < 128) j++;
        if (j - i != 4) return Optional.empty();
        int start = Integer.parseInt(t.substring(i, j));
        if (start < 1400 || start > 2100) return Optional.empty();
        int end = start;
        int k = j;
        if (k < b && NumberRanges.isDash(t.charAt(k))) {
            int m = k + 1;
            int n = m;
            while (n < b && n - m < 5 && Character.isDigit(t.charAt(n)) && t.charAt(n) < 128) n++;
            if (n - m >= 2 && n - m <= 4) {
                Optional<String> full = NumberRanges.expandEnd(t.substring(i, j), t.substring(m, n));
                if (full.isPresent()) {
                    end = Integer.parseInt(full.get());
                    k = n;
                }
            }
        }
        String suffix = "";
        if (k < b && t.charAt(k) >= 'a' && t.charAt(k) <= 'z' && (k + 1 >= b || !Character.isLetter(t.charAt(k + 1)))) {
            suffix = String.valueOf(t.charAt(k));
            k++;
        }
        if (k < b) {
            char c = t.charAt(k);
            if (Character.isLetterOrDigit(c) || c == '/' || c == '%') return Optional.empty();
            if (NumberRanges.isDash(c)) return Optional.empty();
        }
        return Optional.of(new YearTok(new CitedYear(start, end, suffix, false), i, k));
    }

    // ---------------------------------------------------------------- newspapers

    private Optional<Found> newspaper(MarkupView v, int a, int b) {
        String t = v.text();
        int te;
        if (isQuote(t.charAt(a)) || v.italic(a)) {
            te = titleEnd(v, a, b);
        } else {
            // a title without italics counts only when the reference list has it: "Pravda, 5 March 1953"
            int comma = indexOf(t, ',', a, Math.min(b, a + 81));
            if (comma < 0) return Optional.empty();
            String title = t.substring(a, comma).strip();
            if (title.isEmpty() || !Character.isUpperCase(title.codePointAt(0)) || !knownName.test(title)) return Optional.empty();
            te = comma;
        }
        if (te <= a) return Optional.empty();
        int j = skipSpace(t, te, b);
        if (j >= b || t.charAt(j) != ',') return Optional.empty();
        int ds = skipSpace(t, j + 1, b);
        int de = dateEnd(t, ds, b);
        if (de < 0) return Optional.empty();
        Locators.Reading loc = locators.read(t.substring(de, b));
        int end = de + loc.consumed();
        if (skipSpace(t, end, b) < b) return Optional.empty();
        String title = stripQuotes(clean(t.substring(a, te)));
        String date = t.substring(ds, de);
        int year = Integer.parseInt(date.replaceAll(".*?(\\d{4}).*", "$1"));
        return Optional.of(new Found(a, end, clean(t.substring(a, end)), CitationForm.PARENTHETICAL, CitationKind.NEWSPAPER,
                title, true, Optional.of(CitedYear.of(year)), Optional.of(date), loc.locators(), ""));
    }

    /** End of a full date at {@code i} ({@code 8 July 1977}, {@code July 8, 1977}, {@code 1977-07-08}), or -1. */
    private int dateEnd(String t, int i, int b) {
        int j = digitsEnd(t, i, b);
        if (j - i == 4 && j < b && t.charAt(j) == '-') { // ISO
            int k = digitsEnd(t, j + 1, b);
            if (k - j == 3 && k < b && t.charAt(k) == '-') {
                int m = digitsEnd(t, k + 1, b);
                if (m - k == 3) return m;
            }
            return -1;
        }
        if (j > i && j - i <= 2) { // 8 July 1977
            int m = monthEnd(t, skipSpace(t, j, b), b);
            if (m < 0) return -1;
            int y0 = skipSpace(t, m, b);
            int y1 = digitsEnd(t, y0, b);
            return y1 - y0 == 4 ? y1 : -1;
        }
        int m = monthEnd(t, i, b); // July 8, 1977
        if (m < 0) return -1;
        int d0 = skipSpace(t, m, b);
        int d1 = digitsEnd(t, d0, b);
        if (d1 - d0 < 1 || d1 - d0 > 2) return -1;
        int c = d1 < b && t.charAt(d1) == ',' ? d1 + 1 : d1;
        int y0 = skipSpace(t, c, b);
        int y1 = digitsEnd(t, y0, b);
        return y1 - y0 == 4 ? y1 : -1;
    }

    private int monthEnd(String t, int i, int b) {
        int j = i;
        while (j < b && Character.isLetter(t.charAt(j))) j++;
        if (j < b && t.charAt(j) == '.') j++;
        if (j == i) return -1;
        return words.months.containsKey(ScannerWords.fold(t.substring(i, j))) ? j : -1;
    }

    private static int digitsEnd(String t, int i, int b) {
        int j = i;
        while (j < b && t.charAt(j) >= '0' && t.charAt(j) <= '9') j++;
        return j;
    }

    // ---------------------------------------------------------------- notes (footnotes and endnotes)

    /** The first view index whose original offset is at or after {@code offset}. */
    private static int viewIndex(MarkupView v, int offset) {
        int lo = 0;
        int hi = v.text().length();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (v.origin(mid) < offset) lo = mid + 1;
            else hi = mid;
        }
        return lo;
    }

    /**
     * Notes that are citations: a note (a numbered line of the notes section, or a Markdown
     * footnote {@code [^12]: …} anywhere) whose text begins with a citation — {@code Ibid., 45.},
     * a full note ({@code Stephen Kotkin, *Magnetic Mountain* (Berkeley: …, 1995), 45.}), a short
     * note ({@code Kotkin, *Magnetic Mountain*, 45.}), an author-date note ({@code Gaddis 2005,
     * p. 30.}), an archival reference or a newspaper issue; several may follow one another,
     * separated by {@code ;}. Reading stops at the first piece that is not a citation (commentary).
     * The ranges read are added to {@code consumed}, so that an imprint such as
     * {@code (Berkeley: University of California Press, 1995)} is not read again as a parenthesis.
     */
    private List<Unit> notes(MarkupView v, int notesView, List<int[]> consumed) {
        String t = v.text();
        List<Unit> out = new ArrayList<>();
        int i = 0;
        while (i < t.length()) {
            int lineEnd = indexOf(t, '\n', i, t.length());
            if (lineEnd < 0) lineEnd = t.length();
            int c = noteStart(t, i, lineEnd, i >= notesView);
            if (c < 0) {
                i = lineEnd + 1;
                continue;
            }
            int end = lineEnd;
            while (end < t.length() && end - c < MAX_NOTE) { // a note goes on until a blank line or the next note
                int ns = end + 1;
                int ne = indexOf(t, '\n', ns, t.length());
                if (ne < 0) ne = t.length();
                if (skipSpace(t, ns, ne) >= ne || noteStart(t, ns, ne, ns >= notesView) >= 0) break;
                end = ne;
            }
            List<Found> f = new ArrayList<>();
            int used = notePieces(v, c, Math.min(end, c + MAX_NOTE), f);
            List<int[]> more = new ArrayList<>();
            // short notes further on in the note's prose ("… can be seen in Dicken-Garcia, *Journalistic Standards*, 66-7")
            for (ProseShortNotes.Hit h : ProseShortNotes.find(v, Math.max(used, c), Math.min(end, c + MAX_NOTE), locators, knownName, knownTitle)) {
                f.add(new Found(h.start(), h.end(), clean(t.substring(h.start(), h.end())), CitationForm.PARENTHETICAL, CitationKind.BIBLIOGRAPHIC,
                        h.who(), h.byTitle(), Optional.empty(), Optional.empty(), h.locators(), "",
                        h.byTitle() ? Optional.empty() : Optional.of(h.title())));
                more.add(new int[]{h.start(), h.end()});
            }
            List<int[]> taken = new ArrayList<>(more);
            f.forEach(x -> taken.add(new int[]{x.start(), x.end()}));
            for (ProseShortTitleForms.Hit h : ProseShortTitleForms.find(t, c, Math.min(end, c + MAX_NOTE), locators, words.places, taken)) {
                f.add(new Found(h.start(), h.end(), clean(t.substring(h.start(), h.end())), CitationForm.PARENTHETICAL, CitationKind.BIBLIOGRAPHIC,
                        h.family(), false, Optional.of(h.year()), Optional.empty(), h.locators(), "", Optional.of(h.title())));
                more.add(new int[]{h.start(), h.end()});
            }
            f.sort(Comparator.comparingInt(Found::start));
            if (!f.isEmpty()) {
                out.add(new Unit(c, f));
                if (used > c) consumed.add(new int[]{c, used});
                consumed.addAll(more);
            }
            i = end + 1;
        }
        return out;
    }

    /**
     * Where the text of a note starts on the line [ls, le), or -1 when the line does not open a
     * note. A Markdown footnote definition ({@code [^12]:}) opens a note anywhere; in the notes
     * section so does a number ({@code 12.}, {@code 12)}, {@code [12]}). Backlink residue of
     * converted pages ({@code ^ a b}) is skipped.
     */
    private static int noteStart(String t, int ls, int le, boolean inNotes) {
        int j = ls;
        while (j < le && (t.charAt(j) == ' ' || t.charAt(j) == '\t')) j++;
        int k;
        if (t.startsWith("[^", j)) {
            int close = indexOf(t, ']', j + 2, Math.min(le, j + 42));
            if (close < 0 || close + 1 >= le || t.charAt(close + 1) != ':') return -1;
            k = close + 2;
        } else {
            if (!inNotes) return -1;
            boolean bracket = j < le && t.charAt(j) == '[';
            int d = bracket ? j + 1 : j;
            int e = digitsEnd(t, d, le);
            if (e == d || e - d > 4) return -1;
            if (bracket) {
                if (e >= le || t.charAt(e) != ']') return -1;
                k = e + 1;
            } else {
                if (e >= le || t.charAt(e) != '.' && t.charAt(e) != ')') return -1;
                k = e + 1;
            }
            if (k < le && t.charAt(k) != ' ' && t.charAt(k) != '\t') return -1;
        }
        k = skipSpace(t, k, le);
        if (k < le && t.charAt(k) == '^') { // backlinks: "^", "^ a b c"
            k = skipSpace(t, k + 1, le);
            while (k + 1 < le && Character.isLowerCase(t.charAt(k)) && t.charAt(k + 1) == ' ') k = skipSpace(t, k + 1, le);
        }
        return k < le ? k : -1;
    }

    /** Reads the citations at the start of a note [c, end) into {@code out}; returns where reading stopped. */
    private int notePieces(MarkupView v, int c, int end, List<Found> out) {
        String t = v.text();
        int used = c;
        for (int[] s : NameListPieces.pieces(t, c, end)) {
            int a = skipSpace(t, s[0], s[1]);
            int b = trimEnd(t, a, s[1]);
            if (a >= b) return used;
            while (true) { // a piece may hold several citations one after another, each closed by a period
                int e = notePiece(v, a, b, out);
                if (e < 0) return used;
                used = e;
                int n = e;
                while (n < b && (t.charAt(n) == '.' || Character.isWhitespace(t.charAt(n)))) n++;
                if (n >= b) break;
                if (n == e) return used;
                a = n;
            }
            used = s[1];
        }
        return used;
    }

    /** One to four family names joined by commas or a conjunction, then a comma: the names an ibid. may follow. */
    private static final Pattern NAMED_IBID = Pattern.compile(
            "\\p{Lu}[\\p{L}'’-]+(?:(?:,\\s*|\\s+(?:and|und|i|a|et|e|y|и|&)\\s+)\\p{Lu}[\\p{L}'’-]+){0,3},\\s+");

    /** A parenthesis opening with a name and holding a year, in a note's comment after its first citation. */
    private static final Pattern COMMENT_CITATION = Pattern.compile("\\(\\p{Lu}[^()]{0,60}?\\b(?:1[5-9]\\d\\d|20[0-4]\\d)\\b");

    /** One citation at the start of [a, b) of a note: where it ends, or -1 when there is none (the note goes on as commentary). */
    private int notePiece(MarkupView v, int a, int b, List<Found> out) {
        String t = v.text();
        a = skipLead(t, a, b);
        // an ibid. after its authors' names ("Cf. Katz and Lindell, ibid., p. 3."; "Katz i Lindell, tamże, s. 3"): the names add nothing
        Matcher named = NAMED_IBID.matcher(t).region(a, b);
        if (named.lookingAt() && ScannerWords.matchAt(words.ibid, t, named.end(), b) > 0) a = named.end();
        String seg = t.substring(a, b);
        int ib = ScannerWords.matchAt(words.ibid, t, a, b);
        if (ib > 0) {
            int r = a + ib;
            if (r < b && t.charAt(r) == '.') r++;
            int restStart = skipSpace(t, r, b);
            if (restStart < b && (t.charAt(restStart) == ',' || t.charAt(restStart) == ':')) restStart = skipSpace(t, restStart + 1, b);
            String rest = t.substring(restStart, b);
            out.add(new Found(a, b, clean(seg), CitationForm.PARENTHETICAL, CitationKind.IBID, "", false, Optional.empty(),
                    Optional.empty(), locators.read(rest).locators(), rest));
            return b;
        }
        if (archival.startsCitation(seg)) {
            out.add(new Found(a, b, clean(seg), CitationForm.PARENTHETICAL, CitationKind.ARCHIVAL, "", false, Optional.empty(),
                    Optional.empty(), List.of(), withFinalPeriod(t, a, b)));
            return b;
        }
        Optional<Found> paper = newspaper(v, a, b);
        if (paper.isPresent()) {
            out.add(paper.get());
            return paper.get().end();
        }
        Optional<AuthorDate> ad = authorDate(v, a, b, false);
        if (ad.isPresent() && !words.notName.contains(ScannerWords.fold(ad.get().who()))) {
            addAuthorDate(ad.get(), CitationForm.PARENTHETICAL, out);
            return COMMENT_CITATION.matcher(t).region(ad.get().end(), b).find() ? ad.get().end() : b; // "… According to Moote, … (Moote 1989, p. 94).": read on
        }
        Optional<Found> note = fullOrShortNote(v, a, b);
        if (note.isPresent()) {
            out.add(note.get());
            return note.get().end();
        }
        Optional<Found> byName = authorPage(v, a, b, true); // "Von Geldern & Siegelbaum.", "Mogilnitsky, 414.", "Farwell p. 64."
        if (byName.isPresent()) {
            out.add(byName.get());
            return byName.get().end() < b ? byName.get().end() : b;
        }
        Optional<Found> cs1 = referenceNote(v, a, b);
        if (cs1.isPresent()) {
            out.add(cs1.get());
            return cs1.get().end();
        }
        // a title-first entry cited by its title alone: "Milestones: 1945–1952."
        String words0 = clean(seg);
        if (!words0.isEmpty() && Character.isUpperCase(words0.codePointAt(0)) && words0.split(" ").length <= MAX_WHO_WORDS
                && knownTitle.test(words0)) {
            out.add(new Found(a, b, words0, CitationForm.PARENTHETICAL, CitationKind.BIBLIOGRAPHIC, words0, true,
                    Optional.empty(), Optional.empty(), List.of(), ""));
            return b;
        }
        // Author Year followed by something else than running prose: "Prokhanov 1905 Nov-Dec: 4–6."
        Optional<AuthorDate> loose = authorDate(v, a, b, true);
        if (loose.isPresent() && !loose.get().byTitle() && !words.notName.contains(ScannerWords.fold(loose.get().who()))) {
            int after = skipSpace(t, loose.get().end(), b);
            if (after >= b || !Character.isLowerCase(t.charAt(after))) {
                addAuthorDate(loose.get(), CitationForm.PARENTHETICAL, out);
                return loose.get().end();
            }
        }
        return -1;
    }

    /**
     * A note citation of the notes-bibliography style: {@code Author, Title (imprint with year),
     * pages} (full note) or {@code Author, Title, pages} (short note). The author part is the
     * text before the first comma, written as names (given names first or surname only,
     * {@code eds.} allowed after them); the title is in italics or quotation marks.
     */
    private Optional<Found> fullOrShortNote(MarkupView v, int a, int b) {
        String t = v.text();
        String who = "";
        int k = a;
        boolean titleFirst = isQuote(t.charAt(a)) || v.italic(a);
        if (!titleFirst) {
            int comma = -1;
            for (int i = a; i < b && i - a <= 160; i++) {
                char c = t.charAt(i);
                if (c == ',') {
                    comma = i;
                    break;
                }
                if (c == '(' || c == ':' || c == '[' || Character.isDigit(c) || isQuote(c) || v.italic(i)) return Optional.empty();
            }
            if (comma <= a) return Optional.empty();
            who = clean(t.substring(a, comma));
            if (!looksLikeAuthors(who) || words.notName.contains(ScannerWords.fold(who))) return Optional.empty();
            k = skipSpace(t, comma + 1, b);
            int ed = editorEnd(t, k, b);
            if (ed > k) {
                k = ed;
                if (k < b && t.charAt(k) == ',') k = skipSpace(t, k + 1, b);
            }
            if (k >= b || !(isQuote(t.charAt(k)) || v.italic(k))) return Optional.empty();
        }
        int te = titleEnd(v, k, b);
        if (te <= k) return Optional.empty();
        String title = stripQuotes(clean(t.substring(k, te)));
        while (title.endsWith(",") || title.endsWith(".") || title.endsWith(":")) title = title.substring(0, title.length() - 1).strip();
        if (title.isEmpty()) return Optional.empty();
        boolean commaInQuotes = te - 2 > k && t.charAt(te - 2) == ',' && isClosingQuote(t.charAt(te - 1));
        int j = skipSpace(t, te, b);
        // full note: the imprint in parentheses follows the title (perhaps after a journal and volume)
        int open = indexOf(t, '(', j, Math.min(b, j + 200));
        int stop = indexOf(t, '.', j, open < 0 ? j : open); // a sentence ends before the imprint: not this note's
        if (open >= 0 && (stop < 0 || isAbbreviationPeriod(t, stop))) {
            int close = indexOf(t, ')', open + 1, b);
            Optional<CitedYear> year = close > open ? lastYear(t, open + 1, close) : Optional.empty();
            // "vol. XXV (1905) (St. Petersburg: …, 1908)": the imprint is the last of adjoining parentheses
            int next = skipSpace(t, close + 1, b);
            while (close > open && next < b && t.charAt(next) == '(') {
                int c2 = indexOf(t, ')', next + 1, b);
                if (c2 < 0) break;
                Optional<CitedYear> y2 = lastYear(t, next + 1, c2);
                if (y2.isPresent()) year = y2;
                close = c2;
                next = skipSpace(t, close + 1, b);
            }
            if (year.isPresent()) {
                int after = skipSpace(t, close + 1, b);
                int end = close + 1;
                if (after < b && (t.charAt(after) == ',' || t.charAt(after) == ':')) after = skipSpace(t, after + 1, b);
                Locators.Reading loc = pinpoint(t.substring(after, b));
                if (loc.consumed() > 0) end = trimEnd(t, a, after + loc.consumed());
                return Optional.of(new Found(a, end, clean(t.substring(a, end)), CitationForm.PARENTHETICAL, CitationKind.BIBLIOGRAPHIC,
                        titleFirst ? title : who, titleFirst, year, Optional.empty(), loc.locators(), "",
                        titleFirst ? Optional.empty() : Optional.of(title), true));
            }
        }
        if (titleFirst) return Optional.empty();
        // short note: Author, Title[, pages] — ending the note, or a sentence of it
        if (j < b && t.charAt(j) == ',') j = skipSpace(t, j + 1, b);
        else if (j < b && t.charAt(j) != '.' && !commaInQuotes) return Optional.empty();
        Locators.Reading loc = j < b && t.charAt(j) == '.' ? new Locators.Reading(List.of(), 0) : pinpoint(t.substring(j, b));
        int end = loc.consumed() > 0 ? j + loc.consumed() : te;
        int after = skipSpace(t, end, b);
        if (after < b && t.charAt(after) != '.') return Optional.empty();
        end = after >= b ? b : trimEnd(t, a, end);
        return Optional.of(new Found(a, end, clean(t.substring(a, end)), CitationForm.PARENTHETICAL, CitationKind.BIBLIOGRAPHIC,
                who, false, Optional.empty(), Optional.empty(), loc.locators(), "", Optional.of(title)));
    }

    /** The pinpoint of a note: pages, labelled locators, or volume and pages written {@code 69: 198–201} / {@code 4:109}. */
    private Locators.Reading pinpoint(String s) {
        int d = digitsEnd(s, 0, s.length());
        if (d > 0 && d <= 3 && d < s.length() && s.charAt(d) == ':') {
            int p = skipSpace(s, d + 1, s.length());
            Locators.Reading pages = locators.read(s.substring(p));
            if (pages.consumed() > 0 && pages.locators().stream().allMatch(l -> l.label().equals("page"))) {
                List<Locator> all = new ArrayList<>();
                all.add(new Locator("volume", s.substring(0, d)));
                all.addAll(pages.locators());
                return new Locators.Reading(all, p + pages.consumed());
            }
        }
        return locators.read(s);
    }

    /** True when the period at {@code i} closes an abbreviation or initial ({@code vols.}, {@code ed.}, {@code A.}) rather than a sentence. */
    private static boolean isAbbreviationPeriod(String t, int i) {
        int s = i;
        while (s > 0 && Character.isLetter(t.charAt(s - 1))) s--;
        int len = i - s;
        if (len == 0) return false;
        if (len == 1) return true; // an initial
        return len <= 4 && Character.isLowerCase(t.charAt(s)); // vols., ed., no., trans.
    }

    /**
     * A note that is a whole reference in the author-date form of encyclopedias and APA:
     * {@code Hamilton, Shane (2018). _Supermarket USA_. …} or {@code Kovacevic, Filip (22 April 2021). "…"}.
     * The author is cited by the family name written before the first comma.
     */
    private Optional<Found> referenceNote(MarkupView v, int a, int b) {
        String t = v.text();
        int open = -1;
        for (int i = a; i < b && i - a <= 120; i++) {
            char c = t.charAt(i);
            if (c == '(') {
                open = i;
                break;
            }
            if (Character.isDigit(c) || c == ':' || isQuote(c) || v.italic(i)) return Optional.empty(); // ";" parts authors (NameListPieces)
        }
        if (open <= a) return Optional.empty();
        int close = indexOf(t, ')', open + 1, Math.min(b, open + 40));
        if (close < 0 || close + 1 >= b || t.charAt(close + 1) != '.') return Optional.empty();
        Optional<CitedYear> year = lastYear(t, open + 1, close);
        if (year.isEmpty()) return Optional.empty();
        String names = clean(t.substring(a, open));
        if (names.endsWith(", ed.") || names.endsWith(", eds.")) names = names.substring(0, names.lastIndexOf(',')).strip();
        if (names.indexOf(';') > 0) names = NameListPieces.firstInverted(names); // the first of several authors written "Family, Given"
        int comma = names.indexOf(',');
        if (comma <= 0 || !looksLikeAuthors(names)) return Optional.empty();
        String family = names.substring(0, comma).strip();
        if (words.notName.contains(ScannerWords.fold(family))) return Optional.empty();
        return Optional.of(new Found(a, b, clean(t.substring(a, b)), CitationForm.PARENTHETICAL, CitationKind.BIBLIOGRAPHIC,
                family, false, year, Optional.empty(), ReferenceNotePinpoints.of(locators, t, close + 1, b), "",
                referenceNoteTitle(v, close + 2, b)));
    }

    /**
     * The title after a whole reference's year ({@code Davidson, Jacob (30 July 2015). "The 10 Richest People of All Time".}):
     * in quotation marks or in italics; it tells apart two works of the author's year (2015a, 2015b).
     */
    private static Optional<String> referenceNoteTitle(MarkupView v, int from, int b) {
        String t = v.text();
        int k = skipSpace(t, from, b);
        if (k >= b) return Optional.empty();
        int e;
        int start;
        if (isQuote(t.charAt(k))) {
            start = k + 1;
            e = start;
            while (e < b && e - start < 300 && !isClosingQuote(t.charAt(e)) && t.charAt(e) != '"') e++;
            if (e >= b || e - start >= 300) return Optional.empty();
        } else if (v.italic(k)) {
            start = k;
            e = k;
            while (e < b && e - start < 300 && v.italic(e)) e++;
        } else {
            return Optional.empty();
        }
        String title = clean(t.substring(start, e)).replaceAll("[.,;:]+$", "");
        return title.isBlank() ? Optional.empty() : Optional.of(title);
    }

    /** End of an editor word ({@code eds.}, {@code comp.}) at {@code k}, or {@code k}. */
    private int editorEnd(String t, int k, int b) {
        int e = k;
        while (e < b && (Character.isLetter(t.charAt(e)))) e++;
        if (e < b && t.charAt(e) == '.') e++;
        if (e > k && words.editors.contains(ScannerWords.fold(t.substring(k, e)))) return e;
        return k;
    }

    /** The last year written at a word start in [from, to) — the year of an imprint. */
    private Optional<CitedYear> lastYear(String t, int from, int to) {
        Optional<CitedYear> last = Optional.empty();
        for (int i = from; i < to; i++) {
            if (i > from && Character.isLetterOrDigit(t.charAt(i - 1))) continue;
            if (!Character.isDigit(t.charAt(i))) continue;
            Optional<YearTok> y = yearAt(t, i, to);
            if (y.isPresent()) {
                last = Optional.of(y.get().year());
                i = y.get().end() - 1;
            }
        }
        return last;
    }

    // ---------------------------------------------------------------- narrative sentences

    /** {@code See Hoxha 1981–85, t. 2, f. 155.} — a lead word, then Author Year, outside parentheses. */
    private List<Unit> sentences(MarkupView v, List<int[]> parens, List<int[]> consumed) {
        String t = v.text();
        List<Unit> out = new ArrayList<>();
        int pi = 0;
        int ci = 0;
        for (int i = 0; i < t.length(); i++) {
            while (ci < consumed.size() && consumed.get(ci)[1] <= i) ci++;
            if (ci < consumed.size() && consumed.get(ci)[0] <= i) {
                i = consumed.get(ci)[1] - 1;
                continue;
            }
            while (pi < parens.size() && parens.get(pi)[1] < i) pi++;
            if (pi < parens.size() && parens.get(pi)[0] <= i) {
                i = parens.get(pi)[1];
                continue;
            }
            if (i > 0 && Character.isLetter(t.charAt(i - 1))) continue;
            int n = ScannerWords.matchAt(words.lead, t, i);
            if (n == 0) continue;
            int a = skipSpace(t, i + n, t.length());
            if (a == i + n) continue;
            int b = Math.min(t.length(), a + 400);
            for (int k = a; k < b; k++) {
                if (t.charAt(k) == '\n') {
                    b = k;
                    break;
                }
            }
            int nextParen = pi < parens.size() ? parens.get(pi)[0] : Integer.MAX_VALUE;
            b = Math.min(b, nextParen);
            Optional<AuthorDate> ad = authorDate(v, a, b, true);
            if (ad.isEmpty()) continue;
            List<Found> f = new ArrayList<>();
            addAuthorDate(ad.get(), CitationForm.NARRATIVE, f);
            out.add(new Unit(a, f));
            i = ad.get().end();
        }
        return out;
    }

    /**
     * The name written just before a parenthesis: a run of capitalized words (with connectors
     * such as {@code and}, {@code van}). Returns [start, end, led-by-a-lead-word ? 1 : 0].
     */
    private Optional<int[]> nameBefore(String t, int open) {
        int end = open;
        while (end > 0 && (t.charAt(end - 1) == ' ')) end--;
        int start = end;
        int count = 0;
        int i = end;
        while (i > 0 && count < 6) {
            int we = i;
            int ws = we;
            while (ws > 0 && we - ws <= MAX_WORD && t.charAt(ws - 1) != ' ' && t.charAt(ws - 1) != '\n') ws--;
            if (ws == we || we - ws > MAX_WORD) break;
            String w = t.substring(ws, we);
            if (!isNameWord(w, count == 0)) break;
            start = ws;
            count++;
            i = ws;
            while (i > 0 && t.charAt(i - 1) == ' ') i--;
            if (i > 0 && t.charAt(i - 1) == '\n') break;
        }
        // drop connectors and sentence words at the front ("and Smith", "As Davies")
        while (start < end) {
            int we = indexOf(t, ' ', start, end + 1);
            if (we < 0) break;
            String w = ScannerWords.fold(t.substring(start, we));
            if (words.particles.contains(w) || !words.connectors.contains(w) && !words.notName.contains(w)) break;
            start = skipSpace(t, we, end);
        }
        if (start >= end) return Optional.empty();
        start = CommaJoinedNames.start(t, start, end, words); // "Ebrey, Walthall & Palais (2006)"
        // a lead word in front ("see Konoreva (2008a)") or at the start of the run ("See Konoreva")
        boolean led = false;
        int k = skipLead(t, start, end);
        if (k > start) {
            led = true;
            start = k;
        } else {
            int b = start;
            while (b > 0 && t.charAt(b - 1) == ' ') b--;
            int ws = b;
            while (ws > 0 && Character.isLetter(t.charAt(ws - 1)) || ws > 0 && t.charAt(ws - 1) == '.') ws--;
            if (ws < b && ScannerWords.matchAt(words.lead, t, ws) == b - ws) led = true;
        }
        if (start >= end) return Optional.empty();
        return Optional.of(new int[]{start, end, led ? 1 : 0});
    }

    private boolean isNameWord(String w, boolean last) {
        if (w.isEmpty()) return false;
        char lastChar = w.charAt(w.length() - 1);
        if (",;:!?)]\"”»".indexOf(lastChar) >= 0) return false;
        if (lastChar == '.' && !(w.length() == 2 && Character.isUpperCase(w.charAt(0)))) {
            // "al." of "et al." closes a name ("Calabrisotto et al. (2017)"); other connectors only join
            String f = ScannerWords.fold(w);
            return words.connectors.contains(f) && (!last || f.equals("al."));
        }
        for (int i = 0; i < w.length(); i++) if (Character.isDigit(w.charAt(i))) return false;
        if (Character.isUpperCase(w.codePointAt(0))) return true;
        return !last && words.connectors.contains(ScannerWords.fold(w));
    }

    // ---------------------------------------------------------------- small helpers

    private int skipLead(String t, int a, int b) {
        int i = a;
        while (i < b) {
            int n = ScannerWords.matchAt(words.lead, t, i);
            if (n == 0 || i + n >= b) break;
            int j = skipSpace(t, i + n, b);
            if (j == i + n) break;
            i = j;
        }
        return i;
    }

}
