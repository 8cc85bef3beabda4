package org.opis.reflist;

import de.undercouch.citeproc.csl.CSLName;
import de.undercouch.citeproc.csl.CSLNameBuilder;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A journal article in the Vancouver (medical) manner, its tail the year, volume and pages run together:
 * {@code Mokdad A.H., Bowman B.A., …: The continuing epidemics of obesity. JAMA 2001;286:1195–1200.},
 * {@code Foster GD, Johnson C: Facilitating health. Prim Psychiatr 1998, 5:89–95.},
 * {@code Findling J.W., Raff H.: Newer diagnostic techniques. Endocrinol. Metabol. Clin. North Am. 1999,28(1):191–210.}
 * Names family first with initials (stops or none), closed by a colon or, initials without stops, by a full stop; a body
 * ending in a colon that is no list of names is a corporate author. The journal is the last part of the rest whose words
 * all look like a journal's (capitalised words, abbreviations, small joining words). Read only when the entry closes in
 * that tail, so no other shape reaches it — or in that tail followed only by the record's identifiers and link
 * ({@code PLoS Med. 2006;3:e399. doi: 10.1271/journal.pmed.0030399}, {@code … 2017 Jan;52(1S1):S5-S12. doi: 10.1016/….
 * PMID: 27989293; PMCID: PMC5328595.}, {@code … 63(4):641-6. Disponible en: https://…}), which give the DOI and the link.
 */
final class VancouverArticles {
    private VancouverArticles() {
    }

    /** "Year[ Mon[ Day]];Volume[(Issue)]:Pages." or "Year, Volume(Issue):Pages." closing the entry. */
    private static final Pattern TAIL = Pattern.compile("\\s(\\d{4})(?:\\s\\p{Lu}\\p{Ll}{2}\\.?(?:\\s\\d{1,2})?)?\\s?[;,]\\s?(\\d{1,4})(?:\\s?\\(([^()]{1,20})\\))?\\s?:\\s?([eE]?\\d+(?:[–-]\\d+)?)\\.?$");
    /** One identifier or link closing the entry after the tail: a DOI, a PubMed number, a link with or without its intro. */
    private static final Pattern CLOSING_ID = Pattern.compile("\\s(?:[Dd][Oo][Ii]\\s?:\\s?(?<doi>10\\.\\d{4,9}/\\S+?)"
            + "|(?:(?:Disponible en|Available (?:at|from)|Recuperado de)\\s?:\\s?)?(?<url>https?://\\S+?)"
            + "|PMID:\\s?\\d+|PMCID:\\s?PMC\\d+|Epub)[.;]?$");
    private static final Pattern NAME = Pattern.compile("(\\p{Lu}[\\p{L}'’\\-]+(?:\\s\\p{Lu}[\\p{L}'’\\-]+)?)\\s(\\p{Lu}{1,3}|(?:\\p{Lu}\\.\\s?){1,3})");
    private static final Pattern UNDOTTED_NAME = Pattern.compile("(\\p{Lu}[\\p{L}'’\\-]+(?:\\s\\p{Lu}[\\p{L}'’\\-]+)?)\\s(\\p{Lu}{1,3})");
    private static final Pattern JOURNAL_WORD = Pattern.compile("\\p{Lu}[\\p{L}'’&\\-]*\\.?|\\d{1,3}");
    private static final Set<String> JOINING = Set.of("and", "of", "the", "in", "for", "&", "de", "et", "und");
    private static final Pattern ET_AL = Pattern.compile("(?i)et\\s?al\\.?");

    /** A chapter: "Names: Title. In: Editors (eds): Book. [2nd ed. ]Place, Publisher; Year, pp. 355–363." */
    private static final Pattern CHAPTER = Pattern.compile("^(.+?):\\s(.+?)\\.\\sIn:\\s(.+?)\\s\\((?:eds?|Hrsg|red)\\.?\\):\\s(.+?)\\.\\s(?:(\\d+(?:st|nd|rd|th)\\sed)\\.\\s)?([^.;,]+),\\s([^.;]+);\\s(\\d{4}),\\s(?:pp?\\.\\s?)?(\\d+(?:[–-]\\d+)?)\\.?$");

    /** Reads {@code text} into {@code d}; false, {@code d} untouched, when it is not of this shape. */
    static boolean read(String text, Draft d) {
        String t = text.strip();
        if (chapter(t, d)) return true;
        String doi = null;
        String url = null;
        for (Matcher id = CLOSING_ID.matcher(t); id.find(); id = CLOSING_ID.matcher(t)) {
            if (id.group("doi") != null) doi = id.group("doi");
            if (id.group("url") != null) url = id.group("url");
            t = t.substring(0, id.start()).strip();
        }
        Matcher tail = TAIL.matcher(t);
        if (!tail.find()) return false;
        String head = t.substring(0, tail.start()).strip();
        List<CSLName> authors = new ArrayList<>();
        String body;
        int colon = head.indexOf(": ");
        int stop = head.indexOf(". ");
        if (colon > 0 && (stop < 0 || colon < stop || names(head.substring(0, colon), NAME, authors))) {
            String names = head.substring(0, colon);
            if (authors.isEmpty() && !names(names, NAME, authors)) {
                // a body as author: words without figures, before the colon ("National Task Force on …:")
                if (names.length() > 90 || names.matches(".*\\d.*") || names.split("\\s").length < 2) return false;
                authors.add(new CSLNameBuilder().literal(names.strip()).build());
            }
            body = head.substring(colon + 2);
        } else if (stop > 0 && names(head.substring(0, stop), UNDOTTED_NAME, authors)) {
            body = head.substring(stop + 2);
        } else {
            return false;
        }
        // the journal: the first remainder after a sentence's end whose words all look like a journal's
        int cut = -1;
        for (int i = 0; i + 1 < body.length(); i++) {
            char c = body.charAt(i);
            if ((c == '.' || c == '?' || c == '!') && body.charAt(i + 1) == ' ' && journalLike(body.substring(i + 2))) {
                cut = i;
                break;
            }
        }
        if (cut <= 0) return false;
        String title = body.substring(0, body.charAt(cut) == '.' ? cut : cut + 1).strip();
        String journal = body.substring(cut + 2).strip().replaceAll(",$", "");
        if (title.isEmpty() || journal.isEmpty()) return false;
        d.type = "article-journal";
        d.authors.addAll(authors);
        d.title = title;
        d.containerTitle = journal;
        d.issued = new int[][]{{Integer.parseInt(tail.group(1))}};
        d.volume = tail.group(2);
        d.issue = tail.group(3);
        d.page = tail.group(4);
        if (doi != null) d.doi = doi;
        if (url != null) d.url = url;
        return true;
    }

    private static boolean chapter(String t, Draft d) {
        Matcher m = CHAPTER.matcher(t);
        if (!m.matches()) return false;
        List<CSLName> authors = new ArrayList<>();
        List<CSLName> editors = new ArrayList<>();
        if (!names(m.group(1), NAME, authors) || !names(m.group(3).replace(" and ", ", "), NAME, editors)) return false;
        d.type = "chapter";
        d.authors.addAll(authors);
        d.editors.addAll(editors);
        d.title = m.group(2).strip();
        d.containerTitle = m.group(4).strip();
        d.edition = m.group(5);
        d.place = m.group(6).strip();
        d.publisher = m.group(7).strip();
        d.issued = new int[][]{{Integer.parseInt(m.group(8))}};
        d.page = m.group(9);
        return true;
    }

    /** Names joined by commas, each as {@code pattern} has it; "et al." passed over. */
    private static boolean names(String s, Pattern pattern, List<CSLName> out) {
        List<CSLName> got = new ArrayList<>();
        for (String p : s.split(",\\s?(?!\\p{Lu}\\.)")) {
            String n = p.strip();
            if (n.isEmpty() || ET_AL.matcher(n).matches()) continue;
            Matcher m = pattern.matcher(n);
            if (!m.matches()) return false;
            got.add(new CSLNameBuilder().family(m.group(1)).given(m.group(2).strip()).build());
        }
        if (got.isEmpty()) return false;
        out.addAll(got);
        return true;
    }

    private static boolean journalLike(String s) {
        String j = s.strip().replaceAll("[.,]$", "");
        if (j.isEmpty()) return false;
        String[] words = j.split("\\s+");
        if (words.length > 9) return false;
        if (!JOURNAL_WORD.matcher(words[0]).matches()) return false;
        for (String w : words) {
            if (!JOURNAL_WORD.matcher(w).matches() && !JOINING.contains(w)) return false;
        }
        return true;
    }
}
