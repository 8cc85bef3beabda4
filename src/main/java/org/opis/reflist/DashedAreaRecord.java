package org.opis.reflist;

import de.undercouch.citeproc.csl.CSLName;
import de.undercouch.citeproc.csl.CSLNameBuilder;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A German (RAK/ISBD) library catalogue record whose areas are set apart by {@code " - "} or {@code ". - "}, with the
 * heading before a colon and the series in parentheses, as the German National Library prints them:
 * {@code Grasberger, Renate: Werkverzeichnis Anton Bruckner : (WAB) / Renate Grasberger. - Tutzing : Schneider, 1977.
 * - X, 309 S., Noten. - 24 cm (Publikationen des Instituts für Österreichische Musikdokumentation ; 7) ISBN 3-7952-0232-9}.
 * Read only when the record has an area separator and an imprint area {@code Place : Publisher, Year} (or
 * {@code Place, Year}) after it, and a heading before a colon or a statement after {@code " / "}. The statement's role
 * phrases ({@code hrsg. von}, {@code bearb. von}, {@code Transl. by}) are those of {@code catalogue-roles.tsv}.
 */
final class DashedAreaRecord {
    private DashedAreaRecord() {
    }

    private static final Map<String, String> ROLES = CatalogueRoles.ROLES;
    private static final Pattern AREA = Pattern.compile("\\. - |(?<=\\D) - (?=\\D)");
    private static final Pattern HEADING = Pattern.compile(
            "^(\\p{Lu}[\\p{L}'’-]+(?: \\p{Lu}[\\p{L}'’-]+)?), ((?:\\p{Lu}[\\p{L}'’.-]*\\s?){1,3}?)(?: (von|van|de))?(?: <[^>]+>)? ?: ");
    private static final Pattern NATURAL_HEADING = Pattern.compile("^(\\p{Lu}[\\p{Ll}'’-]+) (\\p{Lu}[\\p{Ll}'’-]+): ");
    private static final Pattern IMPRINT = Pattern.compile(
            "^(\\p{Lu}[\\p{L}/ ,.]{1,40}?)(?: \\[u\\.a\\.\\])? : ([^,;]{2,80}?)(?: \\[u\\.a\\.\\])?(?:, \\[?(\\d{4})\\]?)?\\.?$");
    private static final Pattern PLACE_YEAR = Pattern.compile("^(\\p{Lu}[\\p{L} ]{1,40}), (\\d{4})\\.?$");
    private static final Pattern EDITION = Pattern.compile("^(\\d+)\\.,? (?:[\\p{L}.]+ )*(?:Aufl|Ausg|ed|vyd)\\.?$");
    private static final Pattern SERIES = Pattern.compile("\\((?!\\d)([^()]{3,120}?) ; ([^()]{1,40}?)\\)");
    private static final Pattern ISBN = Pattern.compile("\\bISBN ([\\dXx-]{10,17})");
    private static final Pattern IDS = Pattern.compile("\\s(?:ISBN|IDN|PPN) \\S+");

    /**
     * Whether {@code s} from {@code from} on may hold such a record, cleaned or not: some {@code '-'} is followed by a
     * character that is not a letter or digit (or ends the text). Every record {@link #read} takes has an area separator
     * {@code " - "}; cleaning ({@code Markup.clean}) and the blanking of series and identifiers in {@link #read} only drop
     * characters or turn them into spaces, and never drop a letter or digit, so a hyphen followed by a letter or digit
     * stays so. False means {@link #read} would return false (a cue, not a decision: it saves the cleaning and the
     * patterns on the ~95% of entries without such a hyphen).
     */
    static boolean mayHold(String s, int from) {
        for (int i = s.indexOf('-', from); i >= 0; i = s.indexOf('-', i + 1)) {
            if (i + 1 == s.length() || !Character.isLetterOrDigit(s.charAt(i + 1))) return true;
        }
        return false;
    }

    /**
     * The areas of a record: split at {@code ". - "}, and at {@code " - "} between two non-digits except before the statement of
     * responsibility's {@code " / "}, where such a dash joins the parts of the title ({@code … Graupner-Werke-Verzeichnis GWV -
     * Instrumentalwerke / hrsg. von …}).
     */
    static String[] areas(String body) {
        int slash = body.indexOf(" / ");
        java.util.List<String> out = new java.util.ArrayList<>();
        Matcher m = AREA.matcher(body);
        int from = 0;
        while (m.find()) {
            if (slash > 0 && m.start() < slash && !m.group().startsWith(".")) continue;
            out.add(body.substring(from, m.start()));
            from = m.end();
        }
        out.add(body.substring(from));
        while (out.size() > 1 && out.get(out.size() - 1).isEmpty()) out.remove(out.size() - 1); // as String.split leaves them
        return out.toArray(new String[0]);
    }

    /** Reads {@code text} (the entry, markup cleaned) into {@code d} when it is such a record; returns whether it did. */
    static boolean read(String text, Draft d) {
        if (text == null) return false;
        String t = text.strip().replaceAll("\\s+", " ");
        Matcher isbn = ISBN.matcher(t);
        String series = null, seriesNumber = null;
        Matcher s = SERIES.matcher(t);
        if (s.find()) {
            series = s.group(1).replaceAll(" / .*$", "").strip();
            seriesNumber = s.group(2).strip();
        }
        String body = IDS.matcher(s.reset().replaceAll(" ")).replaceAll(" ").replaceAll("\\s+", " ").strip();
        String[] areas = areas(body);
        if (areas.length < 2) return false;
        int imprintAt = -1;
        Matcher im = null;
        for (int i = 1; i < areas.length && imprintAt < 0; i++) {
            String a = areas[i].replaceAll(" \\(.*$", "").strip();
            Matcher m = IMPRINT.matcher(a);
            if (m.matches()) {
                im = m;
                imprintAt = i;
            } else if ((m = PLACE_YEAR.matcher(a)).matches()) {
                im = m;
                imprintAt = i;
            }
        }
        if (imprintAt < 0) return false;
        String head = areas[0];
        int slash = head.indexOf(" / ");
        String statement = slash >= 0 ? head.substring(slash + 3) : "";
        if (slash >= 0) head = head.substring(0, slash);
        List<CSLName> heading = new ArrayList<>();
        Matcher h = HEADING.matcher(head + " ");
        Matcher n = NATURAL_HEADING.matcher(head + " ");
        if (h.lookingAt()) {
            CSLNameBuilder b = new CSLNameBuilder().family(h.group(1)).given(h.group(2).strip());
            if (h.group(3) != null) b.nonDroppingParticle(h.group(3));
            heading.add(b.build());
            head = (head + " ").substring(h.end()).strip();
        } else if (n.lookingAt()) {
            heading.add(new CSLNameBuilder().family(n.group(2)).given(n.group(1)).build());
            head = (head + " ").substring(n.end()).strip();
        } else if (slash < 0) {
            return false;
        }
        String title = head.replaceAll("[\\s.]+$", "");
        if (head.endsWith(".") && head.matches(".*\\b\\p{L}{1,5}\\.$")) title = head.strip();
        if (title.length() < 3) return false;
        d.authors.addAll(heading);
        d.title = title;
        roles(statement, heading, d);
        for (int i = 1; i < imprintAt; i++) {
            Matcher e = EDITION.matcher(areas[i].strip());
            if (e.matches()) d.edition = e.group(1);
        }
        if (im.pattern() == IMPRINT) {
            d.place = im.group(1).strip();
            d.publisher = im.group(2).strip();
            if (im.group(3) != null) d.issued = new int[][]{{Integer.parseInt(im.group(3))}};
        } else {
            d.place = im.group(1).strip();
            d.issued = new int[][]{{Integer.parseInt(im.group(2))}};
        }
        if (series != null) {
            d.collectionTitle = series;
            d.collectionNumber = seriesNumber;
        }
        if (isbn.find()) d.isbn = isbn.group(1);
        return true;
    }

    /** The editors and translators the statement of responsibility names after a role phrase of the data. */
    private static void roles(String statement, List<CSLName> heading, Draft d) {
        for (String part : statement.split("\\. (?=\\p{Lu})| ; ")) {
            String p = part.strip();
            String low = p.toLowerCase(Locale.ROOT);
            for (Map.Entry<String, String> r : ROLES.entrySet()) {
                if (!low.startsWith(r.getKey() + " ") || r.getValue().equals("-")) continue;
                String names = p.substring(r.getKey().length()).strip().replaceAll("[.…\\s]+$", "");
                for (String one : names.split(" und | and |, ")) {
                    String[] w = one.strip().split("\\s+");
                    if (w.length < 2 || w.length > 4 || !w[0].matches("\\p{Lu}.*")) continue;
                    String family = w[w.length - 1];
                    if (heading.stream().anyMatch(x -> family.equals(x.getFamily()))) continue;
                    CSLName nm = new CSLNameBuilder().family(family)
                            .given(String.join(" ", java.util.Arrays.copyOf(w, w.length - 1))).build();
                    if (r.getValue().equals("translator")) d.translators.add(nm);
                    else d.editors.add(nm);
                }
                break;
            }
        }
    }
}
