package org.opis.csl;

import de.undercouch.citeproc.csl.CSLLabel;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * One work cited in a citation, with the place cited in it: {@code (Hoxha 1981–85, t. 2, f. 153)}
 * is the record {@code hoxha1981ditar} with locator {@code 2, fol. 153} labelled {@code volume}
 * (later labels inside the locator, such as {@code fol.} or {@code p.}, are CSL's short English
 * labels; the style prints them in its own words).
 *
 * @param id      the record's id
 * @param locator the place cited, e.g. {@code 153}, {@code 113–15}, {@code 2, fol. 153}
 * @param label   what the locator counts (page, folio, volume, …; CSL's locator labels)
 * @param prefix  text before the item inside the citation
 * @param suffix  text after the item inside the citation
 */
public record CitationItem(String id, Optional<String> locator, Optional<CSLLabel> label,
                           Optional<String> prefix, Optional<String> suffix) {

    public CitationItem {
        Objects.requireNonNull(id, "id");
        locator = locator == null ? Optional.empty() : locator.filter(s -> !s.isBlank());
        label = label == null ? Optional.empty() : label;
        prefix = prefix == null ? Optional.empty() : prefix;
        suffix = suffix == null ? Optional.empty() : suffix;
    }

    /** The whole work, no locator. */
    public static CitationItem of(String id) {
        return new CitationItem(id, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
    }

    /** A place in the work, e.g. {@code at("khrushchev1999", "page", "113–15")}. */
    public static CitationItem at(String id, String label, String locator) {
        return new CitationItem(id, Optional.of(locator), label(label), Optional.empty(), Optional.empty());
    }

    /**
     * A work cited with pinpoints found in a note, e.g. volume 2 and folio 153: the first pinpoint
     * becomes the locator and its label; the others follow inside the locator with their short
     * English labels ({@code 2, fol. 153}), which citeproc-java reads and prints in the style's terms.
     */
    public static CitationItem withLocators(String id, List<org.opis.cite.Locator> locators) {
        if (locators.isEmpty()) return of(id);
        org.opis.cite.Locator first = locators.get(0);
        StringBuilder sb = new StringBuilder(first.value());
        for (int i = 1; i < locators.size(); i++) {
            org.opis.cite.Locator l = locators.get(i);
            sb.append(", ").append(SHORT.getOrDefault(l.label(), l.label())).append(' ').append(l.value());
        }
        return new CitationItem(id, Optional.of(sb.toString()), label(first.label()), Optional.empty(), Optional.empty());
    }

    /** Short English labels citeproc-java recognises inside a locator. */
    private static final java.util.Map<String, String> SHORT = java.util.Map.ofEntries(
            java.util.Map.entry("page", "p."), java.util.Map.entry("folio", "fol."), java.util.Map.entry("volume", "vol."),
            java.util.Map.entry("chapter", "ch."), java.util.Map.entry("issue", "no."), java.util.Map.entry("line", "l."),
            java.util.Map.entry("note", "n."), java.util.Map.entry("section", "sec."), java.util.Map.entry("paragraph", "para."),
            java.util.Map.entry("part", "pt."), java.util.Map.entry("book", "bk."), java.util.Map.entry("column", "col."),
            java.util.Map.entry("figure", "fig."), java.util.Map.entry("opus", "op."), java.util.Map.entry("verse", "v."));

    /**
     * The CSL locator label for a name such as {@code page}, {@code folio}, {@code volume} or its short
     * English form ({@code p.}, {@code fol.}, {@code vol.}); empty when unknown.
     */
    public static Optional<CSLLabel> label(String name) {
        String n = name.strip().toLowerCase(Locale.ROOT);
        switch (n) {
            case "p.", "pp.", "pages" -> n = "page";
            case "fol.", "fols.", "folios" -> n = "folio";
            case "vol.", "vols.", "volumes" -> n = "volume";
            case "ch.", "chap.", "chapters" -> n = "chapter";
            case "no.", "nos.", "number" -> n = "issue";
            case "n.", "nn.", "notes" -> n = "note";
            case "sec.", "secs.", "sections" -> n = "section";
            case "para.", "paras.", "paragraphs" -> n = "paragraph";
            case "col.", "cols.", "columns" -> n = "column";
            case "l.", "ll.", "lines" -> n = "line";
            case "pt.", "pts.", "parts" -> n = "part";
            case "bk.", "books" -> n = "book";
            case "fig.", "figs.", "figures" -> n = "figure";
            // CSL 1.0.2 spells the label "sub-verbo", CSL 1.0.1 (and citeproc-js's CSL-JSON) "sub verbo"
            case "s.v.", "sub verbo" -> n = "sub-verbo";
            default -> { }
        }
        for (CSLLabel l : CSLLabel.values()) {
            if (l.toString().equals(n)) return Optional.of(l);
        }
        return Optional.empty();
    }
}
