package org.opis.reflist;

import de.undercouch.citeproc.csl.CSLName;
import de.undercouch.citeproc.csl.CSLNameBuilder;
import org.opis.lexicon.NameWords;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An entry whose names, family name first and without a comma, are followed by the year in parentheses and then by the
 * title and the imprint set apart by commas, as Romanian (and other Central European) course bibliographies print them:
 * {@code Mihăilescu Vintilă (1969) Geografia fizică a României, Editura Științifică, București, 319 p.},
 * {@code Ielenicz Mihai, Pătru Ileana Georgeta (2005) Title, Editura Universitară, București, vol. 1, 256 p.},
 * {@code Badea Lucian (coord.) (1983) Title, Editura Academiei …, 662 p.}. Read only when every name is two to four
 * capitalised words (or a {@code Family, Given} pair of single words) and the year is followed by a space and a letter
 * (never {@code (1979).}, the author-date shape other readers take). A name whose first word is a given name of
 * {@link NameWords} and whose last is not is read in reading order ({@code Ion Băncilă}).
 */
final class YearAfterNames {
    private YearAfterNames() {
    }

    private static final Pattern HEAD = Pattern.compile(
            "^([^()\\d]{3,200}?)(?:\\s*\\((coord|ed|eds)\\.?\\))?\\s+\\((\\d{4})\\)\\s+(?=\\p{L})(.+)$");
    private static final Pattern WORD = Pattern.compile("\\p{Lu}[\\p{L}'’.\\-]*");
    private static final Pattern ET_AL = Pattern.compile("\\s+et\\.?\\s+al\\.?$");
    private static final Pattern URL = Pattern.compile("\\s(https?://\\S.*)$");
    private static final Pattern PAGES = Pattern.compile("^(\\d+)\\s?p\\.?$");
    private static final Pattern EMPTY_PAGES = Pattern.compile("^p\\.?$");
    private static final Pattern VOLUME = Pattern.compile("^[Vv]ol\\.\\s?(\\w+)\\.?$");
    private static final Pattern VOLUMES = Pattern.compile("^(\\d+)\\s?vol\\.?$");

    /** Reads {@code text} (the entry's remaining text, markup cleaned) into {@code d} when it has this shape; returns whether it did. */
    static boolean read(String text, Draft d) {
        if (text == null) return false;
        Matcher m = HEAD.matcher(text.strip());
        if (!m.matches()) return false;
        List<CSLName> names = names(ET_AL.matcher(m.group(1).strip()).replaceAll(""));
        if (names == null || names.isEmpty()) return false;
        String rest = m.group(4).strip();
        Matcher u = URL.matcher(rest);
        String url = null;
        if (u.find()) {
            url = u.group(1);
            rest = rest.substring(0, u.start()).strip();
        }
        List<String> parts = new ArrayList<>(Arrays.asList(rest.replaceAll("[.,\\s]+$", "").split(",\\s+")));
        String pages = null, volume = null, volumes = null, place = null, publisher = null;
        while (parts.size() > 1) {
            String last = parts.get(parts.size() - 1).strip();
            Matcher p;
            if ((p = PAGES.matcher(last)).matches()) pages = p.group(1);
            else if ((p = VOLUME.matcher(last)).matches()) volume = p.group(1);
            else if ((p = VOLUMES.matcher(last)).matches()) volumes = p.group(1);
            else if (!EMPTY_PAGES.matcher(last).matches()) break;
            parts.remove(parts.size() - 1);
        }
        if (parts.size() > 1 && PlaceWords.isPlace(parts.get(parts.size() - 1).replaceAll("[.,]+$", ""))) {
            place = parts.remove(parts.size() - 1).replaceAll("[.,]+$", "").strip();
        }
        if (parts.size() > 1) publisher = parts.remove(parts.size() - 1).strip();
        String title = String.join(", ", parts).replaceAll("[,\\s]+$", "").strip();
        if (title.endsWith(".") && !title.matches(".*\\b\\p{L}{1,3}\\.$")) title = title.substring(0, title.length() - 1);
        if (title.length() < 2) return false;
        if (m.group(2) != null) d.editors.addAll(names);
        else d.authors.addAll(names);
        d.title = title;
        d.issued = new int[][]{{Integer.parseInt(m.group(3))}};
        if (publisher != null) d.publisher = publisher;
        if (place != null) d.place = place;
        if (volume != null) d.volume = volume;
        if (volumes != null) d.numberOfVolumes = volumes;
        if (pages != null) d.numberOfPages = pages;
        if (url != null) d.url = url;
        return true;
    }

    /** The names, each family first, or null when one of them is not a name of this shape. */
    private static List<CSLName> names(String area) {
        String[] parts = area.split("\\s*,\\s*");
        List<CSLName> out = new ArrayList<>();
        boolean spaced = false;
        for (int i = 0; i < parts.length; i++) {
            String[] w = parts[i].strip().split("\\s+");
            if (w.length == 1 && w[0].isEmpty()) continue;
            for (String x : w) if (!WORD.matcher(x).matches()) return null;
            if (w.length == 1) {
                // "Dragotă, Carmen-Sofia": a family name and a given name set apart by a comma
                if (i + 1 >= parts.length) {
                    out.add(new CSLNameBuilder().family(w[0]).build());
                    continue;
                }
                String[] g = parts[i + 1].strip().split("\\s+");
                if (g.length != 1 || !WORD.matcher(g[0]).matches()) return null;
                out.add(new CSLNameBuilder().family(w[0]).given(g[0]).build());
                i++;
                continue;
            }
            if (w.length > 4) return null;
            spaced = true;
            boolean reading = NameWords.given(w[0]) && !NameWords.given(w[w.length - 1]);
            String family = reading ? w[w.length - 1] : w[0];
            String given = reading ? String.join(" ", Arrays.copyOf(w, w.length - 1))
                    : String.join(" ", Arrays.copyOfRange(w, 1, w.length));
            out.add(new CSLNameBuilder().family(family).given(given).build());
        }
        return spaced ? out : null;
    }
}
