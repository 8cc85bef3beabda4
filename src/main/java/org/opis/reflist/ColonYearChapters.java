package org.opis.reflist;

import org.opis.names.NameList;
import org.opis.names.NameParser;
import org.opis.text.Markup;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A chapter or article written as German humanities lists cite it: the names (a role in parentheses maybe), the year in
 * parentheses and a colon, the title in roman, then {@code in:} and the book or journal:
 * {@code Fetter, Mark (1996): The Esperanto Community …?, in: *Language Problems and Language Planning* 20(1): 53–59.},
 * {@code Virdis, Maurizio (1988): Sardisch: Areallinguistik, in: Günter Holtus/Michael Metzeltin (Hg.): *Lexikon der
 * Romanistischen Linguistik*, Tübingen, 897–913.}, {@code Piron, Claude (1989): Who are …?, in: Klaus Schubert (Hg.): 157–172.}
 * (the book listed in full elsewhere). The title runs to the first {@code in:} after it, so its own colons and commas stay in
 * it; an entry whose part after {@code in:} has none of these shapes is left to the other readers.
 */
final class ColonYearChapters {
    private ColonYearChapters() {
    }

    /** Names without digits or colons (brackets without digits allowed), the year, an editors' role maybe, the colon, the body. */
    private static final Pattern HEAD = Pattern.compile(
            "^((?:[^():\\d*]|\\([^()\\d]*\\)){0,200}?)\\s?\\(\\s*(\\d{4})[a-z]?\\)\\s?(\\([^()\\d]{2,12}\\))?\\s?:\\s+(.+)$");
    /** The title (no italics) up to ", in:" or ". In:". */
    private static final Pattern BODY = Pattern.compile("^([^*]{3,400}?)[,.]\\s[Ii]n:\\s(.+)$");
    /** A journal in italics, its volume, issue maybe, pages: *Nordlyd* 34, 35–52 / *J* 20(1): 53–59. */
    private static final Pattern JOURNAL = Pattern.compile(
            "^\\*([^*]{2,160})\\*,?\\s(\\d{1,4})(?:\\s?\\((\\d{1,4}(?:[–/-]\\d{1,4})?)\\))?(?::|,)\\s?(\\d{1,5}\\s?[–—-]\\s?\\d{1,5}|\\d{1,5}\\s?ff?\\.?)\\.?$");
    /** Editors with their role maybe, then an italic book, its place, its volume maybe, its pages: X/Y (Hg.): *Book*, Place, 897–913; *Book*, Milano, vol. III, 1–80. */
    private static final Pattern BOOK = Pattern.compile(
            "^(?:([^():*]{2,160}?)\\s?(\\([^()\\d]{2,12}\\))(?:\\s?\\(\\d{4}\\))?\\s?[:,]\\s?)?\\*([^*]{2,300})\\*,?\\s([^,\\d*][^\\d*,]{1,80}?)\\s?(?:,\\s?(?:vol|Bd|t)\\.\\s?([IVXLC]{1,6}|\\d{1,3}))?[,:]\\s?(\\d{1,5}\\s?[–—-]\\s?\\d{1,5})\\.?$");

    /** Reads {@code raw} (the entry as written from its names on) into {@code d} when it has this shape; returns whether it did. */
    static boolean read(String raw, Draft d) {
        if (raw == null || raw.indexOf("n: ") < 0) return false;
        Matcher h = HEAD.matcher(raw.strip());
        if (!h.matches()) return false;
        Matcher body = BODY.matcher(h.group(4).strip());
        if (!body.matches()) return false;
        String title = Markup.clean(body.group(1)).strip();
        String rest = body.group(2).strip();
        Draft x = new Draft();
        Matcher j = JOURNAL.matcher(rest);
        Matcher bk = BOOK.matcher(rest);
        if (j.matches()) {
            x.type = "article-journal";
            x.containerTitle = Markup.clean(j.group(1)).strip();
            x.volume = j.group(2);
            x.issue = j.group(3);
            x.page = j.group(4).replace(" ", "");
        } else if (CrossReferences.take(rest, x)) {
            x.type = "chapter";
        } else if (bk.matches() && (bk.group(2) == null || ParenthesisedEditors.isMarker(bk.group(2)))) {
            x.type = "chapter";
            if (bk.group(1) != null) x.editors.addAll(NameParser.parseNames(bk.group(1).strip()));
            x.containerTitle = Markup.clean(bk.group(3)).replaceAll("[,.]$", "").strip();
            x.place = bk.group(4).strip();
            x.volume = bk.group(5);
            x.page = bk.group(6).replace(" ", "");
        } else {
            return false;
        }
        String names = Markup.clean(h.group(1)).strip();
        if (!names.isEmpty()) {
            NameList nl = NameParser.parseList(names + (h.group(3) == null ? "" : " " + h.group(3)));
            if (nl.names().isEmpty()) return false;
            if (nl.role().equals("editor")) d.editors.addAll(nl.names());
            else d.authors.addAll(nl.names());
        }
        if (d.issued == null) d.issued = new int[][]{{Integer.parseInt(h.group(2))}};
        d.title = title;
        d.type = x.type;
        d.containerTitle = x.containerTitle;
        d.volume = x.volume;
        d.issue = x.issue;
        d.page = x.page;
        d.place = x.place;
        d.editors.addAll(x.editors);
        return true;
    }
}
