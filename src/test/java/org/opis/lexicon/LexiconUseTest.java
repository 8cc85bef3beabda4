package org.opis.lexicon;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.Function;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The readers take their vocabulary from the lexicon's data files and from nowhere else: the same
 * probe ({@code org.opis.cite.LexiconProbe}: a reference list, names, a locator, the citation
 * scanner's words) runs once with the bundled files and once in a class loader that sees copies of
 * them with one Czech or Polish word added to each: {@code listopadu} (November) to months.tsv,
 * {@code Sv.} (svazek, volume) to labels.tsv, {@code tłum.} (translator) to roles.tsv, {@code zu} to
 * particles.tsv, {@code a} (and) and {@code a kol.} (et al.) to connectors.tsv. Each addition must
 * change what the readers make of the input, and nothing else changes.
 */
class LexiconUseTest {

    private static final Map<String, String> ADDED = Map.of(
            "months.tsv", "listopadu\t11\tcs\n",
            "labels.tsv", "Sv.\tvolume\tlist citation title\tsvazek (Czech)\n",
            "roles.tsv", "tłum.\ttranslator\tlist note\n",
            "particles.tsv", "zu\tde\n",
            "connectors.tsv", "a\tand\tcs sk\na kol.\tetal\tcs\n");

    @Test
    void everyReaderReadsTheVocabularyFromTheLexiconFiles(@TempDir Path dir) throws Exception {
        // without "Sv." the rules leave "Sv. 8" in the title (rules-volume), and so does the whole reader for both entries
        // (list-volume): the taggers since round 25 no longer read an unknown abbreviation and a number closing a title as a
        // volume by their shape alone (the taggers of rounds 17-24 did); until round 27 the italic "*Vepra. Sv. 8*" was read
        // as volume 8 all the same, the chooser taking the tagger's volume; since round 28 (the 153-list tagger, the pooled
        // chooser and that round's readers) it keeps the rules' reading there too — an unknown label is no volume —, so the
        // label file's use shows in both entries' whole readings and in the rules'
        String bundled = probe(null);
        assertEquals("""
                list-date=[[1990]]
                list-volume=null|Vepra. Sv. 8
                list-volume=null|Полное собрание сочинений. Sv. 8
                rules-volume=null|Полное собрание сочинений. Sv. 8
                name-role=author
                name-particle=null|Guttenberg
                name-and=1
                name-etal=kol
                locator=[]
                scanner=null|false|false|false
                """, bundled);

        Path lexicon = dir.resolve("org/opis/lexicon");
        Files.createDirectories(lexicon);
        for (Map.Entry<String, String> e : ADDED.entrySet()) {
            Files.writeString(lexicon.resolve(e.getKey()), read(e.getKey()) + e.getValue(), StandardCharsets.UTF_8);
        }
        String changed = probe(dir);
        assertEquals("""
                list-date=[[1990, 11, 7]]
                list-volume=8|Vepra
                list-volume=8|Полное собрание сочинений
                rules-volume=8|Полное собрание сочинений
                name-role=translator
                name-particle=zu|Guttenberg
                name-and=2
                name-etal=Novák
                locator=[Locator[label=volume, value=3]]
                scanner=11|true|true|true
                """, changed);
    }

    private static String read(String file) throws IOException {
        try (InputStream in = LexiconUseTest.class.getResourceAsStream("/org/opis/lexicon/" + file)) {
            assertTrue(in != null, file);
            String s = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return s.endsWith("\n") ? s : s + "\n";
        }
    }

    /** Runs the probe in a fresh class loader: opis's classes loaded anew, resources looked up in {@code first} before the build's. */
    @SuppressWarnings("unchecked")
    private static String probe(Path first) throws Exception {
        URL main = Table.class.getProtectionDomain().getCodeSource().getLocation();
        URL test = LexiconUseTest.class.getProtectionDomain().getCodeSource().getLocation();
        URL[] urls = first == null ? new URL[]{main, test} : new URL[]{first.toUri().toURL(), main, test};
        try (URLClassLoader loader = new ChildFirst(urls, LexiconUseTest.class.getClassLoader())) {
            Class<?> c = loader.loadClass("org.opis.cite.LexiconProbe");
            return ((Function<String, String>) c.getConstructor().newInstance()).apply("");
        }
    }

    /** Loads {@code org.opis} classes and finds resources itself first; everything else from the parent. */
    private static final class ChildFirst extends URLClassLoader {
        ChildFirst(URL[] urls, ClassLoader parent) {
            super(urls, parent);
        }

        @Override
        protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
            if (!name.startsWith("org.opis.")) return super.loadClass(name, resolve);
            synchronized (getClassLoadingLock(name)) {
                Class<?> c = findLoadedClass(name);
                if (c == null) c = findClass(name);
                if (resolve) resolveClass(c);
                return c;
            }
        }

        @Override
        public URL getResource(String name) {
            URL u = findResource(name);
            return u != null ? u : super.getResource(name);
        }
    }
}
