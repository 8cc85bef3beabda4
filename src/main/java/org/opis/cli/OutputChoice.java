package org.opis.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The one grammar for where and how a command writes: {@code -o/--output FILE} names the file,
 * {@code --format FMT} the format. Old spellings are accepted with a deprecation note on standard
 * error: {@code --output FMT} (a bare format name, as {@code opis format} once took it) and
 * {@code --out FILE}.
 */
final class OutputChoice {

    /** What the command line asked for: the format name (lower-case) and the file, if any. */
    record Choice(Optional<String> format, Optional<String> file) {
    }

    private OutputChoice() {
    }

    /**
     * Resolves {@code -o/--output} values (one, or two when an old-style format name is among them),
     * the {@code --format} value and the deprecated {@code --out} value.
     *
     * @throws IllegalArgumentException with a plain message when the values cannot be told apart
     */
    static Choice resolve(String command, List<String> outputs, String format, String deprecatedOut,
                          Collection<String> formatNames, PrintWriter err) {
        List<String> files = new ArrayList<>();
        String fmt = format == null ? null : format.toLowerCase(Locale.ROOT);
        for (String o : outputs == null ? List.<String>of() : outputs) {
            boolean bareFormatName = formatNames.contains(o.toLowerCase(Locale.ROOT)) && !o.contains(".") && !o.contains("/");
            if (bareFormatName && fmt == null) {
                fmt = o.toLowerCase(Locale.ROOT);
                err.println("opis " + command + ": note: '--output " + o + "' as a format is deprecated; use --format " + fmt
                        + " (-o/--output names the file; write -o ./" + o + " for a file of that name)");
            } else {
                files.add(o);
            }
        }
        if (deprecatedOut != null) {
            err.println("opis " + command + ": note: --out is deprecated; use -o/--output FILE");
            files.add(deprecatedOut);
        }
        if (files.size() > 1) {
            throw new IllegalArgumentException("more than one output file given (" + String.join(", ", files) + ")");
        }
        return new Choice(Optional.ofNullable(fmt), files.stream().findFirst());
    }

    /** Prints the deprecation note for an old option name that now has a new one. */
    static void deprecated(String command, String old, String now, PrintWriter err) {
        err.println("opis " + command + ": note: " + old + " is deprecated; use " + now);
    }
}
