package org.opis.model;

/**
 * A stretch of the user's text quoted in a finding's message, in curly quotation marks. A stretch
 * longer than {@link #LONGEST} characters (no real citation or key is; a hostile 1 MB citation key
 * is) is cut after its first {@link #SHOWN} characters and its length given, so that a finding never
 * carries a megabyte of input into every report format (and every copy made while writing one).
 */
public final class Quoted {

    /** The longest stretch quoted whole. */
    public static final int LONGEST = 1000;
    /** How much of a longer stretch is shown. */
    public static final int SHOWN = 200;

    private Quoted() {
    }

    /** {@code “text”}, or {@code “first 200 characters…” (N characters)} for a stretch over 1,000 characters. */
    public static String of(String text) {
        if (text.length() <= LONGEST) return "\u201C" + text + "\u201D";
        int end = SHOWN;
        if (Character.isHighSurrogate(text.charAt(end - 1))) end--; // never half a character
        return "\u201C" + text.substring(0, end) + "\u2026\u201D (" + text.length() + " characters)";
    }
}
