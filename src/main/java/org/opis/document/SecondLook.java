package org.opis.document;

import org.opis.model.CslRecords;
import de.undercouch.citeproc.csl.CSLName;
import org.opis.cite.CheckedCitation;
import org.opis.cite.CitationKind;
import org.opis.cite.CitationStatus;
import org.opis.cite.CitedYear;
import org.opis.model.Reference;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A second look at the author-date citations of a whole document that the checker left unresolved
 * or ambiguous, against what a document's own lists tell:
 * <ul>
 * <li>a family name with an initial that tells two namesakes apart ({@code Jones, S. 2010}) picks
 * the namesake whose given name starts so;</li>
 * <li>an entry whose names were misread — an editor mark taken for a name ({@code Ello, Paul, ed.},
 * {@code Hardt, John; Kaufman, Richard, eds.}), the editors of the container after the year taken
 * for authors, a name lost — is still known by the family names its text begins with;</li>
 * <li>between a work of the reference list and a further-reading work (not expected to be cited),
 * the reference list's is meant.</li>
 * </ul>
 * A citation is linked only when exactly one entry answers (the further-reading rule breaking a tie),
 * with the cited year when it gives one; it then resolves, and the reason says it was a second look.
 */
final class SecondLook {

    private static final Set<String> ROLE = Set.of("ed", "eds", "ed.", "eds.", "(ed.)", "(eds.)", "editor", "editors", "comp.", "trans.", "hrsg.", "red.");
    private static final Pattern INITIAL = Pattern.compile("^(.+?),\\s*(\\p{Lu})\\.?(?:\\s*\\p{Lu}\\.)*$");
    private static final Pattern YEAR = Pattern.compile("(?<!\\d)(1[5-9]\\d\\d|20[0-4]\\d)(?!\\d)");
    /** The family names an entry's text begins with: {@code Family, Given; Family, Given} up to the year or title. */
    private static final Pattern LEADING = Pattern.compile("^[\\p{Lu}][\\p{L}'’\\-]+(?:\\s[\\p{Lu}][\\p{L}'’\\-]+)?(?=,)");

    private SecondLook() {
    }

    /** The citation, linked on a second look when exactly one entry answers; else itself. */
    static CheckedCitation of(CheckedCitation c, List<Reference> refs, Set<String> further) {
        if (c.status() != CitationStatus.UNRESOLVED && c.status() != CitationStatus.AMBIGUOUS) return c;
        if (c.citation().kind() != CitationKind.BIBLIOGRAPHIC || c.citation().byTitle() || c.citation().who().isBlank()) return c;
        String who = c.citation().who().strip();
        String initial = "";
        Matcher m = INITIAL.matcher(who);
        if (m.matches() && !m.group(1).contains(",")) {
            who = m.group(1);
            initial = m.group(2);
        }
        List<String> cited = new ArrayList<>();
        for (String part : who.split("\\s*(?:&|/|,|\\bet al\\.?|(?<=\\s)(?:" + AND + ")(?=\\s))\\s*")) if (!part.isBlank()) cited.add(fold(part));
        if (cited.isEmpty()) return c;
        boolean etAl = c.citation().who().contains("et al");
        Optional<CitedYear> year = c.citation().year();
        List<Reference> hits = new ArrayList<>();
        for (Reference r : refs) {
            List<String[]> names = names(r);
            // one or two names cited: the entry has no more than that, unless its names were misread
            boolean ok = fits(cited, names) && (etAl || names.size() <= cited.size() || misread(r));
            if (!ok) {
                // the names the entry's text begins with ("Family, Given, Family, Given, Title"), when the parser read others
                names = writtenNames(r.raw());
                // or "Family, Given, and Given Family." (a bibliography's order in a full note: "Chacon, Scott, e Ben Straub.")
                if (!fits(cited, names) || !etAl && names.size() != cited.size()) names = invertedFirst(r.raw());
                if (!fits(cited, names) || !etAl && names.size() != cited.size()) continue;
            }
            if (!initial.isEmpty() && !names.get(0)[1].startsWith(initial.toLowerCase(Locale.ROOT))) continue;
            if (year.isPresent() && !year.get().noDate() && !hasYear(r, year.get().start())) continue;
            // a short form names its title: an entry whose text lacks it is another work of the author
            if (c.citation().title().isPresent() && !fold(r.raw().replaceAll("\\s+", " ")).contains(fold(c.citation().title().get()))) continue;
            hits.add(r);
        }
        if (hits.size() > 1) {
            List<Reference> listed = hits.stream().filter(r -> !further.contains(r.id())).toList();
            if (listed.size() == 1) hits = listed;
        }
        if (hits.size() != 1) return c;
        String id = hits.get(0).id();
        return new CheckedCitation(c.citation(), CitationStatus.RESOLVED, Optional.of(id), List.of(),
                "linked on a second look (" + (initial.isEmpty() ? "" : "the initial tells the namesakes apart; ")
                        + "the only entry by " + c.citation().who() + (year.map(y -> " " + y.display()).orElse("")) + ")",
                c.locators(), c.archival());
    }

    /** The entry's names as {family, given} (folded), role words dropped; from its text when the parsed names are broken. */
    private static List<String[]> names(Reference r) {
        List<String[]> out = new ArrayList<>();
        CSLName[] list = CslRecords.csl(r).getAuthor() != null && CslRecords.csl(r).getAuthor().length > 0 ? CslRecords.csl(r).getAuthor() : CslRecords.csl(r).getEditor();
        boolean broken = list == null || list.length == 0;
        if (list != null) {
            for (CSLName n : list) {
                // a literal name written "Family, Given" counts by its family name
                String family = n.getFamily() != null ? n.getFamily() : n.getLiteral() == null ? null : n.getLiteral().split(",")[0];
                if (family == null || family.isBlank()) {
                    broken = true;
                    continue;
                }
                if (ROLE.contains(family.strip().toLowerCase(Locale.ROOT))) continue;
                out.add(new String[]{fold(family), n.getGiven() == null ? "" : fold(n.getGiven())});
            }
        }
        if (broken || out.isEmpty()) {
            out.clear();
            for (String part : r.raw().split(";")) {
                Matcher m = LEADING.matcher(part.strip().replaceFirst("^[*_\\-•\\s]+", ""));
                if (!m.find()) break;
                String given = part.strip().substring(m.end()).replaceFirst("^,\\s*", "");
                out.add(new String[]{fold(m.group()), fold(given)});
                if (YEAR.matcher(part).find()) break;
            }
        }
        return out;
    }

    private static boolean fits(List<String> cited, List<String[]> names) {
        if (names.size() < cited.size()) return false;
        for (int k = 0; k < cited.size(); k++) {
            if (!names.get(k)[0].equals(cited.get(k)) && !givenFirst(cited.get(k), names.get(k))) return false;
        }
        return true;
    }

    private static final Pattern FAMILY = Pattern.compile("[\\p{Lu}][\\p{L}'’\\-]+(?:\\s[\\p{Lu}][\\p{L}'’\\-]+)?");
    private static final Pattern GIVEN = Pattern.compile("(?:[\\p{Lu}][\\p{L}'’\\-]*\\.?)(?:\\s[\\p{Lu}][\\p{L}'’\\-]*\\.?){0,2}");

    /**
     * The names an entry's text begins with when it writes them {@code Family, Given, Family, Given,}
     * (German humanities lists: {@code Müller, Jan Dirk, Pfisterer, Ulrich, Vorrede, in: …}): pairs
     * of a family name and given names, each closed by a comma, while they last.
     */
    static List<String[]> writtenNames(String raw) {
        List<String[]> out = new ArrayList<>();
        String[] chunks = raw.strip().replaceFirst("^[*_\\-•\\s]+", "").split(",\\s*", -1);
        for (int k = 0; k + 2 < chunks.length; k += 2) {
            String family = chunks[k].strip();
            String given = chunks[k + 1].strip();
            if (!FAMILY.matcher(family).matches() || !GIVEN.matcher(given).matches()) break;
            out.add(new String[]{fold(family), fold(given)});
        }
        return out;
    }

    /** The "and" words of {@code connectors.tsv}, in every language ("and", "e", "und", "i", "и" …). */
    private static final String AND = org.opis.lexicon.Connectors.alternation(org.opis.lexicon.Connectors.AND);
    /** A connector opening the last name of a series: "and Ben Straub", "e Trevor Owens". */
    private static final Pattern LAST = Pattern.compile("^(?:" + AND + ")\\s+");

    /**
     * The names an entry's text begins with when it writes them as a bibliography does, the first inverted and the
     * others given name first, up to the first full stop: {@code Chacon, Scott, e Ben Straub.}, {@code Kim, Youngtaek,
     * Jaeyoung Kim, … e Jinwook Seo.}. Each later name is two to four capitalised words after a comma or a connector.
     */
    static List<String[]> invertedFirst(String raw) {
        List<String[]> out = new ArrayList<>();
        String text = raw.strip().replaceFirst("^[*_\\-•\\s]+", "");
        Matcher end = Pattern.compile("(?<!\\b\\p{Lu})\\.(?:\\s|$)").matcher(text);
        if (!end.find()) return out;
        String[] chunks = text.substring(0, end.start()).split(",\\s*");
        if (chunks.length < 3 || !FAMILY.matcher(chunks[0].strip()).matches() || !GIVEN.matcher(chunks[1].strip()).matches()) return out;
        out.add(new String[]{fold(chunks[0]), fold(chunks[1])});
        for (int k = 2; k < chunks.length; k++) {
            String name = LAST.matcher(chunks[k].strip()).replaceFirst("");
            for (String one : name.split("\\s+(?:" + AND + ")\\s+")) {
                String[] w = one.strip().split("\\s+");
                if (w.length < 2 || w.length > 4 || !GIVEN.matcher(String.join(" ", java.util.Arrays.copyOf(w, w.length - 1))).matches()
                        || !FAMILY.matcher(w[w.length - 1]).matches()) return List.of();
                out.add(new String[]{fold(w[w.length - 1]), fold(w[0])});
            }
        }
        return out;
    }

    /** A name cited given name first ({@code Rachele Mussolini}): the entry's family last, its given name first. */
    private static boolean givenFirst(String cited, String[] name) {
        int space = cited.lastIndexOf(' ');
        if (space < 0 || name[1].isEmpty()) return false;
        String family = cited.substring(space + 1);
        String given = cited.substring(0, space).split(" ")[0];
        return name[0].equals(family) && name[1].startsWith(given);
    }

    /** Names the parser read that are no names: role words, names without a family, or more names than the text begins with. */
    private static boolean misread(Reference r) {
        CSLName[] list = CslRecords.csl(r).getAuthor();
        if (list == null) return false;
        for (CSLName n : list) {
            String f = n.getFamily() == null ? "" : n.getFamily().strip().toLowerCase(Locale.ROOT);
            if (f.isEmpty() || ROLE.contains(f) || n.getGiven() != null && ROLE.contains(n.getGiven().strip().toLowerCase(Locale.ROOT))) return true;
        }
        // the names of the container's editors after the year: "Reagan, Ronald (1991). Foner, Eric; … (eds.)."
        int year = r.raw().indexOf('(');
        return year > 0 && list.length > 1 && !r.raw().substring(0, year).contains(";") && !r.raw().substring(0, year).contains(" and ");
    }

    private static boolean hasYear(Reference r, int year) {
        // the first edition's year in brackets after this edition's: "(1977) [1974]"
        if (r.raw().contains("[" + year + "]")) return true;
        var issued = CslRecords.csl(r).getIssued();
        if (issued != null && issued.getDateParts() != null && issued.getDateParts().length > 0 && issued.getDateParts()[0].length > 0) {
            return issued.getDateParts()[0][0] == year;
        }
        Matcher m = YEAR.matcher(r.raw());
        while (m.find()) if (Integer.parseInt(m.group(1)) == year) return true;
        return false;
    }

    private static String fold(String s) {
        String n = Normalizer.normalize(s.strip(), Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        return n.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}' ]", "").strip();
    }
}
