package org.opis.bench;

import org.opis.reflist.tagger.Tagger;
import org.openjdk.jmh.annotations.*;

import java.io.InputStream;
import java.util.concurrent.TimeUnit;

/**
 * The reference-field tagger: tagging one entry (tokens, features, Viterbi, marginals, fields,
 * CSL record), cycling through entries in several shapes; and loading the bundled model.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class TaggerBench {
    private static final String[] ENTRIES = {
            "Ivanov, P., The Soviet Navy in the Pacific (1975).",
            "Moser, Karl: Lenin. Eine Biographie, Berlin: Aufbau 2011, 512 S.",
            "Smith, Anna. 2012. “On Rumours.” *Kritika* 14 (2): 301–35.",
            "Белов, И. П., и С. Н. Ершов. «Торговля и кредит в уезде». Сибирский исторический журнал, т. 4, вып. 2 (2009): 15–29.",
            "A History of the Comintern. By Jane Doe. [Ithaca, NY: Press, 1998.]",
            "Li,Wei (2003):Title of the Book,Beijing.",
            "Doe, John. “Soviet Grain.” Slavic Review, Vol. 41, No. 2 (Jun., 1982), pp. 210–232.",
            "Kotkin, Stephen. *Magnetic Mountain: Stalinism as a Civilization*. Berkeley: University of California Press, 1995.",
    };

    private Tagger tagger;
    private int i;

    @Setup
    public void setup() throws Exception {
        tagger = Tagger.bundled();
    }

    @Benchmark
    public Object tagOneEntry() {
        String e = ENTRIES[i++ & 7];
        return tagger.tag(e).item("x");
    }

    /** Reading the bundled model from the jar (what the first use of the tagger costs). */
    @Benchmark
    @BenchmarkMode(Mode.SingleShotTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    @Warmup(iterations = 3)
    @Measurement(iterations = 10)
    public Object loadModel() throws Exception {
        java.nio.file.Path tmp = java.nio.file.Files.createTempFile("opis-model", ".bin.gz");
        try (InputStream in = Tagger.class.getResourceAsStream(Tagger.BUNDLED)) {
            java.nio.file.Files.copy(in, tmp, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            return Tagger.load(tmp);
        } finally {
            java.nio.file.Files.deleteIfExists(tmp);
        }
    }
}
