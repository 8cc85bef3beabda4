package org.opis.document;

import org.opis.cite.CheckedCitation;
import org.opis.cite.CitationForm;
import org.opis.cite.CitationKind;
import org.opis.cite.CitationStatus;
import org.opis.cite.InTextCitation;
import org.opis.cite.Locator;
import org.opis.cite.Locators;
import org.opis.model.Reference;
import org.opis.model.Span;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.ToIntFunction;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Numbered references (GOST, IEEE, Vancouver): the list numbers its works ({@code 1. …}, {@code [2]: …},
 * {@code <a name="fn2">[2]</a>: …}) and the text cites them by number in square brackets, with the page after a
 * comma and several works after semicolons — {@code [12]}, {@code [12, с. 45]}, {@code [12; 14]},
 * {@code [3, с. 26]} — also when the bracket is the text of a Markdown link or sits in inline HTML
 * ({@code [<font color="#696969">[3, с. 26]</font>](#c1)}, {@code [[2, с. 40]](#myfootnote2)}). A number no work of
 * the list carries is not a citation. Documents with numbered notes are left alone: there {@code [12]} calls a note.
 */
final class NumericReferences {

    /** A numbered entry: {@code [2]: …}, {@code [2] …}, {@code <a name="x">[2]</a>: …} (tags before or around the number). */
    private static final Pattern ENTRY = Pattern.compile("^\\s*(?:<[^>]{1,200}>\\s*)*\\[(\\d{1,3})\\]\\s*(?:</[a-zA-Z]+>\\s*)*:?\\s+(?=\\S)");
    /** A bracket holding numbers: {@code [12]}, {@code [12, с. 45]}, {@code [12; 14, с. 3]}, {@code [1 - ▶ Video 6, 0:03:40]}. */
    private static final Pattern BRACKET = Pattern.compile("\\[(\\d{1,3})(?=[\\],;\\s–-])([^\\[\\]\\n]{0,80})\\]");
    private static final Pattern PART = Pattern.compile("^\\s*(\\d{1,3})(?![\\d.])(.*)$", Pattern.DOTALL);

    private NumericReferences() {
    }

    /** The number each numbered entry block carries, by block index (the list's items, or paragraphs {@code [N]: …}). */
    static Map<Integer, Integer> numbered(Document doc, List<Part> parts, boolean anyPart) {
        Map<Integer, Integer> out = new LinkedHashMap<>();
        for (int i = 0; i < doc.blocks().size(); i++) {
            Block b = doc.blocks().get(i);
            if (parts.get(i) == Part.NOTE) return Map.of(); // numbered notes: brackets call notes
            boolean listed = parts.get(i) == Part.REFERENCE && b.label() != null && b.label().matches("\\d{1,3}");
            Matcher m = ENTRY.matcher(b.text());
            if (listed) out.put(i, Integer.parseInt(b.label()));
            else if (m.lookingAt() && (anyPart || parts.get(i) == Part.REFERENCE)) out.put(i, Integer.parseInt(m.group(1)));
        }
        return out.size() >= 2 ? out : Map.of();
    }

    /**
     * Adds the numeric citations of the body; {@code place} gives a reference's offset in the original (or -1), so the
     * list's own entries are found by the block they stand in; entries no reference was read from become works when
     * {@code worksFromNotes}.
     */
    static void add(Document doc, List<Part> parts, List<CheckedCitation> citations, List<Reference> known, List<Reference> added,
                    boolean worksFromNotes, Set<String> usedIds, ToIntFunction<Reference> place) {
        Map<Integer, Integer> entries = numbered(doc, parts, known.isEmpty() || worksFromNotes);
        if (entries.isEmpty()) return;
        Map<Integer, String> byNumber = new LinkedHashMap<>();
        for (Map.Entry<Integer, Integer> e : entries.entrySet()) {
            Block b = doc.blocks().get(e.getKey());
            Reference read = EntryLabels.readFrom(doc, b, known, place);
            String id = read == null ? null : read.id();
            if (id == null && worksFromNotes) {
                Matcher m = ENTRY.matcher(b.text());
                int start = m.lookingAt() ? m.end() : 0;
                // inline HTML, Markdown links ([Title](url) → Title) and emphasis marks are no part of the work's text
                String entry = b.text().substring(start).replaceAll("<[^>]{1,200}>", " ")
                        .replaceAll("\\[([^\\]]{1,300})\\]\\([^)\\s]{0,500}\\)", "$1")
                        .replaceAll("(?<![\\p{L}\\d])[_*]+|[_*]+(?![\\p{L}\\d])", "").strip();
                if (entry.strip().length() < 4) continue;
                Reference w = FullNotes.work(entry, doc.positions().span(b.origin().position(start)), NamedTitleNotes.unique(usedIds));
                known.add(w);
                added.add(w);
                id = w.id();
            }
            if (id != null) byNumber.putIfAbsent(e.getValue(), id);
        }
        if (byNumber.isEmpty()) return;
        Set<Integer> taken = new HashSet<>();
        for (CheckedCitation c : citations) taken.add(c.citation().span().offset());
        for (int i = 0; i < doc.blocks().size(); i++) {
            if (entries.containsKey(i) || parts.get(i) == Part.REFERENCE || parts.get(i) == Part.FURTHER_READING) continue;
            Block b = doc.blocks().get(i);
            Matcher m = BRACKET.matcher(b.text());
            while (m.find()) {
                String inner = b.text().substring(m.start() + 1, m.end() - 1);
                int offset = m.start() + 1;
                for (String part : inner.split(";")) {
                    Matcher p = PART.matcher(part);
                    if (p.matches()) {
                        int n = Integer.parseInt(p.group(1));
                        String id = byNumber.get(n);
                        if (id != null) {
                            int k = offset + part.indexOf(p.group(1));
                            Span at = doc.positions().span(b.origin().position(k));
                            if (!taken.contains(at.offset())) {
                                List<Locator> locs = locators(p.group(2));
                                String text = part.strip();
                                InTextCitation t = new InTextCitation(text, new Span(at.line(), at.column(), at.offset(), text.length()), 5_000_000 + i,
                                        CitationForm.PARENTHETICAL, CitationKind.BIBLIOGRAPHIC, String.valueOf(n), false, Optional.empty(), Optional.empty(),
                                        locs, "", parts.get(i) == Part.NOTE, Optional.empty(), false);
                                citations.add(new CheckedCitation(t, CitationStatus.RESOLVED, Optional.of(id), List.of(),
                                        "numbered reference " + n, locs, Optional.empty()));
                                taken.add(at.offset());
                            }
                        }
                    }
                    offset += part.length() + 1;
                }
            }
        }
    }

    /** The pinpoint after the number's comma: {@code , с. 45} → page 45; anything else ({@code , слайд 89}) gives none. */
    private static List<Locator> locators(String rest) {
        int comma = rest.indexOf(',');
        if (comma < 0) return List.of();
        String tail = rest.substring(comma + 1).strip();
        if (tail.isEmpty() || !Character.isLetter(tail.charAt(0))) return List.of();
        Locators.Reading r = Locators.standard().read(tail);
        if (r.locators().isEmpty() || !tail.substring(Math.min(tail.length(), r.consumed())).isBlank()) return List.of();
        return r.locators();
    }

}
