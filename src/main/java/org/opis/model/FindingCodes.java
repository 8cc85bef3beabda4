package org.opis.model;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The catalogue of findings: every code opis reports, declared once in
 * {@code org/opis/model/findings.tsv} (area, name, severity, summary, example) and loaded once,
 * read-only.
 *
 * <pre>{@code
 * FindingCode c = FindingCodes.get("archival/vulgar-fraction");
 * c.severity();   // ERROR
 * Diagnostic d = c.at(span, "“½” is a typeset fraction; write “1/2”");
 * }</pre>
 *
 * New code should take its codes from here ({@link #get}), so that a code nobody declared fails at
 * once; {@code FindingCatalogueTest} checks that the sources emit exactly the declared codes.
 */
public final class FindingCodes {

    /** The catalogue's resource path. */
    public static final String RESOURCE = "/org/opis/model/findings.tsv";

    private static final Pattern PART = Pattern.compile("[a-z][a-z0-9]*(-[a-z0-9]+)*");
    private static final Map<String, FindingCode> ALL = load();

    private FindingCodes() {
    }

    /**
     * The declared finding with this code.
     *
     * @throws IllegalArgumentException when the code is not in the catalogue (a bug in the caller)
     */
    public static FindingCode get(String code) {
        FindingCode c = ALL.get(code);
        if (c == null) throw new IllegalArgumentException("finding code not declared in " + RESOURCE + ": " + code);
        return c;
    }

    /** The declared finding with this code, if there is one. */
    public static Optional<FindingCode> find(String code) {
        return Optional.ofNullable(ALL.get(code));
    }

    /** Every declared finding, in the catalogue's order. */
    public static Collection<FindingCode> all() {
        return ALL.values();
    }

    private static Map<String, FindingCode> load() {
        Map<String, FindingCode> map = new LinkedHashMap<>();
        try (InputStream in = FindingCodes.class.getResourceAsStream(RESOURCE)) {
            if (in == null) throw new IllegalStateException("missing resource " + RESOURCE);
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            int no = 0;
            boolean header = true;
            while ((line = r.readLine()) != null) {
                no++;
                if (line.isBlank() || line.startsWith("#")) continue;
                String[] f = line.split("\t", -1);
                if (header) {
                    if (!String.join("\t", f).equals("area\tname\tseverity\tsummary\texample")) {
                        throw new IllegalStateException(RESOURCE + ":" + no + ": unexpected header " + line);
                    }
                    header = false;
                    continue;
                }
                if (f.length != 5) throw new IllegalStateException(RESOURCE + ":" + no + ": 5 columns expected, found " + f.length);
                if (!PART.matcher(f[0]).matches() || !PART.matcher(f[1]).matches()) {
                    throw new IllegalStateException(RESOURCE + ":" + no + ": area and name are lower-case words joined by '-': " + f[0] + "/" + f[1]);
                }
                Severity s;
                try {
                    s = Severity.valueOf(f[2].toUpperCase(Locale.ROOT));
                } catch (IllegalArgumentException e) {
                    throw new IllegalStateException(RESOURCE + ":" + no + ": severity is error, warning or info: " + f[2], e);
                }
                if (f[3].isBlank() || f[4].isBlank()) throw new IllegalStateException(RESOURCE + ":" + no + ": summary and example are required");
                FindingCode c = new FindingCode(f[0], f[1], s, f[3], f[4]);
                if (map.putIfAbsent(c.code(), c) != null) throw new IllegalStateException(RESOURCE + ":" + no + ": declared twice: " + c.code());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Collections.unmodifiableMap(map);
    }
}
