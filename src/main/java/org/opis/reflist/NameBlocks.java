package org.opis.reflist;

import de.undercouch.citeproc.csl.CSLName;
import org.opis.lexicon.Connectors;
import org.opis.lexicon.Particles;
import org.opis.lexicon.Roles;
import org.opis.lexicon.Words;
import org.opis.names.NameList;
import org.opis.names.NameParser;
import org.opis.text.Regexes;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.opis.reflist.WorkingText.skipSpace;

/**
 * Where the names opening an entry end, in the shapes lists write them: family first with initials or given names
 * ({@code Surname, I. P.}, {@code Иванов И.И., Петров П.П.}, {@code Humboldt, Alexander von.}) with co-authors after
 * a joining word of {@code connectors.tsv}; in reading order before a comma, as notes write them
 * ({@code Aleksandr Fursenko and Timothy Naftali, Title}, {@code Richard K. Betts, ed., Title}); glued to the title
 * by a comma a PDF's text lost its space after ({@code CHANNON J, HUDSON R,Atlas …}). And the names read put on the
 * draft by their role.
 */
final class NameBlocks {
    private NameBlocks() {
    }

    /** A co-author between the first name and the last ", and": in reading order (", O. I. Braitseva" / ", Igor N. Selivanov") or inverted with initials (", Liccioli, L."). */
    private static final Pattern MIDDLE_COAUTHOR = Pattern.compile("^,\\s(?:(?:(?:\\p{Lu}\\.\\s?){1,3}|\\p{Lu}[\\p{L}'’-]+\\s(?:\\p{Lu}\\.\\s)?)\\p{Lu}[\\p{L}'’-]+(?=,)"
            // inverted with initials, as the first name is (Harvard: "Fedi, M. E., Liccioli, L. and Bombardieri, L. 2017.")
            + "|\\p{Lu}[\\p{L}'’-]+,\\s\\p{Lu}\\.(?:\\s?\\p{Lu}\\.)*(?=,|\\s(?:" + Connectors.alternation(Connectors.AND) + ")\\s))");

    /**
     * The last co-author after a joining word of {@code connectors.tsv} ("and", "et", "und", "y", "и" …), written in
     * reading order ("and Igor N. Selivanov.") or inverted with initials ("et Bevan, A. 2020."); the author before may
     * have ended with its initials' space.
     */
    /** An initial with its full stop, or a capitalised name word without one (a full stop after a word ends the names). */
    private static final String NAME_WORD = "(?:\\p{Lu}\\.|\\p{Lu}[\\p{L}'’-]+)";

    /**
     * A first name written family first with a full given name, then co-authors in reading order, the last after a joining
     * word of {@code connectors.tsv}, closed by a full stop: {@code Abram, Sandi in Blaž Bajič.}, {@code Baillot, Anne, Mike
     * Mertens in Laurent Romary.}, {@code Nelson, Robert S. & Margaret Olin.}; the end is after the last name's full stop. The
     * first family name is one word and every name two or three words, so a title in title case after a name written in
     * reading order ({@code John Dumbrell, President Lyndon Johnson and Soviet Communism.}) is not taken for names.
     */
    private static final Pattern FULL_GIVEN_COAUTHORS = Pattern.compile(
            "\\p{Lu}[\\p{L}'’-]+,\\s\\p{Lu}[\\p{L}'’-]+(?:\\s" + NAME_WORD + ")?"
                    + "(?:,\\s" + NAME_WORD + "(?:\\s" + NAME_WORD + "){1,2})*"
                    + ",?\\s(?:" + Connectors.alternation(Connectors.AND) + ")\\s" + NAME_WORD + "(?:\\s" + NAME_WORD + "){1,2}"
                    + "(?<!\\.)\\.(?=\\s)");

    private static final Pattern AND_COAUTHOR = Pattern.compile("^,?\\s?(?:" + Connectors.alternation(Connectors.AND)
            + ")\\s([\\p{Lu}][\\p{L}.' -]{1,80}?\\p{L}{2,}|\\p{Lu}[\\p{L}'’-]+,\\s(?:\\p{Lu}\\.\\s?){0,2}\\p{Lu})\\.(?:\\s|$)");

    /** Adds the names of a parsed name list to the draft, under the list's own role if it states one. */
    static void setNames(Draft d, String role, NameList nl) {
        setNames(d, nl.role().equals("author") ? role : nl.role(), nl.names());
    }

    /** Adds the names to the draft's list of the role: editor, translator, compiler, or author. */
    static void setNames(Draft d, String role, List<CSLName> names) {
        List<CSLName> target = switch (role) {
            case "editor" -> d.editors;
            case "translator" -> d.translators;
            case "compiler" -> d.compilers;
            default -> d.authors;
        };
        target.addAll(names);
    }

    /**
     * End of a family-first author block ({@code Surname, Initials.} or {@code Surname, Given.})
     * starting at {@code pos} and ending before {@code limit}, or -1.
     */
    static int strictAuthorEnd(String s, int pos, int limit) {
        int comma = s.indexOf(',', pos);
        if (comma < 0 || comma >= limit || comma - pos > 40) return -1;
        String fam = s.substring(pos, comma).strip();
        if (fam.isEmpty() || !Character.isUpperCase(fam.codePointAt(0)) || Regexes.split(fam, "\\s+").length > 3) return -1;
        for (String t : Regexes.split(fam, "\\s+")) if (!t.isEmpty() && !Character.isLetter(t.codePointAt(0))) return -1;
        // given part: initials or capitalised words, then ". "
        int i = comma + 1;
        int lastEnd = -1;
        String[] toks = Regexes.split(s.substring(i, limit), "(?<=\\s)");
        int off = i;
        int count = 0;
        for (String tok : toks) {
            String t = tok.strip();
            off += tok.length();
            if (t.isEmpty()) continue;
            if (++count > 4) return -1;
            // a particle after the given names ends the name: "Humboldt, Alexander von." / "COSTA, Wanderley Messias da."
            if (count > 1 && t.endsWith(".") && Particles.all().contains(t.substring(0, t.length() - 1))) return off;
            if (!Character.isUpperCase(t.codePointAt(0))) return -1;
            // an initial before a comma ends the first name ("Belov, I. P., and S. N. Ershov."; "Budylina, M. V., O. I. …")
            if (t.endsWith(".,") && NameParser.isInitial(t.substring(0, t.length() - 1))) return off - tok.length() + tok.indexOf(".,") + 1;
            if (t.endsWith(".")) {
                if (NameParser.isInitial(t)) {
                    lastEnd = off;
                    // initials end the block unless another initial follows ("I. P.", "I. P.,") or a family name (rare in this form)
                    String next = s.substring(off, Math.min(limit, off + 40)).strip();
                    String first = next.isEmpty() ? "" : Regexes.split(next, "\\s+")[0];
                    if (first.endsWith(",")) first = first.substring(0, first.length() - 1);
                    if (next.isEmpty() || !NameParser.isInitial(first)) return off;
                } else {
                    return off;
                }
            }
        }
        return lastEnd;
    }

    /**
     * End (after the comma) of names written in natural order before a comma, as in Chicago notes
     * ({@code Aleksandr Fursenko and Timothy Naftali, Khrushchev's Cold War}), or -1.
     */
    static int naturalAuthorEnd(String s, int pos) {
        int glued = gluedNamesEnd(s, pos);
        if (glued > 0) return glued;
        int comma = s.indexOf(", ", pos);
        if (comma < 0 || comma - pos > 90) return -1;
        String head = s.substring(pos, comma).strip();
        if (head.isEmpty() || !namesInReadingOrder(head)) return -1;
        int end = comma + 1;
        // co-authors in a series closed by "and": "Ashton B. Carter, William J. Perry, and John D. Steinbruner, Title"
        int k = end;
        for (int names = 0; names < 6; names++) {
            int next = s.indexOf(", ", k);
            if (next < 0 || next - k > 60) break;
            String seg = s.substring(k, next).strip();
            Matcher and = SERIES_AND.matcher(seg);
            boolean last = and.lookingAt();
            if (!namesInReadingOrder(last ? seg.substring(and.end()) : seg)) break;
            k = next + 1;
            if (last) {
                end = k;
                break;
            }
        }
        // the names' role after them: "Richard K. Betts, ed., Cruise Missiles"
        Matcher role = ROLE_AFTER_NATURAL_NAMES.matcher(s.substring(end));
        if (role.lookingAt()) end += role.end() - 1;
        return end;
    }

    /**
     * Names up to a comma the title is glued to, as a PDF's text often has them ({@code BONIFACE Pascal et VÉDRINE
     * Hubert,Atlas du monde global}, {@code CHANNON J, HUDSON R,Atlas …}): every piece before that comma, split at
     * ", ", is a name. Returns the position after the comma, or -1.
     */
    private static int gluedNamesEnd(String s, int pos) {
        int limit = Math.min(s.length(), pos + 160);
        for (int i = pos + 1; i + 1 < limit; i++) {
            if (s.charAt(i) != ',') continue;
            char next = s.charAt(i + 1);
            if (next == ' ') continue;
            if (!Character.isUpperCase(next) && next != '«' && next != '“' && next != '"') return -1;
            if (!Character.isLetter(s.charAt(i - 1))) return -1;
            for (String piece : Regexes.split(s.substring(pos, i), ",\\s")) {
                if (!namesInReadingOrder(piece)) return -1;
            }
            return i + 1;
        }
        return -1;
    }

    /** Whether {@code head} is one or more names in reading order joined by an "and" word, each of two to four capitalised words. */
    private static boolean namesInReadingOrder(String head) {
        if (head.isBlank()) return false;
        for (String name : NAMES_AND.split(head.strip())) {
            int words = 0;
            for (String tok : Regexes.split(name.strip(), "\\s+")) {
                if (tok.startsWith("(") && tok.endsWith(")")) continue;
                if (tok.isEmpty() || !Character.isUpperCase(tok.codePointAt(0))) return false;
                for (int i = 0; i < tok.length(); i++) {
                    char c = tok.charAt(i);
                    if (!Character.isLetter(c) && c != '.' && c != '-' && c != '\'' && c != '’') return false;
                }
                words++;
            }
            if (words < 2 || words > 4) return false;
        }
        return true;
    }

    /** The "and" words of {@code connectors.tsv} between two names, and opening the last name of a series. */
    private static final Pattern NAMES_AND = Pattern.compile("\\s+(?:" + Connectors.alternation(Connectors.AND) + ")\\s+");

    private static final Pattern SERIES_AND = Pattern.compile("(?:" + Connectors.alternation(Connectors.AND) + ")\\s+");

    /** A role written after names in reading order and before the title, each followed by a comma: {@code ed., }, {@code eds., }, {@code trans., }. */
    private static final Pattern ROLE_AFTER_NATURAL_NAMES = Pattern.compile(
            "\\s?(?:" + Words.alternation(Roles.in(Roles.NOTE, "editor", "translator"), false) + "),\\s");

    /** End of a family-first name block in a plain entry ({@code Gaddis, John Lewis.}, {@code Иванов И.И.}), or -1. */
    static int plainAuthorEnd(String s, int pos) {
        // Family Initials (GOST): Иванов И.И. / Ivanov I. I.
        int sp = s.indexOf(' ', pos);
        if (sp > pos && sp - pos < 30) {
            String fam = s.substring(pos, sp);
            if (Character.isUpperCase(fam.codePointAt(0)) && fam.chars().allMatch(c -> Character.isLetter(c) || c == '-' || c == '\'')) {
                int i = skipSpace(s, sp);
                int end = -1;
                while (i < s.length()) {
                    int j = s.indexOf(' ', i);
                    String tok = j < 0 ? s.substring(i) : s.substring(i, j);
                    String bare = tok.endsWith(",") ? tok.substring(0, tok.length() - 1) : tok;
                    if (!NameParser.isInitial(bare)) break;
                    end = i + bare.length();
                    if (j < 0 || tok.endsWith(",")) break;
                    i = skipSpace(s, j);
                }
                if (end > 0 && NameParser.givenInitialFamily(s.substring(end))) return -1;
                if (end > 0) {
                    // more names after a comma: Иванов И.И., Петров П.П.
                    int k = end;
                    while (k < s.length() && s.charAt(k) == ',') {
                        int n = plainAuthorEnd(s, skipSpace(s, k + 1));
                        if (n < 0) break;
                        k = n;
                    }
                    return k;
                }
            }
        }
        return strictAuthorEndWithCoauthors(s, pos);
    }

    /** A family-first block ({@link #strictAuthorEnd}) with the co-authors after it, in reading order and after a joining word; its end, or -1. */
    private static int strictAuthorEndWithCoauthors(String s, int pos) {
        int limit = Math.min(s.length(), pos + 300);
        int first = strictAuthorEnd(s, pos, limit);
        if (first < 0) {
            // Family, Given, and Given Family. / Family, Given, Given Family in Given Family. (full given names, co-authors in reading order)
            Matcher full = FULL_GIVEN_COAUTHORS.matcher(s.substring(pos, limit));
            return full.lookingAt() ? pos + full.end() : -1;
        }
        // "Konoreva, I.A., and Igor N. Selivanov." — the strict block may stop at "I.A.,"; look for "and",
        // after any co-authors in reading order between ("Budylina, M. V., O. I. Braitseva, and A. M. Kharlamova.")
        int k = first;
        for (int names = 0; names < 8; names++) {
            String rest = s.substring(k, Math.min(limit, k + 120));
            Matcher and = AND_COAUTHOR.matcher(rest);
            if (and.find()) return k + and.end() - (and.end() < rest.length() ? 1 : 0);
            Matcher mid = MIDDLE_COAUTHOR.matcher(rest);
            if (!mid.find()) break;
            k += mid.end();
        }
        return first;
    }
}
