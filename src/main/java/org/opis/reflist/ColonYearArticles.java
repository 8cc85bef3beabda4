package org.opis.reflist;

import de.undercouch.citeproc.csl.CSLName;
import de.undercouch.citeproc.csl.CSLNameBuilder;
import org.opis.text.Markup;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An article written as Central European natural scientists (and many Czech, Slovak and German humanists) cite:
 * names family first with their initials after, the last joined by {@code &} (or {@code and}, {@code et}, {@code und},
 * {@code a}), the year in parentheses followed by a colon, the title, then the journal in italics with its volume and
 * pages after a colon: {@code Danihelka J., Chytrý M., Grulich V. & Tichý L. (2000): *Stipa eriocaulis* - přehlížený druh
 * české flóry. *Preslia* 72: 399–410.}, {@code Müller, K. & Meier, P. (2003): Titel. *Tuexenia* 23(2): 11–20.}. Read on the
 * entry as written (the journal is the last italic span before {@code Volume[(Issue)]: pages}), so a title in roman or
 * opening with an italic species name keeps its whole sentence; an entry whose journal is not in italics is left to the
 * other readers.
 */
final class ColonYearArticles {
    private ColonYearArticles() {
    }

    /** One name: a family name (one or two capitalised words, hyphens kept), a comma maybe, then initials ("J.", "C.-F.", "J. Z."). */
    private static final String NAME = "\\p{Lu}[\\p{L}'’-]+(?: \\p{Lu}[\\p{L}'’-]+)?,? (?:\\p{Lu}\\.(?:-\\p{Lu}\\.)?)(?: ?\\p{Lu}\\.(?:-\\p{Lu}\\.)?){0,2}";
    private static final Pattern HEAD = Pattern.compile(
            "^(" + NAME + "(?:(?:, | & | and | et | und | a )" + NAME + ")*)\\s\\((\\d{4})[a-z]?\\):\\s+(.+)$");
    private static final Pattern ONE_NAME = Pattern.compile(
            "(\\p{Lu}[\\p{L}'’-]+(?: \\p{Lu}[\\p{L}'’-]+)?),? ((?:\\p{Lu}\\.(?:-\\p{Lu}\\.)?)(?: ?\\p{Lu}\\.(?:-\\p{Lu}\\.)?){0,2})");
    /** The body: title, the journal in italics, volume, issue maybe, pages. */
    private static final Pattern ARTICLE = Pattern.compile(
            "^(.+?)\\s?\\*([^*]{2,120})\\*,?\\s(\\d{1,4})(?:\\s?\\((\\d{1,4}(?:[–/-]\\d{1,4})?)\\))?:\\s?(\\d{1,5}(?:\\s?[–-]\\s?\\d{1,5})?)\\.?$");

    /** Reads {@code raw} (the entry's remaining text, inline markup kept) into {@code d} when it has this shape; returns whether it did. */
    static boolean read(String raw, Draft d) {
        if (raw == null || raw.indexOf("):") < 0 || raw.indexOf('*') < 0) return false;
        String text = raw.strip();
        Matcher h = HEAD.matcher(text);
        if (!h.matches()) return false;
        Matcher a = ARTICLE.matcher(h.group(3).strip());
        if (!a.matches()) return false;
        String title = Markup.clean(a.group(1)).strip();
        if (title.endsWith(".") && !title.matches(".*\\b\\p{L}{1,3}\\.$")) title = title.substring(0, title.length() - 1).strip();
        if (title.length() < 3) return false;
        List<CSLName> names = new ArrayList<>();
        for (Matcher n = ONE_NAME.matcher(h.group(1)); n.find(); ) {
            names.add(new CSLNameBuilder().family(n.group(1)).given(n.group(2)).build());
        }
        if (names.isEmpty()) return false;
        d.authors.addAll(names);
        d.issued = new int[][]{{Integer.parseInt(h.group(2))}};
        d.title = title;
        d.containerTitle = a.group(2).strip();
        d.volume = a.group(3);
        if (a.group(4) != null) d.issue = a.group(4);
        d.page = a.group(5).replace(" ", "");
        d.type = "article-journal";
        return true;
    }
}
