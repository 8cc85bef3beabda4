package org.opis.ris;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The RIS vocabulary, as data: {@code types.tsv} (TY ↔ CSL type) and {@code fields.tsv}
 * (tag ↔ CSL variable, with the kind of value and the types a row applies to).
 */
final class RisTable {

    /** One TY row. */
    record Type(String ty, String csl, boolean export, boolean imports) {
    }

    /**
     * One tag row.
     *
     * @param kind  text, names, year, date, pages, endpage or list
     * @param types the CSL types it applies to; empty = all
     */
    record Field(String tag, String csl, String kind, boolean export, boolean imports, Set<String> types) {
        boolean appliesTo(String type) {
            return types.isEmpty() || types.contains(type);
        }
    }

    static final List<Type> TYPES = load("types.tsv").stream()
            .map(c -> new Type(c[0], c[1], !c[2].equals("import"), !c[2].equals("export"))).toList();
    static final List<Field> FIELDS = load("fields.tsv").stream()
            .map(c -> new Field(c[0], c[1], c[2], c[3].equals("both"), true,
                    c[4].equals("*") ? Set.of() : Set.of(c[4].split(",")))).toList();

    private RisTable() {
    }

    /** The TY for a CSL type (GEN when none). */
    static String tyFor(String cslType) {
        return TYPES.stream().filter(t -> t.export() && t.csl().equals(cslType)).map(Type::ty).findFirst().orElse("GEN");
    }

    /** The CSL type for a TY, if known. */
    static Optional<String> cslFor(String ty) {
        return TYPES.stream().filter(t -> t.imports() && t.ty().equals(ty)).map(Type::csl).findFirst();
    }

    /** The import row for a tag in a record of this CSL type, if any. */
    static Optional<Field> importField(String tag, String cslType) {
        return FIELDS.stream().filter(f -> f.tag().equals(tag) && f.appliesTo(cslType)).findFirst();
    }

    private static List<String[]> load(String name) {
        List<String[]> rows = new ArrayList<>();
        try (InputStream in = RisTable.class.getResourceAsStream(name)) {
            if (in == null) throw new IllegalStateException("missing resource org/opis/ris/" + name);
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = r.readLine()) != null; ) {
                if (line.isBlank() || line.startsWith("#")) continue;
                rows.add(line.split("\t"));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rows;
    }
}
