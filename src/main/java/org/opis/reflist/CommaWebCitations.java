package org.opis.reflist;

import de.undercouch.citeproc.csl.CSLName;
import de.undercouch.citeproc.csl.CSLNameBuilder;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A web citation whose links were lost, its parts set apart by commas and its access date already taken
 * ({@code access-words.txt}), as Wikipedia's citations read once copied as plain text:
 * {@code Elena Markuckytė, Panevėžio istorija, Visuotinė lietuvių enciklopedija, 2024-05-24. Nuoroda tikrinta 2025-03-01.},
 * {@code Istorija, Panevėžio miesto savivaldybė. Nuoroda tikrinta 2025-03-01.}. The last part is the site, a date before
 * it (ISO, or a bare year) the date of the page, a first part of two or three capitalised words (none a title's stopword)
 * the author when two parts follow it, and the rest the title. Read only when the entry had an access date, has no emphasis
 * or title quoted at the start of a part (\u201C, \u00AB, straight quotes; not a word quoted inside a title) and no year in parentheses, and its site is not a place of
 * publication (a book's imprint).
 */
final class CommaWebCitations {
    private CommaWebCitations() {
    }

    private static final Pattern OPENING_QUOTE = Pattern.compile("(?:^|[.,:;]\\s)[\"\u201C\u00AB]");
    private static final Pattern YEAR_IN_PARENTHESES = Pattern.compile("\\([^()]{0,25}(?:\\d{4}|n\\.\\s?d\\.|s\\.\\s?d\\.)[^()]{0,25}\\)");
    private static final Pattern ISO = Pattern.compile("^(\\d{4})-(\\d{2})-(\\d{2})$");
    private static final Pattern YEAR = Pattern.compile("^(\\d{4})(?:\\s+m\\.?)?$");
    private static final Pattern NAME_WORD = Pattern.compile("\\p{Lu}[\\p{Ll}'’\\-]+");
    private static final Set<String> STOPWORDS = Data.set("title-stopwords.txt");

    /**
     * Reads {@code text} (the entry's remaining text, markup cleaned) into {@code d}; {@code raw} is the same text before
     * cleaning (to see emphasis). Returns whether it did.
     */
    static boolean read(String text, String raw, Draft d) {
        if (d.accessed == null || text == null || raw == null) return false;
        if (raw.indexOf('*') >= 0 || raw.indexOf('_') >= 0 || raw.contains("<i>") || raw.contains("<em>")) return false;
        // a quoted title ("Title". Site.) or a year in parentheses (Name (21 August 1998).): the shapes of other readers
        if (OPENING_QUOTE.matcher(text).find() || YEAR_IN_PARENTHESES.matcher(text).find()) return false;
        // a bracketed remark ("[from BBC website]") or a page title's " | " parts: not this shape
        if (text.indexOf('[') >= 0 || text.contains(" | ")) return false;
        String s = text.strip().replaceAll("[.,;\\s]+$", "");
        if (s.isEmpty() || "\"“«„'‘".indexOf(s.charAt(0)) >= 0) return false;
        List<String> parts = new ArrayList<>(Arrays.asList(s.split(",\\s+")));
        int[] issued = null;
        String last = parts.get(parts.size() - 1).strip();
        Matcher m;
        if ((m = ISO.matcher(last)).matches()) {
            issued = new int[]{Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3))};
            parts.remove(parts.size() - 1);
        } else if ((m = YEAR.matcher(last)).matches()) {
            issued = new int[]{Integer.parseInt(m.group(1))};
            parts.remove(parts.size() - 1);
        }
        if (parts.size() < 2) return false;
        String site = parts.remove(parts.size() - 1).strip();
        if (site.isEmpty() || PlaceWords.isPlace(site) || site.matches(".*\\d{4}.*")) return false;
        List<CSLName> author = parts.size() >= 2 ? name(parts.get(0).strip()) : null;
        if (author != null) parts.remove(0);
        String title = String.join(", ", parts).strip();
        if (title.length() < 2 || title.matches(".*\\b\\d{4}\\s*$") && issued == null) return false;
        if (author != null) d.authors.addAll(author);
        d.title = title;
        d.containerTitle = site;
        if (issued != null) d.issued = new int[][]{issued};
        d.type = "webpage";
        return true;
    }

    /** A personal name in reading order ("Elena Markuckytė"), or null. */
    private static List<CSLName> name(String part) {
        String[] w = part.split("\\s+");
        if (w.length < 2 || w.length > 3) return null;
        for (String x : w) if (!NAME_WORD.matcher(x).matches() || STOPWORDS.contains(x.toLowerCase(Locale.ROOT))) return null;
        return List.of(new CSLNameBuilder().family(w[w.length - 1])
                .given(String.join(" ", Arrays.copyOf(w, w.length - 1))).build());
    }
}
