package org.opis.document;

import org.opis.cite.CheckedCitation;
import org.opis.cite.CitationForm;
import org.opis.cite.CitationKind;
import org.opis.cite.CitationStatus;
import org.opis.cite.InTextCitation;
import org.opis.cite.LeadWords;
import org.opis.cite.Locator;
import org.opis.cite.Locators;
import org.opis.cite.NoteWorks;
import org.opis.model.Reference;
import org.opis.model.Span;
import org.opis.names.MatchKey;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Notes that name their authors in a form of their own and give the title without italics or quotes —
 * the European humanities and GOST full note, and the shortened notes that point back to it:
 * <ul>
 *   <li>initials first: {@code A. Stańko, Gdzie Karpat progi, wyd. III, Tuchów 1997, s. 270.},
 *       {@code J. Niedziela, F. Sagan, Inspektorat …, Rzeszów 2005, s. 200-201};</li>
 *   <li>the family name in capitals: {@code David POPENOE & Barbara Dafoe WHITEHEAD , The State of Our Unions:2002 …, p. 11.},
 *       anywhere in a note ({@code … foram extraídas de W. Bradford WILCOX , org., The State of Our Unions …, 2009 …});</li>
 *   <li>family name and initials, GOST ({@code Хлевнюк О. В. Политбюро : Механизмы … М., 1996. С. 205–206});</li>
 *   <li>shortened: the names and a short title before an op. cit. form ({@code A. Stańko, Gdzie Karpat…, dz. cyt., s. 279},
 *       {@code W. Strumski, dz. cyt., s. 61-70}, {@code (Gdzie Karpat…, dz. cyt., s. 331)}), or a family name in capitals
 *       and a title before a pinpoint ({@code WILCOX , The State of Our Unions , p. 84.}).</li>
 * </ul>
 * A full one (a year after the title) gives its work when the document has no list (read as a list entry would be,
 * {@link FullNotes#work}); a shortened one is linked to the work with the same first family name whose text holds the
 * words of its short title (or, without a title, the only work of that name). Only the parts of a note in which the
 * scanner found nothing are read, and the names must stand where a work starts: at the note's start, after {@code ;},
 * after lead words ({@code Por.:}, {@code Zob.:}, {@code См.:}) or, for capitals, after a space.
 */
final class NamedTitleNotes {

    private static final String UP = "\\p{Lu}";
    private static final String FAMILY = UP + "[\\p{Ll}][\\p{L}'’]*(?:-" + UP + "[\\p{L}'’]+)?";
    private static final String INITIALS = "(?:" + UP + "\\.[\\s\\u00a0]?(?:-?" + UP + "\\.[\\s\\u00a0]?)?){1,2}";
    /** {@code A. Stańko}, {@code J.H. Burns}, {@code F.-J. Varela}. */
    private static final String INITIALS_FIRST = INITIALS + "\\s?" + FAMILY;
    /** {@code Хлевнюк О. В.}, {@code Муранов А.И.} (GOST: the family first, then the initials, no comma). */
    private static final String FAMILY_FIRST = FAMILY + "\\s" + UP + "\\.(?:\\s?" + UP + "\\.)?";
    /** {@code David POPENOE}, {@code W. Bradford WILCOX}, {@code POPENOE}. */
    private static final String CAPITALS = "(?:(?:" + UP + "[\\p{Ll}]+|" + UP + "\\.)\\s){0,3}" + UP + "{3,}(?:[-'’]" + UP + "+)?(?![\\p{L}])";
    private static final String JOIN = "(?:\\s?,\\s|\\s(?:&|and|i|и|e|et|und)\\s)";
    private static final Pattern NAMES = Pattern.compile("(?:" + CAPITALS + "(?:" + JOIN + CAPITALS + ")*(?:\\set\\sal\\.)?"
            + "|" + INITIALS_FIRST + "(?:" + JOIN + INITIALS_FIRST + ")*"
            + "|" + FAMILY_FIRST + "(?:,\\s" + FAMILY_FIRST + ")*)");
    private static final Pattern GOST_NAMES = Pattern.compile(FAMILY_FIRST + "(?:,\\s" + FAMILY_FIRST + ")*");
    private static final Pattern CAPS_ANYWHERE = Pattern.compile("(?<=[\\s(])(?:" + UP + "[\\p{Ll}]+\\s|" + UP + "\\.\\s){1,3}"
            + UP + "{3,}(?![\\p{L}])");
    private static final Pattern YEAR = Pattern.compile("(?<![\\p{L}\\d])(1[5-9]\\d\\d|20[0-4]\\d)(?![\\p{L}\\d])");
    private static final Pattern ROLE = Pattern.compile("^\\s?,\\s+(?:org|orgs|ed|eds|red|hrsg|сост|ред)\\.(?=,)", Pattern.CASE_INSENSITIVE);
    /** What introduces the book that holds a chapter: {@code …, in: WILCOX, The State …}, {@code [w:] G. Ostasz, …}, {@code // Известия …}. */
    private static final Pattern CONTAINER = Pattern.compile("(?<=[\\s,.])(?:(?i:in|w|в|en|em|dans):|\\[(?i:in|w|в):?\\]|//)\\s+");

    private NamedTitleNotes() {
    }

    /** One reading: where it is in the note, the family name, the title words, a year, the pinpoint, and whether it is full. */
    record Read(int start, int end, String family, String title, boolean full, List<Locator> locators) {
    }

    /**
     * Adds to {@code citations} the notes' works read here; {@code known} gains the works given in full when
     * {@code worksFromNotes}; the citations added are put into {@code late} (linked after the scanner's chains).
     */
    static void add(Document doc, List<Part> parts, List<CheckedCitation> citations, List<Reference> known, List<Reference> added,
                    boolean worksFromNotes, Set<String> usedIds, Set<CheckedCitation> late) {
        for (int i = 0; i < doc.blocks().size(); i++) {
            if (parts.get(i) != Part.NOTE) continue;
            Block b = doc.blocks().get(i);
            String text = b.text();
            int base = doc.positions().span(b.origin().position(0)).offset();
            int endOff = doc.positions().span(b.origin().position(Math.max(0, text.length() - 1))).offset();
            List<CheckedCitation> inNote = citations.stream()
                    .filter(c -> c.citation().span().offset() >= base && c.citation().span().offset() <= endOff).toList();
            for (Read r : reads(text)) {
                Span at = doc.positions().span(b.origin().position(r.start()));
                Span last = doc.positions().span(b.origin().position(Math.max(r.start(), r.end() - 1)));
                List<CheckedCitation> over = inNote.stream().filter(c -> c.citation().span().offset() >= at.offset()
                        && c.citation().span().offset() <= last.offset()).toList();
                // the scanner's own reading stands, unless it found only part of this (a name before a parenthesis)
                if (over.stream().anyMatch(c -> c.status() == CitationStatus.RESOLVED && c.citation().kind() != CitationKind.BIBLIOGRAPHIC
                        || c.citation().kind() == CitationKind.ARCHIVAL || c.citation().kind() == CitationKind.IBID)) continue;
                String piece = text.substring(r.start(), r.end());
                CheckedCitation c;
                if (r.full()) {
                    // what the scanner found stands where there is a list, or where it linked it
                    if (!over.isEmpty() && (!worksFromNotes || over.stream().anyMatch(o -> o.status() != CitationStatus.UNRESOLVED))) continue;
                    c = FullNotes.cite(piece, at, 4_000_000 + i, known);
                    if (worksFromNotes && c.status() == CitationStatus.UNRESOLVED) {
                        Reference w = FullNotes.work(piece, at, unique(usedIds));
                        known.add(w);
                        added.add(w);
                        c = new CheckedCitation(c.citation(), CitationStatus.RESOLVED, Optional.of(w.id()), List.of(), "", c.locators(), Optional.empty());
                    }
                    c = withLocators(c, r.locators());
                } else {
                    Optional<Reference> w = shortened(r, known);
                    if (w.isEmpty()) continue;
                    InTextCitation t = new InTextCitation(piece, new Span(at.line(), at.column(), at.offset(), piece.length()), 4_000_000 + i,
                            CitationForm.PARENTHETICAL, CitationKind.BIBLIOGRAPHIC, r.family().isEmpty() ? r.title() : r.family(), r.family().isEmpty(),
                            Optional.empty(), Optional.empty(), r.locators(), "", true, Optional.of(r.title()), false);
                    c = new CheckedCitation(t, CitationStatus.RESOLVED, Optional.of(w.get().id()), List.of(),
                            "a shortened note: the work of " + (r.family().isEmpty() ? "that title" : r.family()) + " given in full before", r.locators(), Optional.empty());
                }
                citations.removeAll(over);
                citations.add(c);
                late.add(c);
            }
        }
    }

    private static CheckedCitation withLocators(CheckedCitation c, List<Locator> locs) {
        if (locs.isEmpty() || !c.locators().isEmpty()) return c;
        InTextCitation i = c.citation();
        InTextCitation m = new InTextCitation(i.text(), i.span(), i.group(), i.form(), i.kind(), i.who(), i.byTitle(), i.year(), i.date(),
                locs, i.rest(), i.inNotes(), i.title(), i.fullNote());
        return new CheckedCitation(m, c.status(), c.resolvesTo(), c.candidates(), c.reason(), locs, c.archival());
    }

    /** Ids made unique against {@code used} by a letter suffix (a, b, …), each new id added to it. */
    static UnaryOperator<String> unique(Set<String> used) {
        return id -> {
            String u = id;
            for (char s = 'a'; used.contains(u) && s <= 'z'; s++) u = id + s;
            used.add(u);
            return u;
        };
    }

    /** The readings of one note's text, in order. */
    static List<Read> reads(String text) {
        List<Read> out = new ArrayList<>();
        List<Integer> starts = new ArrayList<>();
        starts.add(0);
        for (int k = 0; k < text.length(); k++) {
            char ch = text.charAt(k);
            // not after a semicolon that parts one work's authors ("Frank W. Thackeray; John E. Findling, eds. (2012). …")
            if (ch == ';' && !org.opis.cite.NameListPieces.joinsAuthors(text.substring(0, k), text.substring(k + 1))
                    && !org.opis.cite.NameListPieces.quotedSemicolon(text.substring(0, k), text.substring(k + 1)) || ch == '(') starts.add(k + 1);
            // a sentence that opens with lead words: "… walki. Por.: J. Niedziela, …", "… Zob.: W. Strumski, …"
            if (ch == '.' && k + 2 < text.length() && text.charAt(k + 1) == ' ' && LeadWords.at(text.substring(k + 2)) > 0) starts.add(k + 2);
        }
        Matcher in = CONTAINER.matcher(text);
        while (in.find()) starts.add(in.end());
        Matcher caps = CAPS_ANYWHERE.matcher(text);
        while (caps.find()) if (!starts.contains(caps.start())) starts.add(caps.start());
        starts.sort(null);
        int covered = 0;
        for (int s : starts) {
            if (s < covered) continue;
            int p = skip(text, s);
            p += LeadWords.at(text.substring(p));
            p = skip(text, p);
            if (p < text.length() && (text.charAt(p) == ':')) p = skip(text, p + 1);
            Read r = readAt(text, p);
            if (r != null) {
                out.add(r);
                covered = r.end();
            }
        }
        return out;
    }

    private static int skip(String t, int i) {
        while (i < t.length() && Character.isWhitespace(t.charAt(i))) i++;
        return i;
    }

    /** The piece's end: the next {@code ;} or closing parenthesis outside brackets, or the note's end. */
    private static int pieceEnd(String t, int from) {
        int depth = 0;
        for (int k = from; k < t.length(); k++) {
            char ch = t.charAt(k);
            if (ch == '(' || ch == '[') depth++;
            else if ((ch == ')' || ch == ']') && depth-- == 0) return k;
            else if (ch == ';' && depth == 0) return k;
        }
        return t.length();
    }

    private static Read readAt(String t, int p) {
        int end = pieceEnd(t, p);
        String piece = t.substring(p, end);
        int opcit = opCitAt(piece);
        Matcher n = NAMES.matcher(piece);
        boolean named = n.lookingAt() && n.end() < piece.length();
        String family = named ? family(n.group()) : "";
        int after = named ? n.end() : 0;
        if (named) {
            Matcher role = ROLE.matcher(piece.substring(after));
            if (role.find()) after += role.end();
        }
        String rest = piece.substring(after);
        // GOST: family and initials, then the title after a space ("Хлевнюк О. В. Политбюро …"); the other forms need a comma
        boolean gost = named && GOST_NAMES.matcher(n.group()).matches() && !rest.startsWith(",") && !rest.startsWith(" ,") && rest.startsWith(" ");
        Matcher sepm = Pattern.compile(gost ? "^\\s+" : "^\\s?,\\s+").matcher(rest);
        String sep = sepm.find() ? sepm.group() : null;
        if (opcit >= 0) {
            // names and a short title (or only one of them) before the op. cit. form
            String head = piece.substring(named ? after : 0, opcit).replaceAll("^[\\s,]+|[\\s,]+$", "");
            String title = head.replaceAll("[…\\.]+$", "").replaceAll("[„”“\"«»]", "").strip();
            if (!named && title.split("\\s+").length > 8) return null;
            if (!named && title.isEmpty()) return null;
            List<Locator> locs = locatorsAfter(piece, opcit);
            return new Read(p, p + trimEnd(piece), family, title, false, locs);
        }
        if (!named || sep == null) return null;
        String body = rest.substring(sep.length());
        if (body.isEmpty() || !(Character.isLetter(body.charAt(0)) || "„“\"«".indexOf(body.charAt(0)) >= 0)) return null;
        int titleEnd = gost ? firstOf(body, ". ", " : ", " / ") : firstOf(body, " , ", ",", ". ");
        String title = body.substring(0, titleEnd < 0 ? body.length() : titleEnd).replaceAll("[„”“\"«»*_]", "").strip();
        if (title.length() < 3) return null;
        boolean hasYear = YEAR.matcher(body).find();
        // a word in capitals alone is an acronym as often as a name (FBI, NIE): a full reading needs four letters
        if (n.group().equals(family) && family.length() < 4 && family.equals(family.toUpperCase(Locale.ROOT))) hasYear = false;
        List<Locator> locs = closingLocators(piece);
        if (hasYear) return new Read(p, p + trimEnd(piece), family, title, true, locs);
        // a shortened note: family in capitals, a title, then its pinpoint
        boolean capitals = family.equals(family.toUpperCase(Locale.ROOT)) && family.length() >= 3;
        if (capitals && !locs.isEmpty()) return new Read(p, p + trimEnd(piece), family, title, false, locs);
        return null;
    }

    private static int trimEnd(String piece) {
        int e = piece.length();
        while (e > 0 && (Character.isWhitespace(piece.charAt(e - 1)) || piece.charAt(e - 1) == '.')) e--;
        return Math.max(1, e);
    }

    private static int firstOf(String s, String... seps) {
        int best = -1;
        for (String x : seps) {
            int i = s.indexOf(x);
            if (i > 0 && (best < 0 || i < best)) best = i;
        }
        return best;
    }

    /** Where an op. cit. form ({@code dz. cyt.}, {@code op. cit.}, {@code a.a.O.}) starts in the piece, after a comma; -1 if none. */
    private static int opCitAt(String piece) {
        for (int k = 0; k < piece.length(); k++) {
            if (k > 0 && Character.isLetter(piece.charAt(k - 1))) continue;
            if (LeadWords.opCitAt(piece, k) > 0) return k;
        }
        return -1;
    }

    /** The locators after the op. cit. form: {@code …, dz. cyt., s. 279}. */
    private static List<Locator> locatorsAfter(String piece, int opcit) {
        int len = LeadWords.opCitAt(piece, opcit);
        String tail = piece.substring(opcit + len);
        int comma = tail.lastIndexOf(',');
        if (comma < 0) return List.of();
        return locatorsIn(tail.substring(comma));
    }

    /** The pinpoint closing a piece, after its last comma or full stop: {@code …, s. 270.}, {@code … 1996. С. 205–206}. */
    private static List<Locator> closingLocators(String piece) {
        String t = piece.strip();
        if (t.endsWith(".")) t = t.substring(0, t.length() - 1);
        // the longest tail after ", " or ". " that reads wholly as locators opening with a label
        List<Locator> best = List.of();
        for (int k = t.length() - 2; k > 0; k--) {
            if (t.charAt(k + 1) != ' ' || t.charAt(k) != ',' && t.charAt(k) != '.') continue;
            String tail = t.substring(k + 1).strip();
            if (tail.isEmpty() || !Character.isLetter(tail.charAt(0))) continue;
            List<Locator> l = locatorsIn(tail);
            if (l.isEmpty()) {
                if (!best.isEmpty()) break;
                continue;
            }
            best = l;
        }
        return best;
    }

    private static List<Locator> locatorsIn(String tail) {
        Locators.Reading r = Locators.standard().read(tail);
        String left = tail.substring(Math.min(tail.length(), r.consumed())).strip();
        if (r.locators().isEmpty() || !(left.isEmpty() || left.equals("."))) return List.of();
        return r.locators();
    }

    /** The first family name of the names: the word in capitals, the word after the initials, or the word before them. */
    private static String family(String names) {
        String first = names.split(",\\s|\\s(?:&|and|i|и|e|et|und)\\s")[0].strip();
        Matcher caps = Pattern.compile(UP + "{3,}(?:[-'’]" + UP + "+)?").matcher(first);
        if (caps.find()) return caps.group();
        String[] w = first.replace('\u00a0', ' ').split("\\s+");
        if (w.length >= 2 && w[0].matches(FAMILY) && !w[0].endsWith(".")) return w[0];
        for (int k = w.length - 1; k >= 0; k--) if (!w[k].endsWith(".")) return w[k].replaceAll("^.*\\.", "");
        return w[w.length - 1];
    }

    /** The work a shortened note points to: same first family name, and the short title's words in its text. */
    private static Optional<Reference> shortened(Read r, List<Reference> known) {
        MatchKey keys = MatchKey.standard();
        String fk = r.family().isEmpty() ? "" : keys.key(r.family());
        List<String> words = new ArrayList<>();
        for (String w : r.title().toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) if (w.length() >= 3) words.add(w);
        List<Reference> byName = new ArrayList<>();
        for (Reference w : known) {
            if (!NoteWorks.fromNote(w) && !fk.isEmpty() && !nameOf(w, keys).equals(fk)) continue;
            if (!fk.isEmpty() && !nameOf(w, keys).equals(fk)) continue;
            byName.add(w);
        }
        List<Reference> byTitle = new ArrayList<>();
        for (Reference w : byName) {
            String raw = w.raw().toLowerCase(Locale.ROOT).replace('\u00a0', ' ');
            if (!words.isEmpty() && words.stream().allMatch(raw::contains)) byTitle.add(w);
        }
        if (!byTitle.isEmpty()) return Optional.of(byTitle.get(byTitle.size() - 1));
        if (words.isEmpty() && byName.size() == 1 && !fk.isEmpty()) return Optional.of(byName.get(0));
        return Optional.empty();
    }

    private static String nameOf(Reference w, MatchKey keys) {
        Matcher n = NAMES.matcher(w.raw());
        if (n.lookingAt()) return keys.key(family(n.group()));
        var a = org.opis.model.CslRecords.csl(w).getAuthor();
        if (a != null && a.length > 0 && a[0].getFamily() != null) return keys.key(a[0].getFamily());
        return "";
    }
}
