package org.opis.csl;

import java.io.IOException;
import java.io.InputStream;
import java.net.JarURLConnection;
import java.net.URL;
import java.net.URLConnection;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Enumeration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The CSL styles bundled with opis (the {@code org.citationstyles:styles} jar): each style's id,
 * title, citation format and fields, read from its {@code <info>} block; search by words, and the
 * ids nearest to a mistyped one.
 */
public final class StyleCatalog {

    /**
     * One bundled style.
     *
     * @param id        the id used with {@code --style} (file name without {@code .csl})
     * @param title     the style's title
     * @param format    its citation format (author-date, numeric, note, label, author)
     * @param fields    its fields (history, generic-base, …)
     * @param dependent true for a dependent style (a journal borrowing another style)
     */
    public record Entry(String id, String title, String format, List<String> fields, boolean dependent) {
    }

    private static final Pattern TITLE = Pattern.compile("<title>([^<]*)</title>");
    private static final Pattern FORMAT = Pattern.compile("citation-format=\"([^\"]+)\"");
    private static final Pattern FIELD = Pattern.compile("<category\\s+field=\"([^\"]+)\"");

    private static volatile List<Entry> all;

    private StyleCatalog() {
    }

    /** Every bundled style, sorted by id (read once, from the styles jar). */
    public static List<Entry> all() {
        List<Entry> a = all;
        if (a == null) {
            a = load();
            all = a;
        }
        return a;
    }

    /**
     * The styles whose id or title contains every word of the query (case-insensitive);
     * every style for a blank query. Independent styles come first.
     */
    public static List<Entry> search(String query) {
        String[] words = query == null ? new String[0] : query.toLowerCase(Locale.ROOT).trim().split("\\s+");
        List<Entry> hits = new ArrayList<>();
        for (Entry e : all()) {
            String hay = (e.id() + " " + e.title() + " " + String.join(" ", e.fields())).toLowerCase(Locale.ROOT);
            boolean ok = true;
            for (String w : words) if (!w.isEmpty() && !hay.contains(w)) ok = false;
            if (ok) hits.add(e);
        }
        hits.sort(Comparator.comparing(Entry::dependent).thenComparing(Entry::id));
        return hits;
    }

    /** Up to {@code n} bundled ids nearest to {@code id} (edit distance, ties: independent styles, shorter ids). */
    public static List<String> nearest(String id, int n) {
        String q = id.toLowerCase(Locale.ROOT);
        record Scored(Entry e, int d) {
        }
        List<Scored> scored = new ArrayList<>();
        for (Entry e : all()) {
            int d = distance(q, e.id());
            if (e.id().startsWith(q) || e.id().contains(q)) d = Math.min(d, Math.max(1, (e.id().length() - q.length()) / 4));
            scored.add(new Scored(e, d));
        }
        scored.sort(Comparator.comparingInt(Scored::d).thenComparing(s -> s.e().dependent())
                .thenComparingInt(s -> s.e().id().length()).thenComparing(s -> s.e().id()));
        return scored.stream().limit(n).map(s -> s.e().id()).toList();
    }

    /** Levenshtein distance. */
    public static int distance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) prev[j] = j;
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int c = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + c);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }

    private static List<Entry> load() {
        List<Entry> out = new ArrayList<>();
        URL probe = CslStyle.class.getResource("/apa.csl");
        if (probe == null) return List.of();
        try {
            URLConnection c = probe.openConnection();
            if (!(c instanceof JarURLConnection jc)) return List.of();
            jc.setUseCaches(false);
            try (JarFile jar = new JarFile(jc.getJarFileURL().getPath())) {
                Enumeration<JarEntry> en = jar.entries();
                while (en.hasMoreElements()) {
                    JarEntry je = en.nextElement();
                    String name = je.getName();
                    if (!name.endsWith(".csl")) continue;
                    boolean dependent = name.startsWith("dependent/");
                    if (name.indexOf('/') >= 0 && !dependent) continue;
                    String id = name.substring(name.lastIndexOf('/') + 1, name.length() - 4);
                    try (InputStream in = jar.getInputStream(je)) {
                        out.add(entry(id, new String(in.readNBytes(6000), StandardCharsets.UTF_8), dependent));
                    }
                }
            }
        } catch (IOException | RuntimeException e) {
            return List.copyOf(out);
        }
        out.sort(Comparator.comparing(Entry::id));
        return List.copyOf(out);
    }

    static Entry entry(String id, String head, boolean dependent) {
        int end = head.indexOf("</info>");
        String info = end > 0 ? head.substring(0, end) : head;
        Matcher t = TITLE.matcher(info);
        String title = t.find() ? unescape(t.group(1).strip()) : id;
        Matcher f = FORMAT.matcher(info);
        String format = f.find() ? f.group(1) : "";
        List<String> fields = new ArrayList<>();
        Matcher fm = FIELD.matcher(info);
        while (fm.find()) fields.add(fm.group(1));
        return new Entry(id, title, format, List.copyOf(fields), dependent);
    }

    private static String unescape(String s) {
        return s.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&apos;", "'").replace("&amp;", "&");
    }

    /** The bundled style with this id, if any. */
    public static Optional<Entry> byId(String id) {
        return all().stream().filter(e -> e.id().equals(id)).findFirst();
    }
}
