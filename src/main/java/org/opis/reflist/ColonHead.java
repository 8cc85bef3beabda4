package org.opis.reflist;

import org.opis.lexicon.Particles;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.opis.text.Regexes;

/**
 * The German-humanities entry (also Swiss, Austrian, Polish …): names closed by a colon, the title with its
 * subtitles, then the imprint as a place and a year:
 * {@code Franz, Eckhart G./ Lux, Thomas: Einführung in die Archivkunde, Darmstadt <sup>9</sup>2018.},
 * {@code Lothar Bembenek, Axel Ulrich: Verfolgung und Widerstand …. Gießen 1990.}, and the chapter
 * {@code Name: Titel, in: Hg1, Hg2 (Hrsg.): Buch, Ort Jahr, S. 1-32}.
 * Content-based: every word before the colon is a capitalised word, an initial, a name particle, an "and" or
 * "et al." word (a role in parentheses may close the block); and the rest holds a place of capitalised words and a
 * year after a comma or full stop — which tells it from {@code Richard K. Betts, Military Readiness: Concepts …
 * (Brookings Institution, 1995)}.
 */
final class ColonHead {
    private ColonHead() {
    }

    /** Where the title ends, the edition written before the year (superscript), and the chapter's book. */
    record Imprint(int titleEnd, int placeStart, String edition, int editionStart, int editionEnd, int in) {
    }

    /** A role in parentheses closing the names: (Hg.), (Hgg.), (Hrsg.), (Red.), (Bearb.), (ed.), (eds.). */
    private static final Pattern ROLE = Pattern.compile("\\s?\\((?:Hg|Hgg|Hrsg|Red|Bearb|[Ee]ds?)\\.\\)$");
    private static final Set<String> JOINS = Set.of("und", "and", "u.a.", "u.", "a.", "et", "al.", "&", "i", "a");
    private static final Set<String> PARTICLES = Particles.all();
    /** ", Darmstadt 1984" / ". Frankfurt/M. 1992" / ", Weinheim/ Basel <sup>5</sup>2011" / ", Stuttgart u. a. 2006-2009". */
    private static final Pattern IMPRINT = Pattern.compile(
            "[,.]\\s(\\p{Lu}[\\p{L}.'-]*(?:(?:\\s?/\\s?|\\s|-)(?:\\p{Lu}|a\\.|am\\s|an\\s|u\\.)[\\p{L}.'-]*){0,4})(?:\\su\\.\\s?a\\.)?\\s?"
                    + "(?:<sup>(\\d{1,2})</sup>|([¹²³⁴⁵⁶⁷⁸⁹⁰]{1,2})|\\s)"
                    + "(?:1[5-9]|20)\\d\\d(?:\\s?[–-]\\s?(?:1[5-9]|20)?\\d\\d)?(?![\\d\\p{L}])");
    private static final Pattern STATEMENT = Pattern.compile(
            "[.,]\\s(?:(?:Hrsg|Hg|Red|Bearb)\\.:\\s|\\d{1,2}\\.,?\\s(?:[\\p{L}.,]{1,12}\\s){0,5}(?:Aufl|Ausg)\\.)");
    private static final Pattern IN = Pattern.compile("[,.]\\s[Ii]n:\\s");
    private static final Pattern SENTENCE_END = Pattern.compile("\\p{L}{3,}\\.\\s");
    private static final String SUPERSCRIPTS = "⁰¹²³⁴⁵⁶⁷⁸⁹";

    /** Where the colon closing a names block starting at {@code pos} is (the entry having a German imprint), or -1. */
    static int colon(String s, int pos) {
        int c = namesColon(s, pos, false);
        // "Richard K. Betts, Military Readiness: Concepts …" has the same head: the German entry is told by its imprint
        return c > 0 && imprint(s, c + 1) != null ? c : -1;
    }

    /** Where the colon closing the editors of a chapter's book ({@code in: Hg1, Hg2 (Hrsg.): Buch}) is, or -1. */
    static int editorsColon(String s, int pos) {
        return namesColon(s, pos, true);
    }

    private static int namesColon(String s, int pos, boolean one) {
        int c = s.indexOf(':', pos);
        if (c <= pos || c - pos > 160 || c + 2 >= s.length() || s.charAt(c + 1) != ' ') return -1;
        int next = s.codePointAt(c + 2);
        if (!(Character.isUpperCase(next) || Character.isDigit(next) || "„\"«“".indexOf(next) >= 0)) return -1;
        String head = s.substring(pos, c).strip();
        if (SENTENCE_END.matcher(head + " ").find()) return -1;
        Matcher role = ROLE.matcher(head);
        boolean hasRole = role.find();
        if (hasRole) head = head.substring(0, role.start()).strip();
        if (head.isEmpty() || !Character.isUpperCase(head.codePointAt(0))) return -1;
        int words = 0;
        int names = 0;
        for (String w : Regexes.split(head, "[\\s/,;]+")) {
            if (w.isEmpty()) continue;
            if (++words > 16) return -1;
            if (JOINS.contains(w) || PARTICLES.contains(w)) continue;
            if (!nameWord(w)) return -1;
            names++;
        }
        return names >= 1 && (names >= 2 || hasRole || one) ? c : -1;
    }

    /** A capitalised word (hyphens and apostrophes inside), or initials such as "G." and "K.-H.". */
    private static boolean nameWord(String w) {
        if (!Character.isUpperCase(w.codePointAt(0))) return false;
        boolean stop = false;
        for (int i = 0; i < w.length(); i++) {
            char ch = w.charAt(i);
            if (ch == '.') {
                stop = true;
                continue;
            }
            if (!(Character.isLetter(ch) || ch == '-' || ch == '\'' || ch == '’')) return false;
        }
        // a full stop only after initials ("G.", "K.-H."), never after a whole word (a sentence would end there)
        return !stop || w.replace("-", "").replace(".", "").length() <= 3;
    }

    /** The imprint after a colon head's title starting at {@code from}, or null. */
    static Imprint imprint(String s, int from) {
        Matcher m = IMPRINT.matcher(s);
        Matcher in = IN.matcher(s);
        int inAt = in.find(from) ? in.start() : -1;
        int at = from;
        while (at < s.length() && m.find(at)) {
            // not a date in the title ("zum 20. Juli 1944", "im 19. Jahrhundert"): no ordinal before, no month for a place
            boolean ordinal = s.charAt(m.start()) == '.' && digitsBefore(s, m.start()) >= 1 && digitsBefore(s, m.start()) <= 2;
            boolean month = org.opis.lexicon.Months.of(m.group(1).replace(".", "")).isPresent();
            if (m.start() > from && !ordinal && !month && !SENTENCE_END.matcher(m.group(1)).find()) {
                String edition = m.group(2);
                int es = m.start(2);
                int ee = m.end(2);
                if (edition == null && m.group(3) != null) {
                    StringBuilder e = new StringBuilder();
                    for (char ch : m.group(3).toCharArray()) e.append(SUPERSCRIPTS.indexOf(ch));
                    edition = e.toString();
                    es = m.start(3);
                    ee = m.end(3);
                }
                if (edition != null) {
                    es = s.lastIndexOf("<sup>", es) >= 0 && m.group(2) != null ? s.lastIndexOf("<sup>", es) : es;
                    ee = m.group(2) != null ? ee + "</sup>".length() : ee;
                }
                // a chapter's title ends before its ", in: Editors (Hg.): Book, Place Year"
                boolean chapter = inAt > from && inAt < m.start();
                int titleEnd = chapter ? inAt : m.start();
                // a statement after the title: "Hrsg.: Magistrat …", "Red.: Axel Ulrich.", "2. Aufl.", "4., neu überarb. … Ausg."
                Matcher st = STATEMENT.matcher(s).region(from, titleEnd);
                if (st.find() && st.start() > from) titleEnd = st.start();
                int inStart = chapter ? in.end() : -1;
                return new Imprint(titleEnd, m.start(), edition, es, ee, inStart);
            }
            at = m.start() + 1;
        }
        // no place and year, but a periodical or book after "in:" ("…, in: Basler Stadtbuch 1980, S. 153-162"): the title
        // ends before it, and the tail reads the container
        if (inAt > from && YEAR.matcher(s).region(in.end(), s.length()).find()) return new Imprint(inAt, -1, null, -1, -1, in.end());
        return null;
    }

    private static final Pattern YEAR = Pattern.compile("(?<!\\d)(?:1[5-9]|20)\\d\\d(?!\\d)");

    private static int digitsBefore(String s, int at) {
        int n = 0;
        while (at - n - 1 >= 0 && Character.isDigit(s.charAt(at - n - 1))) n++;
        return n;
    }
}
