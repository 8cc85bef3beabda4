package org.opis.archival;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * An archive named in the locative after a preposition, as a note's sentence leaves it ("Original … u Arhivu VII, Ča,
 * k. 281, reg. br. 14/1—20"): the preposition and the head noun's locative (data: {@code locatives.tsv}) are read as
 * the nominative ("Arhiv VII") when that, up to the first comma, is a registered archive. The text keeps its length
 * (the nominative is padded with spaces before it), so every column stays that of the text as written.
 */
final class LocativeArchive {

    private record Form(String locative, String nominative) {
    }

    private static final List<Form> FORMS = load();

    private LocativeArchive() {
    }

    static Optional<String> flatten(String text, Predicate<String> knownArchive) {
        if (text == null || text.length() > 400) return Optional.empty();
        int i = 0;
        while (i < text.length() && Character.isWhitespace(text.charAt(i))) i++;
        for (Form f : FORMS) {
            int end = i + f.locative().length();
            if (!text.startsWith(f.locative(), i) || end >= text.length() || text.charAt(end) != ' ') continue;
            int comma = text.indexOf(',', end);
            if (comma < 0) return Optional.empty();
            String head = f.nominative() + text.substring(end, comma);
            if (!knownArchive.test(head.strip())) return Optional.empty();
            String pad = " ".repeat(end - i - f.nominative().length());
            return Optional.of(text.substring(0, i) + pad + f.nominative() + text.substring(end));
        }
        return Optional.empty();
    }

    private static List<Form> load() {
        List<Form> out = new ArrayList<>();
        try (var in = LocativeArchive.class.getResourceAsStream("locatives.tsv")) {
            if (in == null) return List.of();
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = r.readLine()) != null; ) {
                if (line.isBlank() || line.startsWith("#")) continue;
                String[] f = line.split("\t");
                if (f.length == 2 && f[0].length() > f[1].length()) out.add(new Form(f[0], f[1]));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return List.copyOf(out);
    }
}
