package org.opis.lexicon;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The one loader for opis's vocabulary tables: UTF-8 tab-separated text with a header line naming
 * the columns, {@code #} comment lines and blank lines skipped, every cell checked against its
 * column's type when the table is loaded, so a wrong line fails at start-up with its file and line
 * rather than misreading a citation later.
 *
 * <pre>{@code
 * Table months = Table.load("/org/opis/lexicon/months.tsv",
 *         Table.Column.text("word"), Table.Column.integer("month", 1, 24), Table.Column.text("languages"));
 * for (Table.Row r : months.rows()) map.put(r.text("word"), r.integer("month"));
 * }</pre>
 */
public final class Table {

    /** A column: its name and how its cells are checked. */
    public record Column(String name, Kind kind, int min, int max, Set<String> values, boolean optional) {
        public Column {
            Objects.requireNonNull(name, "name");
            values = Set.copyOf(values);
        }

        /** Text, not blank. */
        public static Column text(String name) {
            return new Column(name, Kind.TEXT, 0, 0, Set.of(), false);
        }

        /** Text that may be empty. */
        public static Column optionalText(String name) {
            return new Column(name, Kind.TEXT, 0, 0, Set.of(), true);
        }

        /** A whole number from {@code min} to {@code max}. */
        public static Column integer(String name, int min, int max) {
            return new Column(name, Kind.INTEGER, min, max, Set.of(), false);
        }

        /** One of the given words. */
        public static Column oneOf(String name, String... values) {
            return new Column(name, Kind.ENUM, 0, 0, Set.of(values), false);
        }
    }

    /** How a column's cells are checked. */
    public enum Kind { TEXT, INTEGER, ENUM }

    /** One line of a table, its cells by column name. */
    public record Row(int line, Map<String, String> cells) {
        public Row {
            cells = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(cells));
        }

        /** The cell of a text or one-of column. */
        public String text(String column) {
            String v = cells.get(column);
            if (v == null) throw new IllegalArgumentException("no column " + column);
            return v;
        }

        /** The cell of an integer column. */
        public int integer(String column) {
            return Integer.parseInt(text(column));
        }
    }

    private final String resource;
    private final List<Row> rows;

    private Table(String resource, List<Row> rows) {
        this.resource = resource;
        this.rows = List.copyOf(rows);
    }

    /** Where the table was read from. */
    public String resource() {
        return resource;
    }

    /** The rows, in file order. */
    public List<Row> rows() {
        return rows;
    }

    /**
     * Loads a table from the class path and checks it: the header must name exactly these columns in
     * this order, and every cell must fit its column.
     *
     * @throws IllegalStateException naming the resource and line when the table is missing or malformed
     */
    public static Table load(String resource, Column... columns) {
        try (InputStream in = Table.class.getResourceAsStream(resource)) {
            if (in == null) throw new IllegalStateException("missing vocabulary table " + resource);
            return parse(resource, new String(in.readAllBytes(), StandardCharsets.UTF_8), columns);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Parses and checks a table's text (see {@link #load}). */
    public static Table parse(String resource, String text, Column... columns) {
        List<Row> rows = new ArrayList<>();
        String[] lines = text.split("\r?\n", -1);
        boolean header = true;
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            int no = i + 1;
            if (line.isBlank() || line.startsWith("#")) continue;
            String[] f = line.split("\t", -1);
            if (header) {
                String[] names = Arrays.stream(columns).map(Column::name).toArray(String[]::new);
                if (!Arrays.equals(f, names)) {
                    throw new IllegalStateException(resource + ":" + no + ": header should be "
                            + String.join(" <TAB> ", names) + ", found " + line.replace("\t", " <TAB> "));
                }
                header = false;
                continue;
            }
            if (f.length != columns.length) {
                throw new IllegalStateException(resource + ":" + no + ": " + columns.length + " columns expected, found " + f.length);
            }
            Map<String, String> cells = new LinkedHashMap<>();
            for (int c = 0; c < columns.length; c++) {
                cells.put(columns[c].name(), check(resource, no, columns[c], f[c]));
            }
            rows.add(new Row(no, cells));
        }
        if (header) throw new IllegalStateException(resource + ": no header line");
        return new Table(resource, rows);
    }

    /**
     * The space-separated words of a cell, each checked to be one of {@code allowed}.
     *
     * @throws IllegalStateException naming the resource and line otherwise
     */
    public static List<String> words(Table table, Row row, String column, String... allowed) {
        List<String> out = List.of(row.text(column).split(" +"));
        for (String w : out) {
            if (!Arrays.asList(allowed).contains(w)) {
                throw new IllegalStateException(table.resource() + ":" + row.line() + ": column " + column + ": \""
                        + w + "\" is not one of " + Arrays.toString(allowed));
            }
        }
        return out;
    }

    private static String check(String resource, int no, Column col, String v) {
        String where = resource + ":" + no + ": column " + col.name() + ": ";
        if (v.isBlank() && !col.optional()) throw new IllegalStateException(where + "empty");
        if (!v.equals(v.strip())) throw new IllegalStateException(where + "spaces around \"" + v + "\"");
        switch (col.kind()) {
            case INTEGER -> {
                int n;
                try {
                    n = Integer.parseInt(v);
                } catch (NumberFormatException e) {
                    throw new IllegalStateException(where + "not a whole number: " + v, e);
                }
                if (n < col.min() || n > col.max()) {
                    throw new IllegalStateException(where + n + " is outside " + col.min() + "–" + col.max());
                }
            }
            case ENUM -> {
                if (!col.values().contains(v.toLowerCase(Locale.ROOT))) {
                    throw new IllegalStateException(where + "\"" + v + "\" is not one of " + col.values());
                }
            }
            case TEXT -> { }
        }
        return v;
    }
}
