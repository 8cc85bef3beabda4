package org.opis.model;

import java.util.Objects;
import java.util.Optional;

/**
 * One finding about the user's text: a stable code (such as {@code archival/vulgar-fraction}),
 * a severity, the place, a plain message and, where possible, a suggested fix.
 *
 * @param code     stable code, {@code area/rule}; never reused for another meaning
 * @param severity how serious it is
 * @param span     where it is
 * @param message  plain-language message for a historian
 * @param fix      the suggested replacement or action, if any
 */
public record Diagnostic(String code, Severity severity, Span span, String message, Optional<String> fix)
        implements Comparable<Diagnostic> {

    public Diagnostic {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(message, "message");
        fix = fix == null ? Optional.empty() : fix;
    }

    public static Diagnostic error(String code, Span span, String message) {
        return new Diagnostic(code, Severity.ERROR, span, message, Optional.empty());
    }

    public static Diagnostic warning(String code, Span span, String message) {
        return new Diagnostic(code, Severity.WARNING, span, message, Optional.empty());
    }

    public static Diagnostic info(String code, Span span, String message) {
        return new Diagnostic(code, Severity.INFO, span, message, Optional.empty());
    }

    /** The same finding with a suggested fix. */
    public Diagnostic withFix(String suggestion) {
        return new Diagnostic(code, severity, span, message, Optional.ofNullable(suggestion));
    }

    /** The same finding at another place. */
    public Diagnostic at(Span where) {
        return new Diagnostic(code, severity, where, message, fix);
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /** Orders findings by position, then code. */
    @Override
    public int compareTo(Diagnostic o) {
        int c = Integer.compare(span.line(), o.span.line());
        if (c == 0) c = Integer.compare(span.column(), o.span.column());
        if (c == 0) c = code.compareTo(o.code);
        return c;
    }

    /** Compiler-style line: {@code FILE:LINE:COL: error[CODE]: message (fix: …)}. */
    public String format(String file) {
        StringBuilder sb = new StringBuilder(file.length() + message.length() + fix.map(String::length).orElse(0) + 64);
        try {
            formatTo(file, sb);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e); // a StringBuilder does not throw
        }
        return sb.toString();
    }

    /**
     * The line of {@link #format(String)}, appended to {@code out} piece by piece: a finding that quotes a
     * long stretch of its input (a 1 MB citation key) is written without a second copy of the line.
     */
    public void formatTo(String file, Appendable out) throws java.io.IOException {
        out.append(file).append(':').append(Integer.toString(span.line())).append(':').append(Integer.toString(span.column())).append(": ")
          .append(severity.word()).append('[').append(code).append("]: ").append(message);
        if (fix.isPresent()) out.append(" (fix: ").append(fix.get()).append(')');
    }
}
