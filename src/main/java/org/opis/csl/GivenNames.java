package org.opis.csl;

import de.undercouch.citeproc.csl.CSLItemData;
import de.undercouch.citeproc.csl.CSLName;
import de.undercouch.citeproc.csl.CSLNameBuilder;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Given-name disambiguation (CSL 1.0.2, "Disambiguation", step 2, {@code disambiguate-add-givenname}),
 * which citeproc-java 3.5 does not do: two authors who share a surname and a year printed
 * {@code Burlatskii 1919a} / {@code Burlatskii 1919b}, where the style asks for
 * {@code B. Burlatskii 1919} / {@code N. Burlatskii 1919}.
 *
 * <p>Among cites that would print alike, a name is expanded where the works' names at that place
 * share a family name but not the given name: first to initials (when the citation's short name
 * has {@code initialize-with}), then, unless the rule ends in {@code -with-initials} or the initials
 * already tell the names apart, to the full given name. The {@code primary-name} rules expand only
 * the first name; {@code all-names} and {@code by-cite} (the default) any name. Cites whose expanded
 * names still agree (one author's two works of one year) are left to the year suffix. The expanded
 * name is handed to citeproc-java as a literal name, for citations only.
 */
final class GivenNames {

    private static final Pattern CITATION = Pattern.compile("(?s)<citation\\b([^>]*)>");
    private static final Pattern SHORT_NAME = Pattern.compile("<name\\b[^>]*\\bform=\"short\"[^>]*>");
    private static final Pattern INITIALIZE_WITH = Pattern.compile("\\binitialize-with=\"([^\"]*)\"");

    private final String rule;
    private final String initializeWith;

    private GivenNames(String rule, String initializeWith) {
        this.rule = rule;
        this.initializeWith = initializeWith;
    }

    /** The style's given-name disambiguation, when its citation asks for it. */
    static java.util.Optional<GivenNames> of(String xml) {
        Matcher c = CITATION.matcher(xml);
        if (!c.find() || !c.group(1).contains("disambiguate-add-givenname=\"true\"")) return java.util.Optional.empty();
        Matcher r = Pattern.compile("givenname-disambiguation-rule=\"([^\"]*)\"").matcher(c.group(1));
        String rule = r.find() ? r.group(1) : "by-cite";
        String init = null;
        Matcher n = SHORT_NAME.matcher(xml);
        while (init == null && n.find()) {
            Matcher i = INITIALIZE_WITH.matcher(n.group());
            if (i.find()) init = i.group(1);
        }
        if (init == null) {
            Matcher i = INITIALIZE_WITH.matcher(c.group(1));
            if (i.find()) init = i.group(1);
        }
        return java.util.Optional.of(new GivenNames(rule, init));
    }

    /**
     * The expanded name lists, by item id (only items whose names were expanded): works that cite
     * alike ({@code citation} gives each work's plain citation) are compared name by name.
     *
     * @param variable the name variable each item's citation prints (author, else editor, …)
     */
    Map<String, CSLName[]> expand(List<String> order, Map<String, CSLItemData> items, Function<String, String> citation,
                                  Function<CSLItemData, java.util.Optional<String>> variable,
                                  java.util.function.BiFunction<CSLItemData, String, CSLName[]> names) {
        Map<String, List<String>> groups = new LinkedHashMap<>();
        for (String id : order) {
            String cite = citation.apply(id);
            if (cite == null || cite.isBlank()) continue;
            groups.computeIfAbsent(cite, k -> new ArrayList<>()).add(id);
        }
        Map<String, CSLName[]> out = new HashMap<>();
        boolean primaryOnly = rule.startsWith("primary-name");
        boolean initialsOnly = rule.endsWith("-with-initials");
        if (!"by-cite".equals(rule)) {
            // the global rules: every rendered name is compared with every other, in ambiguous and unambiguous cites
            List<String> all = new ArrayList<>();
            for (List<String> g : groups.values()) all.addAll(g);
            return global(all, items, variable, names, primaryOnly, initialsOnly);
        }
        for (List<String> group : groups.values()) {
            if (group.size() < 2) continue;
            Map<String, CSLName[]> lists = new LinkedHashMap<>();
            for (String id : group) {
                java.util.Optional<String> v = variable.apply(items.get(id));
                if (v.isPresent()) lists.put(id, names.apply(items.get(id), v.get()));
            }
            int max = lists.values().stream().mapToInt(a -> a.length).max().orElse(0);
            if (primaryOnly) max = Math.min(max, 1);
            Map<String, CSLName[]> expanded = new HashMap<>();
            for (int k = 0; k < max; k++) {
                // the works whose k-th name shares its family with another's but not its given name
                Map<String, Set<String>> givensByFamily = new HashMap<>();
                for (CSLName[] l : lists.values()) {
                    if (k < l.length && family(l[k]) != null) {
                        givensByFamily.computeIfAbsent(family(l[k]), f -> new HashSet<>()).add(Objects.toString(l[k].getGiven(), ""));
                    }
                }
                for (Map.Entry<String, CSLName[]> e : lists.entrySet()) {
                    CSLName[] l = e.getValue();
                    if (k >= l.length || family(l[k]) == null || blank(l[k].getGiven())) continue;
                    Set<String> givens = givensByFamily.get(family(l[k]));
                    if (givens.size() < 2) continue;
                    boolean full = !initialsOnly && (initializeWith == null || !initialsTellApart(family(l[k]), lists.values(), k));
                    // an expansion that tells no two of these names apart is not made (APA: J. Lee / J. Lee stays Lee, 2010a / b)
                    if (!full && initializeWith != null && distinctInitials(givens) < 2) continue;
                    String given = full || initializeWith == null ? l[k].getGiven().strip() : initials(l[k].getGiven(), initializeWith);
                    CSLName[] copy = expanded.computeIfAbsent(e.getKey(), x -> l.clone());
                    copy[k] = new CSLNameBuilder().literal(given + " " + displayFamily(l[k])).build();
                }
            }
            out.putAll(expanded);
        }
        return out;
    }

    /**
     * CSL 1.0.2, "Disambiguation", "Global Name Disambiguation" ({@code all-names}, {@code primary-name} and
     * their {@code -with-initials} forms): a name is ambiguous when another person's name, anywhere in the
     * cited works (at the first place only for {@code primary-name}), prints alike; it is expanded whether
     * or not its cite is ambiguous: to initials, then (unless {@code -with-initials}) to the full given name
     * where the initials still print alike. An expansion that tells no two of them apart is not made.
     */
    private Map<String, CSLName[]> global(List<String> ids, Map<String, CSLItemData> items,
                                          Function<CSLItemData, java.util.Optional<String>> variable,
                                          java.util.function.BiFunction<CSLItemData, String, CSLName[]> names,
                                          boolean primaryOnly, boolean initialsOnly) {
        Map<String, CSLName[]> lists = new LinkedHashMap<>();
        for (String id : ids) {
            java.util.Optional<String> v = variable.apply(items.get(id));
            if (v.isPresent()) lists.put(id, names.apply(items.get(id), v.get()));
        }
        // every given name met with each family name as printed (with its particles: "dos Smith" is not "Smith")
        // at the places that are compared; one given name however spaced ("J. J." = "J.J.") is one person
        Map<String, Map<String, String>> givensByFamily = new HashMap<>();
        for (CSLName[] l : lists.values()) {
            for (int k = 0; k < (primaryOnly ? Math.min(1, l.length) : l.length); k++) {
                // a name without a given name cannot be expanded and makes no other name ambiguous here
                // (citeproc-js: APA's Bajohr, 1980 beside an anonymous Bajohr, 1985 stays Bajohr)
                if (family(l[k]) != null && !blank(l[k].getGiven())) {
                    String g = l[k].getGiven().strip();
                    givensByFamily.computeIfAbsent(displayFamily(l[k]), f -> new HashMap<>()).putIfAbsent(person(g), g);
                }
            }
        }
        Map<String, CSLName[]> out = new HashMap<>();
        for (Map.Entry<String, CSLName[]> e : lists.entrySet()) {
            CSLName[] l = e.getValue();
            for (int k = 0; k < (primaryOnly ? Math.min(1, l.length) : l.length); k++) {
                if (family(l[k]) == null || blank(l[k].getGiven())) continue;
                Map<String, String> people = givensByFamily.get(displayFamily(l[k]));
                if (people.size() < 2) continue;
                Set<String> givens = new HashSet<>(people.values());
                String given = l[k].getGiven().strip();
                String shown;
                if (initializeWith == null) {
                    if (initialsOnly) continue;
                    shown = given;
                } else {
                    String mine = initials(given, initializeWith);
                    boolean initialsAlike = people.entrySet().stream().anyMatch(g -> !g.getKey().equals(person(given)) && !blank(g.getValue())
                            && initials(g.getValue(), initializeWith).equals(mine));
                    if (initialsAlike && initialsOnly && distinctInitials(givens) < 2) continue;
                    shown = initialsAlike && !initialsOnly ? given : mine;
                }
                CSLName[] copy = out.computeIfAbsent(e.getKey(), x -> l.clone());
                copy[k] = new CSLNameBuilder().literal(shown + " " + displayFamily(l[k])).build();
            }
        }
        return out;
    }

    /** A given name as one person's, whatever its spacing and full stops ({@code J. J.} = {@code J.J.}). */
    private static String person(String given) {
        return given.replaceAll("[\\s.\u00A0]+", "");
    }

    /** True when the initials of the given names sharing this family at place k are all different. */
    private boolean initialsTellApart(String family, java.util.Collection<CSLName[]> lists, int k) {
        Map<String, String> givenByInitials = new HashMap<>();
        for (CSLName[] l : lists) {
            if (k >= l.length || !family.equals(family(l[k])) || blank(l[k].getGiven())) continue;
            String g = l[k].getGiven().strip();
            String i = initials(g, initializeWith);
            String before = givenByInitials.putIfAbsent(i, g);
            if (before != null && !before.equals(g)) return false;
        }
        return true;
    }

    private long distinctInitials(Set<String> givens) {
        // a name printed without a given name is a form of its own: F. Bajohr is told apart from Bajohr
        return givens.stream().map(g -> blank(g) ? "" : initials(g, initializeWith)).distinct().count();
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static String family(CSLName n) {
        return blank(n.getFamily()) || !blank(n.getLiteral()) ? null : n.getFamily().strip();
    }

    private static String displayFamily(CSLName n) {
        StringBuilder sb = new StringBuilder();
        if (!blank(n.getDroppingParticle())) sb.append(n.getDroppingParticle().strip()).append(' ');
        if (!blank(n.getNonDroppingParticle())) sb.append(n.getNonDroppingParticle().strip()).append(' ');
        return sb.append(n.getFamily().strip()).toString();
    }

    /**
     * Given names as initials with the style's {@code initialize-with} ({@code Boris Nikolaevich},
     * {@code ". "} → {@code B. N.}); a hyphenated name keeps its hyphen ({@code Jean-Paul} → {@code J.-P.};
     * CSL 1.0.2, "Name", {@code initialize-with-hyphen}).
     */
    static String initials(String given, String with) {
        StringBuilder sb = new StringBuilder();
        for (String word : given.replace(".", ". ").strip().split("\\s+")) {
            String[] parts = word.split("-");
            for (int p = 0; p < parts.length; p++) {
                String part = parts[p].replace(".", "");
                if (part.isEmpty()) continue;
                int cp = part.codePointAt(0);
                if (p > 0) {
                    if (sb.length() > 0 && sb.charAt(sb.length() - 1) == ' ') sb.setLength(sb.length() - 1);
                    sb.append('-');
                }
                sb.appendCodePoint(Character.toUpperCase(cp)).append(with);
            }
        }
        return sb.toString().strip();
    }
}
