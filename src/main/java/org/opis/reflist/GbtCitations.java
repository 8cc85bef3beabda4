package org.opis.reflist;

import de.undercouch.citeproc.csl.CSLName;
import de.undercouch.citeproc.csl.CSLNameBuilder;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A reference in the Chinese national standard GB/T 7714: names, a full stop, the title closed by a document-type
 * code in brackets, then the rest by type — {@code 刘勰. 文心雕龙[M]. 北京: 人民文学出版社, 1958.},
 * {@code FAUCONNIER G, TURNER M. Title[M]. New York: Basic Books, 2002.} (family names in capitals, initials without
 * stops), {@code POUND E. A retrospect[M]//Literary essays. London: Faber and Faber, 1954.} (a part of a book after
 * {@code //}), {@code 高丽杨. Title[J]. 世界宗教文化, 2023(5).}, {@code … [J]. Frontiers in Human Neuroscience, 2015, 9: 186.},
 * {@code [N]. 中国民族报, 2019-04-09.}, {@code [EB/OL]. (2023-06-29)[2026-07-11].}. The codes and the type each
 * stands for are data ({@code gbt-type-codes.tsv}); role words after Chinese names ({@code 丁常云（主编）}, {@code 姜海伦, 译})
 * are those of {@code cjk-roles.tsv}. Read only when the text holds a known code right after the title, so no other
 * shape reaches it.
 */
final class GbtCitations {
    private GbtCitations() {
    }

    private static final Map<String, String> CODES = Data.map("gbt-type-codes.tsv");

    /** The title and its type code: "Title[M]", "Title [J/OL]", then "//" for a part of a container, then the rest. */
    private static final Pattern CODE = Pattern.compile("\\s?\\[([A-Z]{1,2})(?:/(?:OL|CD|MT|DK))?\\](//)?\\.?\\s*");
    /** A name in the standard's Latin form: the family name (in capitals or not) and initials without stops ("ELIOT T S", "Boobier T"). */
    private static final Pattern LATIN = Pattern.compile("\\p{Lu}[\\p{L}'’\\-]+(?:\\s\\p{Lu}[\\p{L}'’\\-]+)*(?:\\s\\p{Lu}{1,2})+|\\p{Lu}[\\p{Lu}'’\\-]+(?:\\s\\p{Lu}[\\p{Lu}'’\\-]+)*");
    private static final Pattern INITIALS = Pattern.compile("(.*?)((?:\\s\\p{Lu}{1,2})+)$");
    private static final Pattern ET_AL = Pattern.compile("(?i)et\\s?al\\.?|等");
    private static final String CJK = CjkNames.CJK;
    private static final Pattern CJK_NAME = Pattern.compile("[" + CJK + "·]{1,20}(?:[（(][^）)]{1,6}[）)])?");
    /** "Place: Publisher, Year[-Year][: pages]." closing a book's or a proceedings' entry. */
    private static final Pattern IMPRINT = Pattern.compile("^(?:(.+?)\\s?[:：]\\s?(.+?)\\s?[,，]\\s?)?(\\d{4})(?:[-–](\\d{4}))?(?:\\s?[:：]\\s?([\\w\\-–]+))?\\.?$");
    /** "Journal, Year[, Volume][(Issue)][: pages]." */
    private static final Pattern JOURNAL = Pattern.compile("^(.+?)\\s?[,，]\\s?(\\d{4})(?:\\s?[,，]\\s?(\\d+))?(?:\\s?[(（]([^)）]+)[)）])?(?:\\s?[:：]\\s?([\\w\\-–]+))?\\.?(?:\\s.*)?$");
    /** "Paper, 2019-04-09(5)." */
    private static final Pattern NEWS = Pattern.compile("^(.+?)\\s?[,，]\\s?(\\d{4})-(\\d{1,2})-(\\d{1,2})(?:\\s?[(（]([^)）]+)[)）])?\\.?$");
    /** A date in parentheses, the date of publication or update: "(2023-06-29)", "(2025-11)". */
    private static final Pattern PAREN_DATE = Pattern.compile("[(（](\\d{4})(?:-(\\d{1,2}))?(?:-(\\d{1,2}))?[)）]");
    /** A year or two closing the entry alone: "2017.", "2016, 2021.". */
    private static final Pattern YEARS = Pattern.compile("^(\\d{4})(?:\\s?[,，]\\s?(\\d{4}))?\\.?$");
    /** Words, then the year: "Occasion, 2024.". */
    private static final Pattern OCCASION = Pattern.compile("^([^:：]{2,80}?)\\s?[,，]\\s?(\\d{4})\\.?$");
    /** A remark in full-width parentheses closing the title: an edition ("（修订本）", "（第2版）"), the set ("（四卷本）"), a document number ("（国务院令第686号）"). */
    private static final Pattern TITLE_REMARK = Pattern.compile("^(.+?)[（(]([^（）()]{1,12}?(版|本|号))[）)]$");
    private static final Pattern EDITION = Pattern.compile("^(\\d+(?:st|nd|rd|th)\\s?ed|\\d+版|第\\S{1,3}版)\\.\\s*(.*)$");
    private static final Pattern TRANSLATED = Pattern.compile("^(.+?)\\s?[,，]\\s?(?:等\\s?[,，]\\s?)?(译|編訳|编译|訳)\\.\\s*(.*)$");

    /** Reads {@code text} (the entry, its links already taken) into {@code d}; false, with {@code d} untouched, when it is not of this shape. */
    static boolean read(String text, Draft d) {
        String t = text.strip();
        Matcher c = CODE.matcher(t);
        if (!c.find() || !CODES.containsKey(c.group(1))) return false;
        String head = t.substring(0, c.start()).strip();
        String tail = t.substring(c.end()).strip();
        boolean part = c.group(2) != null;
        // the names end at the first full stop followed by a space; a head without one is the title alone
        int stop = head.indexOf(". ");
        List<CSLName> authors = new ArrayList<>();
        List<CSLName> editors = new ArrayList<>();
        String title = head;
        if (stop > 0) {
            if (!names(head.substring(0, stop), authors, editors)) return false;
            title = head.substring(stop + 2).strip();
        }
        if (title.isEmpty() || title.length() > 400) return false;
        Draft x = new Draft();
        x.type = CODES.get(c.group(1));
        x.authors.addAll(authors);
        x.editors.addAll(editors);
        x.title = title;
        Matcher rm = TITLE_REMARK.matcher(title);
        if (rm.matches()) {
            x.title = rm.group(1).strip();
            if (rm.group(3).equals("号") || rm.group(2).matches(".*卷本")) x.notes.add(rm.group(2));
            else x.edition = rm.group(2);
        }
        if (!tail(tail, part, x)) return false;
        d.type = x.type;
        d.authors.addAll(x.authors);
        d.editors.addAll(x.editors);
        d.translators.addAll(x.translators);
        d.title = x.title;
        d.containerTitle = x.containerTitle;
        d.place = x.place;
        d.publisher = x.publisher;
        if (x.edition != null) d.edition = x.edition;
        d.notes.addAll(x.notes);
        d.volume = x.volume;
        d.issue = x.issue;
        d.page = x.page;
        if (x.issued != null) d.issued = x.issued;
        return true;
    }

    /** The names before the title, by commas: Latin "FAMILY G M", Chinese names with an optional role ("丁常云（主编）"), "et al."/"等". */
    private static boolean names(String s, List<CSLName> authors, List<CSLName> editors) {
        for (String n : s.split("\\s?[,，、]\\s?")) {
            String p = n.strip();
            if (p.isEmpty() || ET_AL.matcher(p).matches()) continue;
            if (LATIN.matcher(p).matches()) {
                Matcher i = INITIALS.matcher(p);
                CSLNameBuilder b = new CSLNameBuilder();
                if (i.matches() && !i.group(1).isEmpty()) b.family(i.group(1).strip()).given(i.group(2).strip());
                else b.family(p);
                authors.add(b.build());
            } else if (CJK_NAME.matcher(p).matches()) {
                String name = p.replaceAll("[（(]([^）)]*)[）)]$", " $1").strip();
                String role = CjkNames.roleOf(name);
                List<CSLName> to = authors;
                if (role != null) {
                    if (CjkNames.ROLES.get(role).startsWith("editor")) to = editors;
                    name = name.substring(0, name.length() - role.length()).strip();
                }
                if (name.isEmpty()) return false;
                to.add(CjkNames.literal(name));
            } else {
                return false;
            }
        }
        return true;
    }

    /** What follows the type code, read by the type; false when it fits no reading. */
    private static boolean tail(String s, boolean part, Draft x) {
        String r = s;
        Matcher tr = TRANSLATED.matcher(r);
        if (tr.matches()) {
            List<CSLName> ts = new ArrayList<>();
            if (!names(tr.group(1), ts, new ArrayList<>())) return false;
            x.translators.addAll(ts);
            r = tr.group(3);
        }
        if (part) {
            // a part: "Container. Place: Publisher, Year: pages." or "Container, Year: pages."
            int dot = r.indexOf(". ");
            String container = dot > 0 ? r.substring(0, dot) : null;
            String rest = dot > 0 ? r.substring(dot + 2) : r;
            if (container == null || !IMPRINT.matcher(rest).matches()) {
                Matcher j = JOURNAL.matcher(r);
                if (!j.matches()) return false;
                x.containerTitle = j.group(1).strip();
                x.issued = new int[][]{{Integer.parseInt(j.group(2))}};
                x.page = j.group(5);
                if ("book".equals(x.type)) x.type = "chapter";
                return true;
            }
            x.containerTitle = container.strip();
            if ("book".equals(x.type)) x.type = "chapter";
            r = rest;
        }
        // what the links left: "arXiv:…" taken, ", 2024." remains
        r = r.replaceFirst("^[,，.\\s]+", "");
        if (r.isEmpty()) return true;
        Matcher years = YEARS.matcher(r);
        if (years.matches()) {
            int y = Integer.parseInt(years.group(1));
            x.issued = years.group(2) == null ? new int[][]{{y}} : new int[][]{{y}, {Integer.parseInt(years.group(2))}};
            return true;
        }
        switch (x.type) {
            case "article-journal":
                if (part) break;
                Matcher j = JOURNAL.matcher(r);
                if (!j.matches()) {
                    x.containerTitle = r.replaceAll("[.。]$", "").strip();
                    return !x.containerTitle.isEmpty();
                }
                x.containerTitle = j.group(1).strip();
                x.issued = new int[][]{{Integer.parseInt(j.group(2))}};
                x.volume = j.group(3);
                x.issue = j.group(4);
                x.page = j.group(5);
                return true;
            case "article-newspaper":
                Matcher n = NEWS.matcher(r);
                if (!n.matches()) return false;
                x.containerTitle = n.group(1).strip();
                x.issued = new int[][]{{Integer.parseInt(n.group(2)), Integer.parseInt(n.group(3)), Integer.parseInt(n.group(4))}};
                x.page = n.group(5);
                return true;
            case "webpage":
                Matcher p = PAREN_DATE.matcher(r);
                if (p.find()) {
                    x.issued = p.group(2) == null ? new int[][]{{Integer.parseInt(p.group(1))}}
                            : p.group(3) == null ? new int[][]{{Integer.parseInt(p.group(1)), Integer.parseInt(p.group(2))}}
                            : new int[][]{{Integer.parseInt(p.group(1)), Integer.parseInt(p.group(2)), Integer.parseInt(p.group(3))}};
                    String site = r.substring(0, p.start()).replaceAll("[,，]\\s*$", "").strip();
                    if (!site.isEmpty() && !site.contains(".")) x.containerTitle = site;
                }
                return true;
            default:
                break;
        }
        Matcher e = EDITION.matcher(r);
        if (e.matches()) {
            x.edition = e.group(1);
            r = e.group(2);
        }
        Matcher m = IMPRINT.matcher(r);
        if (!m.matches()) {
            // a document's or report's occasion before the year: "全国政协…书面发言, 2024." (a note)
            Matcher o = OCCASION.matcher(r);
            if (part || "book".equals(x.type) || !o.matches()) return part;
            x.notes.add(o.group(1).strip());
            x.issued = new int[][]{{Integer.parseInt(o.group(2))}};
            return true;
        }
        x.place = m.group(1) == null ? null : m.group(1).strip();
        x.publisher = m.group(2) == null ? null : m.group(2).strip();
        int y = Integer.parseInt(m.group(3));
        x.issued = m.group(4) == null ? new int[][]{{y}} : new int[][]{{y}, {Integer.parseInt(m.group(4))}};
        if (m.group(5) != null && x.page == null) x.page = m.group(5);
        return true;
    }
}
