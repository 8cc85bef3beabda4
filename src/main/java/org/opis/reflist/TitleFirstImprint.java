package org.opis.reflist;

import de.undercouch.citeproc.csl.CSLName;
import de.undercouch.citeproc.csl.CSLNameBuilder;
import org.opis.lexicon.NameWords;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An entry written title first, then the names in reading order, the year and {@code Place: Publisher}, every part set apart
 * by a comma, as library lists and catalogue exports print them:
 * {@code Linnade põletamine, Kai Aareleid, 2017, Tallinn: Varrak},
 * {@code Трудовая книжка = Tööraamat, Merilin Pärli ja Katrin Kaarep, 2017, Tallinn: Tänapäev}. The names are the parts right
 * before the year that read as names (two or three capitalised words, none a title's stopword, or words joined by a conjunction of the tagger's
 * dictionary); a role phrase before a name ({@code kogunud Andrus Kasemaa}, from {@code catalogue-roles.tsv}) makes it an
 * editor or translator, a phrase closed by a colon ({@code tekst ja karikatuurid: Raimo Aas}) and a bracketed remark after
 * it ({@code Mathura [kirjutanud ja kujundanud]}) are left out. Not read when the part before the year could be the given
 * names of an inverted heading ({@code Smith, John Arthur, 1990, London: Macmillan}: its last word is a given name of
 * {@link NameWords}), nor when a lone name would leave a one-word title.
 */
final class TitleFirstImprint {
    private TitleFirstImprint() {
    }

    private static final Pattern IMPRINT = Pattern.compile("^(\\p{Lu}[\\p{L}.\\-]*(?:\\s+\\p{L}[\\p{L}.\\-]*){0,2}(?:\\s*\\([^()]{2,30}\\))?)\\s*:\\s*(\\S.*?)\\.?$");
    private static final Pattern YEAR = Pattern.compile("^(\\d{4})\\.?$");
    private static final Pattern NAME_WORD = Pattern.compile("\\p{Lu}[\\p{Ll}'’\\-]+|\\p{Lu}\\.(?:\\p{Lu}\\.)*");
    private static final Pattern BRACKET = Pattern.compile("\\s*\\[[^\\[\\]]*\\]\\s*");
    private static final Pattern LEAD = Pattern.compile("^((?:\\p{Ll}[\\p{L}.]*\\s+){1,4})(?=\\p{Lu})");
    private static final Pattern COLON_LEAD = Pattern.compile("^[\\p{Ll}][^:]{0,40}:\\s*(?=\\p{Lu})");
    private static final Map<String, String> ROLES = CatalogueRoles.ROLES;
    private static final Set<String> CONJUNCTIONS = conjunctions();
    private static final Set<String> STOPWORDS = Data.set("title-stopwords.txt");

    private static Set<String> conjunctions() {
        Set<String> out = new java.util.HashSet<>();
        for (String line : Data.lines("tagger/lexicon.tsv")) {
            String[] f = line.split("\t");
            if (f.length >= 2 && f[1].equals("conj") && f[0].length() <= 4) out.add(f[0]);
        }
        return Set.copyOf(out);
    }

    /** Reads {@code text} (the entry's remaining text, markup cleaned) into {@code d} when it has this shape; returns whether it did. */
    static boolean read(String text, Draft d) {
        if (text == null || text.indexOf(',') < 0) return false;
        List<String> parts = new ArrayList<>(Arrays.asList(text.strip().split("\\s*,\\s+")));
        if (parts.size() < 4) return false;
        Matcher imprint = IMPRINT.matcher(parts.get(parts.size() - 1).strip());
        Matcher year = YEAR.matcher(parts.get(parts.size() - 2).strip());
        if (!imprint.matches() || !year.matches()) return false;
        // the names: the parts right before the year that read as names, the title at least one part
        List<CSLName> authors = new ArrayList<>(), editors = new ArrayList<>(), translators = new ArrayList<>();
        int first = parts.size() - 2;
        while (first - 1 >= 1) {
            String role = role(parts.get(first - 1));
            List<CSLName> names = names(unrole(parts.get(first - 1)));
            if (names == null) break;
            List<CSLName> into = "editor".equals(role) ? editors : "translator".equals(role) ? translators : authors;
            into.addAll(0, names);
            first--;
        }
        if (first == parts.size() - 2) return false;
        int count = authors.size() + editors.size() + translators.size();
        // a lone word among several names is a title's or a heading's word ("Smith, John, War and Peace, 1990, …")
        if (count > 1 && (single(authors) || single(editors) || single(translators))) return false;
        String title = String.join(", ", parts.subList(0, first)).strip();
        if (title.length() < 2) return false;
        boolean oneWordTitle = !title.contains(" ");
        if (oneWordTitle && count == 1) {
            CSLName n = !authors.isEmpty() ? authors.get(0) : !editors.isEmpty() ? editors.get(0) : translators.get(0);
            String[] given = n.getGiven() == null ? new String[0] : n.getGiven().split("\\s+");
            // "Smith, John, 1990, …" or "Smith, John Arthur, 1990, …": an inverted heading, not a title and a name
            if (given.length == 0 || NameWords.given(n.getFamily()) || NameWords.given(given[0]) && given.length > 1) return false;
        }
        d.title = title;
        d.authors.addAll(authors);
        d.editors.addAll(editors);
        d.translators.addAll(translators);
        d.issued = new int[][]{{Integer.parseInt(year.group(1))}};
        d.place = imprint.group(1).strip();
        d.publisher = imprint.group(2).strip();
        return true;
    }

    private static boolean single(List<CSLName> names) {
        for (CSLName n : names) if (n.getGiven() == null) return true;
        return false;
    }

    /** The role a phrase before the name gives ("kogunud" → editor), or null. */
    private static String role(String part) {
        Matcher m = LEAD.matcher(part.strip());
        if (!m.find()) return null;
        String phrase = m.group(1).strip().toLowerCase(Locale.ROOT);
        String r = ROLES.get(phrase);
        return r == null || r.equals("-") ? "author" : r;
    }

    /** The part without its role phrase and bracketed remarks. */
    private static String unrole(String part) {
        String s = BRACKET.matcher(part).replaceAll(" ").strip();
        Matcher c = COLON_LEAD.matcher(s);
        if (c.find()) return s.substring(c.end()).strip();
        Matcher m = LEAD.matcher(s);
        if (m.find() && ROLES.containsKey(m.group(1).strip().toLowerCase(Locale.ROOT))) return s.substring(m.end()).strip();
        return s;
    }

    /** The names of a part in reading order ("Kai Aareleid", "Merilin Pärli ja Katrin Kaarep"), or null when it is not names. */
    private static List<CSLName> names(String part) {
        if (part.isEmpty()) return null;
        List<CSLName> out = new ArrayList<>();
        List<String> current = new ArrayList<>();
        String[] words = part.split("\\s+");
        for (int i = 0; i <= words.length; i++) {
            boolean end = i == words.length || CONJUNCTIONS.contains(words[i]);
            if (!end) {
                if (!NAME_WORD.matcher(words[i]).matches() || STOPWORDS.contains(words[i].toLowerCase(Locale.ROOT))) return null;
                current.add(words[i]);
                continue;
            }
            if (current.isEmpty() || current.size() > 3) return null;
            String last = current.get(current.size() - 1);
            if (last.endsWith(".")) return null;
            CSLNameBuilder b = new CSLNameBuilder().family(last);
            if (current.size() > 1) b.given(String.join(" ", current.subList(0, current.size() - 1)));
            out.add(b.build());
            current.clear();
        }
        return out;
    }
}
