package org.opis.lexicon;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Words that join or close a list of authors ("and", "и", "und", "et al.", "и др.") and lower-case
 * words allowed inside an author, from the one table {@code org/opis/lexicon/connectors.tsv}.
 */
public final class Connectors {

    /** The vocabulary's resource path. */
    public static final String RESOURCE = "/org/opis/lexicon/connectors.tsv";

    /** Joins two names. */
    public static final String AND = "and";
    /** Stands for the names left out. */
    public static final String ET_AL = "etal";
    /** Allowed inside an author, read word by word. */
    public static final String WORD = "word";

    private record Connector(String word, String kind) { }

    private static final List<Connector> ALL = load();

    private Connectors() {
    }

    /** The words of one kind, as written, in file order. */
    public static List<String> of(String kind) {
        return ALL.stream().filter(c -> c.kind.equals(kind)).map(Connector::word).toList();
    }

    /** Every word of the table, as written, in file order. */
    public static List<String> all() {
        return ALL.stream().map(Connector::word).toList();
    }

    /**
     * A regular-expression alternation of the words of one kind: each quoted, a space matching one
     * whitespace character, a final full stop optional ("et al." → {@code et\sal\.?}).
     */
    public static String alternation(String kind) {
        List<String> parts = new ArrayList<>();
        for (String w : of(kind)) {
            boolean stop = w.length() > 1 && w.endsWith(".");
            String body = stop ? w.substring(0, w.length() - 1) : w;
            List<String> quoted = new ArrayList<>();
            for (String piece : body.split(" ")) quoted.add(Pattern.quote(piece));
            parts.add(String.join("\\s", quoted) + (stop ? "\\.?" : ""));
        }
        return String.join("|", parts);
    }

    private static List<Connector> load() {
        Table t = Table.load(RESOURCE, Table.Column.text("word"), Table.Column.oneOf("kind", AND, ET_AL, WORD),
                Table.Column.text("languages"));
        List<Connector> out = new ArrayList<>();
        for (Table.Row r : t.rows()) out.add(new Connector(r.text("word"), r.text("kind")));
        return List.copyOf(out);
    }
}
