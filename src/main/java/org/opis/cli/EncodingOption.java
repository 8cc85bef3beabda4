package org.opis.cli;

import org.opis.text.SourceReader;
import picocli.CommandLine.Option;

import java.nio.charset.Charset;
import java.util.Optional;

/**
 * What every reading command shares (a picocli mixin): {@code --encoding CHARSET} reads the input in
 * this encoding instead of recognising it; {@code --limit NAME=N} sets a safety limit
 * ({@link org.opis.text.Limits}; {@link Main} applies it for the run).
 */
class EncodingOption {

    @Option(names = "--encoding", paramLabel = "CHARSET",
            description = "read the input in this encoding (e.g. windows-1251, koi8-r, utf-16) instead of recognising it")
    String encoding;

    @Option(names = "--limit", paramLabel = "NAME=N",
            description = "raise (or lower) a safety limit: bib-depth, bib-string, csl-depth, json-depth, json-string, input-size, line-length, entries (see the README); repeatable")
    java.util.Map<String, Long> limits;

    /** The forced charset, if any. @throws IllegalArgumentException naming the unknown charset */
    Optional<Charset> charset() {
        if (encoding == null) return Optional.empty();
        try {
            return Optional.of(Charset.forName(encoding.strip()));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown encoding '" + encoding + "' (e.g. utf-8, utf-16, windows-1251, koi8-r, windows-1252, iso-8859-2)");
        }
    }

    /** Reads a file (or - for standard input) with the forced encoding, if any. */
    SourceReader.Result read(String file) throws SourceReader.UnreadableException {
        Optional<Charset> cs;
        try {
            cs = charset();
        } catch (IllegalArgumentException e) {
            throw new SourceReader.UnreadableException(e.getMessage(), e);
        }
        return SourceReader.read(file, cs);
    }

}
