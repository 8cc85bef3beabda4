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
import static org.opis.reflist.EntryDates.DATE_PREFIX;
import static org.opis.reflist.EntryDates.DATE_SUFFIX;
import static org.opis.reflist.EntryDates.PAREN_YEAR;
import static org.opis.reflist.EntryDates.TRAILING_YEAR;
import static org.opis.reflist.EntryDates.YEAR;
import static org.opis.reflist.EntryDates.YEAR_P;
import static org.opis.reflist.EntryDates.dayOrSeason;
import static org.opis.reflist.EntryDates.setYear;
import static org.opis.reflist.EntryVolumes.BOLD_VOLUME;
import static org.opis.reflist.EntryVolumes.NUMBER_OF_VOLUMES;
import static org.opis.reflist.EntryVolumes.extractTitleVolume;
import static org.opis.reflist.MergedEntries.findMergedSplit;
import static org.opis.reflist.NameBlocks.naturalAuthorEnd;
import static org.opis.reflist.NameBlocks.plainAuthorEnd;
import static org.opis.reflist.NameBlocks.setNames;
import static org.opis.reflist.NameBlocks.strictAuthorEnd;
import static org.opis.reflist.TailContainers.read;
import static org.opis.reflist.TailStatements.EDITED_BY;
import static org.opis.reflist.TailStatements.EDITION;
import static org.opis.reflist.TailStatements.THESIS;
import static org.opis.reflist.TailStatements.TRANSLATED_BY;
import static org.opis.reflist.TailStatements.editionOf;
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
import static org.opis.reflist.WorkingText.blankWord;
import static org.opis.reflist.WorkingText.sentences;
import static org.opis.reflist.WorkingText.shorten;
import static org.opis.reflist.WorkingText.skipSpace;
import static org.opis.reflist.WorkingText.trimStop;
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
    private static final Pattern PAGES_AFTER = Pattern.compile("[.,;\\s]*(?:[–—-]\\s?)?(?:\\d{1,5}\\s?(?:с|стр|S|p|pp)\\.?|[СсSs]\\.\\s?\\d{1,5}(?:\\s?[–—-]{1,2}\\s?\\d{1,5})?)?[.\\s]*");

    static final int MAX_ENTRY = 5000;

    private static final Pattern SLASHED = Pattern.compile("(?<=[\\p{L}.])/\\s?(?=\\p{Lu})");
    /** GOST publication area: {@code . М. : Наука, 1999} / {@code . Екатеринбург : Изд-во Урал. ун-та, 2016}. */
    private static final Pattern GOST_PUB = Pattern.compile(
            "\\.\\s{1,3}(?:[–—]\\s)?(\\[?(?:[\\p{Lu}][\\p{L}'’-]{0,25}\\.?)(?:\\s[\\p{Lu}][\\p{L}'’-]{0,25}\\.?){0,2}(?:,\\s\\p{Lu}[\\p{L}.]{1,6})?\\]?)(\\s?):\\s([^:;]{1,150}?(?:\\s:\\s[^:;]{1,150}?)?),\\s?\\[?c?" + YEAR + "-?\\]?");
    /** A volume closing a GOST title: {@code . Т. 3 (XVII – начало XVIII века)}. */
    private static final Pattern GOST_VOLUME = Pattern.compile("\\.\\s(?:" + Words.alternation(Labels.of(Labels.GOST, "volume"), false) + ")\\s?(\\d{1,3})(?:\\s\\(([^()]{1,120})\\))?\\.?\\s*$");
    /** Russian abbreviations whose full stop belongs to the title's last word ({@code XVIII в.}, {@code 1920-х гг.}). */
    private static final Pattern TITLE_FINAL_ABBREVIATION = Pattern.compile("(?<![\\p{L}])(?:в|вв|г|гг|т|ч|ок)\\.$");
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
                tail = plainTitle(w, b, pos, d, base);
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

    private static final Pattern PUB_SENTENCE = Pattern.compile(
            "^\\s?(?:\\(?[\\p{L}][\\p{L} .'’-]{0,40}(?:,\\s[\\p{Lu}][\\p{L}.]{1,20})?\\s?:\\s?[^:]{1,120}?,\\s?" + YEAR
                    + "|\\(?[\\p{L}][\\p{L} .'’-]{0,40},\\s?" + YEAR + "|" + "(?:In|В|V)\\s?:?\\s|(?:[Ee]dited|[Tt]ranslated|[Tt]rans\\.|[Ee]d\\.)\\s"
                    + "|\\d{1,2}(?:st|nd|rd|th)\\s(?:ed\\.|edn)|(?:T|Vol|V|Vols)\\.\\s?\\d)");
    /**
     * Names, then the year in parentheses (APA, Wikipedia citation templates): {@code Halliday, Jon, ed. (1986). }; German
     * author-date closes it with a colon ({@code Müller, Hans (2001): Titel}), and a German list that gives each work's short
     * citation puts that key before the year ({@code Preußig, Jörg (Agiles Projektmanagement, 2020): Titel}).
     */
    private static final Pattern APA_AUTHORS = Pattern.compile(
            "([\\p{Lu}][\\p{L}'’-]*(?:\\s[\\p{L}'’-]+){0,2},\\s[\\p{Lu}][^()]{0,200}?)\\s?(\\(\\s?(?:[^()]{2,80}?,\\s(?=(?:1[4-9]|20)\\d\\d[a-z]?\\):))?"
                    + DATE_PREFIX + YEAR + DATE_SUFFIX + "\\s?\\))[.,:]?\\s");
    /** A last sentence holding only {@code Place: Publisher} (the year was given after the names). */
    private static final Pattern PLACE_PUBLISHER_ONLY = Pattern.compile(
            "[\\p{Lu}][\\p{L} .'’-]{1,40}(?:,\\s[\\p{Lu}][\\p{L}.]{1,20})?\\s?:\\s?[\\p{L}\\d][\\p{L}\\d .,'’&-]{1,120}\\.?");
    private static final Pattern JOURNAL_SENTENCE = Pattern.compile(
            "^\\s?([^()]{2,150}?),?\\s(\\d{1,4})(?:,\\s?(?:no\\.|№)\\s?([0-9][0-9A-Za-z/–-]{0,8}))?\\s?\\(\\s?(?:[\\p{L}]{3,10}\\.?\\s)?" + YEAR + "\\s?\\)");

    /** {@code , Place : Publisher} closing an entry (the French spaced colon too). */
    private static final Pattern CLOSING_PLACE_PUBLISHER = Pattern.compile(",\\s([\\p{Lu}][\\p{L} .'’-]{1,40}?)\\s?:\\s?[^:,]{1,80}[.,]?\\s*$");
    /** {@code , [Place,] Publisher, Year[, N p.]} closing an entry: one or two short pieces without digits, then the year. */
    private static final Pattern CLOSING_COMMA_IMPRINT = Pattern.compile(
            ",\\s(?:[\\p{Lu}][^,\\d():]{1,50},\\s){1,2}" + YEAR + "(?:,\\s[\\dIVXLC-]{1,12}\\s?p)?\\.?\\s*$");
    /** A year written bare between the names and the title, closed by a comma or full stop: {@code 1996, }. */
    private static final Pattern BARE_YEAR_AFTER_NAMES = Pattern.compile("[,.]?\\s?" + YEAR + "[,.]\\s");
    /** One family name alone, the rest of names in reading order ("Oran R. | Young"). */
    private static final Pattern ONE_FAMILY_NAME = Pattern.compile("\\s*\\p{Lu}[\\p{Ll}'’-]+(?:-\\p{Lu}[\\p{Ll}'’-]+)?\\s*[.,:]?\\s*");
    /** A publication statement in parentheses closing an entry: {@code (Blackwell, 1988).}, {@code (1967).}, {@code (Moscow, 1999)}. */
    private static final Pattern CLOSING_IMPRINT = Pattern.compile("\\s\\((?:[^()]{1,100}?,\\s?)?" + YEAR + "\\)[.,]?\\s*$");
    private static final Pattern TITLE_CUT = Pattern.compile(
            ",\\s(?=(?:Issue|issue|No\\.|no\\.|Vol\\.|vol\\.|Nr\\.)\\s?\\d)|\\s(?=\\([^()]{1,60}:[^()]{1,80},\\s?" + YEAR + "\\))");

    /** Reads an entry with no italics or quotes: names, then the title up to the publication part. Returns where the tail starts. */
    private int plainTitle(String w, StringBuilder b, int pos, Draft d, int base) {
        String s = b.toString();
        int slash = s.indexOf("//", pos);
        int authorEnd = -1;
        int apaEnd = -1;
        boolean colonHead = false;
        if (d.authors.isEmpty() && d.editors.isEmpty()) {
            // APA / Wikipedia citation shape: "Family, Given, ed. (1986). Title. Place: Publisher"
            Matcher apa = APA_AUTHORS.matcher(s.substring(pos, Math.min(s.length(), pos + 260)));
            if (apa.lookingAt()) {
                setNames(d, "author", NameParser.parseList(Markup.clean(apa.group(1))));
                Matcher y = YEAR_P.matcher(apa.group(2));
                if (y.find()) {
                    setYear(d, y);
                    dayOrSeason(d, apa.group(2));
                }
                apaEnd = pos + apa.end();
                d.yearAfterNames = true;
            } else {
                authorEnd = plainAuthorEnd(s, pos);
                if (authorEnd < 0) authorEnd = naturalAuthorEnd(s, pos);
                // French: "BONIFACE Pascal et VÉDRINE Hubert,Atlas du monde global, …" — family in capitals, comma before the title
                CapsHead.Head caps = authorEnd < 0 ? CapsHead.find(s, pos) : null;
                if (caps != null) {
                    List<CSLName> names = new ArrayList<>();
                    for (String n : Regexes.split(caps.names(), ",\\s?")) names.addAll(NameParser.parseNames(n.strip()));
                    setNames(d, caps.role() == null ? "author" : "editor", names);
                    apaEnd = caps.end();
                    d.commaImprint = true;
                }
                // German humanities: "Franz, Eckhart G./ Lux, Thomas: Titel" — the colon closes the names
                int colon = caps != null ? -1 : ColonHead.colon(s, pos);
                if (colon > 0 && colon >= authorEnd) {
                    // names joined by a slash ("Franz, Eckhart G./ Lux, Thomas") are a list
                    setNames(d, "author", NameParser.parseList(SLASHED.matcher(Markup.clean(s.substring(pos, colon))).replaceAll("; ")));
                    apaEnd = colon + 1;
                    authorEnd = -1;
                    colonHead = true;
                }
            }
        }
        int ts = apaEnd > pos ? skipSpace(s, apaEnd) : pos;
        if (authorEnd > pos) {
            String block = s.substring(pos, authorEnd);
            Matcher py = PAREN_YEAR.matcher(block);
            if (py.find()) {
                setYear(d, py);
                dayOrSeason(d, py.group());
                block = block.substring(0, py.start()) + block.substring(py.end());
            }
            String names = Markup.clean(block);
            while (names.endsWith(",")) names = names.substring(0, names.length() - 1).strip();
            setNames(d, "author", NameParser.parseList(names));
            ts = skipSpace(s, authorEnd);
            Matcher py2 = PAREN_YEAR.matcher(s.substring(ts));
            Matcher by = BARE_YEAR_AFTER_NAMES.matcher(s.substring(ts));
            if (py2.lookingAt()) {
                setYear(d, py2);
                dayOrSeason(d, py2.group());
                ts = skipSpace(s, ts + py2.end());
                if (ts < s.length() && s.charAt(ts) == '.') ts = skipSpace(s, ts + 1);
            } else if (by.lookingAt()) {
                // the year bare after the names, then the title: "Varela F.-J., 1996, Quel savoir …" (French author-date)
                setYear(d, by);
                ts = skipSpace(s, ts + by.end());
            }
        }
        // "Kennan, G., Memoirs …": the comma closing the names is not the title's
        while (ts < s.length() && (s.charAt(ts) == ',' || s.charAt(ts) == ';')) ts = skipSpace(s, ts + 1);
        if (colonHead) {
            // after names closed by a colon, the title (with its subtitles) runs to ", Place Year" / ". Place Year"
            ColonHead.Imprint im = ColonHead.imprint(s, ts);
            if (im != null && im.titleEnd() > ts) {
                setTitleWithResponsibility(d, s.substring(ts, im.titleEnd()));
                if (im.edition() != null && d.edition == null) {
                    d.edition = im.edition();
                    blank(b, im.editionStart(), im.editionEnd());
                }
                if (im.in() > 0 && im.placeStart() > 0) {
                    // the chapter's book: "in: Felix Kraft, Christoph Studt (Hrsg.): Buch, Berlin 2020"
                    int cs = im.in();
                    int ec = ColonHead.editorsColon(s, cs);
                    if (ec > 0) {
                        setNames(d, "editor", NameParser.parseList(Markup.clean(s.substring(cs, ec))));
                        cs = skipSpace(s, ec + 1);
                    }
                    if (im.placeStart() > cs) {
                        d.containerTitle = Markup.clean(trimStop(s.substring(cs, im.placeStart()).strip()));
                        d.type = "chapter";
                    }
                }
                int end = im.in() > 0 && im.placeStart() > 0 ? im.placeStart() : im.titleEnd();
                blank(b, pos, end);
                return end;
            }
        }
        if (slash > ts) {
            // GOST: Title / responsibility // Container. Year. № N. С. pages.
            setTitleWithResponsibility(d, s.substring(ts, slash));
            int cs = skipSpace(s, slash + 2);
            int ce = containerEnd(s, cs);
            d.containerTitle = Markup.clean(trimStop(s.substring(cs, ce)));
            d.type = "article-journal";
            blank(b, pos, ce);
            // the areas after the container are separated by ". — " or ". – ": punctuation, not text
            for (int i = s.indexOf(". — ", ce); i >= 0; i = s.indexOf(". — ", i + 1)) b.setCharAt(i + 2, ' ');
            for (int i = s.indexOf(". – ", ce); i >= 0; i = s.indexOf(". – ", i + 1)) b.setCharAt(i + 2, ' ');
            return ce;
        }
        // GOST areas are separated by ". — ": the dash is punctuation, not text
        for (int i = s.indexOf(". — ", ts); i >= 0; i = s.indexOf(". — ", i + 1)) b.setCharAt(i + 2, ' ');
        for (int i = s.indexOf(". – ", ts); i >= 0; i = s.indexOf(". – ", i + 1)) b.setCharAt(i + 2, ' ');
        s = b.toString();
        // GOST publication area ". М. : Наука, 1999" (spaced colon, abbreviated or Cyrillic place): the title is all before it
        MatchResult gost = gostPublication(s, ts, d);
        if (gost != null && gost.start() > ts) {
            String region = Markup.collapse(s.substring(ts, gost.start() + 1));
            region = takeTrailingEdition(region, d);
            int sl = region.indexOf(" / ");
            String resp = sl > 0 ? region.substring(sl) : "";
            String head = sl > 0 ? region.substring(0, sl) : region;
            head = takeTrailingEdition(head, d);
            Matcher vt = GOST_VOLUME.matcher(head);
            if (vt.find()) {
                d.volume = vt.group(1);
                if (vt.group(2) != null) {
                    d.extra.put("volume-title", Markup.clean(vt.group(2)));
                    d.notes.add(Markup.clean(vt.group(2)));
                }
                head = head.substring(0, vt.start());
            }
            region = head + resp;
            setTitleWithResponsibility(d, region);
            if (TITLE_FINAL_ABBREVIATION.matcher(head.strip()).find() && d.title != null && !d.title.endsWith(".")) d.title = d.title + ".";
            blank(b, pos, gost.start(4));
            return gost.start(4);
        }
        // sentences
        List<int[]> sentences = sentences(s, ts);
        int k = 1;
        for (; k < sentences.size(); k++) {
            String sent = s.substring(sentences.get(k)[0], sentences.get(k)[1]);
            if (k == sentences.size() - 1 && d.issued != null && PLACE_PUBLISHER_ONLY.matcher(sent).matches()) break;
            if (PUB_SENTENCE.matcher(sent).find() || JOURNAL_SENTENCE.matcher(sent).find() || THESIS.matcher(sent).find()
                    || NUMBER_OF_VOLUMES.matcher(sent).find() || EDITION.matcher(sent).find()) break;
        }
        if (sentences.isEmpty()) return ts;
        int titleEnd = sentences.get(Math.min(k, sentences.size()) - 1)[1];
        Matcher cut = TITLE_CUT.matcher(s.substring(ts, titleEnd));
        Matcher imprint = CLOSING_IMPRINT.matcher(s.substring(ts, titleEnd));
        if (cut.find()) {
            titleEnd = ts + cut.start();
            k = sentences.size();
        } else if (k >= sentences.size() && Regexes.matches(s.substring(titleEnd).strip(), "[.,;]?") && imprint.find() && imprint.start() > 0) {
            // the title's sentence is the entry's last and ends with the imprint in parentheses:
            // "Michael Mann, States, War and Capitalism (Blackwell, 1988)." / "Kennan, G., Memoirs, 1925-1950 (1967)."
            titleEnd = ts + imprint.start();
        } else if (k >= sentences.size() && Regexes.matches(s.substring(titleEnd).strip(), "[.,;]?")) {
            // or with ", Place : Publisher" of a known place: "Varela F.-J., 1996, Quel savoir …, Paris : La Découverte."
            Matcher pp = CLOSING_PLACE_PUBLISHER.matcher(s.substring(ts, titleEnd));
            Matcher ci = CLOSING_COMMA_IMPRINT.matcher(s.substring(ts, titleEnd));
            if (pp.find() && pp.start() > 0 && PlaceWords.isPlace(pp.group(1))) titleEnd = ts + pp.start();
            // or with ", [Place,] Publisher, Year[, N p.]" (French lists): "…, Paris, Autrement, 1995, 144 p."
            else if (ci.find() && ci.start() > 0) {
                titleEnd = ts + ci.start();
                d.commaImprint = true;
            }
        }
        setTitleWithResponsibility(d, s.substring(ts, titleEnd));
        int tail = titleEnd;
        if (k < sentences.size()) {
            int[] js = sentences.get(k);
            Matcher jm = JOURNAL_SENTENCE.matcher(s.substring(js[0], js[1]));
            if (jm.find() && !PUB_SENTENCE.matcher(s.substring(js[0], js[1])).find()) {
                d.containerTitle = Markup.clean(jm.group(1));
                d.volume = jm.group(2);
                if (jm.group(3) != null) d.issue = jm.group(3);
                d.type = "article-journal";
                blank(b, pos, js[0] + jm.start(2));
                blank(b, js[0] + jm.start(2), js[0] + jm.end(2));
                if (jm.group(3) != null) blank(b, js[0] + jm.start(3) - 0, js[0] + jm.end(3));
                // "no." label left behind is punctuation-like; remove it
                blankWord(b, js[0], js[0] + jm.end(), "no.");
                blankWord(b, js[0], js[0] + jm.end(), "№");
                return js[0];
            }
        }
        blank(b, pos, titleEnd);
        return tail;
    }

    /**
     * Finds the last GOST publication area after {@code from} and fills place, publisher and year from it;
     * returns the match (its start is the full stop ending the title, group 4 the year), or null.
     */
    /** An edition statement closing {@code t} ({@code … 2-е изд.}) goes to the edition; returns the text before it. */
    private static String takeTrailingEdition(String t, Draft d) {
        Matcher ed = EDITION.matcher(t);
        while (ed.find()) {
            if (t.substring(ed.end()).isBlank() && d.edition == null) {
                d.edition = editionOf(ed);
                return trimStop(t.substring(0, ed.start()).strip());
            }
        }
        return t;
    }

    private static MatchResult gostPublication(String s, int from, Draft d) {
        Matcher m = GOST_PUB.matcher(s);
        MatchResult found = null;
        int at = from > 0 ? from - 1 : 0;
        while (at < s.length() && m.find(at)) {
            String place = m.group(1);
            boolean gostLike = !m.group(2).isEmpty() || place.endsWith(".") || Scripts.hasCyrillic(place);
            if (gostLike && m.start() >= from) found = m.toMatchResult();
            at = m.start() + 1;
        }
        if (found == null) return null;
        // nothing but a page count or pages may follow the year
        String after = s.substring(found.end()).strip();
        // or the physical description and series areas of a catalogue record (GostTailAreas)
        if (!after.isEmpty() && !PAGES_AFTER.matcher(after).matches() && !GostTailAreas.read(after, d)) return null;
        // ISBD brackets a place the item does not print: [Kuala Lumpur]
        d.place = Regexes.replaceAll(Markup.clean(found.group(1)), "^\\[(.*)\\]$", "$1");
        String pub = Markup.clean(found.group(3));
        if (!pub.isEmpty()) d.publisher = pub;
        return found;
    }

    private static void setTitleWithResponsibility(Draft d, String t) {
        int sl = t.indexOf(" / ");
        if (sl > 0) {
            String resp = Markup.clean(trimStop(t.substring(sl + 3)));
            t = t.substring(0, sl);
            Matcher eb = EDITED_BY.matcher(resp);
            Matcher tb = TRANSLATED_BY.matcher(resp);
            if (tb.find()) {
                d.translators.addAll(NameParser.parseNames(resp.substring(tb.end())));
            } else if (eb.find()) {
                // "науч. ред. и вступ. ст. Д. О. Серова": the names start at the first capital
                String names = resp.substring(eb.end());
                int k = 0;
                while (k < names.length() && !Character.isUpperCase(names.charAt(k))) k++;
                d.editors.addAll(NameParser.parseNames(names.substring(k)));
            } else if (d.authors.isEmpty()) {
                d.authors.addAll(NameParser.parseNames(resp));
            } else {
                d.notes.add(resp);
            }
        }
        Matcher gmd = GOST_MATERIAL.matcher(t);
        if (gmd.find()) {
            d.extra.putIfAbsent("medium", gmd.group(1));
            t = t.substring(0, gmd.start());
        }
        d.title = Markup.clean(trimStop(t));
    }

    /** GOST's general material designation after a title: {@code [Текст]}, {@code [Электронный ресурс]}. */
    private static final Pattern GOST_MATERIAL = Pattern.compile(
            "\\s*\\[(Текст|Электронный ресурс|Електронний ресурс|Text|Electronic resource)]\\s*$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private static int containerEnd(String s, int from) {
        for (int i = from; i < s.length() - 2; i++) {
            if (s.charAt(i) == '.' && s.charAt(i + 1) == ' ') {
                char c = s.charAt(i + 2);
                if (Character.isDigit(c) || c == '№' || s.startsWith("Т.", i + 2) || s.startsWith("Вып", i + 2)
                        || s.startsWith("Vol", i + 2) || s.startsWith("T.", i + 2) || s.startsWith("—", i + 2)
                        || s.startsWith("– ", i + 2) || s.startsWith("Вип", i + 2)) return i;
            }
        }
        return s.length();
    }

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
