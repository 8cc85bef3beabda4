package org.opis.archival;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.ibm.icu.text.Transliterator;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * A spelling-blind key for full archive names, so that "Rossiiskii gosudarstvennyi arkhiv",
 * "Rossijskij gosudarstvennyj arhiv" and "Российский государственный архив" compare equal.
 * The transliteration and the folds are data ({@code name-key.json}).
 */
public final class NameKey {

    private final Transliterator translit;
    private final String drop;
    private final List<String[]> replace;

    private NameKey(String translitId, String drop, List<String[]> replace) {
        this.translit = Transliterator.getInstance(translitId);
        this.drop = drop;
        this.replace = List.copyOf(replace);
    }

    static NameKey load() {
        try (InputStream in = NameKey.class.getResourceAsStream("name-key.json")) {
            JsonNode root = new ObjectMapper().readTree(in);
            List<String[]> rep = new ArrayList<>();
            for (JsonNode pair : root.path("replace")) rep.add(new String[]{pair.get(0).asText(), pair.get(1).asText()});
            return new NameKey(root.path("transliterator").asText("Any-Latin; Latin-ASCII; Lower"), root.path("drop").asText(""), rep);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read name-key.json", e);
        }
    }

    /** Keys already made (transliteration is slow, and every note re-keys the registry's names). */
    private final java.util.concurrent.ConcurrentHashMap<String, String> made = new java.util.concurrent.ConcurrentHashMap<>();
    /** At most this many keys are remembered, so memory stays bounded whatever the input. */
    private static final int REMEMBERED = 10_000;

    /** The key of a name: lower-case ASCII letters with transliteration differences folded away. */
    public String key(String name) {
        String k = made.get(name);
        if (k != null) return k;
        k = compute(name);
        if (made.size() < REMEMBERED) made.putIfAbsent(name, k);
        return k;
    }

    private String compute(String name) {
        String s;
        synchronized (translit) { // ICU transliterators are not documented as thread-safe
            s = translit.transliterate(name);
        }
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (drop.indexOf(c) >= 0) continue;
            if ((c >= 'a' && c <= 'z')) sb.append(c);
            else if (c >= 'A' && c <= 'Z') sb.append(Character.toLowerCase(c));
        }
        String k = sb.toString();
        for (String[] r : replace) k = k.replace(r[0], r[1]);
        return k;
    }
}
