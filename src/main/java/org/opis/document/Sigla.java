package org.opis.document;

import org.opis.cite.CheckedCitation;
import org.opis.cite.CitationForm;
import org.opis.cite.CitationKind;
import org.opis.cite.CitationStatus;
import org.opis.cite.InTextCitation;
import org.opis.cite.Locator;
import org.opis.cite.Locators;
import org.opis.model.CslRecords;
import org.opis.model.Reference;
import org.opis.model.Span;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Works cited in notes by an abbreviation of their title — {@code ICE, p. 302.} for <i>L’inscription corporelle de
 * l’esprit</i>, {@code QSPE, p. 71 – 101} for <i>Quel savoir pour l’éthique ?</i> — as humanities notes do for a work
 * they cite often. An abbreviation is a word of two to eight capitals in a note; it stands for a work of the list when
 * a note declares it right after citing the work ({@code …, 1993, L’inscription …, abréviation : ICE}, {@code hereafter
 * ICE}, {@code im Folgenden: ICE}), or when it is the initials of the main title of exactly one work of the list
 * (words of three letters or more, an elided article dropped). Each use in a note becomes a citation of that work,
 * with the locators written after it ({@code , p. 97 – 98}, {@code , Chapitre 10}); an unresolved citation the
 * scanner made of the same words gives way to it.
 */
final class Sigla {

    /** A declaration: a word saying "abbreviated as", then the capitals. */
    private static final Pattern DECLARED = Pattern.compile(
            "(?iu)\\b(?:abréviation|abbreviation|abbreviated(?: as)?|hereafter(?: cited as| abbreviated(?: as)?)?|ci-après|"
                    + "im folgenden(?: zitiert als| abgekürzt)?|abgekürzt|далее|d['’]ora in poi|en adelante|doravante|sigle)"
                    + "\\s*[:—–-]?\\s*[*_]?(\\p{Lu}[\\p{Lu}\\d]{1,7})[*_]?(?![\\p{L}\\d])");
    /** A use: two to eight capitals as a word of their own (italics allowed). */
    private static final Pattern USE = Pattern.compile("(?<![\\p{L}\\d])(\\p{Lu}{2,8})(?![\\p{L}\\d])");
    private static final Pattern ELIDED = Pattern.compile("^(?iu)(?:l|d|qu|dell|all|nell|sull)['’]");

    private Sigla() {
    }

    /**
     * The citations of the notes with the uses of abbreviations added (and the unresolved citations they replace
     * removed). {@code citations} are those found so far, on the original file.
     */
    static List<CheckedCitation> add(Document doc, List<Part> parts, List<CheckedCitation> citations, List<Reference> list) {
        Map<String, String> meaning = new HashMap<>();
        // declared abbreviations: the work cited last before the declaration in the same note
        for (int i = 0; i < doc.blocks().size(); i++) {
            if (parts.get(i) != Part.NOTE) continue;
            Block b = doc.blocks().get(i);
            Matcher m = DECLARED.matcher(b.text());
            while (m.find()) {
                int at = doc.positions().span(b.origin().position(m.start())).offset();
                int from = doc.positions().span(b.origin().position(0)).offset();
                CheckedCitation before = null;
                for (CheckedCitation c : citations) {
                    int o = c.citation().span().offset();
                    if (o >= from && o < at && c.resolvesTo().isPresent()) before = c;
                }
                if (before != null) meaning.putIfAbsent(m.group(1), before.resolvesTo().get());
            }
        }
        Map<String, List<String>> initials = new HashMap<>();
        for (Reference r : list) {
            String in = initials(CslRecords.csl(r).getTitle());
            if (in.length() >= 2) initials.computeIfAbsent(in, k -> new ArrayList<>()).add(r.id());
        }
        List<CheckedCitation> out = new ArrayList<>(citations);
        List<CheckedCitation> added = new ArrayList<>();
        for (int i = 0; i < doc.blocks().size(); i++) {
            if (parts.get(i) != Part.NOTE) continue;
            Block b = doc.blocks().get(i);
            String t = b.text();
            Matcher m = USE.matcher(t);
            List<int[]> uses = new ArrayList<>();
            List<String> ids = new ArrayList<>();
            while (m.find()) {
                String s = m.group(1);
                if (DECLARED.matcher(t).region(Math.max(0, m.start() - 30), m.end()).find() && declares(t, m.start())) continue;
                String id = meaning.get(s);
                if (id == null) {
                    List<String> byInitials = initials.getOrDefault(s, List.of());
                    if (byInitials.size() == 1) id = byInitials.get(0);
                }
                if (id == null) continue;
                uses.add(new int[]{m.start(), m.end()});
                ids.add(id);
            }
            for (int k = 0; k < uses.size(); k++) {
                int start = uses.get(k)[0];
                int end = uses.get(k)[1];
                int stop = k + 1 < uses.size() ? uses.get(k + 1)[0] : t.length();
                Span span = doc.positions().span(b.origin().position(start));
                Span last = doc.positions().span(b.origin().position(Math.max(start, end - 1)));
                boolean taken = false;
                List<CheckedCitation> replaced = new ArrayList<>();
                for (CheckedCitation c : citations) {
                    int o = c.citation().span().offset();
                    int len = Math.max(1, c.citation().span().length());
                    boolean covers = o <= span.offset() && span.offset() < o + Math.max(len, c.citation().text().length());
                    if (!covers) continue;
                    // only an unresolved bibliographic reading of the same words gives way (never an archival one)
                    if (c.status() == CitationStatus.UNRESOLVED && c.archival().isEmpty() && c.citation().kind() == CitationKind.BIBLIOGRAPHIC) replaced.add(c);
                    else taken = true;
                }
                if (taken) continue;
                out.removeAll(replaced);
                String s = t.substring(start, end);
                List<Locator> locs = locators(t.substring(end, stop));
                String shown = t.substring(start, Math.min(stop, end + 40)).replace("*", "").replace("_", "").strip();
                InTextCitation c = new InTextCitation(shown, new Span(span.line(), span.column(), span.offset(), last.offset() + 1 - span.offset()),
                        5_000_000 + i * 10 + Math.min(k, 9), CitationForm.PARENTHETICAL, CitationKind.BIBLIOGRAPHIC, s, true,
                        Optional.empty(), Optional.empty(), locs, "", true, Optional.of(s));
                added.add(new CheckedCitation(c, CitationStatus.RESOLVED, Optional.of(ids.get(k)), List.of(),
                        "the abbreviation " + s + " stands for this work", locs, Optional.empty()));
            }
        }
        out.addAll(added);
        return out;
    }

    /** True when the capitals at {@code at} are the ones a declaration names (not a use). */
    private static boolean declares(String t, int at) {
        Matcher d = DECLARED.matcher(t);
        while (d.find()) if (d.start(1) == at) return true;
        return false;
    }

    /** The locators written after an abbreviation, up to the next one: {@code , p. 97 – 98}, {@code , Chapitre 9. …, p. 249 – 290}. */
    private static List<Locator> locators(String seg) {
        Locators reader = Locators.standard();
        List<Locator> out = new ArrayList<>();
        String s = seg.replace("*", " ").replace("_", " ");
        int i = 0;
        while (i < s.length()) {
            boolean wordStart = (i == 0 || !Character.isLetterOrDigit(s.charAt(i - 1))) && Character.isLetter(s.charAt(i));
            if (wordStart) {
                Locators.Reading r = reader.read(s.substring(i));
                if (!r.locators().isEmpty() && r.consumed() > 0) {
                    out.addAll(r.locators());
                    i += r.consumed();
                    continue;
                }
            }
            // a new signal ("Cf.", "Voir") ends what belongs to this use
            if (wordStart && s.startsWith("Cf.", i) && !out.isEmpty()) break;
            i++;
        }
        return out;
    }

    /** The initials of a title's main part (before its first full stop or colon): words of three letters or more, an elided article dropped. */
    static String initials(String title) {
        if (title == null || title.isBlank()) return "";
        String main = title.split("[.:?!]\\s", 2)[0];
        StringBuilder b = new StringBuilder();
        for (String w : main.split("[\\s\\-]+")) {
            String x = java.text.Normalizer.normalize(ELIDED.matcher(w).replaceFirst(""), java.text.Normalizer.Form.NFD).replaceAll("[^\\p{L}]", "");
            if (x.length() < 3) continue;
            b.append(Character.toUpperCase(x.charAt(0)));
        }
        return b.toString().toUpperCase(Locale.ROOT);
    }
}
