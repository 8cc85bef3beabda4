package org.opis.reflist;

import de.undercouch.citeproc.csl.CSLName;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A citation in the Japanese (and Chinese) manner, titles in corner brackets and the imprint set apart by ideographic
 * commas: {@code 下斗米伸夫『日本冷戦史――帝国の崩壊から55年体制へ』（岩波書店、2011年）} (a book in 『』, its imprint in full-width
 * parentheses), {@code 丸山真男「論文」（『書名』未来社、1964年、初出1956年）、p.336} (a chapter or article in 「」 and its
 * book or journal in 『』), {@code 徐大粛『金日成』（林茂訳、講談社学術文庫2162、2013年）} (translators marked 訳, a series
 * closing in 文庫/新書 with its number), {@code 『フルシチョフ経済論集 第1巻』刊行会訳. 刀江書院, 1964.} (Western
 * punctuation after the title) and the short form {@code 和田春樹、2016年、p.10}. Role words, series words and publisher
 * endings are data ({@code cjk-roles.tsv}, {@code cjk-series.txt}, {@code cjk-publisher-endings.txt}). Read only when
 * the entry holds a corner bracket (or is the short form), so no other shape reaches it.
 */
final class CjkCitations {
    private CjkCitations() {
    }

    private static final List<String> SERIES = Data.lines("cjk-series.txt");

    private static final String CJK = CjkNames.CJK;
    private static final Pattern LINK = Pattern.compile("\\[([^\\]\\[]*)\\]\\((?:[^()]|\\([^()]*\\))*\\)");
    private static final Pattern SHORT = Pattern.compile("^([" + CJK + "]{1,20})(?:、|\\s)(\\d{4})(?:年)?(?:[、,]\\s?(.*))?$");
    private static final Pattern YEAR = Pattern.compile("^(?:(\\d{4})年(?:(\\d{1,2})月(?:(\\d{1,2})日)?)?|(\\d{4})\\.(\\d{1,2})\\.?|(\\d{4}))(.*)$");
    private static final Pattern FIRST_YEAR = Pattern.compile("^初出\\d{4}年?$");
    private static final Pattern VOLUME = Pattern.compile("^(?:第(\\d+)巻|([上中下](?:・[上中下])?巻?))(.*)$");
    private static final Pattern ISSUE = Pattern.compile("^第?(\\d+)号$");
    private static final Pattern LOCATOR = Pattern.compile("^(?:p{1,2}\\.?\\s?\\d.*|P\\.?\\s?\\d.*|\\d+(?:-\\d+)?(?:頁|ページ).*|第?\\d+(?:-\\d+)?章.*|\\d.*)$");
    private static final Pattern SERIES_NUMBER = Pattern.compile("^(.*?)\\s?(?:［([^］]+)］|\\[([^\\]]+)\\]|(\\d+))?$");
    private static final Pattern SPLIT = Pattern.compile("\\s?[、，,]\\s?|\\.\\s|。|\\s?\u3000\\s?|\\s(?=[" + CJK + "])|(?<=[" + CJK + "])\\s");
    /** A role word set apart from its names by a space ("駿台社編集部 訳"), joined to them. */
    private static final Pattern ROLE_APART = Pattern.compile("(?<=[" + CJK + "])\\s+(訳|編|著|監訳|編訳)(?=[.,、。\\s]|$)");
    /** What is left of a link whose address was taken: its title ("[世界](  \"wikilink\")" after the address went). */
    private static final Pattern LINK_TITLE_LEFT = Pattern.compile("\\s+\"[^\"\\s]{1,40}\"\\)?(?=[』」》〉、,\\s]|$)");
    private static final Pattern NAMED_NUMBER = Pattern.compile("^([" + CJK + "]{2,30})\\s?(\\d{1,4})$");
    private static final Pattern FOREIGN_NAME = Pattern.compile("(?:[A-Z][.．]\\s?){0,3}[" + CJK + "]{2,20}");
    private static final Pattern LATIN_NAME = Pattern.compile("\\p{Lu}\\p{L}+(?:\\s\\p{Lu}\\.?)*(?:\\s\\p{Lu}\\p{L}+){1,2}");
    private static final List<String> PERIODICAL_ENDINGS = Data.lines("cjk-periodical-endings.txt");
    /** Names closed by the year in parentheses, author-date: "蒋廷黻 (1938).". */
    private static final Pattern HEAD_YEAR = Pattern.compile("^(.*?)\\s?[(（](\\d{4})[a-z]?[)）][.．]?$");
    /** An edition statement: "第四版", "第2版", "2版" (a number, in figures or Chinese numerals, and 版). */
    private static final Pattern EDITION = Pattern.compile("^第?[\\d一二三四五六七八九十百]+版$");
    private static final Pattern GLUED_YEAR = Pattern.compile("^(\\D+?)\\s?(\\d{4})年?$");

    /** Whether {@code text} may be such a citation: it holds a kana or a Chinese character (checked before reading it). */
    static boolean mayBe(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (CJK_CHARS.get(text.charAt(i))) return true;
        }
        return false;
    }

    /** The chars {@link #mayBe} looks for, found once: 『「《〈 and every char of the Han, Hiragana or Katakana script. */
    private static final java.util.BitSet CJK_CHARS = cjkChars();

    private static java.util.BitSet cjkChars() {
        java.util.BitSet b = new java.util.BitSet(1 << 16);
        for (int c = 0; c < 1 << 16; c++) {
            Character.UnicodeScript sc = Character.UnicodeScript.of(c);
            if ("『「《〈".indexOf(c) >= 0 || sc == Character.UnicodeScript.HAN || sc == Character.UnicodeScript.HIRAGANA
                    || sc == Character.UnicodeScript.KATAKANA) b.set(c);
        }
        return b;
    }

    /** Reads {@code text} (the entry's remaining text, markup cleaned) into {@code d} when it has this shape; returns whether it did. */
    static boolean read(String text, Draft d) {
        String t = digits(LINK_TITLE_LEFT.matcher(LINK.matcher(text).replaceAll("$1")).replaceAll("")).strip();
        Matcher s = SHORT.matcher(t);
        if (s.matches() && t.indexOf('『') < 0 && t.indexOf('「') < 0) {
            if (!CjkNames.isName(s.group(1))) return false;
            d.authors.add(CjkNames.literal(s.group(1)));
            d.issued = new int[][]{{Integer.parseInt(s.group(2))}};
            if (s.group(3) != null && !s.group(3).isBlank()) d.notes.add(s.group(3).strip());
            return true;
        }
        int open = firstOpen(t);
        if (open < 0) return false;
        int close = closing(t, open);
        if (close < 0) return false;
        // the names before the title, without the full stop GB/T sets after them ("葛洪. 《抱朴子内篇》.")
        String head = t.substring(0, open).strip().replaceAll("(?<=[" + CJK + "])\\.$", "");
        String title = t.substring(open + 1, close).strip();
        // author-date: the year in parentheses after the names ("蒋廷黻 (1938). 《中国近代史》. 商务印书馆.")
        Matcher hy = HEAD_YEAR.matcher(head);
        int[][] headYear = null;
        if (hy.matches() && !hy.group(1).isBlank()) {
            head = hy.group(1).strip();
            headYear = new int[][]{{Integer.parseInt(hy.group(2))}};
        }
        Draft names = new Draft();
        if (title.isEmpty() || !head.isEmpty() && !CjkNames.readHead(head, names)) return false;
        d.authors.addAll(names.authors);
        d.editors.addAll(names.editors);
        d.translators.addAll(names.translators);
        if (names.publisher != null) d.publisher = names.publisher;
        if (headYear != null) d.issued = headYear;
        boolean article = t.charAt(open) == '「' || t.charAt(open) == '〈';
        d.title = title;
        String rest = t.substring(close + 1).strip();
        if (article && (rest.startsWith("『") || rest.startsWith("《"))) {
            int c = closing(rest, 0);
            if (c < 0) return false;
            d.containerTitle = rest.substring(1, c).strip();
            rest = rest.substring(c + 1).strip();
        }
        if (rest.startsWith("（") || rest.startsWith("(")) {
            int c = parenEnd(rest);
            String inner = rest.substring(1, c < 0 ? rest.length() : c).strip();
            rest = c < 0 ? "" : rest.substring(c + 1);
            if (inner.startsWith("『") || inner.startsWith("《")) {
                int cc = closing(inner, 0);
                if (cc > 0) {
                    d.containerTitle = inner.substring(1, cc).strip();
                    inner = inner.substring(cc + 1);
                }
            }
            if (head.isEmpty()) inner = CjkStatements.leadingName(inner, d);
            if (article) inner = CjkStatements.journal(inner, d);
            Matcher sn = NAMED_NUMBER.matcher(inner);
            if (sn.matches() && seriesOf(inner) == null && !inner.contains("年")) {
                d.collectionTitle = sn.group(1).strip();
                d.collectionNumber = sn.group(2);
            } else {
                parts(inner, d);
            }
        }
        parts(rest, d);
        if (article && d.containerTitle != null) d.type = d.issue != null ? "article-journal" : d.publisher != null ? "chapter" : "article";
        if (d.url != null && d.url.contains("wikipedia.org/wiki/")) d.url = null;
        return true;
    }

    /** The parts of an imprint set apart by commas: year, series and number, volume, names with a role, issue, publisher, pages. */
    private static void parts(String text, Draft d) {
        String t = ROLE_APART.matcher(text.replaceAll("[（）()]", "、")).replaceAll("$1").strip()
                .replaceAll("^[、，,.。\\s]+", "").replaceAll("[、，,.。\\s]+$", "");
        if (t.isEmpty()) return;
        CSLName bare = null;
        for (String part : SPLIT.split(t)) {
            String p = part.strip().replaceAll("^[（(]|[）)]$", "").strip();
            if (p.isEmpty() || FIRST_YEAR.matcher(p).matches()) continue;
            Matcher y = YEAR.matcher(p);
            if (y.matches() && d.issued == null && (y.group(7).isEmpty() || !y.group(7).matches("\\d.*") || y.group(7).matches("\\d+版.*|\\d+刷.*"))) {
                d.issued = y.group(1) != null ? date(y.group(1), y.group(2), y.group(3))
                        : y.group(4) != null ? date(y.group(4), y.group(5), null) : date(y.group(6), null, null);
                String after = y.group(7).replaceAll("^[-/]?", "").strip();
                if (after.matches("号.*|.*刊|.*発行.*|.*刷")) {
                    if (after.startsWith("号")) d.type = "article-magazine";
                    if (after.length() > 1 && after.startsWith("号")) d.notes.add(after.substring(1));
                } else if (!after.isEmpty()) {
                    place(after, d, null);
                }
                bare = null;
                continue;
            }
            bare = place(p, d, bare);
        }
    }

    /** Places one part; returns the name it took for an author when it was a bare name (a role word may follow it). */
    private static CSLName place(String p, Draft d, CSLName bare) {
        Matcher v = VOLUME.matcher(p);
        if (d.volume == null && v.matches() && (v.group(3).isEmpty() || LOCATOR.matcher(v.group(3)).matches())) {
            d.volume = v.group(1) != null ? v.group(1) : v.group(2);
            if (!v.group(3).isEmpty()) d.notes.add(v.group(3));
            return null;
        }
        if (d.edition == null && EDITION.matcher(p).matches()) {
            d.edition = p;
            return null;
        }
        Matcher i = ISSUE.matcher(p);
        if (i.matches() && d.issue == null) {
            d.issue = i.group(1);
            return null;
        }
        if (LOCATOR.matcher(p).matches()) {
            if (d.page == null && !"book".equals(d.type) && d.containerTitle != null && p.matches("pp?\\.\\s?\\d.*")) d.page = p.replaceAll("^pp?\\.\\s?", "");
            else d.notes.add(p);
            return null;
        }
        String r = CjkNames.roleOf(p);
        if (r != null && p.length() > r.length()) {
            List<CSLName> list = CjkNames.names(p.substring(0, p.length() - r.length()).strip());
            if (list != null) {
                // a bare name just before ("高橋勝之,村田陽一編訳") shares the role
                // (a foreign author's name in katakana before a translator stays the author: "O．フレヴニューク、富田武訳")
                boolean foreign = bare != null && CjkNames.katakana(bare.getLiteral()) && !CjkNames.katakana(list.get(0).getLiteral());
                if (bare != null && !foreign && d.authors.remove(bare)) list.add(0, bare);
                CjkNames.add(d, CjkNames.ROLES.get(r), list);
                return null;
            }
        }
        String series = seriesOf(p);
        if (series != null && d.collectionTitle == null) {
            Matcher n = SERIES_NUMBER.matcher(p);
            n.matches();
            d.collectionTitle = n.group(1).strip();
            String num = n.group(2) != null ? n.group(2) : n.group(3) != null ? n.group(3) : n.group(4);
            if (num != null) d.collectionNumber = num;
            return null;
        }
        Matcher g = GLUED_YEAR.matcher(p);
        if (g.matches() && d.issued == null) {
            d.issued = date(g.group(2), null, null);
            return place(g.group(1).strip(), d, bare);
        }
        for (String end : PERIODICAL_ENDINGS) {
            if (p.endsWith(end) && d.containerTitle == null && p.length() <= 20) {
                d.containerTitle = p;
                d.type = "article-newspaper";
                return null;
            }
        }
        if (d.authors.isEmpty() && d.editors.isEmpty() && FOREIGN_NAME.matcher(p).matches() && CjkNames.isName(p) && !CjkNames.publisherLike(p) && p.length() <= 20) {
            CSLName n = CjkNames.literal(p);
            d.authors.add(n);
            return n;
        }
        if (d.authors.isEmpty() && LATIN_NAME.matcher(p).matches()) {
            d.authors.addAll(org.opis.names.NameParser.parseNames(p));
            return null;
        }
        if (d.place == null && d.publisher == null && PlaceWords.isPlace(p)) {
            d.place = p;
            return null;
        }
        if (d.publisher == null && p.length() <= 40 && !p.matches(".*\\d{4}.*")) {
            d.publisher = p;
            return null;
        }
        d.notes.add(p);
        return null;
    }

    private static String seriesOf(String p) {
        String base = p.replaceAll("\\s?(?:［[^］]+］|\\[[^\\]]+\\]|\\d+)$", "");
        for (String w : SERIES) if (base.endsWith(w)) return w;
        return null;
    }

    /** Full-width digits as ASCII ones ("1989年９月10日"), for reading numbers. */
    private static String digits(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (char c : s.toCharArray()) b.append(c >= '０' && c <= '９' ? (char) ('0' + (c - '０')) : c);
        return b.toString();
    }

    private static int[][] date(String y, String m, String dd) {
        if (m == null) return new int[][]{{Integer.parseInt(y)}};
        if (dd == null) return new int[][]{{Integer.parseInt(y), Integer.parseInt(m)}};
        return new int[][]{{Integer.parseInt(y), Integer.parseInt(m), Integer.parseInt(dd)}};
    }

    private static int firstOpen(String t) {
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (c == '『' || c == '「' || c == '《' || c == '〈') return i;
        }
        return -1;
    }

    /** The bracket closing the one at {@code open}, the same kind nested inside counted. */
    private static int closing(String t, int open) {
        char o = t.charAt(open);
        char c = o == '『' ? '』' : o == '「' ? '」' : o == '《' ? '》' : '〉';
        int depth = 0;
        for (int i = open; i < t.length(); i++) {
            if (t.charAt(i) == o) depth++;
            else if (t.charAt(i) == c && --depth == 0) return i;
        }
        return -1;
    }

    private static int parenEnd(String t) {
        int depth = 0;
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (c == '（' || c == '(') depth++;
            else if ((c == '）' || c == ')') && --depth == 0) return i;
        }
        return -1;
    }
}
