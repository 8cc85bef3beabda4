package org.opis.document;

import org.opis.cite.CheckedCitation;
import org.opis.cite.CitationForm;
import org.opis.cite.CitationKind;
import org.opis.cite.CitationStatus;
import org.opis.cite.InTextCitation;
import org.opis.cite.LeadWords;
import org.opis.cite.Locator;
import org.opis.cite.Locators;
import org.opis.model.Span;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An author's works cited by the siglum of an edition in italic capitals, then a volume and a page — {@code (*RR*, I,
 * 319)} for Calvino's <i>Romanzi e racconti</i>, {@code (*OC*, II, 45)}, {@code (*GW*, 3, 12)} — as literary studies
 * cite the collected works they quote throughout. The scanner sees no author and no year in them. Each is a citation:
 * of the list's entry keyed by that siglum ({@code RR: …}) when there is one, else unresolved (the list does not expand
 * it). Found after the scanner, it is a late link: an ivi/ibidem right after it refers to it, not to the work cited
 * before it.
 */
final class SiglumCitations {

    /** A parenthesis opening (after lead words) with one to five capitals in italics, a comma and what follows. */
    private static final Pattern SIGLUM = Pattern.compile("\\(([^()\\n]{0,20}?)([*_])(\\p{Lu}{1,5})\\2\\s*,\\s*([^()\\n]{1,40})\\)");
    /** A volume before the page: a roman numeral in capitals or a number of one or two digits. */
    private static final Pattern VOLUME = Pattern.compile("^((?:X{0,3}(?:IX|IV|V?I{0,3}))|\\d{1,2})\\s*,\\s*(?=\\S)");
    private static final Pattern YEAR = Pattern.compile("^(?:1[5-9]|20)\\d\\d\\s*$");

    private SiglumCitations() {
    }

    /**
     * The siglum citations of the running text and the notes that no citation found so far covers; {@code keys} are a
     * keyed list's keys ({@link KeyedEntries#keys}), possibly none.
     */
    static List<CheckedCitation> find(Document doc, List<Part> parts, List<CheckedCitation> citations, Map<String, String> keys) {
        List<CheckedCitation> out = new ArrayList<>();
        for (int i = 0; i < doc.blocks().size(); i++) {
            Part part = parts.get(i);
            if (part != Part.BODY && part != Part.NOTE) continue;
            Block b = doc.blocks().get(i);
            Matcher m = SIGLUM.matcher(b.text());
            while (m.find()) {
                String lead = m.group(1);
                if (!lead.isBlank() && LeadWords.at(lead.strip() + " ") < lead.strip().length()) continue;
                List<Locator> locs = locators(m.group(4));
                if (locs.isEmpty()) continue;
                Span from = doc.positions().span(b.origin().position(m.start(2)));
                Span to = doc.positions().span(b.origin().position(m.end() - 2));
                if (from.line() != to.line()) continue;
                if (covered(citations, from, to) || covered(out, from, to)) continue;
                String siglum = m.group(3);
                String text = b.text().substring(m.start(2), m.end() - 1);
                InTextCitation t = new InTextCitation(text, new Span(from.line(), from.column(), from.offset(), to.offset() + 1 - from.offset()),
                        7_000_000 + i, CitationForm.PARENTHETICAL, CitationKind.BIBLIOGRAPHIC, siglum, true, Optional.empty(),
                        Optional.empty(), locs, "", part == Part.NOTE);
                String id = keys.get(KeyedEntries.norm(siglum));
                out.add(id != null
                        ? new CheckedCitation(t, CitationStatus.RESOLVED, Optional.of(id), List.of(), "the list's entry keyed “" + siglum + "”", locs, Optional.empty())
                        : new CheckedCitation(t, CitationStatus.UNRESOLVED, Optional.empty(), List.of(),
                        "a work cited by its siglum " + siglum + ", which the reference list does not expand (no entry is keyed “" + siglum + "”)",
                        locs, Optional.empty()));
            }
        }
        return out;
    }

    /** The volume and pages after a siglum ({@code I, 319} → volume I, page 319); none when they do not read as such. */
    static List<Locator> locators(String rest) {
        String r = rest.strip();
        if (YEAR.matcher(r).matches()) return List.of();
        List<Locator> out = new ArrayList<>();
        Matcher v = VOLUME.matcher(r);
        if (v.lookingAt() && !v.group(1).isEmpty()) {
            out.add(new Locator("volume", v.group(1)));
            r = r.substring(v.end());
        }
        Locators.Reading read = Locators.standard().read(r);
        if (read.locators().isEmpty()) return List.of();
        out.addAll(read.locators());
        return out;
    }

    private static boolean covered(List<CheckedCitation> cs, Span from, Span to) {
        return cs.stream().anyMatch(c -> c.citation().span().line() == from.line()
                && c.citation().span().offset() + Math.max(1, c.citation().span().length()) > from.offset()
                && c.citation().span().offset() <= to.offset());
    }
}
