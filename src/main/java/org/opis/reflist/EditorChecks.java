package org.opis.reflist;

import de.undercouch.citeproc.csl.CSLItemData;
import de.undercouch.citeproc.csl.CSLName;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.opis.text.Regexes;

/**
 * Editors neither reading can have, checked on the content of the two readings after the chooser (a check of
 * {@link ChoiceChecks}' kind):
 * <ul>
 *   <li>the rules' editors that are the place after an edition statement ({@code 2d. ed. Seattle, 1992}, ABNT's
 *       {@code 9a. ed. RJ: Zahar, 2005}: the rules read {@code ed.} as "editor" and the words after it as the editor's
 *       name) where the tagger read no editor: the tagger's empty reading is taken;</li>
 *   <li>the tagger's editors that are the entry's authors named again after a slash (a catalogue's statement of
 *       responsibility, {@code Historical representation / F.R. Ankersmit.} after {@code Ankersmit, F. R.}): not taken.</li>
 * </ul>
 */
final class EditorChecks {
    private static final Pattern AFTER_EDITION = Pattern.compile(
            "(?iu)(?<![\\p{L}\\d])\\d{1,3}\\s*(?:st|nd|rd|th|d|a|ª|º|e)?\\.?\\s*(?:ed|edn|éd)\\.\\s+([\\p{L}][\\p{L}.'-]*)");

    private EditorChecks() {
    }

    static List<String> mend(List<String> take, String entry, CSLItemData rules, FieldChooser.Readings rd,
                             org.opis.reflist.tagger.Tagger.Tagged tagged) {
        List<String> out = take;
        if (!take.contains("editor") && rd.rules().get("editor") != null && rd.tagger().get("editor") == null
                && afterEdition(entry, rules.getEditor())) {
            out = new ArrayList<>(take);
            out.add("editor");
        }
        if (take.contains("editor") && rd.tagger().get("editor") != null) {
            CSLItemData t = tagged.item("x");
            CSLName[] authors = take.contains("author") ? t.getAuthor() : rules.getAuthor();
            if (repeated(t.getEditor(), authors) && afterSlash(entry, t.getEditor())) {
                if (out == take) out = new ArrayList<>(take);
                out.remove("editor");
            }
        }
        return out;
    }

    /** Whether the first editor's first word stands right after an edition statement ({@code 2d. ed. Seattle}). */
    private static boolean afterEdition(String entry, CSLName[] editors) {
        if (editors == null || editors.length == 0) return false;
        String first = first(editors[0]);
        if (first == null) return false;
        for (Matcher m = AFTER_EDITION.matcher(entry); m.find(); ) {
            if (key(m.group(1)).equals(first)) return true;
        }
        return false;
    }

    /** The comparable first word of a name as the entry writes it (given names first when the name has them). */
    private static String first(CSLName n) {
        String s = n.getGiven() != null && !n.getGiven().isBlank() ? n.getGiven() : n.getFamily() != null ? n.getFamily() : n.getLiteral();
        if (s == null || s.isBlank()) return null;
        return key(Regexes.split(s.strip(), "[\\s]+")[0]);
    }

    private static String key(String w) {
        return org.opis.reflist.tagger.Evaluation.comparableText(w);
    }

    /**
     * Whether every editor's family name stands after a slash, the mark of a catalogue's (or GOST's) statement of
     * responsibility ({@code Title / F.R. Ankersmit.}), and once more before it: the same person named again, not an
     * author who also edited the container ({@code James N. Rosenau, "…," in Rosenau, ed., …}).
     */
    private static boolean afterSlash(String entry, CSLName[] editors) {
        int slash = entry.indexOf(" / ");
        if (slash < 0) return false;
        String before = key(entry.substring(0, slash));
        String after = key(entry.substring(slash));
        for (CSLName e : editors) {
            String fam = key(e.getFamily() != null ? e.getFamily() : e.getLiteral() == null ? "" : e.getLiteral());
            if (fam.isEmpty() || !after.contains(fam) || !before.contains(fam)) return false;
        }
        return true;
    }

    /** Whether every editor's family name is a word of the authors' names. */
    static boolean repeated(CSLName[] editors, CSLName[] authors) {
        if (editors == null || editors.length == 0 || authors == null || authors.length == 0) return false;
        Set<String> words = new HashSet<>();
        for (CSLName a : authors) {
            for (String part : new String[]{a.getFamily(), a.getGiven(), a.getLiteral()}) {
                if (part == null) continue;
                for (String w : Regexes.split(part, "[\\s.]+")) if (!key(w).isEmpty()) words.add(key(w));
            }
        }
        for (CSLName e : editors) {
            String fam = e.getFamily() != null ? e.getFamily() : e.getLiteral();
            if (fam == null || key(fam).length() < 2 || !words.contains(key(fam))) return false;
        }
        return true;
    }
}
