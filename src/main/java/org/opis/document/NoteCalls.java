package org.opis.document;

import org.opis.model.Diagnostic;
import org.opis.model.Span;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Numeric note calls joined to their notes. A call is a number set off as a note call in the text
 * of the body or of a note: {@code [12]} (plain text, Wikipedia's rendered pages; the HTML reader
 * writes {@code <sup>12</sup>} and Wikipedia's {@code sup.reference} so), {@code <sup>12</sup>} left
 * in Markdown or text, pandoc's superscript {@code ^12^}, or Unicode superscript digits
 * ({@code ¹²}) after a word or punctuation. It is joined to the note labelled with that number.
 * Where several note lists number from 1 (a wiki's group of explanatory notes beside its
 * references), a number is the longest list's. Calls are looked for only in a document with
 * numbered notes (in one without, {@code [12]} is a numbered-reference citation, read as such);
 * a call with no note of its number is a finding ({@code document/note-call-unmatched}).
 */
public final class NoteCalls {

    /** {@code document/note-call-unmatched} (warning): a note call whose number no note has. */
    public static final String UNMATCHED = "document/note-call-unmatched";

    /** A note call: its block and place in the block's text, its label, where it is, and the note block it is joined to (-1: none). */
    public record Call(int block, int offset, String label, Span span, int note) {
    }

    private static final Pattern CALL = Pattern.compile(
            "(?<![\\[\\d])\\[(\\d{1,3})\\](?!\\(|:\\s)|<sup>\\s*(\\d{1,3})\\s*</sup>|(?<=[\\p{L}\\p{P}])\\^(\\d{1,3})\\^|(?<=[\\p{L}.,;:!?)\"”’])([¹²³⁰⁴⁵⁶⁷⁸⁹]{1,3})(?![¹²³⁰⁴⁵⁶⁷⁸⁹])");
    private static final String SUPERSCRIPTS = "⁰¹²³⁴⁵⁶⁷⁸⁹";

    private NoteCalls() {
    }

    /** The calls of a document, in reading order, each joined to its note where it has one. */
    public static List<Call> of(Document doc, List<Part> parts) {
        Map<String, Integer> notes = numberedNotes(doc, parts);
        if (notes.isEmpty()) return List.of();
        List<Call> out = new ArrayList<>();
        for (int i = 0; i < doc.blocks().size(); i++) {
            Part p = parts.get(i);
            if (p != Part.BODY && p != Part.NOTE) continue;
            Block b = doc.blocks().get(i);
            Matcher m = CALL.matcher(b.text());
            while (m.find()) {
                String label = label(m);
                if (label.isEmpty() || label.startsWith("0")) continue;
                Integer note = notes.get(label);
                if (note != null && note == i) continue; // a note's own number written in it
                Span at = doc.positions().span(b.origin().position(m.start())).withLength(m.end() - m.start());
                out.add(new Call(i, m.start(), label, at, note == null ? -1 : note));
            }
        }
        return out;
    }

    /** Where the note a call is joined to starts in the original file (empty: no note has its number). */
    public static java.util.Optional<Span> noteStart(Document doc, Call c) {
        if (c.note() < 0 || c.note() >= doc.blocks().size()) return java.util.Optional.empty();
        return java.util.Optional.of(doc.positions().span(doc.blocks().get(c.note()).origin().position(0)));
    }

    /** Findings for calls that no note answers. */
    public static List<Diagnostic> findings(List<Call> calls) {
        List<Diagnostic> out = new ArrayList<>();
        for (Call c : calls) {
            if (c.note() >= 0) continue;
            out.add(Diagnostic.warning(UNMATCHED, c.span(), "note call " + c.label() + " has no note numbered " + c.label())
                    .withFix("add note " + c.label() + " or correct the call's number"));
        }
        return out;
    }

    private static String label(Matcher m) {
        for (int g = 1; g <= 3; g++) if (m.group(g) != null) return m.group(g);
        StringBuilder b = new StringBuilder();
        for (char ch : m.group(4).toCharArray()) b.append(SUPERSCRIPTS.indexOf(ch));
        return b.toString();
    }

    /** Notes by number; a number several lists give is the longest list's. */
    private static Map<String, Integer> numberedNotes(Document doc, List<Part> parts) {
        // runs of consecutive note blocks with numeric labels: one list each
        List<List<Integer>> lists = new ArrayList<>();
        List<Integer> run = null;
        String last = null;
        for (int i = 0; i < doc.blocks().size(); i++) {
            Block b = doc.blocks().get(i);
            boolean numbered = parts.get(i) == Part.NOTE && b.label().matches("\\d{1,4}");
            if (!numbered) {
                if (parts.get(i) != Part.NOTE) continue;
                run = null;
                continue;
            }
            boolean restart = run == null || last != null && Integer.parseInt(b.label()) <= Integer.parseInt(last);
            if (restart) {
                run = new ArrayList<>();
                lists.add(run);
            }
            run.add(i);
            last = b.label();
        }
        lists.sort((a, b) -> Integer.compare(b.size(), a.size()));
        Map<String, Integer> out = new HashMap<>();
        for (List<Integer> l : lists) for (int i : l) out.putIfAbsent(doc.blocks().get(i).label(), i);
        return out;
    }
}
