package org.opis.reflist.segment;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The line tags of a real list file, found by aligning its hand-checked entries ({@code gold.jsonl}
 * beside it) with its lines: the line where an entry's text starts is a {@code BEGIN}, the further
 * lines it covers {@code INSIDE}, every other non-blank line {@code OUTSIDE}. Texts are compared on
 * their letters and digits only, so markup, list markers and line breaks do not matter.
 */
public final class GoldLayout {

    /** A list file with its tags, and the gold entries that could not be found in it. */
    public record Labelled(String name, List<String> fileLines, Lines lines, LineTag[] tags, List<String> entries, int unaligned) {
    }

    private GoldLayout() {
    }

    /** The list file of a gold folder: {@code list.md}, {@code list.txt} or {@code note.md}, or null. */
    public static Path listFile(Path folder) {
        for (String f : new String[]{"list.md", "list.txt", "note.md"}) {
            Path p = folder.resolve(f);
            if (Files.isRegularFile(p)) return p;
        }
        return null;
    }

    /** Aligns the entries with the file's lines. */
    public static Labelled label(String name, String fileText, List<String> entries) {
        List<String> all = Lines.split(fileText);
        Lines lines = Lines.pieces(all, 1, all.size());
        StringBuilder key = new StringBuilder();
        List<Integer> lineOf = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String t = java.text.Normalizer.normalize(lines.get(i).text(), java.text.Normalizer.Form.NFC);
            for (int k = 0; k < t.length(); k++) {
                char c = t.charAt(k);
                if (Character.isLetterOrDigit(c)) {
                    key.append(Character.toLowerCase(c));
                    lineOf.add(i);
                }
            }
        }
        LineTag[] tags = new LineTag[lines.size()];
        java.util.Arrays.fill(tags, LineTag.OUTSIDE);
        String k = key.toString();
        int cursor = 0;
        int missed = 0;
        for (String e : entries) {
            String g = alnum(e);
            if (g.isEmpty()) continue;
            int at = k.indexOf(g, cursor);
            if (at < 0) at = k.indexOf(g);
            if (at < 0) {
                missed++;
                continue;
            }
            int first = lineOf.get(at);
            int last = lineOf.get(at + g.length() - 1);
            if (tags[first] == LineTag.OUTSIDE) tags[first] = LineTag.BEGIN;
            for (int i = first + 1; i <= last; i++) tags[i] = LineTag.INSIDE;
            cursor = at + g.length();
        }
        return new Labelled(name, all, lines, tags, entries, missed);
    }

    /** Reads a gold folder's list file and entries and aligns them; null when it has no list file. */
    public static Labelled read(Path folder) throws IOException {
        Path f = listFile(folder);
        if (f == null || !Files.isRegularFile(folder.resolve("gold.jsonl"))) return null;
        List<String> entries = new ArrayList<>();
        for (org.opis.reflist.tagger.Corpus.Entry e : org.opis.reflist.tagger.Corpus.read(folder.resolve("gold.jsonl"), folder.getFileName().toString()).entries()) {
            entries.add(e.text());
        }
        return label(folder.getFileName().toString(), Files.readString(f, StandardCharsets.UTF_8), entries);
    }

    static String alnum(String s) {
        // one form of the accented letters: a list file or its gold in decomposed form (E and a combining acute)
        // compares equal to opis's entries, which are read in composed form
        s = java.text.Normalizer.normalize(s, java.text.Normalizer.Form.NFC);
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isLetterOrDigit(c)) b.append(Character.toLowerCase(c));
        }
        return b.toString();
    }
}
