package org.opis.csl;

import de.undercouch.citeproc.csl.CSLItemData;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Which engine formats each bibliography entry, decided before any entry is formatted: the style's
 * own engine ({@link #MAIN}), its literal-first variant ({@link #LITERAL_FIRST}, a two-name list whose
 * first name is a literal) or a variant engine for the item's number and name-variable tests
 * ({@code ||NUMBERS|NAMES}, {@link NumberVariables}, {@link NameVariableTests}; ending in
 * {@code |literal-first} when both apply). Knowing each engine's entries lets its one pass over the
 * bibliography format those entries only: a pass over every registered item for each variant engine
 * cost variants × items and made a 10,000-entry bibliography several times slower than its size.
 */
final class EntryEngines {

    /** The key of the style's own engine. */
    static final String MAIN = "";
    /** The key of the literal-first engine; also the ending of a literal-first variant's key. */
    static final String LITERAL_FIRST = "|literal-first";

    private final Map<String, String> keyOf;
    private final Map<String, Set<String>> members;

    private EntryEngines(Map<String, String> keyOf, Map<String, Set<String>> members) {
        this.keyOf = keyOf;
        this.members = members;
    }

    /**
     * @param literalFirstStyle whether the style puts the delimiter after an inverted name (then a two-name
     *                          list with a literal first name takes the literal-first engine)
     * @param nameTests         whether the style tests name variables ({@link NameVariableTests#used})
     * @param numbers           the item's number-variable key ({@link NumberVariables#key})
     */
    static EntryEngines of(List<String> order, Map<String, CSLItemData> shown, boolean literalFirstStyle, boolean nameTests,
                           Predicate<CSLItemData> twoNamesLiteralFirst, Function<CSLItemData, String> numbers) {
        Map<String, String> keyOf = new HashMap<>(order.size() * 2);
        Map<String, Set<String>> members = new HashMap<>();
        for (String id : order) {
            CSLItemData d = shown.get(id);
            boolean literalForm = literalFirstStyle && twoNamesLiteralFirst.test(d);
            String n = numbers.apply(d);
            String key;
            if (!n.isEmpty() || nameTests) {
                key = "||" + n + (nameTests ? "|" + NameVariableTests.key(d) : "|null") + (literalForm ? LITERAL_FIRST : "");
            } else {
                key = literalForm ? LITERAL_FIRST : MAIN;
            }
            keyOf.put(id, key);
            members.computeIfAbsent(key, k -> new HashSet<>()).add(id);
        }
        return new EntryEngines(keyOf, members);
    }

    /** The key of the engine that formats this entry. */
    String key(String id) {
        return keyOf.get(id);
    }

    /** Whether the key names a variant engine (made by {@code CslFormatter.citationEngine} from the key). */
    boolean isVariant(String key) {
        return key.startsWith("||");
    }

    /** The ids the engine of this key formats. */
    Set<String> members(String key) {
        return members.getOrDefault(key, Set.of());
    }
}
