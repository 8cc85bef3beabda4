package org.opis.csl;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/** The kinds of document opis can write a formatted bibliography or citation as. */
public enum OutputFormat {
    /** Plain text, one entry per line. */
    TEXT("text"),
    /** HTML, entries in {@code <div class="csl-entry">} (as citeproc-js and citeproc-java write them). */
    HTML("html"),
    /** Rich Text Format, for word processors. */
    RTF("rtf"),
    /** Markdown: italics as {@code *…*}, one entry per paragraph. */
    MARKDOWN("markdown"),
    /** AsciiDoc: entries as {@code [.csl-entry]} paragraphs. */
    ASCIIDOC("asciidoc");

    private final String word;

    OutputFormat(String word) {
        this.word = word;
    }

    /** The name used on the command line. */
    public String word() {
        return word;
    }

    /** The format with this command-line name, if any. */
    public static Optional<OutputFormat> of(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        if (n.equals("txt") || n.equals("plain")) n = "text";
        if (n.equals("md")) n = "markdown";
        if (n.equals("adoc")) n = "asciidoc";
        for (OutputFormat f : values()) if (f.word.equals(n)) return Optional.of(f);
        return Optional.empty();
    }

    /** The names accepted on the command line, for messages. */
    public static String names() {
        return Arrays.stream(values()).map(OutputFormat::word).collect(Collectors.joining(", "));
    }
}
