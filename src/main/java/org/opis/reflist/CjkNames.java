package org.opis.reflist;

import de.undercouch.citeproc.csl.CSLName;
import de.undercouch.citeproc.csl.CSLNameBuilder;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The names of a Japanese or Chinese citation ({@link CjkCitations}): written without a space between family and given
 * name, so kept whole ({@code literal}); joined by 、 or commas, or by ・ between names in Chinese characters alone
 * ({@code 三浦・山崎}, while {@code ロバート・サーヴィス} is one name); closed by a role word of {@code cjk-roles.tsv}
 * ({@code 林茂訳}, {@code 村瀬興雄（責任編集）}, {@code 高橋勝之編訳} — editor and translator); a head ending like a publisher
 * ({@code cjk-publisher-endings.txt}: {@code 草思社「…」}) names the publisher instead.
 */
final class CjkNames {
    private CjkNames() {
    }

    static final Map<String, String> ROLES = Data.map("cjk-roles.tsv");
    static final Set<String> PUBLISHER_ENDINGS = Data.set("cjk-publisher-endings.txt");
    static final String CJK = "\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}・･ー";

    /** The names before the title: "下斗米伸夫", "三浦元博・山崎博康", "ルドルフ・シュトレビンガー 著＼守屋純 訳", "村瀬興雄（責任編集）", or a publisher. */
    static boolean readHead(String head, Draft d) {
        for (String end : PUBLISHER_ENDINGS) {
            if (head.endsWith(end) && head.length() <= 20 && head.matches("[" + CJK + "A-Za-z]+")) {
                d.publisher = head;
                return true;
            }
        }
        for (String seg : head.split("\\s?[＼/／]\\s?")) {
            String role = "author";
            String names = seg.replaceAll("[（(]([^）)]*)[）)]$", " $1").strip();
            String r = roleOf(names);
            if (r != null) {
                role = ROLES.get(r);
                names = names.substring(0, names.length() - r.length()).strip();
            }
            List<CSLName> list = names(names);
            if (list == null) return false;
            if ("translator".equals(role) && list.size() > 1 && katakana(list.get(0).getLiteral()) && !katakana(list.get(list.size() - 1).getLiteral())) {
                // the author's name in katakana, then the Japanese translator's: "スティーヴン・F-コーエン、塩川 伸明 訳"
                int k = 0;
                while (k < list.size() - 1 && katakana(list.get(k).getLiteral())) d.authors.add(list.get(k++));
                list = list.subList(k, list.size());
            }
            add(d, role, list);
        }
        return true;
    }

    static String roleOf(String s) {
        String best = null;
        for (String r : ROLES.keySet()) if (s.endsWith(r) && (best == null || r.length() > best.length())) best = r;
        return best;
    }

    /** Names joined by 、 or commas, or by ・ between names written in Chinese characters alone ("三浦・山崎"); null when a part is no name. */
    static List<CSLName> names(String s) {
        List<CSLName> out = new ArrayList<>();
        String t = s.replaceAll("等$", "").strip();
        if (t.isEmpty()) return null;
        for (String n : t.split("\\s?[、,，]\\s?")) {
            String[] dot = n.split("・");
            boolean kanji = dot.length > 1;
            for (String x : dot) kanji &= x.matches("\\p{IsHan}{1,6}");
            for (String x : kanji ? dot : new String[]{n}) {
                if (!isName(x.strip())) return null;
                out.add(literal(x.strip()));
            }
        }
        return out;
    }

    static boolean katakana(String s) {
        return s != null && s.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.KATAKANA)
                && s.codePoints().noneMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
    }

    static boolean publisherLike(String s) {
        for (String end : PUBLISHER_ENDINGS) if (s.endsWith(end)) return true;
        return false;
    }

    static boolean isName(String s) {
        return !s.isEmpty() && s.length() <= 25 && !s.matches(".*[\\d『』「」《》（）()\\[\\]].*");
    }

    /** The list a role's names go to; "editor,translator" (編訳) puts them in both. */
    static void add(Draft d, String role, List<CSLName> names) {
        for (String r : role.split(",")) roleList(d, r).addAll(names);
    }

    static List<CSLName> roleList(Draft d, String role) {
        return "editor".equals(role) ? d.editors : "translator".equals(role) ? d.translators : d.authors;
    }

    static CSLName literal(String s) {
        return new CSLNameBuilder().literal(s).build();
    }

}
