package org.opis.reflist.tagger;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import de.undercouch.citeproc.CSL;
import de.undercouch.citeproc.ListItemDataProvider;
import de.undercouch.citeproc.csl.CSLItemData;
import org.opis.reflist.Data;

import java.io.IOException;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeSet;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Synthetic training entries: records drawn from the data tables of {@code tagger/synth/} (names in
 * several languages and scripts, titles, journals, publishers and places, series) and from given
 * real records, rendered through citeproc-java in many CSL styles of the {@code org.citationstyles}
 * jar, in Markdown with italics or in plain text, with the noise real conversions add; each
 * rendered entry is labelled by {@link Aligner} from the record it came from.
 */
final class Synthetic {
    static final ObjectMapper MAPPER = new ObjectMapper();

    /** Styles always among those used (the shapes of the field); the rest are drawn from the jar by the seed. */
    private static final List<String> CORE_STYLES = Data.lines("tagger/synth/core-styles.txt");

    record Row(String[] f) {
        String get(int i) {
            return i < f.length ? f[i] : "";
        }
    }

    private final Random rnd;
    private final List<Row> names = rows("names.tsv");
    private final List<Row> titles = rows("titles.tsv");
    private final List<Row> journals = rows("journals.tsv");
    private final List<Row> publishers = rows("publishers.tsv");
    private final List<Row> series = rows("series.tsv");
    private final List<Row> containers = rows("containers.tsv");
    private final List<String> titleWords = new ArrayList<>();

    Synthetic(long seed) {
        rnd = new Random(seed);
        for (Row r : titles) for (String w : r.get(1).split(" ")) if (!w.isBlank()) titleWords.add(w);
    }

    private static List<Row> rows(String file) {
        List<Row> out = new ArrayList<>();
        for (String l : Data.lines("tagger/synth/" + file)) out.add(new Row(l.split("\t")));
        return out;
    }

    private <T> T pick(List<T> l) {
        return l.get(rnd.nextInt(l.size()));
    }

    private boolean p(double prob) {
        return rnd.nextDouble() < prob;
    }

    /** A random record (CSL-JSON) with the given id. */
    ObjectNode record(String id) {
        ObjectNode o = MAPPER.createObjectNode();
        o.put("id", id);
        double t = rnd.nextDouble();
        String type = t < 0.35 ? "book" : t < 0.7 ? "article-journal" : t < 0.85 ? "chapter" : t < 0.9 ? "thesis" : t < 0.95 ? "article-newspaper" : "report";
        o.put("type", type);
        boolean article = type.startsWith("article");
        if (!(type.equals("book") && p(0.12))) names(o, "author", 1 + (p(0.3) ? rnd.nextInt(3) : 0));
        else names(o, "editor", 1 + rnd.nextInt(2));
        o.put("title", title(article || type.equals("chapter") ? "article" : "book"));
        int year = 1920 + rnd.nextInt(105);
        ArrayNode parts = o.putObject("issued").putArray("date-parts").addArray();
        parts.add(year);
        if (type.equals("article-newspaper") || p(0.08)) {
            parts.add(1 + rnd.nextInt(12));
            if (p(0.6)) parts.add(1 + rnd.nextInt(28));
        }
        switch (type) {
            case "article-journal", "article-newspaper" -> {
                o.put("container-title", pick(journals).get(0));
                if (p(0.85)) o.put("volume", String.valueOf(1 + rnd.nextInt(90)));
                if (p(0.6)) o.put("issue", String.valueOf(1 + rnd.nextInt(12)));
                if (p(0.9)) o.put("page", pages());
                if (p(0.2)) o.put("DOI", "10." + (1000 + rnd.nextInt(9000)) + "/" + Integer.toString(rnd.nextInt(1 << 24), 36) + "." + rnd.nextInt(999));
            }
            case "chapter" -> {
                o.put("container-title", pick(containers).get(0));
                names(o, "editor", 1 + rnd.nextInt(2));
                imprint(o);
                if (p(0.9)) o.put("page", pages());
            }
            case "thesis" -> {
                o.put("genre", pick(List.of("PhD diss.", "PhD dissertation", "Doctoral thesis", "Dissertation", "кандидатская диссертация", "MA thesis")));
                Row pub = pick(publishers);
                o.put("publisher", pub.get(0).contains("Press") ? pub.get(0).replace(" Press", "") : pub.get(0));
                o.put("publisher-place", pub.get(1));
            }
            case "report" -> {
                imprint(o);
                if (p(0.5)) o.put("collection-title", pick(series).get(0));
                if (p(0.5)) o.put("number", String.valueOf(1 + rnd.nextInt(80)));
            }
            default -> {
                imprint(o);
                if (p(0.15)) o.put("edition", String.valueOf(2 + rnd.nextInt(4)));
                if (p(0.1)) o.put("volume", String.valueOf(1 + rnd.nextInt(6)));
                else if (p(0.06)) o.put("number-of-volumes", String.valueOf(2 + rnd.nextInt(5)));
                if (p(0.15)) o.put("collection-title", pick(series).get(0));
                if (p(0.08)) names(o, "translator", 1);
                if (p(0.06)) o.put("ISBN", "978-" + (rnd.nextInt(9) + 1) + "-" + (10000 + rnd.nextInt(89999)) + "-" + (100 + rnd.nextInt(899)) + "-" + rnd.nextInt(10));
            }
        }
        if (p(0.08)) {
            o.put("URL", "https://" + pick(List.of("www.jstor.org/stable/", "doi.org/10.1017/", "www.wilsoncenter.org/document/", "elib.example.ru/item/")) + (10000 + rnd.nextInt(900000)));
            if (p(0.6)) o.putObject("accessed").putArray("date-parts").addArray().add(2010 + rnd.nextInt(15)).add(1 + rnd.nextInt(12)).add(1 + rnd.nextInt(28));
        }
        return o;
    }

    private void imprint(ObjectNode o) {
        Row pub = pick(publishers);
        if (p(0.93)) o.put("publisher", pub.get(0));
        if (p(0.85)) o.put("publisher-place", pub.get(1));
    }

    private String pages() {
        int a = 1 + rnd.nextInt(600);
        return p(0.85) ? a + "-" + (a + 1 + rnd.nextInt(40)) : String.valueOf(a);
    }

    private String title(String kind) {
        if (p(0.55)) {
            List<Row> pool = new ArrayList<>();
            for (Row r : titles) if (r.get(0).equals(kind)) pool.add(r);
            return pick(pool).get(1);
        }
        int n = 2 + rnd.nextInt(7);
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < n; i++) {
            if (i > 0) b.append(i == n / 2 && p(0.3) ? ": " : " ");
            b.append(pick(titleWords).replaceAll("[:,.]$", ""));
        }
        String s = b.toString();
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    private void names(ObjectNode o, String role, int n) {
        ArrayNode a = o.putArray(role);
        for (int i = 0; i < n; i++) {
            Row r = pick(names);
            ObjectNode nm = a.addObject();
            String family = r.get(0);
            if (family.startsWith("von ")) {
                nm.put("non-dropping-particle", "von");
                family = family.substring(4);
            }
            nm.put("family", family);
            nm.put("given", r.get(1));
        }
    }

    /** The independent styles of the styles jar that are not in the core list, in name order. */
    static List<String> jarStyles() {
        TreeSet<String> out = new TreeSet<>();
        try {
            URL apa = CSL.class.getClassLoader().getResource("apa.csl");
            if (apa == null) return List.of();
            String u = apa.toString();
            if (!u.startsWith("jar:file:")) return List.of();
            String jar = java.net.URLDecoder.decode(u.substring("jar:file:".length(), u.indexOf("!/")), java.nio.charset.StandardCharsets.UTF_8);
            try (ZipInputStream z = new ZipInputStream(java.nio.file.Files.newInputStream(java.nio.file.Path.of(jar)))) {
                ZipEntry e;
                while ((e = z.getNextEntry()) != null) {
                    String n = e.getName();
                    if (n.endsWith(".csl") && !n.contains("/")) out.add(n.substring(0, n.length() - 4));
                }
            }
        } catch (IOException | RuntimeException e) {
            return List.of();
        }
        out.removeAll(CORE_STYLES);
        return new ArrayList<>(out);
    }

    /** The styles of a run: the core ones and {@code extra} more drawn from the jar. */
    List<String> styles(int extra) {
        List<String> all = jarStyles();
        List<String> out = new ArrayList<>(CORE_STYLES);
        java.util.Collections.shuffle(all, rnd);
        out.addAll(all.subList(0, Math.min(extra, all.size())));
        return out;
    }

    /** One rendered, labelled entry. */
    record Sample(String text, JsonNode csl) {
    }

    /**
     * Renders the records through the style, each in Markdown (italics kept) or plain text, with
     * noise; records the style cannot render are skipped.
     */
    List<Sample> render(String style, List<ObjectNode> records) {
        List<Sample> out = new ArrayList<>();
        List<CSLItemData> items = new ArrayList<>();
        Map<String, ObjectNode> byId = new java.util.LinkedHashMap<>();
        for (ObjectNode r : records) {
            try {
                @SuppressWarnings("unchecked")
                Map<String, Object> m = MAPPER.convertValue(r, Map.class);
                items.add(CSLItemData.fromJson(m));
                byId.put(r.get("id").asText(), r);
            } catch (RuntimeException e) {
                // a record citeproc-java cannot take is left out
            }
        }
        try {
            CSL csl = new CSL(new ListItemDataProvider(items), style, locale(style));
            csl.setOutputFormat(new RenderedMarkdown());
            csl.registerCitationItems(new ArrayList<>(byId.keySet()));
            for (Map.Entry<String, ObjectNode> r : byId.entrySet()) {
                String id = r.getKey();
                String[] entries = csl.makeBibliography(d -> id.equals(d.getId())).getEntries();
                if (entries.length != 1) continue;
                String text = markdown(entries[0], p(0.7));
                if (p(0.85)) text = text.replaceFirst("^\\s*(?:\\[\\d{1,4}\\]|\\d{1,4}\\.)\\s*", "");
                text = Noise.apply(text, rnd);
                text = MarkdownLinks.apply(text, r.getValue(), rnd, 0.35);
                if (text.isBlank() || text.length() > 1500) continue;
                out.add(new Sample(text, r.getValue()));
            }
        } catch (IOException | RuntimeException | StackOverflowError e) {
            if (System.getenv("OPIS_TAGGER_DEBUG") != null) e.printStackTrace();
        }
        return out;
    }

    private static String locale(String style) {
        if (style.contains("gost") || style.endsWith("-ru")) return "ru-RU";
        if (style.startsWith("din-") || style.endsWith("-de") || style.contains("-de-")) return "de-DE";
        if (style.endsWith("-fr") || style.contains("-fr-")) return "fr-FR";
        return "en-US";
    }

    /** A rendered entry with its italics kept (Markdown) or dropped (plain text); bold dropped. */
    static String markdown(String md, boolean italics) {
        String s = md.replace("**", "");
        if (!italics) s = s.replace("*", "");
        return s.replaceAll("\\s+", " ").strip();
    }

    /** Reads the synthetic records of one style-and-noise pass as training examples. */
    static List<Trainer.Example> examples(List<Sample> samples, int bits) {
        List<Trainer.Example> out = new ArrayList<>();
        for (Sample s : samples) {
            List<Token> t = Tokenizer.tokens(s.text());
            if (t.isEmpty()) continue;
            out.add(Trainer.example(t, Aligner.align(t, s.csl()), bits));
        }
        return out;
    }


}
