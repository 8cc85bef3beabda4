package org.opis.cite;

import org.opis.model.CslRecords;
import de.undercouch.citeproc.csl.CSLDate;
import de.undercouch.citeproc.csl.CSLItemData;
import de.undercouch.citeproc.csl.CSLName;
import org.opis.model.Reference;
import org.opis.names.MatchKey;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What the resolver needs to know about each entry of a reference list: its authors (or editors),
 * its titles, its date (year range and suffix), and for archive entries the names and acronyms
 * under which a citation may name the archive.
 */
final class WorkIndex {

    /** One entry, prepared for matching. */
    record Work(Reference ref, List<CSLName> names, List<String> titles, int start, int end, String suffix,
                boolean hasDate, int[] fullDate, Set<String> archiveKeys) {

        /** How a reader would name it in a citation: {@code Gaiduk 1996}, {@code Livre Noir 1978}. */
        String label() {
            String who;
            if (!names.isEmpty()) {
                CSLName n = names.get(0);
                who = n.getFamily() != null ? n.getFamily() : n.getLiteral() != null ? n.getLiteral() : "?";
                if (names.size() == 2) {
                    CSLName m = names.get(1);
                    who += " and " + (m.getFamily() != null ? m.getFamily() : m.getLiteral() != null ? m.getLiteral() : "?");
                } else if (names.size() > 2) {
                    who += " et al.";
                }
            } else if (!titles.isEmpty()) {
                who = shortTitle(titles.get(0));
            } else {
                who = ref.id();
            }
            return who + " " + yearLabel();
        }

        String yearLabel() {
            if (!hasDate) return "n.d.";
            return (end != start ? start + "\u2013" + end : String.valueOf(start)) + suffix;
        }
    }

    /**
     * An author-date entry's head: names, then its first parenthesis or bracket opening with the year
     * (a Markdown link's words too: {@code ([2011](https://…))}), with its letter ({@code 2012a}).
     */
    private static final java.util.regex.Pattern HEAD_YEAR = java.util.regex.Pattern.compile(
            "[^(\\[\\n]{1,60}?[(\\[]\\s*\\[?((?:1[5-9]|20)\\d\\d)([a-z])?[\\])]");

    final List<Work> works;
    private final Set<String> nameKeys = new HashSet<>();
    private final MatchKey.Memo keys;

    WorkIndex(List<Reference> references) {
        this(references, MatchKey.standard().memo());
    }

    WorkIndex(List<Reference> references, MatchKey.Memo keys) {
        this.keys = keys;
        List<Work> ws = new ArrayList<>();
        for (Reference r : references) {
            CSLItemData d = CslRecords.csl(r);
            List<CSLName> names = new ArrayList<>();
            if (d.getAuthor() != null) names.addAll(List.of(d.getAuthor()));
            if (names.isEmpty() && d.getEditor() != null) names.addAll(List.of(d.getEditor()));
            names.removeIf(n -> n == null || n.getFamily() == null && n.getLiteral() == null);
            List<String> titles = new ArrayList<>();
            for (String t : new String[]{d.getTitle(), d.getTitleShort(), d.getShortTitle(), d.getContainerTitle(), d.getCollectionTitle()}) {
                if (t != null && t.indexOf('<') >= 0) t = org.opis.text.RichText.plain(t); // CSL rich text: the words only
                if (t != null && !t.isBlank() && !titles.contains(t)) titles.add(t);
            }
            int start = 0;
            int end = 0;
            boolean hasDate = false;
            int[] full = new int[0];
            CSLDate issued = d.getIssued();
            if (issued != null && issued.getDateParts() != null && issued.getDateParts().length > 0
                    && issued.getDateParts()[0] != null && issued.getDateParts()[0].length > 0) {
                int[][] dp = issued.getDateParts();
                start = dp[0][0];
                end = dp.length > 1 && dp[1] != null && dp[1].length > 0 ? dp[1][0] : start;
                hasDate = start > 0;
                full = dp[0].clone();
            }
            String suffix = d.getYearSuffix() == null ? "" : d.getYearSuffix().strip();
            // the year as the entry's head writes it ("Sallach, D. ([2012a](https://…))."), when the record lacks it or its letter
            java.util.regex.Matcher head = HEAD_YEAR.matcher(r.raw() == null ? "" : r.raw());
            if (head.lookingAt() && (!hasDate || start == Integer.parseInt(head.group(1)) && suffix.isEmpty())) {
                if (!hasDate) {
                    start = end = Integer.parseInt(head.group(1));
                    hasDate = true;
                    full = new int[]{start};
                }
                if (head.group(2) != null) suffix = head.group(2);
            }
            Set<String> archiveKeys = new HashSet<>();
            if (r.archive()) archiveKeys.addAll(archiveNames(r));
            Work w = new Work(r, List.copyOf(names), List.copyOf(titles), start, end, suffix, hasDate, full, archiveKeys);
            ws.add(w);
            for (CSLName n : names) {
                addWords(n.getFamily());
                addWords(n.getLiteral());
            }
            if (names.isEmpty()) for (String t : titles) addFirstWord(t);
        }
        this.works = List.copyOf(ws);
    }

    private void addWords(String s) {
        if (s == null) return;
        for (String w : keys.ascii(s).split(" ")) if (!w.isEmpty()) nameKeys.add(keys.key(w));
    }

    private void addFirstWord(String s) {
        String a = keys.ascii(s);
        if (a.isEmpty()) return;
        nameKeys.add(keys.key(a.split(" ")[0]));
    }

    /** True when the last word of a name, or its first word, is a name (or title start) in the list. */
    boolean knows(String name) {
        String[] ws = keys.ascii(name).split(" ");
        if (ws.length == 0 || ws[0].isEmpty()) return false;
        return nameKeys.contains(keys.key(ws[ws.length - 1])) || nameKeys.contains(keys.key(ws[0]));
    }

    /** The keys under which an archive entry may be named: its acronyms and names, spaces removed. */
    private Set<String> archiveNames(Reference r) {
        Set<String> out = new HashSet<>();
        String raw = r.raw();
        // (ACRONYM) and [English name] in the entry as written
        collectBetween(raw, '(', ')', out);
        collectBetween(raw, '[', ']', out);
        CSLItemData d = CslRecords.csl(r);
        for (String s : new String[]{d.getTitle(), d.getTitleShort(), d.getShortTitle(), d.getArchive(), d.getAuthor() != null && d.getAuthor().length > 0 ? d.getAuthor()[0].getLiteral() : null}) {
            if (s != null) out.add(compact(s));
        }
        r.extra().values().forEach(v -> out.add(compact(v)));
        out.remove("");
        return out;
    }

    private void collectBetween(String s, char open, char close, Set<String> out) {
        int i = s.indexOf(open);
        while (i >= 0) {
            int j = s.indexOf(close, i + 1);
            if (j < 0) break;
            out.add(compact(s.substring(i + 1, j)));
            i = s.indexOf(open, j + 1);
        }
    }

    String compact(String s) {
        return keys.ascii(s).replace(" ", "");
    }

    /** The archive entry named by an archival citation's archive, if the list declares it. */
    Optional<Work> archive(String archive) {
        String k = compact(archive);
        if (k.isEmpty()) return Optional.empty();
        for (Work w : works) if (w.ref().archive() && w.archiveKeys().contains(k)) return Optional.of(w);
        return Optional.empty();
    }

    static String shortTitle(String t) {
        String s = t.strip();
        String[] ws = s.split("\\s+");
        if (ws.length <= 4) return s;
        return String.join(" ", java.util.Arrays.copyOf(ws, 4)) + "…";
    }
}
