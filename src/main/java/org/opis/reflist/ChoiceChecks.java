package org.opis.reflist;

import de.undercouch.citeproc.csl.CSLItemData;
import de.undercouch.citeproc.csl.CSLName;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.opis.text.Regexes;

/**
 * What the field chooser may not undo, checked on the content of the two readings after it chose:
 * each check takes a field back from the tagger where its reading cannot be the right one.
 * <ul>
 *   <li>names the rules took from outside the entry (a ditto mark repeats the names above; the
 *       tagger reads only the entry's own text, where those names are not);</li>
 *   <li>a page the rules read as the pinpoint of a note-form citation ({@code (1998): 170});</li>
 *   <li>a value that would put the same words in two fields: the tagger's value holds all of a
 *       field the rules read apart and that stays theirs (a title swallowing its genre,
 *       {@code Avtoreferat}), or lies inside one;</li>
 *   <li>a date the rules read more fully: the tagger's year (and month) with the month or day the rules read too.</li>
 * </ul>
 * Two more look at the raw values ({@link #shapes}): a tagger's title (container, series, publisher) that ends inside
 * an open pair of quotes or guillemets ({@code Албания и «оттепель}) where the rules' value closes them.
 * It gives fields to the tagger where the rules' reading cannot be right: names holding characters no
 * name holds ({@link #brokenNames}), orphaned names, a date that is the access date.
 */
final class ChoiceChecks {
    private ChoiceChecks() {
    }

    /** The fields (scored names) still to be taken from the tagger after the checks. */
    static List<String> keep(List<String> take, String entry, CSLItemData rules, Map<String, String> extra, FieldChooser.Readings rd) {
        Map<String, String> r = rd.rules();
        Map<String, String> t = rd.tagger();
        String text = org.opis.reflist.tagger.Evaluation.comparableText(entry);
        List<String> out = new ArrayList<>();
        for (String f : take) {
            if (namesFromElsewhere(f, rules, text)) continue;
            if (f.equals("page") && extra.get("locator") != null && t.get("page") != null
                    && t.get("page").equals(org.opis.reflist.tagger.Evaluation.comparableText(extra.get("locator")))) continue;
            if (twice(f, take, r, t)) continue;
            // the rules' date holds the tagger's and more: a day or month more, or the range it opens ("(May/June 1996)")
            if (f.equals("issued") && r.get(f) != null && t.get(f) != null
                    && (r.get(f).startsWith(t.get(f) + "-") || r.get(f).startsWith(t.get(f) + "/"))) continue;
            out.add(f);
        }
        return out;
    }

    /**
     * Names the tagger read that the rules left empty and that the combined record would hold nowhere
     * else (their words were in a rules field the tagger's reading replaced, {@code Linenthal, Edward, and
     * Tom Engelhardt, eds. 1996. History Wars} read as one title) nor in the rules' note: taken from the tagger
     * rather than lost to the note.
     */
    static List<String> orphanedNames(List<String> take, FieldChooser.Readings rd, String rulesNote) {
        Map<String, String> r = rd.rules();
        Map<String, String> t = rd.tagger();
        List<String> out = new ArrayList<>(take);
        for (String f : NAMES) {
            if (out.contains(f) || r.get(f) != null || t.get(f) == null) continue;
            StringBuilder combined = new StringBuilder(org.opis.reflist.tagger.Evaluation.comparableText(rulesNote)).append('|');
            for (String g : FieldChooser.FIELDS) {
                String v = out.contains(g) ? t.get(g) : r.get(g);
                if (v != null) combined.append(v).append('|');
            }
            boolean anywhere = false;
            for (String name : t.get(f).split("\\|")) {
                String fam = name.contains(",") ? name.substring(0, name.indexOf(',')) : name;
                if (fam.length() >= 2 && combined.indexOf(fam) >= 0) anywhere = true;
            }
            if (!anywhere) out.add(f);
        }
        return out;
    }

    /**
     * The rules' date that is the date the tagger read as the access date ({@code … April 18, 2018.
     * https://…} after {@code Lilla, Mark. 2016.}) is not the date of publication: the tagger's date is taken.
     */
    static List<String> accessedNotIssued(List<String> take, FieldChooser.Readings rd, org.opis.reflist.tagger.Tagger.Tagged tagged) {
        String r = rd.rules().get("issued");
        String t = rd.tagger().get("issued");
        if (take.contains("issued") || r == null || t == null || r.equals(t) || r.startsWith(t + "-")) return take;
        var acc = tagged.item("x").getAccessed();
        if (acc == null || acc.getDateParts() == null || acc.getDateParts().length == 0) return take;
        StringBuilder a = new StringBuilder();
        for (int p : acc.getDateParts()[0]) a.append(a.length() == 0 ? "" : "-").append(p);
        if (!r.equals(a.toString())) return take;
        List<String> out = new ArrayList<>(take);
        out.add("issued");
        return out;
    }

    /**
     * The tagger's date that holds the rules' date and more ({@code (Apr., 1985)}: the rules read 1985,
     * the tagger April 1985): the fuller date is taken, as the rules' fuller date is kept in {@link #keep}.
     */
    static List<String> fullerDate(List<String> take, FieldChooser.Readings rd) {
        String r = rd.rules().get("issued");
        String t = rd.tagger().get("issued");
        if (take.contains("issued") || r == null || t == null || !t.startsWith(r + "-")) return take;
        List<String> out = new ArrayList<>(take);
        out.add("issued");
        return out;
    }

    private static final List<String> QUOTED = List.of("title", "container-title", "collection-title", "publisher");

    /**
     * Fields given back to the rules by the shape of the raw values: a tagger's value ending inside a pair of
     * quotes or guillemets it opened (the rules' value of that field opens none it does not close).
     */
    static List<String> shapes(List<String> take, String entry, CSLItemData rules, FieldChooser.Readings rd, org.opis.reflist.tagger.Tagger.Tagged tagged) {
        if (take.isEmpty()) return take;
        CSLItemData t = tagged.item("x");
        List<String> out = new ArrayList<>(take);
        for (String f : QUOTED) {
            if (!out.contains(f)) continue;
            String tv = raw(t, f);
            String rv = raw(rules, f);
            if (tv != null && rv != null && open(tv) && !open(rv)) out.remove(f);
        }
        return out.size() == take.size() ? take : out;
    }

    /** A text field's value as read (title, container-title, collection-title, publisher, URL), or null. */
    static String raw(CSLItemData d, String f) {
        return switch (f) {
            case "title" -> d.getTitle();
            case "container-title" -> d.getContainerTitle();
            case "collection-title" -> d.getCollectionTitle();
            case "publisher" -> d.getPublisher();
            case "URL" -> d.getURL();
            default -> null;
        };
    }

    /** Whether the value opens a pair of guillemets or curly quotes it does not close. */
    private static boolean open(String v) {
        char[][] pairs = {{'\u00AB', '\u00BB'}, v.indexOf('\u201E') >= 0 ? new char[]{'\u201E', '\u201C'} : new char[]{'\u201C', '\u201D'}};
        for (char[] p : pairs) {
            int depth = 0;
            for (int i = 0; i < v.length(); i++) {
                char c = v.charAt(i);
                if (c == p[0]) depth++;
                else if (c == p[1] && depth > 0) depth--;
            }
            if (depth > 0) return true;
        }
        return false;
    }

    /**
     * A field taken from the tagger whose rules' value is the tagger's value followed by the whole of another tagger field
     * the rules left empty ({@code *Vepra. Sv. 8*}: the rules' title {@code Vepra. Sv. 8}, the tagger's title
     * {@code Vepra} and volume {@code 8}), or whose rules' value is the whole of such a field (the rules' title {@code The
     * Archaeology of Gender} is the tagger's container of {@code …, in D. Walde and N. Willows (eds) _The Archaeology of
     * Gender_}): that other field is taken too, or its words would be read nowhere but the note.
     */
    static List<String> splitOff(List<String> take, FieldChooser.Readings rd) {
        Map<String, String> r = rd.rules();
        Map<String, String> t = rd.tagger();
        List<String> out = take;
        for (String f : take) {
            String rv = r.get(f);
            String tv = t.get(f);
            // the split-off words trail the value ("8 Nëntori Publishing House" is one publisher, not volume 8)
            if (rv == null || tv == null || rv.equals(tv)) continue;
            String rest = tv.length() >= 2 && rv.startsWith(tv) ? rv.substring(tv.length()) : null;
            for (var e : t.entrySet()) {
                String g = e.getKey();
                if (g.equals(f) || out.contains(g) || r.get(g) != null || NAMES.contains(g)) continue;
                // split off (the rest of the value), or moved whole (the rules' title is the tagger's container)
                if (!(rest != null && rest.contains(e.getValue()) || rv.equals(e.getValue()))) continue;
                if (out == take) out = new ArrayList<>(take);
                out.add(g);
            }
        }
        return out;
    }

    /**
     * A field the tagger's reading empties whose rules' value the tagger read whole, without being sure of it (confidence
     * below 0.9), as another field the chooser left to the rules (their empty value): the value would be read nowhere but the note
     * ({@code *Pravda* (Moscow), 8 July 1977.}: the rules' container {@code Pravda}, the tagger's title {@code Pravda}), so
     * the field stays the rules'.
     */
    static List<String> movedAway(List<String> take, FieldChooser.Readings rd, org.opis.reflist.tagger.Tagger.Tagged tagged) {
        Map<String, String> r = rd.rules();
        Map<String, String> t = rd.tagger();
        List<String> out = take;
        for (String f : take) {
            String rv = r.get(f);
            if (rv == null || t.get(f) != null || NAMES.contains(f)) continue;
            for (var e : t.entrySet()) {
                String g = e.getKey();
                if (g.equals(f) || take.contains(g) || r.get(g) != null || !rv.equals(e.getValue()) || sure(tagged, g)) continue;
                if (out == take) out = new ArrayList<>(take);
                out.remove(f);
                break;
            }
        }
        return out;
    }

    /** Whether the tagger is sure (confidence at least 0.9) of every span it read as this field. */
    private static boolean sure(org.opis.reflist.tagger.Tagger.Tagged tagged, String field) {
        boolean any = false;
        for (org.opis.reflist.tagger.Field x : tagged.fields()) {
            if (!x.label().field().equals(field)) continue;
            any = true;
            if (x.confidence() < 0.9) return false;
        }
        return any;
    }

    /**
     * A title the tagger left empty where the rules read one whose words no field of the tagger holds and that the entry
     * sets apart whole, in italics or quotes ({@code *Digital Archive: International History Declassified*} left
     * unlabelled): taking the empty title would lose it, so it stays the rules'. (A short form's words the rules read as
     * a title, {@code Nietzel 2009, S. 561}, are set apart by nothing: the tagger's reading stands.)
     */
    static List<String> lostTitle(List<String> take, String entry, FieldChooser.Readings rd) {
        String rv = rd.rules().get("title");
        if (!take.contains("title") || rd.tagger().get("title") != null || rv == null
                || FieldChooser.covered(rv, rd.tagger().values())) return take;
        boolean apart = false;
        for (java.util.regex.Matcher m = SET_APART.matcher(entry); m.find() && !apart; ) {
            for (int g = 1; g <= m.groupCount(); g++) {
                if (m.group(g) != null && org.opis.reflist.tagger.Evaluation.comparableText(m.group(g)).equals(rv)) apart = true;
            }
        }
        if (!apart) return take;
        List<String> out = new ArrayList<>(take);
        out.remove("title");
        return out;
    }

    private static final java.util.regex.Pattern SET_APART = java.util.regex.Pattern.compile(
            "\\*([^*]+)\\*|(?<![\\p{L}\\d])_([^_]+)_(?![\\p{L}\\d])|<i>(.+?)</i>|\u201C([^\u201D]+)\u201D|\"([^\"]+)\"|\u00AB([^\u00BB]+)\u00BB");

    /**
     * A title the tagger read without a letter ({@code 1912–1944} of {@code История Албании. Т. 2 (1912–1944)}) is not a
     * title when the rules read one with letters: the rules' title stays, and so do the rules' names where the tagger's
     * names of that role are words of that title (the title read as an author).
     */
    static List<String> letterlessTitle(List<String> take, CSLItemData rules, FieldChooser.Readings rd) {
        String tv = rd.tagger().get("title");
        String rv = rd.rules().get("title");
        if (!take.contains("title") || tv == null || rv == null || tv.codePoints().anyMatch(Character::isLetter)
                || rv.codePoints().noneMatch(Character::isLetter)) return take;
        List<String> out = new ArrayList<>(take);
        out.remove("title");
        for (String f : NAMES) {
            String names = rd.tagger().get(f);
            if (!out.contains(f) || names == null) continue;
            boolean inTitle = true;
            for (String part : Regexes.split(names, "[|,]")) if (!part.isEmpty() && !rv.contains(part)) inTitle = false;
            if (inTitle) out.remove(f);
        }
        return out;
    }

    /**
     * A place of publication the rules read and the tagger left unlabelled ({@code … : 07.00.03. Тирана, 2001.}) stays the
     * rules' when it has the shape of a place: capitalised words of letters (three or more), none a month
     * ({@code Sep., 1980}) or an abbreviation ({@code n.p.}), standing in the entry just before a comma or colon.
     */
    static List<String> unlabelledPlace(List<String> take, String entry, CSLItemData rules, FieldChooser.Readings rd, org.opis.reflist.tagger.Tagger.Tagged tagged) {
        String place = rules.getPublisherPlace();
        if (!take.contains("publisher-place") || rd.tagger().get("publisher-place") != null || place == null) return take;
        if (!PLACE.matcher(place).matches()) return take;
        for (String w : Regexes.split(place, "[\\s-]+")) if (org.opis.lexicon.Months.words().containsKey(w.toLowerCase(java.util.Locale.ROOT))) return take;
        var toks = tagged.tokens();
        for (int i = 0; i < toks.size(); i++) {
            if (!entry.startsWith(place, toks.get(i).start())) continue;
            int end = toks.get(i).start() + place.length();
            int j = i;
            boolean other = true;
            while (j < toks.size() && toks.get(j).start() < end) {
                if (tagged.label(j) != org.opis.reflist.tagger.Label.OTHER) other = false;
                j++;
            }
            if (other && j < toks.size() && (toks.get(j).text().equals(",") || toks.get(j).text().equals(":"))) {
                List<String> out = new ArrayList<>(take);
                out.remove("publisher-place");
                return out;
            }
        }
        return take;
    }

    private static final java.util.regex.Pattern PLACE = java.util.regex.Pattern.compile("\\p{Lu}\\p{L}{2,}(?:[\\s-]\\p{Lu}\\p{L}+){0,2}");

    /** Characters no personal or corporate name holds: a colon, quotes, guillemets, digits, an asterisk. */
    private static final java.util.regex.Pattern NOT_IN_A_NAME = java.util.regex.Pattern.compile("[\\d\"“”«»:*]");

    /**
     * Names the rules read with characters no name holds ({@code Gould, Cecil: Michelangelo. Battle …}
     * read as the given name "Cecil: Michelangelo") where the tagger's names of that role hold none:
     * the tagger's names are taken.
     */
    static List<String> brokenNames(List<String> take, CSLItemData rules, org.opis.reflist.tagger.Tagger.Tagged tagged) {
        CSLItemData t = null;
        List<String> out = take;
        for (String f : NAMES) {
            if (take.contains(f) || !broken(names(rules, f))) continue;
            if (t == null) t = tagged.item("x");
            CSLName[] tn = names(t, f);
            if (tn == null || tn.length == 0 || broken(tn)) continue;
            if (out == take) out = new ArrayList<>(take);
            out.add(f);
        }
        return out;
    }

    private static CSLName[] names(CSLItemData d, String f) {
        return switch (f) {
            case "author" -> d.getAuthor();
            case "editor" -> d.getEditor();
            case "translator" -> d.getTranslator();
            default -> null;
        };
    }

    private static boolean broken(CSLName[] names) {
        if (names == null) return false;
        for (CSLName n : names) {
            for (String part : new String[]{n.getFamily(), n.getGiven(), n.getLiteral()}) {
                if (part != null && NOT_IN_A_NAME.matcher(part).find()) return true;
            }
        }
        return false;
    }

    private static boolean namesFromElsewhere(String f, CSLItemData rules, String text) {
        CSLName[] names = switch (f) {
            case "author" -> rules.getAuthor();
            case "editor" -> rules.getEditor();
            case "translator" -> rules.getTranslator();
            default -> null;
        };
        if (names == null) return false;
        for (CSLName n : names) {
            String fam = n.getFamily() != null ? n.getFamily() : n.getLiteral();
            if (fam == null) continue;
            String k = org.opis.reflist.tagger.Evaluation.comparableText(fam);
            if (!k.isEmpty() && !text.contains(k)) return true;
        }
        return false;
    }

    private static boolean twice(String f, List<String> take, Map<String, String> r, Map<String, String> t) {
        String tv = t.get(f);
        if (tv == null || tv.length() < 3) return false;
        for (var e : r.entrySet()) {
            if (e.getKey().equals(f) || take.contains(e.getKey())) continue;
            String rv = e.getValue();
            if (rv.length() < 3 || NAMES.contains(e.getKey()) || e.getKey().equals("issued")) continue;
            if (tv.contains(rv) || rv.contains(tv)) return true;
        }
        return false;
    }

    static final List<String> NAMES = List.of("author", "editor", "translator");
}
