package org.opis.document;

import org.opis.model.CslRecords;
import de.undercouch.citeproc.csl.CSLName;
import org.opis.cite.CheckedCitation;
import org.opis.cite.CitationForm;
import org.opis.cite.CitationKind;
import org.opis.cite.CitationStatus;
import org.opis.cite.InTextCitation;
import org.opis.model.Reference;
import org.opis.model.Span;
import org.opis.names.MatchKey;
import org.opis.reflist.Ids;
import org.opis.reflist.BlockShapes;
import org.opis.reflist.ReferenceListParser;
import org.opis.text.SourceText;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A note that gives a work in full in a form the citation scanner does not read — a title without
 * a year, names given first with the year in parentheses, a web page ({@code "Title". Site. Retrieved
 * …}) — is still a citation of that work. Such a note (one in which the scanner found nothing, whose
 * text reads as a reference: a title set off, or names and a year with publication details) is read
 * as an entry of a list ({@link ReferenceListParser#parseNoteEntry}) and linked to the entry of the
 * list with the same first family name and year; with none, it stays unresolved, with the reason
 * that the note gives the work in full and the list lacks it.
 */
final class FullNotes {

    private static final Pattern TITLE = Pattern.compile("\\*[^*\\s][^*]*\\*|_[^_\\s][^_]*_|[“\"«„][^”\"»“]{3,}[”\"»“]");
    private static final Pattern YEAR = Pattern.compile("(?<!\\d)(1[5-9]\\d\\d|20[0-4]\\d)(?!\\d)");
    private static final Pattern SIGNAL = Pattern.compile("^(?i:see also|see|compare|cf\\.|but see|see further)[:,]?\\s+(?=[\\p{Lu}\"“*_])");

    private FullNotes() {
    }

    /** Reads as a full reference: a title set off by italics or quotes, or an entry's shape. */
    static boolean reads(String text) {
        String t = BlockShapes.strip(text);
        if (t.length() < 12) return false;
        if (BlockShapes.entryLike(t)) return true;
        Matcher m = TITLE.matcher(t);
        if (!m.find()) return false;
        if (m.start() == 0) return true; // title first: "Title". Site. Retrieved …
        // names before the title: a few words closed by a comma, period or colon ("Hugh Thomas. *Cuba*")
        String before = t.substring(0, m.start()).strip();
        int words = before.isEmpty() ? 0 : before.split("\\s+").length;
        return t.length() < 400 && words <= 6 && m.group().length() <= 150 && (before.endsWith(",") || before.endsWith(".") || before.endsWith(":") || before.endsWith(")"));
    }

    /** The citation of a note's whole text, linked to the list when its first family name and year match an entry. */
    static CheckedCitation cite(String noteText, Span at, int group, List<Reference> list) {
        String t = BlockShapes.strip(noteText);
        // a signal before the work ("Compare:", "See also") is no part of it
        String work0 = SIGNAL.matcher(t).replaceFirst("");
        SourceText src = new SourceText("note", work0);
        Reference work = ReferenceListParser.parseNoteEntry(src, 0, work0.length(), new Ids());
        String family = firstFamily(work);
        int year = year(work);
        if (year == 0) {
            Matcher y = YEAR.matcher(t);
            if (y.find()) year = Integer.parseInt(y.group(1));
        }
        String who = family.isEmpty() ? shortTitle(work, t) : family;
        InTextCitation c = new InTextCitation(t.length() > 200 ? t.substring(0, 199) + "\u2026" : t, at, group,
                CitationForm.PARENTHETICAL, CitationKind.BIBLIOGRAPHIC, who, family.isEmpty(), Optional.empty(), Optional.empty(),
                List.of(), "", true, Optional.empty(), true);
        MatchKey keys = MatchKey.standard();
        if (!family.isEmpty()) {
            String k = keys.key(family);
            List<String> words = titleWords(CslRecords.csl(work).getTitle());
            List<Reference> byName = new ArrayList<>();
            for (Reference r : list) if (!firstFamily(r).isEmpty() && keys.key(firstFamily(r)).equals(k)) byName.add(r);
            for (Reference r : byName) {
                // same year; or, with no year in the note, the same first words of the title
                boolean same = year != 0 ? year(r) == year
                        : !words.isEmpty() && titleWords(CslRecords.csl(r).getTitle()).containsAll(words);
                if (same) return new CheckedCitation(c, CitationStatus.RESOLVED, Optional.of(r.id()), List.of(), "", List.of(), Optional.empty());
            }
        }
        return new CheckedCitation(c, CitationStatus.UNRESOLVED, Optional.empty(), List.of(),
                "this note gives the work in full, but the reference list lacks it", List.of(), Optional.empty());
    }

    /** The first two words of a title of four letters or more, folded: what a short title keeps. */
    private static List<String> titleWords(String title) {
        if (title == null) return List.of();
        List<String> out = new ArrayList<>();
        for (String w : title.toLowerCase(java.util.Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
            if (w.length() >= 4) out.add(w);
            if (out.size() == 2) break;
        }
        return out;
    }

    private static String firstFamily(Reference r) {
        CSLName[] names = CslRecords.csl(r).getAuthor() != null && CslRecords.csl(r).getAuthor().length > 0 ? CslRecords.csl(r).getAuthor() : CslRecords.csl(r).getEditor();
        if (names == null || names.length == 0) return "";
        String f = names[0].getFamily() != null ? names[0].getFamily() : names[0].getLiteral();
        return f == null ? "" : f.strip();
    }

    private static int year(Reference r) {
        var d = CslRecords.csl(r).getIssued();
        if (d == null || d.getDateParts() == null || d.getDateParts().length == 0 || d.getDateParts()[0].length == 0) return 0;
        return d.getDateParts()[0][0];
    }

    private static String shortTitle(Reference r, String text) {
        String title = CslRecords.csl(r).getTitle() != null ? CslRecords.csl(r).getTitle() : text;
        String[] w = title.replaceAll("[*_“”\"«»]", "").strip().split("\\s+");
        return String.join(" ", java.util.Arrays.asList(w).subList(0, Math.min(5, w.length)));
    }
}
