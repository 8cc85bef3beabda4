package org.opis.archival;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Writes a citation in its normal forms: the canonical English form
 * ("RGASPI, f. 495, op. 201, d. 1/2, ll. 104–105") and the GOST R 7.0.5-2008 form
 * ("РГАСПИ. Ф. 495. Оп. 201. Д. 1/2. Л. 104–105."), with labels and acronyms in the right script,
 * levels in canonical order, fractions as n/m, ranges with an en dash and full ends, pages as leaves.
 */
final class Normalizer {

    /** One level ready to be written. */
    record Part(String level, String value, List<Leaf> leaves, boolean yearLabelled, String raw, int column, int length) {

        static Part of(Scan.Element e, String text, int column, int length) {
            String raw = e.start >= 0 && e.end > e.start ? text.substring(e.start, e.end) : "";
            if (e.level.equals("list") || e.level.equals("page")) {
                List<Leaf> ls = new ArrayList<>();
                for (Scan.Item it : e.items) {
                    String from = Values.expandFractions(it.from);
                    String to = it.ranged() ? Ranges.fullEnd(from, Values.expandFractions(it.to)) : from;
                    ls.add(new Leaf(from, to, it.fromVerso, it.ranged() ? it.toVerso : it.fromVerso));
                }
                if (ls.isEmpty() && !e.valueRaw.isEmpty()) ls.add(new Leaf(e.valueRaw, e.valueRaw, false, false));
                return new Part(e.level, joinPlain(ls), ls, false, raw, column, length);
            }
            String v = slashSpace(e.verbatim ? e.valueRaw : clean(e.valueRaw));
            if (e.level.equals("delo") && !e.verbatim) v = Ranges.expandValue(v); // "Dd.5754–5": files 5754–5755
            if (e.level.equals("department")) v = v.replace(".", ""); // TNA's "F.O." is the department code FO
            for (String x : e.extraValues) v = v + ", " + clean(x);
            if (e.level.equals("papka") && !e.items.isEmpty()) {
                List<String> vs = new ArrayList<>();
                for (Scan.Item it : e.items) vs.add(it.ranged() ? it.from + "–" + it.to : it.from);
                v = String.join(", ", vs);
            }
            return new Part(e.level, v, List.of(), e.level.equals("year") && e.labelAfter, raw, column, length);
        }

        static Part inherited(Level l) {
            List<Leaf> ls = List.of();
            return new Part(l.level(), l.value(), ls, false, l.raw(), 0, 0);
        }

        /** A space printed after a slash inside an identifier is typography: "J IV 2/3/ 876" is "J IV 2/3/876", "004076/ 1955" is "004076/1955". */
        private static String slashSpace(String v) {
            return v.indexOf('/') < 0 ? v : SLASH_SPACE.matcher(v).replaceAll("/");
        }

        private static final java.util.regex.Pattern SLASH_SPACE = java.util.regex.Pattern.compile("(?<!\\s)/\\s+(?=[\\p{L}\\d])"); // "Haig / Gromyko" (spaced both sides) is a name pair

        private static String clean(String s) {
            StringBuilder sb = new StringBuilder();
            String x = Values.expandFractions(s);
            for (int i = 0; i < x.length(); i++) {
                char c = x.charAt(i);
                sb.append(Values.isDash(c) && i > 0 && Character.isDigit(x.charAt(i - 1)) && i + 1 < x.length() && Character.isDigit(x.charAt(i + 1)) ? '–' : c);
            }
            return sb.toString();
        }

        private static String joinPlain(List<Leaf> ls) {
            List<String> s = new ArrayList<>();
            for (Leaf l : ls) s.add(l.plain());
            return String.join(", ", s);
        }

        /** The levels this part reports (a leaf list with a verso mark also reports a verso level). */
        List<Level> levels() {
            List<Level> out = new ArrayList<>();
            out.add(new Level(level, value, raw, column, length));
            List<String> verso = new ArrayList<>();
            for (Leaf l : leaves) {
                if (l.fromVerso()) verso.add(l.from());
                if (l.toVerso() && !(l.from().equals(l.to()) && l.fromVerso())) verso.add(l.to());
            }
            if (!verso.isEmpty()) out.add(new Level("verso", String.join(", ", verso), raw, column, length));
            return out;
        }

        boolean pluralLeaves() {
            return leaves.size() > 1 || (leaves.size() == 1 && !leaves.get(0).from().equals(leaves.get(0).to()));
        }
    }

    private final LabelTable labels;

    Normalizer(LabelTable labels) {
        this.labels = labels;
    }

    private List<Part> ordered(List<Part> parts) {
        // stable sort by canonical rank; a year keeps its place after the level before it
        List<double[]> keys = new ArrayList<>();
        double last = 0;
        for (int i = 0; i < parts.size(); i++) {
            Part p = parts.get(i);
            Optional<Integer> r = p.level().equals("year") && labels.scheme().equals("ru") ? Optional.empty() : labels.rank(p.level());
            double k = r.map(Integer::doubleValue).orElse(last + 0.5);
            if (p.level().equals("page")) k = labels.rank("list").orElse(7);
            last = k;
            keys.add(new double[]{k, i});
        }
        keys.sort(Comparator.<double[]>comparingDouble(x -> x[0]).thenComparingDouble(x -> x[1]));
        List<Part> out = new ArrayList<>();
        for (double[] k : keys) out.add(parts.get((int) k[1]));
        return out;
    }

    String english(Optional<ArchivalCitation.ArchiveRef> ref, Optional<ArchiveEntry> archive, List<Part> parts) {
        List<String> out = new ArrayList<>();
        String acr = archive.map(ArchiveEntry::latinAcronym)
                .orElse(ref.map(r -> Values.latinNumber(r.written())).orElse(""));
        List<String> levels = englishLevels(parts, true);
        if (!acr.isBlank() && !levels.isEmpty() && labels.archiveJoin().equals(" ")) {
            levels.set(0, acr + " " + levels.get(0));
            acr = "";
        }
        if (!acr.isBlank()) out.add(acr);
        out.addAll(levels);
        return String.join(", ", out);
    }

    /** The English form of the levels only ("f. 495, op. 201, d. 1/2, ll. 104–105"). */
    List<String> englishLevels(List<Part> parts, boolean withLeaves) {
        if (labels.templated()) return templatedLevels(parts, withLeaves);
        List<String> out = new ArrayList<>();
        StringBuilder catalogue = new StringBuilder();
        for (Part p : ordered(parts)) {
            if (p.value().isBlank() && p.leaves().isEmpty()) continue;
            switch (p.level()) {
                case "department" -> catalogue.append(p.value());
                case "series" -> catalogue.append(catalogue.length() > 0 ? " " : "").append(p.value());
                case "piece", "item" -> catalogue.append('/').append(p.value());
                default -> { }
            }
            if (p.level().equals("department") || p.level().equals("series") || p.level().equals("piece") || p.level().equals("item")) {
                continue;
            }
            if (catalogue.length() > 0) {
                out.add(catalogue.toString());
                catalogue.setLength(0);
            }
            if (p.level().equals("page") && labels.pagesAllowed()) {
                out.add(labels.english(p.pluralLeaves() ? "page+" : "page").orElse("p.") + " " + joinEnglish(p));
                continue;
            }
            boolean leafy = p.level().equals("list") || p.level().equals("page");
            if (leafy && !withLeaves) continue;
            if (leafy) {
                String label = labels.english(p.pluralLeaves() ? "list+" : "list").orElse("l.");
                List<String> ls = new ArrayList<>();
                for (Leaf l : p.leaves()) ls.add(Values.latinNumber(l.english()));
                out.add(label + " " + String.join(", ", ls));
            } else if (p.level().equals("year")) {
                Optional<String> yl = labels.english("year");
                out.add(labels.scheme().equals("ru") ? p.value() + (p.yearLabelled() ? " " + yl.orElse("g.") : "") : yl.orElse("") + " " + p.value());
            } else if (p.level().equals("extent")) {
                out.add(p.value() + " " + labels.english("list+").orElse("ll."));
            } else if (p.level().equals("section")) {
                out.add(p.value());
            } else {
                String label = labels.english(p.level()).orElse(p.level());
                out.add(label + " " + Values.latinNumber(p.value()));
            }
        }
        if (catalogue.length() > 0) out.add(catalogue.toString());
        return out;
    }

    /**
     * The levels of a catalogue-reference scheme in the order written, each from its template
     * ("RG {v}", "Box {v}", "{v} fond"; the value alone when there is none), joined by ", " or by the
     * level's joiner ("109-00871-01", "B 136/59748"); leaves and pages with the scheme's labels.
     */
    private List<String> templatedLevels(List<Part> parts, boolean withLeaves) {
        List<String> out = new ArrayList<>();
        for (Part p : ordered(parts)) {
            if (p.value().isBlank() && p.leaves().isEmpty()) continue;
            boolean leafy = p.level().equals("list") || p.level().equals("page");
            if (leafy && !withLeaves) continue;
            String r;
            if (leafy) {
                String label = labels.english(p.level() + (p.pluralLeaves() ? "+" : "")).orElse(p.level().equals("page") ? "p." : "f.");
                r = label + " " + joinEnglish(p);
            } else {
                // a level written without its label keeps that form when the scheme says so ("fond@bare": "{v}")
                Optional<String> t = bare(p) ? labels.render(p.level() + "@bare") : Optional.empty();
                r = t.or(() -> labels.render(p.level())).orElse("{v}").replace("{v}", p.value());
            }
            Optional<String> j = labels.join(p.level());
            if (j.isPresent() && !out.isEmpty()) out.set(out.size() - 1, out.get(out.size() - 1) + j.get() + r);
            else out.add(r);
        }
        return out;
    }

    /** True when the level was written as its value alone, with no label ("ANK, Zbiór dokumentów pergaminowych"). */
    private static boolean bare(Part p) {
        String raw = p.raw().strip().replaceAll("[.,;]+$", "");
        return !raw.isEmpty() && raw.equals(p.value());
    }

    private static String joinEnglish(Part p) {
        List<String> ls = new ArrayList<>();
        for (Leaf l : p.leaves()) ls.add(l.english());
        return String.join(", ", ls);
    }

    String gost(Optional<ArchivalCitation.ArchiveRef> ref, Optional<ArchiveEntry> archive, List<Part> parts) {
        List<String> out = new ArrayList<>();
        String acr = archive.map(ArchiveEntry::cyrillicAcronym).orElse(ref.map(ArchivalCitation.ArchiveRef::written).orElse(""));
        if (!acr.isBlank()) out.add(acr);
        for (Part p : ordered(parts)) {
            if (p.value().isBlank() && p.leaves().isEmpty()) continue;
            if (p.level().equals("list") || p.level().equals("page")) {
                String label = labels.gost(p.pluralLeaves() ? "list+" : "list").orElse("Л.");
                List<String> ls = new ArrayList<>();
                for (Leaf l : p.leaves()) ls.add(Values.cyrillicNumber(l.gost()));
                out.add(label + " " + String.join(", ", ls));
            } else if (p.level().equals("year")) {
                out.add(p.value() + (p.yearLabelled() ? " " + labels.gost("year").orElse("г.") : ""));
            } else if (p.level().equals("extent")) {
                out.add(p.value() + " л.");
            } else if (p.level().equals("section")) {
                out.add(p.value());
            } else {
                String label = labels.gost(p.level()).orElse(p.level());
                out.add(label + " " + Values.cyrillicNumber(p.value()));
            }
        }
        StringBuilder sb = new StringBuilder();
        for (String x : out) {
            if (x.isBlank()) continue;
            if (sb.length() > 0) sb.append(sb.charAt(sb.length() - 1) == '.' ? " " : ". ");
            sb.append(x);
        }
        if (sb.length() > 0 && sb.charAt(sb.length() - 1) != '.') sb.append('.');
        return sb.toString();
    }
}
