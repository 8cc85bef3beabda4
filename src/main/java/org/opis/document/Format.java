package org.opis.document;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;

/** The input formats of a document, chosen by extension and content ({@link #detect}) or forced ({@code --from}). */
public enum Format {
    MARKDOWN, DOCX, HTML, LATEX, TEXT;

    /** The format named on the command line: {@code markdown|md|docx|html|latex|tex|text|txt}. */
    public static Optional<Format> named(String name) {
        return switch (name.strip().toLowerCase(Locale.ROOT)) {
            case "markdown", "md", "commonmark", "pandoc" -> Optional.of(MARKDOWN);
            case "docx", "word" -> Optional.of(DOCX);
            case "html", "htm", "xhtml" -> Optional.of(HTML);
            case "latex", "tex" -> Optional.of(LATEX);
            case "text", "txt", "plain" -> Optional.of(TEXT);
            default -> Optional.empty();
        };
    }

    /**
     * The format of a file from its content first (a zip is a {@code .docx}; markup of HTML or LaTeX
     * near the start), then its extension; Markdown otherwise (plain text reads as Markdown too).
     */
    public static Format detect(String name, byte[] bytes) {
        if (bytes.length >= 4 && bytes[0] == 'P' && bytes[1] == 'K' && bytes[2] == 3 && bytes[3] == 4) return DOCX;
        String n = name.toLowerCase(Locale.ROOT);
        if (n.endsWith(".docx") || n.endsWith(".docm") || n.endsWith(".dotx")) return DOCX;
        String head = new String(bytes, 0, Math.min(bytes.length, 4096), StandardCharsets.UTF_8).stripLeading();
        String lower = head.toLowerCase(Locale.ROOT);
        if (n.endsWith(".html") || n.endsWith(".htm") || n.endsWith(".xhtml")) return HTML;
        if (n.endsWith(".tex") || n.endsWith(".ltx")) return LATEX;
        if (n.endsWith(".md") || n.endsWith(".markdown")) return MARKDOWN;
        if (lower.startsWith("<!doctype html") || lower.startsWith("<html") || lower.contains("<body")) return HTML;
        if (head.contains("\\documentclass") || head.contains("\\begin{document}") || head.contains("\\section{")) return LATEX;
        if (n.endsWith(".txt")) return TEXT;
        return MARKDOWN;
    }
}
