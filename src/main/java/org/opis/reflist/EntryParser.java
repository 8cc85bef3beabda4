package org.opis.reflist;

import de.undercouch.citeproc.csl.CSLName;
import org.opis.model.Diagnostic;
import org.opis.text.Markup;
import org.opis.text.SourceText;

import java.util.ArrayList;
import java.util.List;

import static org.opis.reflist.DeclaredArchives.tryArchive;
import static org.opis.reflist.EntryVolumes.extractTitleVolume;
import static org.opis.reflist.MergedEntries.findMergedSplit;
import static org.opis.reflist.TitleGlosses.glossAt;
import static org.opis.reflist.TitleGlosses.remarks;
import static org.opis.reflist.WorkingText.blank;
import static org.opis.reflist.WorkingText.shorten;
import static org.opis.reflist.WorkingText.skipSpace;

/**
 * Reads the fields of one reference-list entry (names, titles, container, volumes, publication
 * statement, dates, links) into a {@link Draft}: the entry point {@link ReferenceListParser} calls
 * (an entry, a run-on second entry split off, an entry too long or that failed kept whole), and the
 * order of the steps, each a reader of its own on a working copy whose read parts are blanked
 * ({@link WorkingText}): ditto marks ({@link DittoMarks}); links and identifiers ({@link EntryLinks});
 * entries of a shape read whole; the title and the names before it ({@link MarkedTitles},
 * {@link PlainTitles}); what follows the title ({@link TailContainers}, {@link TailStatements},
 * {@link EntryVolumes}, {@link TailDates}, {@link TailPages}, {@link PlaceAndPublisher},
 * {@link TypeChoice}); and the finishing step ({@link EntryFinish}), where text it cannot place goes
 * into {@code note} with a warning.
 */
final class EntryParser {

    static final int MAX_ENTRY = 5000;

    private final SourceText src;

    EntryParser(SourceText src) {
        this.src = src;
    }

    /**
     * Reads one entry whose text runs from {@code start} to {@code end} in the source. Returns one
     * draft, or two when the entry holds a second one run on after it.
     */
    List<Draft> parse(int start, int end, List<CSLName> dittoNames) {
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
                out.add(read(piece, start + from, d, ditto));
                return out;
            }
            Draft first = read(piece.substring(0, split), start + from, d, ditto);
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
        return read(text, start, d, List.of());
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

    /** Reads the entry {@code w}, found at {@code base} in the source, into {@code d}, step by step on a working copy whose read parts are blanked. */
    private Draft read(String w, int base, Draft d, List<CSLName> dittoNames) {
        // a superscript edition before the year, "(^2^1960)": the edition read, the number blanked so the year reads
        SuperscriptEditions.take(w, d);
        w = SuperscriptEditions.blanked(w);
        StringBuilder b = new StringBuilder(w);
        // 1. ditto marks
        int pos = DittoMarks.take(src, w, b, skipSpace(w, 0), d, dittoNames, base);
        d.yearColonHead = YearColonHeads.opens(w);
        // a catalogue record in areas set apart by dashes: Name, Given: Title / … - Place : Publisher, Year. - … (Series ; 12)
        if (DashedAreaRecord.mayHold(w, pos) && DashedAreaRecord.read(Markup.clean(w.substring(pos)), d)) {
            blank(b, pos, b.length());
            EntryFinish.finish(src, d, w, b, base);
            return d;
        }
        // 2. links, archived copies and access dates
        EntryLinks.take(w, b, d);
        // GOST R 7.0.100's "— Текст : электронный": neither title nor imprint
        ContentAccessAreas.take(b, pos, d);
        EntryVolumes.takeBold(b, d);
        EntryLinks.takeAddress(b, d);
        LinkIntros.take(b);
        // remarks about the copy ("(paperback)") and the pages closing the entry ("…, pp. 189-209."): read apart
        HoldingRemarks.take(b, pos, d);
        // "(trad. it. *Title*, Milano, Mondadori, 1992)" closing the entry: another edition's imprint, a note
        EditionRemarks.take(b, pos, d);
        // "(sud. Algis Kasperavičius, Kęstutis Gudas)": the editors or translators a role phrase names
        ResponsibilityRemarks.take(b, pos, d);
        CallNumbers.take(b, pos, d);
        pos = GenreStatements.lead(b, pos, d);
        pos = ContainerLabels.lead(b, pos, d);
        SeriesStatements.take(b, pos, d);
        GenreStatements.tail(b, d);
        String closingPages = TrailingPages.take(b);
        // 3. archives declared in the list, and entries of a shape read whole by a reader of their own
        if (readByShape(w, b, pos, d)) {
            EntryFinish.finish(src, d, w, b, base);
            return d;
        }
        // 4. title
        MarkedTitles.Title title = MarkedTitles.read(src, w, b, pos, d, base);
        TitleKind kind = title.kind();
        int tail = title.tail();
        if (d.title != null) extractTitleVolume(d);
        if (d.title != null) TitleGlosses.genreClosingTitle(d);
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

    /** Archives declared in the list, and entries of a shape a reader of its own reads whole (CJK, catalogue record, review head, semicolon areas, initials-first comma areas); true when one did. */
    private static boolean readByShape(String w, StringBuilder b, int pos, Draft d) {
        if (tryArchive(w, b, pos, d)) return true;
        // GB/T 7714: names. Title[M]. Place: Publisher, Year. — the type code closing the title (GbtCitations)
        if (d.authors.isEmpty() && d.title == null && GbtCitations.read(Markup.clean(b.substring(pos)), d)) {
            blank(b, pos, b.length());
            return true;
        }
        // names family first, (Year): Title. *Journal* 72: 399–410. — read with the italics kept (ColonYearArticles)
        if (d.authors.isEmpty() && d.title == null && ColonYearArticles.read(w.substring(pos), d)) {
            blank(b, pos, b.length());
            return true;
        }
        // German author-date chapters and articles: Names (Year): Title, in: *Journal* 20(1): 53–59. / in: X (Hg.): *Book*, Place, 1–9. (ColonYearChapters)
        if (d.authors.isEmpty() && d.title == null && d.yearColonHead && ColonYearChapters.read(w.substring(pos), d)) {
            blank(b, pos, b.length());
            return true;
        }
        // Vancouver: names: Title. Journal 2001;286:1195–1200. — read on the entry as written (its closing pages not yet taken)
        if (d.authors.isEmpty() && d.title == null && VancouverArticles.read(Markup.clean(w.substring(pos)), d)) {
            blank(b, pos, b.length());
            return true;
        }
        // Japanese and Chinese citations: 著者『書名』（出版社、年）, 「論文」『誌名』, 和田春樹、2016年、p.10 (CjkCitations)
        if (d.authors.isEmpty() && d.title == null && CjkCitations.mayBe(w) && CjkCitations.read(Markup.clean(b.substring(pos)), d)) {
            blank(b, pos, b.length());
            return true;
        }
        // Korean citations by commas closed by the date: 정원교, 제목, 국민일보, 2013년 7월 26일 (HangulCommaCitations)
        if (d.authors.isEmpty() && d.title == null && HangulCommaCitations.read(Markup.clean(b.substring(pos)), d)) {
            blank(b, pos, b.length());
            return true;
        }
        // the rest of the entry as the area readers below read it: cleaned once (b does not change until one of them reads it)
        String rest = d.authors.isEmpty() ? Markup.clean(b.substring(pos)) : null;
        // a library catalogue record: [call number, location,] heading, title / statement. Place : Publisher, Year.
        if (d.authors.isEmpty() && CatalogueRecord.read(rest, d)) {
            blank(b, pos, b.length());
            return true;
        }
        // a review's head: "Title. By Name. [Place: Publisher, Year.]"
        if (d.authors.isEmpty() && d.title == null && ReviewHeads.read(b.substring(pos), d)) {
            blank(b, pos, b.length());
            return true;
        }
        // names; title; publisher — areas set apart by semicolons (SemicolonFields)
        if (d.authors.isEmpty() && SemicolonFields.read(rest, d)) {
            blank(b, pos, b.length());
            return true;
        }
        // names; title; publisher, place (year) — a course catalogue's fields joined by semicolons (SemicolonCourseFields)
        if (d.authors.isEmpty() && d.title == null && SemicolonCourseFields.read(rest, d)) {
            blank(b, pos, b.length());
            return true;
        }
        // names family first without a comma, (Year), title and imprint by commas: "Mihăilescu Vintilă (1969) Title, Editura X, Place" (YearAfterNames)
        if (d.authors.isEmpty() && d.title == null && YearAfterNames.read(rest, d)) {
            blank(b, pos, b.length());
            return true;
        }
        // names initials first, then title and the rest set apart by commas: "J. Bieniak, Title, “Journal”, 2, 1966"
        if (d.authors.isEmpty() && d.title == null && InitialsCommaAreas.read(rest, d)) {
            blank(b, pos, b.length());
            return true;
        }
        // a web citation without its links, parts by commas, its access date taken: "Name Name, Title, Site, 2024-05-24." (CommaWebCitations)
        if (d.authors.isEmpty() && d.title == null && CommaWebCitations.read(rest, b.substring(pos), d)) {
            blank(b, pos, b.length());
            return true;
        }
        // title first, then names in reading order, year and "Place: Publisher", by commas: "Title, Kai Aareleid, 2017, Tallinn: Varrak"
        if (d.authors.isEmpty() && d.title == null && TitleFirstImprint.read(rest, d)) {
            blank(b, pos, b.length());
            return true;
        }
        return false;
    }

    /** Reads an entry with no italics or quotes: names, then the title up to the publication part. Returns where the tail starts. */

    /** Reads what follows the title: the container, the statements, volumes and issue, the date, the imprint and the pages, then the type. */
    private static void readTail(TitleKind kind, StringBuilder b, int tail, Draft d) {
        NumericDates.take(b, d);
        boolean chapter = TailContainers.read(kind, b, tail, d);
        TailStatements.take(b, d);
        OrdinalLabels.take(b, d);
        EntryVolumes.takeFromTail(b, d);
        TailDates.Full full = TailDates.fullDate(b, d);
        boolean parenPub = TailDates.parentheses(b, d, full.parts());
        boolean part = chapter || kind == TitleKind.QUOTED || d.containerTitle != null;
        PublisherPages.take(b, d);
        TailPages.labelled(b, d, part);
        PlaceAndPublisher.fromTail(b, d, full.start());
        TailPages.closing(b, d, part, parenPub);
        TypeChoice.choose(kind, chapter, full.parts() != null && full.parts().length == 3, d);
    }

}
