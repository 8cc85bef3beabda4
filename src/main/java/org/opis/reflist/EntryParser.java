package org.opis.reflist;

import de.undercouch.citeproc.csl.CSLName;
import org.opis.lexicon.Connectors;
import org.opis.lexicon.Labels;
import org.opis.lexicon.Particles;
import org.opis.lexicon.Roles;
import org.opis.lexicon.Words;
import org.opis.model.Diagnostic;
import org.opis.model.Span;
import org.opis.names.NameList;
import org.opis.names.NameParser;
import org.opis.text.Markup;
import org.opis.text.Regexes;
import org.opis.text.Scripts;
import org.opis.text.SourceText;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.opis.reflist.DeclaredArchives.tryArchive;
import static org.opis.reflist.EntryDates.PAREN_YEAR;
import static org.opis.reflist.EntryDates.TRAILING_YEAR;
import static org.opis.reflist.EntryDates.YEAR_P;
import static org.opis.reflist.EntryDates.dayOrSeason;
import static org.opis.reflist.EntryDates.setYear;
import static org.opis.reflist.EntryVolumes.BOLD_VOLUME;
import static org.opis.reflist.EntryVolumes.extractTitleVolume;
import static org.opis.reflist.MergedEntries.findMergedSplit;
import static org.opis.reflist.NameBlocks.plainAuthorEnd;
import static org.opis.reflist.NameBlocks.setNames;
import static org.opis.reflist.NameBlocks.strictAuthorEnd;
import static org.opis.reflist.TailStatements.EDITED_BY;
import static org.opis.reflist.TailStatements.TRANSLATED_BY;
import static org.opis.reflist.TitleGlosses.glossAt;
import static org.opis.reflist.TitleGlosses.remarks;
import static org.opis.reflist.TitleGlosses.takeGloss;
import static org.opis.reflist.TitleMarks.cleanQuotedTitle;
import static org.opis.reflist.TitleMarks.closingStar;
import static org.opis.reflist.TitleMarks.findQuote;
import static org.opis.reflist.TitleMarks.indexOfStar;
import static org.opis.reflist.TitleMarks.lostItalicOpening;
import static org.opis.reflist.TitleMarks.nextStop;
import static org.opis.reflist.WorkingText.blank;
import static org.opis.reflist.WorkingText.shorten;
import static org.opis.reflist.WorkingText.skipSpace;
import static org.opis.reflist.WorkingText.wordBefore;

/**
 * Reads the fields of one reference-list entry (names, titles, container, volumes, publication
 * statement, dates, links) into a {@link Draft}. It knows the shapes of author–title lists with
 * Markdown italics and quoted article titles, Chicago bibliography and note forms, MLA-like and
 * GOST-like entries. Text it cannot place goes into {@code note} with a warning.
 */
final class EntryParser {
    // patterns of the hot path, compiled once (they were compiled again for every entry)
    private static final Pattern SHORT_CAPS_COLON = Pattern.compile("[\\p{Lu}][\\p{Lu}\\d]{1,9}:");

    static final int MAX_ENTRY = 5000;

    /** A thesis or its abstract named at the end of the title: {@code … deiatel'nost'. Avtoreferat}. */
    private static final Pattern TITLE_GENRE = Pattern.compile(
            "(?:\\.\\s((?:[Aa]vtoreferat|[Аа]втореферат)(?:\\s[\\p{L}.]{1,40}){0,4})\\.?"
            + "|\\s?:\\s((?:[Дд]ис|[Аа]втореф\\.\\s?дис|[Dd]iss|[Aa]vtoref\\.\\s?diss?)\\.[^:]{0,80}?)(?:\\s?:\\s?[\\d.]{5,12})?)$");
    private static final Pattern DITTO_ROLE = Pattern.compile(",?\\s?(" + Words.alternation(
            Roles.in(Roles.LIST).keySet().stream().filter(m -> m.endsWith(".") && !m.startsWith("(")).toList(), false) + ")[,.]?(?=\\s|$)");
    private static final Pattern DITTO = Pattern.compile("^(?:\\.|[—–-]{2,}\\s?[.,]?|_{2,}\\s?[.,]?|—\\s?[.,])(?=\\s|$)");

    private final SourceText src;

    EntryParser(SourceText src) {
        this.src = src;
    }

    /**
     * Reads one entry whose text runs from {@code start} to {@code end} in the source. Returns one
     * draft, or two when the entry holds a second one run on after it.
     */
    List<Draft> parse(int start, int end, List<CSLName> dittoNames, String dittoRole) {
        List<Draft> out = new ArrayList<>();
        String text = entryText(start, end);
        Draft d = draft(start, end);
        if (text.length() > MAX_ENTRY) {
            keptWhole(d, text);
            d.defects.add(Diagnostic.warning("reference/too-long", src.span(start, 0),
                    "this entry is " + text.length() + " characters long; it was kept whole in the note field and not read further")
                    .withFix("check that the list is split into one entry per line or paragraph"));
            out.add(d);
            return out;
        }
        int from = 0;
        List<CSLName> ditto = dittoNames;
        String role = dittoRole;
        while (true) {
            // a second entry run on after the first ("… (2005). Smith, J. *Title* …"), or after a semicolon in a reading list
            String piece = text.substring(from);
            int split = out.size() >= MAX_RUN_ON ? -1 : findMergedSplit(piece);
            int next = split;
            String how = "is run on after the first on the same line";
            if (split <= 0 && out.size() < MAX_RUN_ON) {
                split = SemicolonRuns.split(piece);
                next = split + 1;
                how = "follows the first after a semicolon";
            }
            if (split <= 0 && out.size() < MAX_RUN_ON) {
                split = CapitalRuns.split(piece);
                next = split;
                how = "is run on after the first on the same line";
            }
            if (split <= 0) {
                out.add(read(piece, start + from, d, ditto, role));
                return out;
            }
            Draft first = read(piece.substring(0, split), start + from, d, ditto, role);
            first.end = start + from + split;
            out.add(first);
            int s2 = from + next;
            while (s2 < text.length() && Character.isWhitespace(text.charAt(s2))) s2++;
            d = draft(start + s2, end);
            d.defects.add(Diagnostic.warning("reference/merged-entries", src.span(start + s2, 0),
                    "a second entry " + how + "; it was read as an entry of its own")
                    .withFix("start \u201C" + shorten(Markup.clean(text.substring(s2))) + "\u201D on a new line"));
            from = s2;
            ditto = List.of();
            role = "author";
        }
    }

    /** At most this many entries are read out of one paragraph of run-on entries. */
    private static final int MAX_RUN_ON = 60;

    /**
     * Reads one work given in full in a note ({@code Given Surname, *Title* (Place: Publisher, Year)}),
     * whose text runs from {@code start} to {@code end}: never split into two entries, no ditto.
     */
    Draft parseWhole(int start, int end) {
        String text = entryText(start, end);
        Draft d = draft(start, end);
        if (text.length() > MAX_ENTRY) return keptWhole(d, text);
        return read(text, start, d, List.of(), "author");
    }

    /** The entry's text on one line, its inline markup normalised. */
    private String entryText(int start, int end) {
        return Markup.normalizeInline(src.text().substring(start, end).replace('\n', ' ').replace('\r', ' '));
    }

    /** An empty draft for the entry from {@code start} to {@code end}. */
    private static Draft draft(int start, int end) {
        Draft d = new Draft();
        d.start = start;
        d.end = end;
        return d;
    }

    /** Makes the draft a document holding {@code text} whole in its note field (not read further). */
    private static Draft keptWhole(Draft d, String text) {
        d.type = "document";
        d.notes.add(Markup.collapse(text));
        return d;
    }

    /** A draft holding the whole entry in note, for an entry the parser failed on (a bug, reported, never thrown). */
    Draft fallback(int start, int end, RuntimeException e) {
        if (System.getProperty("opis.debug") != null) e.printStackTrace();
        Draft d = keptWhole(draft(start, end), src.text().substring(start, end));
        d.defects.add(Diagnostic.warning("reference/unparsed-text", src.span(start, 0),
                "opis could not read this entry (" + e.getClass().getSimpleName() + "); it was kept whole in the note field")
                .withFix("please report this entry to the opis developers"));
        return d;
    }

    private Draft read(String w, int base, Draft d, List<CSLName> dittoNames, String dittoRole) {
        StringBuilder b = new StringBuilder(w);
        // 1. ditto marks
        int pos = skipSpace(w, 0);
        Matcher dm = DITTO.matcher(w.substring(pos));
        if (dm.find()) {
            if (dittoNames.isEmpty()) {
                d.defects.add(Diagnostic.warning("reference/ditto-without-author", src.span(base + pos, dm.end()),
                        "a ditto mark repeats the names of the entry above, but there is none")
                        .withFix("write the names in full"));
            }
            blank(b, pos, pos + dm.end());
            pos = skipSpace(w, pos + dm.end());
            // a ditto mark repeats the names only; a role is written again after it ("———, ed.")
            Matcher rm = DITTO_ROLE.matcher(w.substring(pos));
            String role = "author";
            if (rm.lookingAt()) {
                role = NameParser.parseList("X " + rm.group(1)).role();
                blank(b, pos, pos + rm.end());
                pos = skipSpace(w, pos + rm.end());
            }
            if (!dittoNames.isEmpty()) setNames(d, role, dittoNames);
            int ye = DittoYear.end(w, pos);
            if (ye > 0) {
                Matcher y = YEAR_P.matcher(DittoYear.year(w, pos));
                if (y.find()) {
                    setYear(d, y);
                    blank(b, pos, ye);
                    pos = skipSpace(w, ye);
                    d.yearAfterNames = true;
                }
            }
        }
        // 2. links, archived copies and access dates
        EntryLinks.take(w, b, d);
        Matcher bv = BOLD_VOLUME.matcher(b);
        boolean bold = bv.find();
        if (bold && wordBefore(b, bv.start())) {
            // a bold volume right after the journal's plain words ("American Sociological Review **59** (1): 1-22"): the
            // bold markers go and the journal details are read as any journal's
            blank(b, bv.start(), bv.start() + 2);
            blank(b, bv.start() + 2 + bv.group(1).length(), bv.start() + 4 + bv.group(1).length());
        } else if (bold) {
            d.volume = bv.group(1);
            if (bv.group(2) != null) d.issue = bv.group(2);
            if (bv.group(3) != null) d.page = bv.group(3);
            blank(b, bv.start(), bv.end());
        }
        EntryLinks.takeAddress(b, d);
        // remarks about the copy ("(paperback)") and the pages closing the entry ("…, pp. 189-209."): read apart
        HoldingRemarks.take(b, pos, d);
        CallNumbers.take(b, pos, d);
        pos = GenreStatements.lead(b, pos, d);
        pos = ContainerLabels.lead(b, pos, d);
        SeriesStatements.take(b, pos, d);
        GenreStatements.tail(b, d);
        String closingPages = TrailingPages.take(b);
        // 3. archives declared in the list: Name [English name] (ACRONYM).
        if (tryArchive(w, b, pos, d)) {
            EntryFinish.finish(src, d, w, b, base);
            return d;
        }
        // Japanese and Chinese citations: 著者『書名』（出版社、年）, 「論文」『誌名』, 和田春樹、2016年、p.10 (CjkCitations)
        if (d.authors.isEmpty() && d.title == null && CjkCitations.mayBe(w) && CjkCitations.read(Markup.clean(b.substring(pos)), d)) {
            blank(b, pos, b.length());
            EntryFinish.finish(src, d, w, b, base);
            return d;
        }
        // the rest of the entry as the area readers below read it: cleaned once (b does not change until one of them reads it)
        String rest = d.authors.isEmpty() ? Markup.clean(b.substring(pos)) : null;
        // a library catalogue record: [call number, location,] heading, title / statement. Place : Publisher, Year.
        if (d.authors.isEmpty() && CatalogueRecord.read(rest, d)) {
            blank(b, pos, b.length());
            EntryFinish.finish(src, d, w, b, base);
            return d;
        }
        // a review's head: "Title. By Name. [Place: Publisher, Year.]"
        if (d.authors.isEmpty() && d.title == null && ReviewHeads.read(b.substring(pos), d)) {
            blank(b, pos, b.length());
            EntryFinish.finish(src, d, w, b, base);
            return d;
        }
        // names; title; publisher — areas set apart by semicolons (SemicolonFields)
        if (d.authors.isEmpty() && SemicolonFields.read(rest, d)) {
            blank(b, pos, b.length());
            EntryFinish.finish(src, d, w, b, base);
            return d;
        }
        // names; title; publisher, place (year) — a course catalogue's fields joined by semicolons (SemicolonCourseFields)
        if (d.authors.isEmpty() && d.title == null && SemicolonCourseFields.read(rest, d)) {
            blank(b, pos, b.length());
            EntryFinish.finish(src, d, w, b, base);
            return d;
        }
        // names initials first, then title and the rest set apart by commas: "J. Bieniak, Title, “Journal”, 2, 1966"
        if (d.authors.isEmpty() && d.title == null && InitialsCommaAreas.read(rest, d)) {
            blank(b, pos, b.length());
            EntryFinish.finish(src, d, w, b, base);
            return d;
        }
        // 4. title
        TitleKind kind;
        int tail;
        int lost = lostItalicOpening(b, pos);
        if (lost >= 0) {
            int authorEnd = strictAuthorEnd(b.toString(), pos, lost);
            int ts = pos;
            if (authorEnd > pos) {
                setNames(d, "author", NameParser.parseList(b.substring(pos, authorEnd)));
                ts = skipSpace(w, authorEnd);
            }
            d.title = Markup.clean(b.substring(ts, lost));
            d.defects.add(Diagnostic.warning("reference/unbalanced-italics", src.span(base + ts, lost - ts + 1),
                    "the italic title has a closing * but no opening one (lost in conversion)")
                    .withFix("*" + w.substring(ts, lost).strip() + "*"));
            blank(b, pos, lost + 1);
            kind = TitleKind.ITALIC;
            tail = lost + 1;
        } else {
            int star = indexOfStar(b, pos);
            int[] q = findQuote(b, pos);
            int qs = q == null ? -1 : q[0];
            if (q != null && (star < 0 || qs < star) && quoteInsidePlainTitle(b.toString(), pos, qs)) {
                q = null;
                qs = -1;
            }
            boolean italicFirst = star >= 0 && (qs < 0 || star < qs) && closingStar(b, star) > star;
            int[] apa = italicFirst && d.authors.isEmpty() ? ApaArticle.find(b.toString(), pos, star) : null;
            int article = italicFirst && apa == null ? plainArticleBeforeItalic(b.toString(), pos, star) : -1;
            if (apa != null) {
                // "Doob, L.W. (1987). Adieu to … ? *Journal*, 17, pp. 15-27." / "… (1987). Title. In J. Smith (Eds.), *Book*"
                Matcher py = PAREN_YEAR.matcher(b.substring(apa[0], apa[1]));
                if (py.find()) {
                    setYear(d, py);
                    dayOrSeason(d, py.group());
                } else {
                    d.status = b.substring(apa[0] + 1, apa[1] - 1).strip();
                }
                authorsBefore(w, b, pos, apa[0], d, base);
                d.yearAfterNames = true;
                d.title = cleanQuotedTitle(takeGloss(b.substring(apa[2], apa[3]), d));
                blank(b, pos, apa[4]);
                kind = TitleKind.QUOTED;
                tail = apa[4];
            } else if (article > 0) {
                // "Konoreva I.A. Iz istorii … [From the history …]. *Vostok*, 2008, no. 6": a plain article title, the italic is the journal
                setNames(d, "author", NameParser.parseList(Markup.clean(b.substring(pos, article))));
                d.title = cleanQuotedTitle(takeGloss(b.substring(article, star), d));
                blank(b, pos, star);
                kind = TitleKind.QUOTED;
                tail = star;
            } else if (star >= 0 && (qs < 0 || star < qs)) {
                int close = closingStar(b, star);
                if (close < 0) {
                    // an opening * that is never closed: the title runs to the next full stop
                    close = nextStop(b, star + 1);
                    d.defects.add(Diagnostic.warning("reference/unbalanced-italics", src.span(base + star, 1),
                            "an italic title opens with * but is never closed")
                            .withFix(w.substring(star, close).strip() + "*"));
                }
                authorsBefore(w, b, pos, star, d, base);
                d.title = Markup.clean(b.substring(star, close));
                blank(b, pos, Math.min(b.length(), close + 1));
                kind = TitleKind.ITALIC;
                tail = Math.min(b.length(), close + 1);
                // "*Title*, Routledge, 1988.": the imprint follows the italic title after a comma, a run of commas
                if (CommaAfter.at(b, tail)) d.commaImprint = true;
            } else if (q != null) {
                authorsBefore(w, b, pos, qs, d, base);
                d.title = cleanQuotedTitle(b.substring(qs + 1, q[1]));
                blank(b, pos, q[1] + 1);
                kind = TitleKind.QUOTED;
                tail = q[1] + 1;
            } else {
                kind = TitleKind.PLAIN;
                tail = PlainTitles.read(b, pos, d);
            }
        }
        if (d.title != null) extractTitleVolume(d);
        if (d.title != null) {
            Matcher tg = TITLE_GENRE.matcher(d.title);
            if (tg.find() && tg.start() > 0) {
                d.type = "thesis";
                d.genre = Markup.clean(tg.group(1) != null ? tg.group(1) : tg.group(2));
                d.title = d.title.substring(0, tg.start()).strip();
            }
        }
        // a translation of the title in brackets right after it: *Sovetskii Soiuz …* [The Soviet Union …]
        tail = glossAt(b, tail, d);
        // remarks in parentheses: "(In Russian)" sets the language; "(with a foreword by …)" is a note
        String stated = remarks(b, tail, d);
        // 5. what follows the title
        readTail(kind, b, tail, d);
        if (closingPages != null) {
            // an article's or chapter's span (an APA roman title is one too); after a book's title, the pages assigned
            boolean part = kind == TitleKind.QUOTED || d.containerTitle != null || "chapter".equals(d.type)
                    || (kind == TitleKind.PLAIN && d.yearAfterNames && d.publisher == null && d.place == null
                        && d.title != null && !d.title.contains(". "));
            if (part && d.page == null) {
                d.page = closingPages;
                if ("book".equals(d.type) && d.containerTitle == null) d.type = "chapter";
            } else {
                d.extra.putIfAbsent("locator", closingPages);
            }
        }
        EntryFinish.finish(src, d, w, b, base);
        if (stated != null) d.language = stated;
        return d;
    }

    /**
     * Where a plain (unmarked) article title starts when family-first names with initials are followed by
     * a title sentence and then an italic journal ({@code Konoreva I.A. Iz istorii … . *Vostok*, 2008}), or -1.
     */
    private static int plainArticleBeforeItalic(String s, int pos, int star) {
        int a = plainAuthorEnd(s, pos);
        if (a <= pos || a >= star) return -1;
        String between = s.substring(a, star).strip();
        if (between.isEmpty() || !(between.endsWith(".") || between.endsWith(",")) || between.startsWith("(")) return -1;
        // "Family, Given; Family, J. Given (1 January 2014). *Title*": the names end with the year in parentheses
        Matcher py = PAREN_YEAR.matcher(between);
        while (py.find()) if (Regexes.matches(between.substring(py.end()).strip(), "[.,]?")) return -1;
        if (Regexes.matches(between, "(?:[Ii]n|В|V)\\b.*") || EDITED_BY.matcher(between).lookingAt() || TRANSLATED_BY.matcher(between).lookingAt()) return -1;
        int words = 0;
        for (String t : Regexes.split(between, "\\s+")) if (t.codePoints().filter(Character::isLetter).count() >= 2) words++;
        if (words < 2) return -1;
        int k = a;
        while (k < s.length() && s.charAt(k) == ' ') k++;
        return k;
    }

    /**
     * True when a quotation opens in the middle of a title written without markup after family-first
     * names ({@code Вишленкова Е. А. Визуальное … народоведение, или «Увидеть русского …»}): the quote
     * is part of that title, not an article title.
     */
    private static boolean quoteInsidePlainTitle(String s, int pos, int qs) {
        int a = plainAuthorEnd(s, pos);
        if (a <= pos || a >= qs) return false;
        // a date written with the year after the names, "(1 October 1996)", is not part of a title
        String raw = s.substring(a, qs);
        String between = PAREN_YEAR.matcher(raw).replaceAll("");
        // "Oran R. Young (1992). "Title."": one capitalised word and the year in parentheses after a given name and an initial end the names
        if (between.length() < raw.length() && ONE_FAMILY_NAME.matcher(between).matches()) return false;
        int letters = 0;
        for (int i = 0; i < between.length(); i++) if (Character.isLetter(between.charAt(i))) letters++;
        return letters >= 3;
    }

    // ---------------------------------------------------------------- names

    private void authorsBefore(String w, StringBuilder b, int pos, int marker, Draft d, int base) {
        String block = b.substring(pos, marker);
        if (block.isBlank()) return;
        // APA-like year after the names: Smith, J. (1998).
        Matcher py = PAREN_YEAR.matcher(block);
        if (py.find()) {
            setYear(d, py);
            dayOrSeason(d, py.group());
            block = block.substring(0, py.start()) + block.substring(py.end());
            d.yearAfterNames = true;
        } else {
            // author-date year after the names without parentheses: Smith, Mark A. 1997. "Title."
            Matcher ty = TRAILING_YEAR.matcher(block);
            if (ty.find() && d.issued == null && block.substring(0, ty.start()).codePoints().anyMatch(Character::isLetter)) {
                setYear(d, ty);
                block = block.substring(0, ty.start());
            }
        }
        // bracketed gloss after the names: Hồ Chí Minh [Zaveshhanie Prezidenta Ho Shi Mina].
        int lb = block.indexOf('[');
        int rb = lb < 0 ? -1 : block.indexOf(']', lb);
        if (lb >= 0 && rb > lb) {
            String gloss = Markup.clean(block.substring(lb + 1, rb));
            if (!gloss.isEmpty()) {
                d.notes.add(gloss);
                d.extra.put("gloss", gloss);
            }
            block = block.substring(0, lb) + block.substring(rb + 1);
        }
        String names = Markup.clean(block);
        if (names.equals(".") || names.isEmpty()) return;
        // a note's names end with a comma before the title: "Aleksandr Prokhanov, ed., *Title*"
        while (names.endsWith(",")) names = names.substring(0, names.length() - 1).strip();
        if (names.isEmpty()) return;
        if (SHORT_CAPS_COLON.matcher(names).matches()) {
            // a short label the author cites the work by: "PSZ1: *Polnoe sobranie …*"
            d.titleShort = names.substring(0, names.length() - 1);
            return;
        }
        if (Regexes.matches(names, "(?i)in:?") ) return;
        setNames(d, "author", NameParser.parseList(names));
    }

    // ---------------------------------------------------------------- title markers

    // ---------------------------------------------------------------- archives

    // ---------------------------------------------------------------- plain entries (no markup)

    /** One family name alone, the rest of names in reading order ("Oran R. | Young"). */
    private static final Pattern ONE_FAMILY_NAME = Pattern.compile("\\s*\\p{Lu}[\\p{Ll}'’-]+(?:-\\p{Lu}[\\p{Ll}'’-]+)?\\s*[.,:]?\\s*");

    /** Reads an entry with no italics or quotes: names, then the title up to the publication part. Returns where the tail starts. */

    // ---------------------------------------------------------------- the part after the title

    /** Reads what follows the title: the container, the statements, volumes and issue, the date, the imprint and the pages, then the type. */
    private static void readTail(TitleKind kind, StringBuilder b, int tail, Draft d) {
        boolean chapter = TailContainers.read(kind, b, tail, d);
        TailStatements.take(b, d);
        EntryVolumes.takeFromTail(b, d);
        TailDates.Full full = TailDates.fullDate(b, d);
        boolean parenPub = TailDates.parentheses(b, d, full.parts());
        boolean part = chapter || kind == TitleKind.QUOTED || d.containerTitle != null;
        TailPages.labelled(b, d, part);
        PlaceAndPublisher.fromTail(b, d, full.start());
        TailPages.closing(b, d, part, parenPub);
        TypeChoice.choose(kind, chapter, full.parts() != null && full.parts().length == 3, d);
    }

    // ---------------------------------------------------------------- finishing

    // ---------------------------------------------------------------- dates and years

    // ---------------------------------------------------------------- small helpers

}
