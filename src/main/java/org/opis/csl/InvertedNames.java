package org.opis.csl;

import de.undercouch.citeproc.csl.CSLItemData;
import de.undercouch.citeproc.csl.CSLName;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Names printed in sort order ({@code name-as-sort-order}) with particles or a suffix, which
 * citeproc-java 3.5 prints as {@code de Tocqueville, Alexis}, {@code von Hagen, Mark} and
 * {@code Schlesinger Jr., Arthur M.} whatever the style asks for. CSL 1.0.2, "Name-part Order"
 * (Latin and Cyrillic names):
 * <ul>
 *   <li>{@code demote-non-dropping-particle="display-and-sort"} (the default):
 *   {@code family, given dropping-particle non-dropping-particle, suffix} — {@code Hagen, Mark von},
 *   {@code Tocqueville, Alexis de}, {@code Schlesinger, Arthur M., Jr.};</li>
 *   <li>{@code never} or {@code sort-only}: {@code non-dropping-particle family, given dropping-particle, suffix}
 *   — APA's {@code von Hagen, M.}, {@code Tocqueville, A. de}, {@code Schlesinger, A. M., Jr.}.</li>
 * </ul>
 * The suffix follows the sort separator. Display order and short forms citeproc-java gets right
 * ({@code Arthur M. Schlesinger Jr.}, {@code (de Gaulle 1954)}), so opis rewrites only the printed sort-order
 * form of the item's own names: the wrong head ({@code de Tocqueville, }) followed by the given name as
 * printed (in full, or initialized with one of the style's {@code initialize-with} strings).
 */
final class InvertedNames {

    private final boolean demote;
    private final List<String> separators;
    private final List<String> initializeWith;
    /** Whether the style puts a period after a name list (GOST: {@code <text macro="author" suffix=". "/>}). */
    private final boolean periodAfterNames;

    private InvertedNames(boolean demote, List<String> separators, List<String> initializeWith, boolean periodAfterNames) {
        this.demote = demote;
        this.separators = separators;
        this.initializeWith = initializeWith;
        this.periodAfterNames = periodAfterNames;
    }

    private static final Pattern DEMOTE = Pattern.compile("demote-non-dropping-particle=\"([^\"]*)\"");
    private static final Pattern SEPARATOR = Pattern.compile("sort-separator=\"([^\"]*)\"");
    private static final Pattern INITIALIZE = Pattern.compile("initialize-with=\"([^\"]*)\"");

    /** The rules of this style (its XML). */
    static InvertedNames of(String xml) {
        Matcher d = DEMOTE.matcher(xml);
        boolean demote = !d.find() || d.group(1).equals("display-and-sort");
        Set<String> seps = new LinkedHashSet<>();
        Matcher s = SEPARATOR.matcher(xml);
        while (s.find()) if (!s.group(1).isEmpty()) seps.add(unescape(s.group(1)));
        seps.add(", ");
        Set<String> inits = new LinkedHashSet<>();
        Matcher i = INITIALIZE.matcher(xml);
        while (i.find()) inits.add(unescape(i.group(1)));
        return new InvertedNames(demote, new ArrayList<>(seps), new ArrayList<>(inits), periodAfterNames(xml));
    }

    private static final Pattern MACRO = Pattern.compile("(?s)<macro\\b[^>]*\\bname=\"([^\"]*)\"[^>]*>(.*?)</macro>");

    /** A {@code names} element, or a call of a macro that prints one, whose suffix begins with a period. */
    static boolean periodAfterNames(String xml) {
        if (Pattern.compile("<names\\b[^>]*\\bsuffix=\"\\.").matcher(xml).find()) return true;
        Matcher m = MACRO.matcher(xml);
        while (m.find()) {
            if (!m.group(2).contains("<names")) continue;
            if (Pattern.compile("<text\\b[^>]*\\bmacro=\"" + Pattern.quote(m.group(1)) + "\"[^>]*\\bsuffix=\"\\.").matcher(xml).find()
                    || Pattern.compile("<text\\b[^>]*\\bsuffix=\"\\.[^\"]*\"[^>]*\\bmacro=\"" + Pattern.quote(m.group(1)) + "\"").matcher(xml).find()) return true;
        }
        return false;
    }

    private static String unescape(String v) {
        return v.replace("&#160;", "\u00A0").replace("&amp;", "&");
    }

    /** The text with the item's sort-order names that have particles or a suffix put in CSL's order. */
    String repair(String text, CSLItemData d) {
        if (text == null || text.isEmpty() || d == null) return text;
        String out = text;
        for (CSLName[] names : nameVariables(d)) {
            if (names == null) continue;
            for (CSLName n : names) {
                if (n == null || n.getFamily() == null || n.getGiven() == null || n.getLiteral() != null) continue;
                String dp = blankToNull(n.getDroppingParticle());
                String ndp = blankToNull(n.getNonDroppingParticle());
                String suffix = blankToNull(n.getSuffix());
                if (dp == null && suffix == null && (ndp == null || !demote)) continue;
                out = repairOne(out, n.getFamily().strip(), n.getGiven().strip(), dp, ndp, suffix);
            }
        }
        return out;
    }

    private String repairOne(String text, String family, String given, String dp, String ndp, String suffix) {
        String head = (dp == null ? "" : dp + " ") + (ndp == null ? "" : ndp + " ") + family + (suffix == null ? "" : " " + suffix);
        List<String> givens = givenForms(given);
        String out = text;
        for (String sep : separators) {
            int from = 0;
            while (true) {
                int at = out.indexOf(head + sep, from);
                if (at < 0) break;
                from = at + 1;
                if (at > 0 && Character.isLetter(out.codePointBefore(at))) continue;
                int g = at + head.length() + sep.length();
                String printed = null;
                for (String form : givens) {
                    if (out.startsWith(form, g) && (g + form.length() == out.length() || !Character.isLetter(out.codePointAt(g + form.length())))) {
                        printed = form;
                        break;
                    }
                }
                if (printed == null) continue;
                StringBuilder right = new StringBuilder();
                if (ndp != null && !demote) right.append(ndp).append(' ');
                right.append(family).append(sep).append(printed);
                // an initialized given name ending in its period keeps it before the particle
                if (dp != null) right.append(' ').append(dp);
                if (ndp != null && demote) right.append(' ').append(ndp);
                if (suffix != null) right.append(sep).append(suffix);
                // the period after the names that citeproc-java merged into the initial's ("van Dijk R." + ". "):
                // once the particle ends the name it is printed again ("Dijk R. van. Encyclopedia"; CSL 1.0.2
                // "Affixes" and "Punctuation": only a doubled period is collapsed)
                int end = g + printed.length();
                boolean moved = (dp != null || (ndp != null && demote)) && suffix == null;
                if (moved && periodAfterNames && printed.endsWith(".")
                        && (end == out.length() || (Character.isWhitespace(out.charAt(end)) && end + 1 < out.length()
                        && Character.isLetterOrDigit(out.codePointAt(end + 1))))) right.append('.');
                out = out.substring(0, at) + right + out.substring(g + printed.length());
                from = at + right.length();
            }
        }
        return out;
    }

    /** The given name as a style may print it: in full, or initialized with each of its {@code initialize-with} strings; longest first. */
    private List<String> givenForms(String given) {
        Set<String> forms = new LinkedHashSet<>();
        forms.add(given);
        for (String with : initializeWith) {
            for (boolean hyphen : new boolean[]{true, false}) forms.add(initials(given, with, hyphen));
        }
        List<String> out = new ArrayList<>(forms);
        out.removeIf(String::isEmpty);
        out.sort(Comparator.comparingInt(String::length).reversed());
        return out;
    }

    /** {@code Arthur M.} with {@code ". "} → {@code A. M.}; {@code Jean-Paul} → {@code J.-P.} (CSL "Initialize-with", "Hyphenation of Initialized Names"). */
    static String initials(String given, String with, boolean hyphen) {
        String trimmed = with.stripTrailing();
        List<String> words = new ArrayList<>();
        for (String w : given.strip().split("\\s+")) {
            List<String> pieces = new ArrayList<>();
            for (String p : w.split("-")) {
                if (p.isEmpty() || !Character.isLetter(p.codePointAt(0))) continue;
                pieces.add(new String(Character.toChars(p.codePointAt(0))) + trimmed);
            }
            if (!pieces.isEmpty()) words.add(String.join(hyphen ? "-" : "", pieces));
        }
        return String.join(with.endsWith(" ") || with.endsWith("\u00A0") ? with.substring(trimmed.length()) : "", words).strip();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static List<CSLName[]> nameVariables(CSLItemData d) {
        List<CSLName[]> out = new ArrayList<>();
        out.add(d.getAuthor());
        out.add(d.getEditor());
        out.add(d.getTranslator());
        out.add(d.getContainerAuthor());
        out.add(d.getCollectionEditor());
        out.add(d.getEditorialDirector());
        out.add(d.getCompiler());
        out.add(d.getComposer());
        out.add(d.getDirector());
        out.add(d.getInterviewer());
        out.add(d.getIllustrator());
        out.add(d.getOriginalAuthor());
        out.add(d.getRecipient());
        out.add(d.getReviewedAuthor());
        out.add(d.getContributor());
        out.add(d.getCurator());
        out.add(d.getChair());
        out.add(d.getOrganizer());
        out.add(d.getPerformer());
        out.add(d.getProducer());
        out.add(d.getHost());
        out.add(d.getGuest());
        out.add(d.getNarrator());
        out.add(d.getScriptWriter());
        out.add(d.getSeriesCreator());
        out.add(d.getExecutiveProducer());
        return out;
    }
}
