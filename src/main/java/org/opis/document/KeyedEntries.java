package org.opis.document;

import org.opis.cite.CheckedCitation;
import org.opis.cite.CitationForm;
import org.opis.cite.CitationKind;
import org.opis.cite.CitationStatus;
import org.opis.cite.InTextCitation;
import org.opis.cite.LeadWords;
import org.opis.cite.Locator;
import org.opis.cite.Locators;
import org.opis.model.Reference;
import org.opis.model.Span;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A reference list whose entries open with the key they are cited by, then a colon — {@code Royce, 1970: Royce,
 * Winston, _Managing the Development …_}, {@code RUP: _IBM Rational Unified Process_, …}, {@code Agile Manifesto,
 * Authors: …} — the way a student's or a wiki's list is often written. The key is what the text cites, so:
 * <ul>
 * <li>a citation left unresolved or ambiguous whose words are a key ({@code (Royce, 1970, s. 329)}, {@code (Huxley, 2000,
 * s. 263)} for an entry dated 1931 in its text, {@code Chelimsky, 2010} for the key {@code Chelimsky et al., 2010}) is
 * that entry, its pinpoint read from what follows the key;</li>
 * <li>a key alone in parentheses, after a lead word or a semicolon ({@code (viz RUP)}, {@code (srov. IEEE 830)},
 * {@code („…“; Agile Manifesto, Principles)}) is a citation of that entry, which the scanner cannot see: it holds no
 * year;</li>
 * <li>an ibid. of the running text right after such a citation ({@code (tamtéž, s. 335)}) takes its entry.</li>
 * </ul>
 * A list counts as keyed when at least three of its entries, and half of them, open with a key of at most six words
 * before a colon, or when every entry of a list of two or more opens with an author-date key ({@code Serra 2010: …}). Only a key written out whole (case, spacing and {@code et al.} aside) is taken.
 */
final class KeyedEntries {

    /** An entry's key: up to a colon, no sentence stop (an abbreviation before a comma aside: {@code et al.,}), bracket or address in it. */
    private static final Pattern KEY = Pattern.compile("^(?:[*+•-]\\s+|\\d{1,3}[.)]\\s+)?((?:[^:.;()\\[\\]<>/_*\"“„«]|\\.(?=,)){1,60}?)\\s*:\\s+(?=\\S)");
    private static final Pattern PAREN = Pattern.compile("\\(([^()\\n]{1,200})\\)");
    /** A key that ends with a year (and a letter telling one author's works of a year apart): an author-date key. */
    private static final Pattern YEAR_KEY = Pattern.compile("\\p{L}.*\\s(?:1[5-9]\\d\\d|20\\d\\d)[a-z]?$");
    private static final Pattern ET_AL = Pattern.compile("\\s*,?\\s+et\\s+al\\.?(?=,|$)");

    private KeyedEntries() {
    }

    /** The keys of a keyed list (folded key → reference id), or none when the list is not keyed. */
    static Map<String, String> keys(List<Reference> refs) {
        Map<String, String> out = new LinkedHashMap<>();
        Set<String> twice = new HashSet<>();
        for (Reference r : refs) {
            Matcher m = KEY.matcher(r.raw().strip());
            if (!m.lookingAt()) continue;
            String key = m.group(1).strip();
            if (key.split("\\s+").length > 6 || !Character.isLetter(key.codePointAt(0))) continue;
            String k = norm(key);
            if (out.putIfAbsent(k, r.id()) != null) twice.add(k);
        }
        twice.forEach(out::remove);
        if (out.size() >= 3 && out.size() * 2 >= refs.size()) return out;
        // a short list keyed throughout by author and year ("Serra 2010: F. Serra, …", "Calvino 2011: I. Calvino, …")
        return out.size() >= 2 && out.size() == refs.size() && out.keySet().stream().allMatch(k -> YEAR_KEY.matcher(k).find()) ? out : Map.of();
    }

    /** The citation linked to the entry whose key it writes out, when the checker left it unresolved or ambiguous; else itself. */
    static CheckedCitation of(CheckedCitation c, Map<String, String> keys) {
        if (keys.isEmpty() || c.status() != CitationStatus.UNRESOLVED && c.status() != CitationStatus.AMBIGUOUS) return c;
        if (c.citation().kind() != CitationKind.BIBLIOGRAPHIC) return c;
        String found = null;
        String core = "";
        int after = -1;
        // each piece between semicolons, lead words off ("„…“; srov. Chelimsky, 2010, s. 97")
        for (String piece : c.citation().text().split(";")) {
            String p = norm(piece.strip().substring(LeadWords.at(piece.strip())));
            for (String k : keys.keySet()) {
                int at = keyAt(p, k);
                if (at < 0) continue;
                if (found != null && found.length() == k.length() && !found.equals(k)) return c; // two keys fit alike
                if (found == null || k.length() > found.length()) {
                    found = k;
                    core = p;
                    after = at + k.length();
                }
            }
        }
        if (found == null) return c;
        List<Locator> locs = pinpoint(core.substring(after));
        InTextCitation t = c.citation();
        InTextCitation relinked = new InTextCitation(t.text(), t.span(), t.group(), t.form(), t.kind(), t.who(), t.byTitle(), t.year(),
                t.date(), locs, t.rest(), t.inNotes(), t.title(), t.fullNote());
        return new CheckedCitation(relinked, CitationStatus.RESOLVED, Optional.of(keys.get(found)), List.of(),
                "second look: the list's entry keyed “" + found + "”", locs, Optional.empty());
    }

    /** Where key {@code k} stands whole in the citation's words {@code core} (start, or after a comma or semicolon), or -1. */
    private static int keyAt(String core, String k) {
        int from = 0;
        while (true) {
            int at = core.indexOf(k, from);
            if (at < 0) return -1;
            boolean before = at == 0 || core.startsWith(", ", at - 2) || core.startsWith("; ", at - 2);
            int end = at + k.length();
            boolean afterOk = end == core.length() || ",:;".indexOf(core.charAt(end)) >= 0;
            if (before && afterOk) return at;
            from = at + 1;
        }
    }

    /** The pinpoint after a key ({@code , s. 329, zvýr. KM} → page 329); none when nothing after it reads as one. */
    private static List<Locator> pinpoint(String rest) {
        String tail = rest.replaceFirst("^[,:]\\s*", "").strip();
        if (tail.isEmpty()) return List.of();
        Locators.Reading r = Locators.standard().read(tail);
        return r.locators();
    }

    /**
     * Adds, to {@code citations}, keys standing alone in parentheses of the running text or the notes ({@code (viz RUP)}),
     * each piece between semicolons read on its own; returns the citations added.
     */
    static List<CheckedCitation> add(Document doc, List<Part> parts, List<CheckedCitation> citations, Map<String, String> keys) {
        List<CheckedCitation> added = new ArrayList<>();
        if (keys.isEmpty()) return added;
        for (int i = 0; i < doc.blocks().size(); i++) {
            Part part = parts.get(i);
            if (part != Part.BODY && part != Part.NOTE) continue;
            Block b = doc.blocks().get(i);
            Matcher m = PAREN.matcher(b.text());
            while (m.find()) {
                int offset = m.start(1);
                for (String piece : m.group(1).split(";", -1)) {
                    int lead = LeadWords.at(piece.stripLeading());
                    int skip = piece.length() - piece.stripLeading().length() + lead;
                    String words = piece.substring(skip).strip();
                    String id = words.isEmpty() ? null : keys.get(norm(words));
                    if (id != null) {
                        Span at = doc.positions().span(b.origin().position(offset + skip));
                        if (citations.stream().noneMatch(c -> c.citation().span().line() == at.line()
                                && Math.abs(c.citation().span().offset() - at.offset()) <= words.length())) {
                            InTextCitation t = new InTextCitation(words, new Span(at.line(), at.column(), at.offset(), words.length()),
                                    6_000_000 + i, CitationForm.PARENTHETICAL, CitationKind.BIBLIOGRAPHIC, words, true, Optional.empty(),
                                    Optional.empty(), List.of(), "", part == Part.NOTE);
                            CheckedCitation c = new CheckedCitation(t, CitationStatus.RESOLVED, Optional.of(id), List.of(),
                                    "the list's entry keyed “" + words + "”", List.of(), Optional.empty());
                            citations.add(c);
                            added.add(c);
                        }
                    }
                    offset += piece.length() + 1;
                }
            }
        }
        return added;
    }

    /**
     * An ibid. of the running text ({@code (tamtéž, s. 335)}) right after a citation linked here takes its entry and
     * status; {@code citations} in reading order, changed in place. (Notes have theirs in {@link NoteChains}.)
     */
    static void ibidAfter(List<CheckedCitation> citations, Set<CheckedCitation> linked) {
        CheckedCitation previous = null;
        boolean late = false;
        for (int i = 0; i < citations.size(); i++) {
            CheckedCitation c = citations.get(i);
            if (c.citation().inNotes()) continue;
            if (c.citation().kind() == CitationKind.IBID && previous != null && late) {
                c = new CheckedCitation(c.citation(), previous.status(), previous.resolvesTo(), List.of(),
                        "ibid. refers to the entry keyed before it", c.locators(), c.archival());
                citations.set(i, c);
            } else {
                late = linked.contains(c);
            }
            previous = c;
        }
    }

    /** Folded for comparison: case, spacing, dashes and {@code et al.} ignored, markup and escapes dropped. */
    static String norm(String s) {
        String t = Normalizer.normalize(s, Normalizer.Form.NFC).replaceAll("\\\\(?=\\p{Punct})", "").replaceAll("[_*]", "");
        t = ET_AL.matcher(t.strip()).replaceAll("");
        return t.replace('\u2013', '-').replace('\u2014', '-').replaceAll("\\s+", " ").strip().toLowerCase(Locale.ROOT);
    }
}
