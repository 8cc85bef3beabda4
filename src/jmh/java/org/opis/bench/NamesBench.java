package org.opis.bench;

import org.opis.names.MatchKey;
import org.openjdk.jmh.annotations.*;

import java.util.concurrent.TimeUnit;

/**
 * Name matching: comparing a cited surname with a listed one, in Latin script (no ICU
 * transliteration needed), with diacritics and in Cyrillic, and with names prepared once.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class NamesBench {

    private final MatchKey keys = MatchKey.standard();
    private MatchKey.Prepared bukharkin;
    private MatchKey.Prepared buharkin;

    @Setup
    public void setup() {
        bukharkin = keys.prepare("Bukharkin");
        buharkin = keys.prepare("Buharkin");
    }

    @Benchmark
    public MatchKey.Comparison matchKeyLatin() {
        return keys.compare("Bukharkin", "Buharkin");
    }

    @Benchmark
    public MatchKey.Comparison matchKeyDiacritics() {
        return keys.compare("Ognětov", "Ognetov");
    }

    @Benchmark
    public MatchKey.Comparison matchKeyCyrillic() {
        return keys.compare("Хрущёв", "Khrushchev");
    }

    @Benchmark
    public MatchKey.Comparison matchKeyPrepared() {
        return keys.compare(bukharkin, buharkin);
    }
}
