package org.opis.reflist;

import org.opis.model.Diagnostic;
import org.opis.text.Markup;
import org.opis.text.Regexes;
import org.opis.text.Scripts;
import org.opis.text.SourceText;

import java.util.ArrayList;
import java.util.List;

import static org.opis.reflist.WorkingText.shorten;

/**
 * The last step of reading an entry: the title-level readers run on the fields read ({@link TitleRoles},
 * {@link TitleEditions}, {@link NameClosings}, series, container labels, journal series); what is left of the working
 * text becomes a web site's name, a series, an annotation, or a note with a warning; a missing title and words mixing
 * Latin and Cyrillic letters are reported; the language is guessed from the titles.
 */
final class EntryFinish {
    private EntryFinish() {
    }

    /** Finishes the draft of the entry {@code w} read from {@code base} in {@code src}, with what is left of its working text {@code b}. */
    static void finish(SourceText src, Draft d, String w, StringBuilder b, int base) {
        // an area dash left before the place ("… . - Paris : Dunod"): not the place's
        if (d.place != null && d.place.length() > 2 && (d.place.startsWith("- ") || d.place.startsWith("– "))) d.place = d.place.substring(2).strip();
        TitleRoles.take(d);
        TitleMaterials.take(d);
        TitleEditions.take(d);
        TitleGenres.take(d);
        TitleYearAreas.take(d, w);
        TitleAcronymPublishers.take(d);
        UnslashedArticles.take(d);
        NameClosings.take(d);
        SeriesStatements.fromTitle(d);
        ContainerLabels.finish(d);
        JournalSeries.take(d);
        // whatever is left is kept in note, with a warning
        String left = leftover(b);
        if (WebSiteNames.fits(left, d)) {
            d.publisher = left;
            left = "";
        } else if (SeriesSentences.take(left, d)) {
            left = "";
        }
        int words = left.isEmpty() ? 0 : Regexes.split(left, "\\s+").length;
        if (words >= 5 && (d.issued != null || d.place != null || d.publisher != null) && Character.isUpperCase(left.codePointAt(0))
                && annotationAfterFields(b)) {
            // an annotated bibliography: the compiler's comment after the entry
            d.annote = left;
            int at = firstContent(b);
            d.defects.add(Diagnostic.info("reference/annotation", src.span(base + Math.max(0, at), 0),
                    "the text after the publication details was kept as an annotation (CSL annote)"));
        } else if (!left.isEmpty()) {
            d.notes.add(left);
            int at = firstContent(b);
            d.defects.add(Diagnostic.warning("reference/unparsed-text", src.span(base + Math.max(0, at), 0),
                    "part of this entry could not be placed in a field and was kept in the note: \u201C" + shorten(left) + "\u201D")
                    .withFix("check the entry's punctuation (Author. Title. Place: Publisher, Year.)"));
        }
        if (d.title == null && d.containerTitle == null && !d.archiveRecord && d.notes.isEmpty()) {
            d.defects.add(Diagnostic.warning("reference/no-title", src.span(base, 0), "no title was found in this entry"));
        }
        // words written in two scripts
        for (Scripts.MixedWord mw : Scripts.mixedWords(w)) {
            boolean phonetic = mw.mostlyLatin();
            String fix = Scripts.cleanSpelling(mw, phonetic);
            d.defects.add(Diagnostic.warning("reference/mixed-script", src.span(base + mw.start(), mw.end() - mw.start()),
                    "\u201C" + mw.word() + "\u201D mixes Latin and Cyrillic letters")
                    .withFix(fix));
        }
        String titles = String.join(" ", nonNull(d.title, d.containerTitle, d.collectionTitle));
        LanguageGuesser.guess(titles, d.place == null ? "" : d.place).ifPresent(l -> d.language = l);
    }

    /** True when the left-over text starts after a full stop (a sentence of its own), not in the middle of the fields. */
    private static boolean annotationAfterFields(CharSequence b) {
        int at = firstContent(b);
        for (int i = at - 1; i >= 0; i--) {
            char c = b.charAt(i);
            if (c == ' ') continue;
            return c == '.' || c == ')' || c == ',';
        }
        return true;
    }

    /** The strings that are not null. */
    private static List<String> nonNull(String... xs) {
        List<String> out = new ArrayList<>();
        for (String x : xs) if (x != null) out.add(x);
        return out;
    }

    /** What is left of the working text with letters or digits, its surrounding punctuation dropped, or empty. */
    private static String leftover(CharSequence b) {
        String s = Markup.clean(b.toString());
        StringBuilder keep = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                return Regexes.replaceAll(Regexes.replaceAll(Regexes.replaceAll(s, "^[\\s.,;:()\\[\\]–—/-]+", ""), "[\\s.,;:()\\[\\]–—/-]+$", ""),
                        "\\s?([.,;:])(?:\\s?[.,;:])+", "$1");
            }
        }
        return keep.toString();
    }

    /** The first letter or digit of the working text, or 0. */
    private static int firstContent(CharSequence b) {
        for (int i = 0; i < b.length(); i++) if (Character.isLetterOrDigit(b.charAt(i))) return i;
        return 0;
    }
}
