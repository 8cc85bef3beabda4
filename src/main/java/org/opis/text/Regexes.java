package org.opis.text;

import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * The {@code String} methods that take a regular expression ({@code matches}, {@code replaceAll},
 * {@code replaceFirst}, {@code split}), with each expression compiled once instead of at every call:
 * {@code s.matches(re)} compiles {@code re} anew each time, which on a list entry read by dozens of
 * such calls was a measurable part of the reading. Each method returns exactly what the
 * {@code String} method of the same name returns (the JDK defines those by {@link Pattern#compile}
 * and the matcher's method of the same name). Only constant expressions are to be passed: the
 * compiled patterns are kept for the life of the JVM, one per distinct expression.
 */
public final class Regexes {
    private static final ConcurrentHashMap<String, Pattern> COMPILED = new ConcurrentHashMap<>();

    private Regexes() {
    }

    /** The expression compiled (once). */
    public static Pattern of(String regex) {
        Pattern p = COMPILED.get(regex);
        if (p == null) {
            p = Pattern.compile(regex);
            Pattern had = COMPILED.putIfAbsent(regex, p);
            if (had != null) p = had;
        }
        return p;
    }

    /** {@code s.matches(regex)}. */
    public static boolean matches(CharSequence s, String regex) {
        return of(regex).matcher(s).matches();
    }

    /** {@code s.replaceAll(regex, replacement)}. */
    public static String replaceAll(String s, String regex, String replacement) {
        return of(regex).matcher(s).replaceAll(replacement);
    }

    /** {@code s.replaceFirst(regex, replacement)}. */
    public static String replaceFirst(String s, String regex, String replacement) {
        return of(regex).matcher(s).replaceFirst(replacement);
    }

    /** {@code s.split(regex)}. */
    public static String[] split(String s, String regex) {
        return of(regex).split(s, 0);
    }

    /** {@code s.split(regex, limit)}. */
    public static String[] split(String s, String regex, int limit) {
        return of(regex).split(s, limit);
    }
}
