package org.opis.csl;

/**
 * Formatting could not start: an unknown style or locale, a style file that is not CSL, an output
 * format opis does not write. The message is meant for the user, without a stack trace.
 */
public final class FormatException extends Exception {
    private static final long serialVersionUID = 1L;

    public FormatException(String message) {
        super(message);
    }

    public FormatException(String message, Throwable cause) {
        super(message, cause);
    }
}
