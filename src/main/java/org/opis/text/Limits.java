package org.opis.text;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The limits that keep hostile or broken input from exhausting the stack or the heap. Each is far
 * above what real files need; input beyond one gives a finding naming the limit, and the command
 * line raises it with {@code --limit NAME=N}.
 *
 * @param bibDepth   BibTeX/LaTeX brace nesting in one field value ({@code bib-depth})
 * @param bibString  characters one {@code @string} macro or one field may expand to ({@code bib-string})
 * @param cslDepth   element nesting of a CSL style or locale ({@code csl-depth})
 * @param jsonDepth  nesting of CSL-JSON arrays and objects ({@code json-depth})
 * @param jsonString characters of one JSON string or number ({@code json-string})
 * @param inputSize  bytes of one input file; the rest is not read ({@code input-size})
 * @param lineLength characters of one line of a text input (not of JSON); the rest of the line is not read ({@code line-length})
 * @param entries    entries of one list, .bib, CSL-JSON or RIS file; the rest are not read ({@code entries})
 */
public record Limits(long bibDepth, long bibString, long cslDepth, long jsonDepth, long jsonString,
                     long inputSize, long lineLength, long entries) {

    /** The defaults. */
    public static final Limits DEFAULTS = new Limits(200, 1_000_000, 200, 200, 10_000_000,
            512L * 1024 * 1024, 10_000_000, 1_000_000);

    private static volatile Limits current = DEFAULTS;

    /** The limits in force for this run. */
    public static Limits current() {
        return current;
    }

    /** Sets the limits for this run (the command line does, from {@code --limit}). */
    public static void set(Limits limits) {
        current = limits;
    }

    /** The limits by their command-line names. */
    public Map<String, Long> byName() {
        Map<String, Long> m = new LinkedHashMap<>();
        m.put("bib-depth", bibDepth);
        m.put("bib-string", bibString);
        m.put("csl-depth", cslDepth);
        m.put("json-depth", jsonDepth);
        m.put("json-string", jsonString);
        m.put("input-size", inputSize);
        m.put("line-length", lineLength);
        m.put("entries", entries);
        return m;
    }

    /** These limits with one changed by its name. @throws IllegalArgumentException for an unknown name or a value below 1 */
    public Limits with(String name, long value) {
        if (value < 1) throw new IllegalArgumentException("--limit " + name + "=" + value + ": a limit is at least 1");
        Map<String, Long> m = byName();
        String key = name.toLowerCase(Locale.ROOT);
        if (!m.containsKey(key)) {
            throw new IllegalArgumentException("unknown limit '" + name + "' (known: " + String.join(", ", DEFAULTS.byName().keySet()) + ")");
        }
        m.put(key, value);
        return new Limits(m.get("bib-depth"), m.get("bib-string"), m.get("csl-depth"), m.get("json-depth"), m.get("json-string"),
                m.get("input-size"), m.get("line-length"), m.get("entries"));
    }

    /** The hint a finding gives for raising a limit. */
    public static String raise(String name) {
        return "if the input is right, raise the limit with --limit " + name + "=N (now " + current.byName().get(name) + ")";
    }
}
