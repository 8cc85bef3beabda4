package org.opis.cli;

import org.opis.text.SourceReader;
import picocli.CommandLine.Option;

import java.nio.charset.Charset;
import java.util.Optional;

/** {@code --encoding CHARSET} (a picocli mixin): read the input in this encoding instead of recognising it. */
class EncodingOption {

    @Option(names = "--encoding", paramLabel = "CHARSET",
            description = "read the input in this encoding (e.g. windows-1251, koi8-r, utf-16) instead of recognising it")
    String encoding;

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
