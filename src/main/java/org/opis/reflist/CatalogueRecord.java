package org.opis.reflist;

import de.undercouch.citeproc.csl.CSLName;
import org.opis.names.NameList;
import org.opis.names.NameParser;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.opis.text.Regexes;

/**
 * A library catalogue record in ISBD order, as acquisition lists and catalogue exports print it:
 * an optional call number and holding location ({@code D13 .A637 2001  Zuhl Library}), an optional
 * heading ({@code Ankersmit, F. R.}, {@code Gilbert, Felix, 1905-}), the title and its other title
 * information ({@code Historical thinking : charting the future}), the statement of responsibility after
 * {@code " / "} ({@code / edited by Colin Jones and Dror Wahrman ; translated by …}) and the imprint
 * {@code Place : Publisher, c2001.} closing the record. Read only when the record has all of: a title
 * before {@code " / "}, a statement whose first part is personal names or a role phrase of the data
 * ({@code catalogue-roles.tsv}), and the imprint at the end; a heading is taken only when its family name
 * comes back in the statement or life dates follow it. One concern, content-based.
 */
final class CatalogueRecord {

    private CatalogueRecord() {}

    /** Role phrases opening a part of the statement of responsibility (lower case) → role; "-" for a part that names no field. */
    private static final Map<String, String> ROLES = CatalogueRoles.ROLES;
    /** Words after the library's name in a holding location ({@code Zuhl Library - Reference - Non-circulating}). */
    private static final List<String> LOCATION_WORDS = Data.lines("catalogue-locations.txt");

    /** A Library of Congress call number: class letters and number, then cutters, dates, volume marks. */
    private static final Pattern CALL = Pattern.compile("^[A-Z]{1,3} ?\\d{1,4}(?:\\.\\d+)?(?: ?\\.? ?(?:[A-Z]{1,3}\\d[\\w.]*|\\d[\\w.]*|no\\.\\d+)){0,6}\\s+");
    private static final Pattern LOCATION = Pattern.compile("^((?:\\p{Lu}\\p{Ll}+\\s){1,3}Library)");
    /** The heading: family name (one to three capitalised words), given names, optional fuller form and life dates. */
    private static final Pattern HEADING = Pattern.compile(
            "^(\\p{Lu}[\\p{L}'’-]+(?: \\p{Lu}[\\p{L}'’-]+){0,2}), "
                    + "((?:\\p{Lu}[\\p{Ll}'’-]+ ){0,2}(?:\\p{Lu}\\.(?: ?\\p{Lu}\\.)*|\\p{Lu}[\\p{Ll}'’-]+))"
                    + "(?: \\([^()]{2,40}\\))?"
                    + "(?:, (\\d{4}(?: [A-Z][a-z]{2}\\.(?: \\d{1,2})?)?-(?:\\d{4})?\\.?)|\\.)? ");
    /** A name written family first with initials and no comma (GOST, Vancouver): such a record is left to the other rules. */
    private static final Pattern INITIALS_FIRST = Pattern.compile("^\\p{Lu}[\\p{L}'’-]+ (?:\\p{Lu}\\.\\s?){1,3}");
    /** A volume or edition statement in the title area ({@code Т. 2}, {@code 3-е изд.}, {@code 2nd ed.}): such a record is left to the rules that read them. */
    private static final Pattern VOLUME_OR_EDITION = Pattern.compile(
            "(?:^|[.\\s])(?:[ТтVv]ol\\.|Т\\.|т\\.|Bd\\.|Vol\\.)\\s?\\d|\\d-?е\\s?изд|\\b\\d+(?:st|nd|rd|th)\\s(?:rev\\.\\s)?ed\\.");
    /** The imprint closing the record: places, a colon, publishers, the year (with c, brackets or a second date). */
    private static final Pattern IMPRINT = Pattern.compile(
            "^([\\[\\p{L}][^:]{1,80}?) : (.+?),? \\[?c?(1[5-9]\\d\\d|20\\d\\d)\\]?(?:, c\\d{4}|-<?\\d{4} ?>?)?\\.?$");
    private static final Pattern BARE_YEAR = Pattern.compile("^\\[?c?(1[5-9]\\d\\d|20\\d\\d)\\]?\\.?$");
    private static final Pattern CAPITALISED_NEXT = Pattern.compile("\\.\\s\\p{Lu}");
    private static final Pattern GMD = Pattern.compile("\\s\\[(?:videorecording|sound recording|microform|electronic resource|map)\\]",
            Pattern.CASE_INSENSITIVE);

    /** Reads {@code text} (the entry, markup cleaned) into {@code d} when it is such a record; returns whether it did. */
    static boolean read(String text, Draft d) {
        String t = Regexes.replaceAll(text.strip(), "\\s+", " ");
        String call = null;
        String location = null;
        Matcher cm = CALL.matcher(t);
        if (cm.lookingAt()) {
            Matcher lm = LOCATION.matcher(t.substring(cm.end()));
            if (lm.lookingAt()) {
                call = t.substring(0, cm.end()).strip();
                int at = cm.end() + lm.end();
                String loc = lm.group(1);
                boolean more = true;
                while (more) {
                    more = false;
                    for (String w : LOCATION_WORDS) {
                        if (t.startsWith(" - " + w, at)) {
                            loc += " - " + w;
                            at += 3 + w.length();
                            more = true;
                        }
                    }
                }
                location = loc;
                t = t.substring(at).strip();
            }
        }
        int slash = t.indexOf(" / ");
        if (slash < 3) return false;
        String head = t.substring(0, slash);
        String after = t.substring(slash + 3);
        // the statement ends where the imprint begins: the first ". " whose rest reads as an imprint
        String statement = null;
        Matcher imprint = null;
        for (int i = after.indexOf(". "); i >= 0; i = after.indexOf(". ", i + 1)) {
            String rest = after.substring(i + 2);
            Matcher im = IMPRINT.matcher(rest);
            if (im.matches() && !CAPITALISED_NEXT.matcher(im.group(1)).find()) {
                statement = after.substring(0, i);
                imprint = im;
                break;
            }
            Matcher by = BARE_YEAR.matcher(rest);
            if (by.matches()) {
                statement = after.substring(0, i);
                imprint = by;
                break;
            }
        }
        if (statement == null) return false;
        String[] parts = Regexes.split(statement, " ; ");
        // the heading, when the family comes back in the statement or life dates follow it
        List<CSLName> heading = List.of();
        String title = head;
        Matcher hm = HEADING.matcher(head);
        if (hm.lookingAt() && hm.end() < head.length()) {
            boolean back = statement.contains(hm.group(1)) || statement.contains(Regexes.replaceAll(hm.group(1), ".* ", ""));
            if (back || hm.group(3) != null) {
                heading = List.of(NameParser.parseList(hm.group(1) + ", " + hm.group(2).strip()).names().get(0));
                title = head.substring(hm.end());
            }
        }
        if (heading.isEmpty() && INITIALS_FIRST.matcher(head).lookingAt()) return false;
        if (VOLUME_OR_EDITION.matcher(title).find()) return false;
        title = GMD.matcher(title).replaceAll("").strip();
        if (title.endsWith(".")) title = title.substring(0, title.length() - 1);
        if (title.length() < 2) return false;
        d.title = title;
        d.authors.addAll(heading);
        for (int p = 0; p < parts.length; p++) names(parts[p], p == 0, d);
        if (imprint.groupCount() >= 2) {
            d.place = imprint.group(1).strip();
            String pub = imprint.group(2).strip();
            Matcher second = Regexes.of(" ; \\p{L}[^;:]{1,40} : ").matcher(pub);
            if (second.find()) pub = pub.substring(0, second.start());
            d.publisher = pub;
            d.issued = new int[][] {{Integer.parseInt(imprint.group(3))}};
        } else {
            d.issued = new int[][] {{Integer.parseInt(imprint.group(1))}};
        }
        if (call != null) d.callNumber = call;
        if (location != null) d.notes.add(location);
        return true;
    }

    private static boolean personalNames(String s) {
        String bare = Regexes.replaceAll(Regexes.replaceAll(Regexes.replaceAll(s, "\\s*\\.\\.\\. \\[et al\\.\\]", ""), "\\s*\\[[a-z]+\\]", ""), ",? Jr\\.?(?=,| and|$)", "");
        for (String n : Regexes.split(bare, ",? and |, | & ")) {
            String[] w = n.strip().split(" ");
            if (w.length < 2 || w.length > 5) return false;
            for (String x : w) {
                if (!(Character.isUpperCase(x.codePointAt(0)) || NAME_PARTICLES.contains(x) || x.equals("Jr.") || x.equals("Jr"))) return false;
            }
        }
        return true;
    }

    private static final java.util.Set<String> NAME_PARTICLES = java.util.Set.of("von", "van", "de", "der", "den", "da", "di", "du", "la", "le");

    /** The role of a statement part from its opening phrase, or null. */
    private static String role(String p) {
        String lower = p.toLowerCase(Locale.ROOT);
        for (Map.Entry<String, String> e : ROLES.entrySet()) {
            if (lower.startsWith(e.getKey() + " ")) return e.getValue();
        }
        return null;
    }

    private static String strip(String part) {
        String p = part.strip();
        if (p.startsWith("[") && p.endsWith("]")) p = p.substring(1, p.length() - 1);
        return p;
    }

    /** Adds the names of one statement part to {@code d} in their role; the heading's person is not added twice. */
    private static void names(String part, boolean first, Draft d) {
        String p = strip(part);
        String role = role(p);
        String names;
        if (role != null) {
            if (role.equals("-")) return;
            String lower = p.toLowerCase(Locale.ROOT);
            int by = lower.indexOf(" by ");
            names = by >= 0 ? p.substring(by + 4) : p.substring(p.indexOf(' ') + 1);
            for (Map.Entry<String, String> e : ROLES.entrySet()) {
                if (lower.startsWith(e.getKey() + " ") && by < 0) names = p.substring(e.getKey().length() + 1);
            }
        } else {
            if (!first) return;
            role = "author";
            names = Regexes.replaceFirst(p, "^by ", "");
        }
        if (names.contains("[editor]")) role = "editor";
        names = Regexes.replaceAll(Regexes.replaceAll(Regexes.replaceAll(names, "\\s*\\.\\.\\. \\[et al\\.\\]", ""), "\\s*\\[[a-z]+\\]", ""),
                ",? Jr\\.?(?=,| and|$)", "").strip();
        if (!personalNames(names)) return;
        NameList nl = NameParser.parseList(names.replace(" & ", " and "));
        List<CSLName> to = switch (role) {
            case "editor" -> d.editors;
            case "translator" -> d.translators;
            default -> d.authors;
        };
        for (CSLName n : nl.names()) {
            if (n.getFamily() == null) continue;
            boolean known = d.authors.stream().anyMatch(a -> n.getFamily().equals(a.getFamily()) || words(a).equals(words(n)));
            if (!known) to.add(n);
        }
    }

    /** The words of a name in any order ({@code Hua, Cai} and {@code Cai Hua} are one person). */
    private static java.util.Set<String> words(CSLName n) {
        java.util.Set<String> w = new java.util.TreeSet<>();
        for (String part : new String[] {n.getFamily(), n.getGiven()}) {
            if (part != null) for (String x : Regexes.split(part, "[\\s.]+")) if (!x.isEmpty()) w.add(x);
        }
        return w;
    }
}
