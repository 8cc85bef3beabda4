package org.opis.archival;

import java.util.List;

/**
 * The Russian/Soviet archival hierarchy: archive, fond, opis', (papka/karton), delo or ed. khr.,
 * (chast'/tom), list(y), oborot, in GOST period style, English comma style, Rosarkhiv's English
 * labels (Coll., ser., fold., ff.) and first-citation expansions.
 */
public final class RussianScheme implements ArchivalScheme {

    private final String id;
    private final String description;
    private final LabelTable labels;

    public RussianScheme() {
        this("ru", "Russian/Soviet archives: fond, opis', delo, list (GOST R 7.0.5-2008 and English usage)");
    }

    /**
     * A scheme of the same hierarchy with its own label table in {@code labels.json} (reader
     * {@code ru}): the Ukrainian fond, opys, sprava, arkush.
     */
    RussianScheme(String id, String description) {
        this.id = id;
        this.description = description;
        this.labels = LabelTable.load(id);
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public String description() {
        return description;
    }

    @Override
    public LabelTable labels() {
        return labels;
    }

    @Override
    public int confidence(List<String> written) {
        int score = 50;
        for (String l : written) {
            if (l.equals("op.") || l.equals("оп.") || l.equals("л.") || l.equals("ll.") || l.equals("l.") || l.equals("д.")) score += 10;
            if (l.equals("v.") || l.equals("fl.")) score -= 30;
        }
        return Math.max(0, Math.min(100, score));
    }

    @Override
    public String resolve(String labelLevel, boolean archivePapka, List<String> before) {
        switch (labelLevel) {
            case "fond-or-folio":
                // f. is the fond; once fond and delo are given, f./ff. are folios (Rosarkhiv English, TNA)
                return before.contains("fond") && (before.contains("delo") || before.contains("unit")) ? "list" : "fond";
            case "papka-or-page":
                if (!archivePapka) return "page";
                // p. is papka in AVP RF, unless a papka was given and a leaf too: then it is a page
                return before.contains("papka") ? "page" : "papka";
            default:
                return labelLevel;
        }
    }
}
