package org.opis.bench;

import java.io.File;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Method;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.ToLongFunction;

/**
 * Two builds of opis in one JVM, rounds alternating, so that both see the same load: the ratio of
 * their CPU times survives a shared machine far better than either figure alone.
 * <pre>
 *   BeforeAfter STAGE INPUT ROUNDS CLASSPATH_BEFORE CLASSPATH_AFTER
 *   STAGE: archival (every line, parse + validate) | list (every line as one entry, as parse --lines)
 *          | rules (every line as one entry read by the rules alone: no tagger, no chooser; hashes of the records' JSON)
 *          | bib (the whole .bib imported)
 *          | format (the chicago-author-date bibliography of a CSL-JSON array, as text; INPUT is the .json;
 *            system properties STYLE=... for another style, FORMAT=HTML|MARKDOWN|ASCIIDOC|RTF for another
 *            output format, citations=true to cite each item too)
 * </pre>
 * For {@code format} the two builds' outputs (bibliography, citations and findings) are compared in
 * every round, for {@code list} the hashes of every line's JSON; a difference is reported.
 * Each class path (entries separated by the path separator, a trailing {@code /*} for every jar of
 * a folder) gets its own class loader; the library is called through its public API only, so any
 * two builds compare. Prints each round and the medians of rounds 2.. in this thread's CPU time.
 */
public final class BeforeAfter {

    /** The last output of each build's format stage, to compare them. */
    private static final java.util.Map<Object, String> LAST_OUTPUT = new java.util.IdentityHashMap<>();
    /** The sum of each build's results in the last round (list: hashes of the JSON lines, to compare them). */
    private static final java.util.Map<Object, Long> LAST_SINK = new java.util.IdentityHashMap<>();

    private BeforeAfter() {
    }

    public static void main(String[] args) throws Throwable {
        String stage = args[0];
        String text = Files.readString(Path.of(args[1]));
        int rounds = Integer.parseInt(args[2]);
        ToLongFunction<String> before = stage(stage, loader(args[3]));
        ToLongFunction<String> after = stage(stage, loader(args[4]));
        List<String> lines = text.lines().filter(l -> !l.isBlank()).toList();
        int n = stage.equals("bib") || stage.equals("format") ? -1 : lines.size();
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        double[] b = new double[rounds], a = new double[rounds];
        for (int r = 0; r < rounds; r++) {
            b[r] = round(mx, before, stage, text, lines);
            a[r] = round(mx, after, stage, text, lines);
            if (stage.equals("list") || stage.equals("rules")) {
                System.out.printf("round %d: outputs %s%n", r + 1, LAST_SINK.get(before).equals(LAST_SINK.get(after)) ? "identical (hash of every line's JSON)" : "DIFFERENT");
            }
            if (stage.equals("format")) {
                String ob = LAST_OUTPUT.remove(before), oa = LAST_OUTPUT.remove(after);
                System.out.printf("round %d: outputs %s (%,d chars)%n", r + 1, ob.equals(oa) ? "identical" : "DIFFERENT", oa.length());
                if (!ob.equals(oa) && System.getProperty("diff") != null) {
                    Files.writeString(Path.of(System.getProperty("diff") + ".before"), ob);
                    Files.writeString(Path.of(System.getProperty("diff") + ".after"), oa);
                }
            }
            System.out.printf("round %d: before %.3f s cpu, after %.3f s cpu, before/after %.2f%n", r + 1, b[r], a[r], b[r] / a[r]);
        }
        double mb = SideBySide.median(b), ma = SideBySide.median(a);
        System.out.printf("%s %s: median cpu before %.3f s, after %.3f s; after is %.2fx as fast%s%n", stage, args[1], mb, ma, mb / ma,
                n > 0 ? String.format(" (%,.0f -> %,.0f per second on one core)", n / mb, n / ma) : "");
    }

    private static double round(ThreadMXBean mx, ToLongFunction<String> f, String stage, String text, List<String> lines) {
        long c0 = mx.getCurrentThreadCpuTime();
        long sink = 0;
        if (stage.equals("bib") || stage.equals("format")) sink += f.applyAsLong(text);
        else for (String l : lines) sink += f.applyAsLong(l);
        double s = (mx.getCurrentThreadCpuTime() - c0) / 1e9;
        LAST_SINK.put(f, sink);
        return s;
    }

    private static ClassLoader loader(String classPath) throws Exception {
        List<URL> urls = new ArrayList<>();
        for (String p : classPath.split(File.pathSeparator)) {
            if (p.endsWith("/*")) {
                File[] jars = new File(p.substring(0, p.length() - 2)).listFiles((d, name) -> name.endsWith(".jar"));
                if (jars != null) {
                    Arrays.sort(jars);
                    for (File j : jars) urls.add(j.toURI().toURL());
                }
            } else {
                urls.add(new File(p).toURI().toURL());
            }
        }
        return new URLClassLoader(urls.toArray(new URL[0]), ClassLoader.getPlatformClassLoader());
    }

    private static ToLongFunction<String> stage(String stage, ClassLoader cl) throws Throwable {
        MethodHandles.Lookup l = MethodHandles.publicLookup();
        switch (stage) {
            case "archival": {
                Class<?> engine = cl.loadClass("org.opis.archival.ArchivalEngine");
                Object e = l.findStatic(engine, "standard", MethodType.methodType(engine)).invoke();
                MethodHandle parse = l.findVirtual(engine, "parse", MethodType.methodType(cl.loadClass("org.opis.archival.ArchivalCitation"), String.class));
                return s -> {
                    try {
                        return parse.invoke(e, s).hashCode();
                    } catch (Throwable t) {
                        throw new IllegalStateException(t);
                    }
                };
            }
            case "list": {
                Class<?> job = cl.loadClass("org.opis.batch.LineJob");
                Object refs = job.getField("REFERENCES").get(null);
                MethodHandle apply = l.findVirtual(job, "apply", MethodType.methodType(String.class, String.class));
                return s -> {
                    try {
                        return ((String) apply.invoke(refs, s)).hashCode();
                    } catch (Throwable t) {
                        throw new IllegalStateException(t);
                    }
                };
            }
            case "rules": {
                // the rules alone (no tagger, no chooser), as ReferenceListParser reads a one-entry list; package-private, so reflected
                Class<?> rlp = cl.loadClass("org.opis.reflist.ReferenceListParser");
                Class<?> src = cl.loadClass("org.opis.text.SourceText");
                Class<?> segC = cl.loadClass("org.opis.reflist.segment.Segmenter");
                Object seg = segC.getMethod("bundled").invoke(null);
                Method parse = rlp.getDeclaredMethod("parse", src, cl.loadClass("org.opis.reflist.tagger.Tagger"), segC);
                parse.setAccessible(true);
                java.lang.reflect.Constructor<?> text = src.getConstructor(String.class, String.class);
                Method refs = parse.getReturnType().getMethod("references");
                Method json = cl.loadClass("org.opis.report.JsonShapes").getMethod("reference", cl.loadClass("org.opis.model.Reference"));
                return s -> {
                    try {
                        long h = 0;
                        for (Object r : (List<?>) refs.invoke(parse.invoke(null, text.newInstance("line", "## References\n\n" + s), null, seg))) {
                            h = h * 31 + json.invoke(null, r).toString().hashCode();
                        }
                        return h;
                    } catch (ReflectiveOperationException e) {
                        throw new IllegalStateException(e);
                    }
                };
            }
            case "bib": {
                Class<?> imp = cl.loadClass("org.opis.bibtex.BibTeXImport");
                Class<?> src = cl.loadClass("org.opis.text.SourceText");
                MethodHandle make = l.findConstructor(imp, MethodType.methodType(void.class));
                MethodHandle text = l.findConstructor(src, MethodType.methodType(void.class, String.class, String.class));
                Class<?> result = imp.getMethod("read", src).getReturnType();
                MethodHandle read = l.findVirtual(imp, "read", MethodType.methodType(result, src));
                MethodHandle refs = l.findVirtual(result, "references", MethodType.methodType(List.class));
                return s -> {
                    try {
                        return ((List<?>) refs.invoke(read.invoke(make.invoke(), text.invoke("in.bib", s)))).size();
                    } catch (Throwable t) {
                        throw new IllegalStateException(t);
                    }
                };
            }
            case "format": {
                Class<?> json = cl.loadClass("org.opis.csl.CslJson");
                Class<?> src = cl.loadClass("org.opis.text.SourceText");
                Class<?> styleC = cl.loadClass("org.opis.csl.CslStyle");
                Class<?> fmtC = cl.loadClass("org.opis.csl.OutputFormat");
                Class<?> formatterC = cl.loadClass("org.opis.csl.CslFormatter");
                Class<?> renderingC = cl.loadClass("org.opis.csl.Rendering");
                MethodHandle text = l.findConstructor(src, MethodType.methodType(void.class, String.class, String.class));
                Method read = json.getMethod("read", src);
                Method refs = read.getReturnType().getMethod("references");
                Object style = styleC.getMethod("load", String.class).invoke(null, System.getProperty("STYLE", "chicago-author-date"));
                @SuppressWarnings({"unchecked", "rawtypes"})
                Object textFormat = Enum.valueOf((Class) fmtC, System.getProperty("FORMAT", "TEXT"));
                Object formatter = formatterC.getConstructor(styleC, java.util.Optional.class, fmtC).newInstance(style, java.util.Optional.empty(), textFormat);
                boolean cite = Boolean.getBoolean("citations");
                Method render = formatterC.getMethod(cite ? "citeEach" : "bibliography", List.class);
                Method document = formatterC.getMethod("document", List.class);
                Method bib = renderingC.getMethod("bibliography"), cits = renderingC.getMethod("citations"), diags = renderingC.getMethod("diagnostics");
                ToLongFunction<String> f = new ToLongFunction<>() {
                    @Override
                    public long applyAsLong(String s) {
                        try {
                            Object records = refs.invoke(read.invoke(null, text.invoke("items.json", s)));
                            Object r = render.invoke(formatter, records);
                            String out = document.invoke(formatter, bib.invoke(r)) + "\n" + cits.invoke(r) + "\n" + diags.invoke(r);
                            LAST_OUTPUT.put(this, out);
                            return out.length();
                        } catch (Throwable t) {
                            throw new IllegalStateException(t);
                        }
                    }
                };
                return f;
            }
            default:
                throw new IllegalArgumentException("archival|list|rules|bib|format");
        }
    }
}
