package org.opis.archival;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * The National Archives (UK): the institution, then the catalogue reference (department code,
 * series and piece, sometimes an item: "FO 371/135812", "INF 3/108", "CAB 128/1/3"), then folios
 * (f./ff.), pages or membranes — per TNA's guide "Citing records in The National Archives".
 */
public final class TnaScheme implements ArchivalScheme {

    private final LabelTable labels = LabelTable.load("tna");

    @Override
    public String id() {
        return "tna";
    }

    @Override
    public String description() {
        return "The National Archives (UK): department code, series/piece (FO 371/135812), folios";
    }

    @Override
    public LabelTable labels() {
        return labels;
    }

    @Override
    public int confidence(List<String> written) {
        return 0; // only chosen through the archive (TNA, PRO)
    }

    @Override
    public String resolve(String labelLevel, boolean archivePapka, List<String> before) {
        return labelLevel;
    }

    @Override
    public Optional<Reference> catalogueReference(String text, int from, int to, Predicate<String> archiveOfThisScheme) {
        for (int i = from; i < to; i++) {
            if (i > from && Character.isLetterOrDigit(text.charAt(i - 1))) continue;
            int j = i;
            while (j < to && j - i < 5 && text.charAt(j) >= 'A' && text.charAt(j) <= 'Z') j++;
            if (j == i || (j < to && Character.isLetter(text.charAt(j)))) continue;
            int k = j;
            if (k < to && text.charAt(k) == ' ') k++;
            if (k >= to || !Character.isDigit(text.charAt(k))) continue;
            // the archive before it
            int e = i;
            while (e > from && (Character.isWhitespace(text.charAt(e - 1)) || text.charAt(e - 1) == ',' || text.charAt(e - 1) == ':' || text.charAt(e - 1) == ';')) e--;
            if (e <= from) continue;
            String archive = text.substring(from, e);
            if (!archiveOfThisScheme.test(archive)) continue;
            List<Reference.Part> parts = new ArrayList<>();
            parts.add(new Reference.Part("department", i, j));
            String[] names = {"series", "piece", "item"};
            int n = 0, p = k;
            while (p < to && n < names.length) {
                int q = p;
                while (q < to && Character.isDigit(text.charAt(q))) q++;
                if (q == p) break;
                parts.add(new Reference.Part(names[n++], p, q));
                if (q < to && text.charAt(q) == '/' && q + 1 < to && Character.isDigit(text.charAt(q + 1))) p = q + 1;
                else {
                    p = q;
                    break;
                }
            }
            int sepAt = -1;
            for (int s = e; s < i; s++) if (text.charAt(s) == ',' || text.charAt(s) == ':') sepAt = s;
            return Optional.of(new Reference(from, e, sepAt, i, p, parts));
        }
        return Optional.empty();
    }
}
