package org.opis.reflist;

import org.opis.lexicon.Labels;
import org.opis.lexicon.Words;
import org.opis.names.NameParser;
import org.opis.text.Markup;
import org.opis.text.Regexes;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.opis.reflist.EntryDates.YEAR;
import static org.opis.reflist.EntryVolumes.NUMBER_OF_VOLUMES;
import static org.opis.reflist.GostAreas.setTitleWithResponsibility;
import static org.opis.reflist.NameBlocks.setNames;
import static org.opis.reflist.TailStatements.EDITION;
import static org.opis.reflist.TailStatements.THESIS;
import static org.opis.reflist.WorkingText.blank;
import static org.opis.reflist.WorkingText.blankWord;
import static org.opis.reflist.WorkingText.sentences;
import static org.opis.reflist.WorkingText.skipSpace;
import static org.opis.reflist.WorkingText.trimStop;

/**
 * The title of an entry written without italics or quotes: after the names ({@link PlainNames}), it runs to where the
 * imprint starts — after names closed by a colon, to {@code , Place Year}; in GOST entries, to {@code //} or the
 * publication area ({@link GostAreas}); otherwise to the first sentence that reads as a publication statement, a journal
 * with its volume and year, a thesis, a number of volumes or an edition, or to an imprint closing the title's sentence.
 */
final class PlainTitles {
    private PlainTitles() {
    }

    private static final Pattern PUB_SENTENCE = Pattern.compile(
            "^\\s?(?:\\(?[\\p{L}][\\p{L} .'’-]{0,40}(?:,\\s[\\p{Lu}][\\p{L}.]{1,20})?\\s?:\\s?[^:]{1,120}?,\\s?" + YEAR
                    + "|\\(?[\\p{L}][\\p{L} .'’-]{0,40},\\s?" + YEAR + "|" + "(?:In|В|V)\\s?:?\\s|(?:[Ee]dited|[Tt]ranslated|[Tt]rans\\.|[Ee]d\\.)\\s"
                    + "|\\d{1,2}(?:st|nd|rd|th)\\s(?:ed\\.|edn)|(?:T|Vol|V|Vols)\\.\\s?\\d)");

    /** A last sentence holding only {@code Place: Publisher} (the year was given after the names). */
    private static final Pattern PLACE_PUBLISHER_ONLY = Pattern.compile(
            "[\\p{Lu}][\\p{L} .'’-]{1,40}(?:,\\s[\\p{Lu}][\\p{L}.]{1,20})?\\s?:\\s?[\\p{L}\\d][\\p{L}\\d .,'’&-]{1,120}\\.?");

    /** A sentence holding a place alone, maybe followed by the pages cited ({@code Warszawa, p. 298}); the place is checked against {@link PlaceWords}. */
    private static final Pattern PLACE_ONLY = Pattern.compile(
            "^\\s?([\\p{Lu}][\\p{L}'’-]{1,30}(?:[ -][\\p{Lu}][\\p{L}'’-]{1,30}){0,2})(?:,\\s(?:p|pp|s|S)\\.\\s?(\\d[\\d–-]*))?[.,]?\\s*$");

    /** Whether {@code sent} is a known place alone (with the pages cited, maybe): the imprint of an author-date entry that gives no publisher. */
    static boolean placeOnly(String sent) {
        Matcher m = PLACE_ONLY.matcher(sent);
        return m.matches() && PlaceWords.isPlace(m.group(1));
    }

    private static final Pattern JOURNAL_SENTENCE = Pattern.compile(
            "^\\s?([^()]{2,150}?),?\\s(\\d{1,4})(?:,\\s?(?:no\\.|№)\\s?([0-9][0-9A-Za-z/–-]{0,8}))?\\s?\\(\\s?(?:[\\p{L}]{3,10}\\.?\\s)?" + YEAR + "\\s?\\)");

    /** {@code , Place : Publisher} closing an entry (the French spaced colon too). */
    private static final Pattern CLOSING_PLACE_PUBLISHER = Pattern.compile(",\\s([\\p{Lu}][\\p{L} .'’-]{1,40}?)\\s?:\\s?[^:,]{1,80}[.,]?\\s*$");

    /** {@code , [Place,] Publisher, Year[, N p.]} closing an entry: one or two short pieces without digits, then the year. */
    private static final Pattern CLOSING_COMMA_IMPRINT = Pattern.compile(
            ",\\s(?:[\\p{Lu}][^,\\d():]{1,50},\\s){1,2}" + YEAR + "(?:,\\s[\\dIVXLC-]{1,12}\\s?p)?\\.?\\s*$");

    /** {@code , [Place ]Year} closing an entry with no other imprint (Swedish, Icelandic lists): "…, Göteborg 1968.", "…, 1895." */
    /** A known place alone closing a title after a comma, the year read after the names: {@code Tarihi Su Yapıları, Ankara.} */
    private static final Pattern CLOSING_PLACE = Pattern.compile(",\\s([\\p{Lu}][\\p{L} '’-]{1,40}?)\\.?\\s*$");

    private static final Pattern CLOSING_PLACE_YEAR = Pattern.compile(",\\s(?:([\\p{Lu}][\\p{L}.]{1,30})\\s)?" + YEAR + "\\.?\\s*$");

    /** A publication statement in parentheses closing an entry: {@code (Blackwell, 1988).}, {@code (1967).}, {@code (Moscow, 1999)}. */
    private static final Pattern CLOSING_IMPRINT = Pattern.compile("\\s\\((?:[^()]{1,100}?,\\s?)?" + YEAR + "\\)[.,]?\\s*$");

    private static final Pattern TITLE_CUT = Pattern.compile(
            ",\\s(?=(?:" + Words.alternation(Labels.ofAny(Labels.LIST, "volume", "issue"), false) + ")\\s?\\d)|\\s(?=\\([^()]{1,60}:[^()]{1,80},\\s?" + YEAR + "\\))");

    /** Whether more parentheses open than close before {@code at}. */
    private static boolean insideParentheses(String s, int at) {
        int depth = 0;
        for (int i = 0; i < at; i++) {
            if (s.charAt(i) == '(') depth++;
            else if (s.charAt(i) == ')' && depth > 0) depth--;
        }
        return depth > 0;
    }

    /** Reads an entry with no italics or quotes: names, then the title up to the publication part. Returns where the tail starts. */
    static int read(StringBuilder b, int pos, Draft d) {
        String s = b.toString();
        PlainNames.Head head = PlainNames.read(s, pos, d);
        int ts = head.ts();
        if (head.colonHead()) {
            int end = colonTitle(s, b, pos, ts, d);
            if (end >= 0) return end;
        }
        int article = GostAreas.slashArticle(s, b, pos, ts, d);
        if (article >= 0) return article;
        GostAreas.dashes(s, b, ts);
        s = b.toString();
        int area = GostAreas.publicationArea(s, b, pos, ts, d);
        if (area >= 0) return area;
        return bySentences(s, b, pos, ts, d);
    }

    /** After names closed by a colon, the title (with its subtitles) runs to ", Place Year" / ". Place Year"; returns where the tail starts, or -1. */
    private static int colonTitle(String s, StringBuilder b, int pos, int ts, Draft d) {
        // after names closed by a colon, the title (with its subtitles) runs to ", Place Year" / ". Place Year"
        ColonHead.Imprint im = ColonHead.imprint(s, ts);
        if (im != null && im.titleEnd() > ts) {
            setTitleWithResponsibility(d, s.substring(ts, im.titleEnd()));
            if (im.edition() != null && d.edition == null) {
                d.edition = im.edition();
                blank(b, im.editionStart(), im.editionEnd());
            }
            if (im.in() > 0 && im.placeStart() > 0) {
                // the chapter's book: "in: Felix Kraft, Christoph Studt (Hrsg.): Buch, Berlin 2020"
                int cs = im.in();
                int ec = ColonHead.editorsColon(s, cs);
                if (ec > 0) {
                    setNames(d, "editor", NameParser.parseList(Markup.clean(s.substring(cs, ec))));
                    cs = skipSpace(s, ec + 1);
                }
                if (im.placeStart() > cs) {
                    d.containerTitle = Markup.clean(trimStop(s.substring(cs, im.placeStart()).strip()));
                    d.type = "chapter";
                }
            }
            int end = im.in() > 0 && im.placeStart() > 0 ? im.placeStart() : im.titleEnd();
            blank(b, pos, end);
            return end;
        }
        return -1;
    }

    /** The title as the sentences before the first one that reads as a publication statement, a journal, a thesis, volumes or an edition; returns where the tail starts. */
    private static int bySentences(String s, StringBuilder b, int pos, int ts, Draft d) {
        List<int[]> sentences = sentences(s, ts);
        int k = 1;
        int placeSentence = -1;
        for (; k < sentences.size(); k++) {
            String sent = s.substring(sentences.get(k)[0], sentences.get(k)[1]);
            if (k == sentences.size() - 1 && (d.issued != null || d.yearAfterNames) && PLACE_PUBLISHER_ONLY.matcher(sent).matches()) break;
            // a last sentence holding a known place alone, maybe with the pages cited: "… Mazowszu. Warszawa." / "… Epoque. Warszawa, p. 298"
            if (k == sentences.size() - 1 && (d.issued != null || d.yearAfterNames) && placeOnly(sent)) {
                placeSentence = k;
                break;
            }
            // a translation of the title in brackets ("[A field guide …]."), or "- Publisher: 1-76." closing the entry
            if (translationInBrackets(sent) || PublisherPages.at(sent) && onlyRemarksAfter(s, sentences, k)) break;
            if (PUB_SENTENCE.matcher(sent).find() || JOURNAL_SENTENCE.matcher(sent).find() || THESIS.matcher(sent).find()
                    || NUMBER_OF_VOLUMES.matcher(sent).find() || EDITION.matcher(sent).find()
                    || PlainJournalTails.at(s, sentences.get(k)[0]) != null) break;
        }
        if (sentences.isEmpty()) return ts;
        int titleEnd = sentences.get(Math.min(k, sentences.size()) - 1)[1];
        String titleText = s.substring(ts, titleEnd);
        Matcher cut = TITLE_CUT.matcher(titleText);
        boolean cutFound = cut.find();
        // a label inside parentheses is the series' ("(=Pluralisierung & Autorität, Bd. 27)"), not where the title ends
        while (cutFound && insideParentheses(titleText, cut.start())) cutFound = cut.find();
        if (cutFound) {
            titleEnd = ts + cut.start();
            k = sentences.size();
        } else if (k >= sentences.size()) {
            titleEnd = beforeClosingImprint(s, ts, titleEnd, d);
        }
        setTitleWithResponsibility(d, s.substring(ts, titleEnd));
        int tail = titleEnd;
        if (placeSentence == k && !cutFound) {
            // "… Mazowszu. Warszawa." / "… Epoque. Warszawa, p. 298": the place, and the pages cited
            int[] ps = sentences.get(k);
            Matcher m = PLACE_ONLY.matcher(s.substring(ps[0], ps[1]));
            if (m.matches() && d.place == null) {
                d.place = m.group(1);
                if (m.group(2) != null) d.extra.putIfAbsent("locator", m.group(2));
                blank(b, pos, ps[1]);
                return ps[1];
            }
        }
        if (k < sentences.size()) {
            int journal = journalSentence(s, b, pos, sentences.get(k), d);
            if (journal >= 0) return journal;
        }
        blank(b, pos, titleEnd);
        return tail;
    }

    /** Whether the comma-separated piece closing a title is a number of volumes ("2 Bde."), a volume ("t. VI") or a container's intro ("[w:] Book"): more imprint, so the title's end is not known. */
    private static boolean imprintPieceBefore(String title) {
        int comma = title.lastIndexOf(", ");
        if (comma < 0) return false;
        String piece = title.substring(comma + 2).strip();
        return NUMBER_OF_VOLUMES.matcher(piece).find() || IN_PIECE.matcher(piece).lookingAt() || VOLUME_PIECE.matcher(piece).lookingAt();
    }

    /** A piece opening with a volume label ("t. VI" of "…, t. I- III, Poznań 1877- 1879, t. VI, Warszawa 1982"). */
    private static final Pattern VOLUME_PIECE = Pattern.compile("(?:" + Words.alternation(Labels.of(Labels.LIST, "volume"), true) + ")\\s?[\\dIVXLC]");

    private static final Pattern IN_PIECE = Pattern.compile("\\[?(?:" + ContainerIntros.alternation(Data.lines("container-intros.txt")) + ")\\]?\\s");

    /** A sentence in brackets with no number outside parentheses: a translation of the title, not a remark ("[video, citado 11 may 2021]"). */
    private static boolean translationInBrackets(String sent) {
        String t = sent.strip();
        return t.startsWith("[") && !Regexes.replaceAll(t, "\\([^()]*\\)", "").chars().anyMatch(Character::isDigit);
    }

    /** Whether the sentences after the {@code k}th are remarks in parentheses only ("(In Latvian)."), or none. */
    private static boolean onlyRemarksAfter(String s, List<int[]> sentences, int k) {
        for (int i = k + 1; i < sentences.size(); i++) {
            String t = s.substring(sentences.get(i)[0], sentences.get(i)[1]).strip();
            if (!(t.startsWith("(") && (t.endsWith(")") || t.endsWith(").")))) return false;
        }
        return true;
    }

    /** The title's sentence is the entry's last: it ends before an imprint closing it, in parentheses or after commas. */
    private static int beforeClosingImprint(String s, int ts, int titleEnd, Draft d) {
        Matcher imprint = CLOSING_IMPRINT.matcher(s.substring(ts, titleEnd));
        if (Regexes.matches(s.substring(titleEnd).strip(), "[.,;]?") && imprint.find() && imprint.start() > 0) {
            // the title's sentence is the entry's last and ends with the imprint in parentheses:
            // "Michael Mann, States, War and Capitalism (Blackwell, 1988)." / "Kennan, G., Memoirs, 1925-1950 (1967)."
            return ts + imprint.start();
        } else if (Regexes.matches(s.substring(titleEnd).strip(), "[.,;]?")) {
            // or with ", Place : Publisher" of a known place: "Varela F.-J., 1996, Quel savoir …, Paris : La Découverte."
            Matcher pp = CLOSING_PLACE_PUBLISHER.matcher(s.substring(ts, titleEnd));
            Matcher ci = CLOSING_COMMA_IMPRINT.matcher(s.substring(ts, titleEnd));
            if (pp.find() && pp.start() > 0 && PlaceWords.isPlace(pp.group(1))) return ts + pp.start();
            // or with ", [Place,] Publisher, Year[, N p.]" (French lists): "…, Paris, Autrement, 1995, 144 p."
            else if (ci.find() && ci.start() > 0) {
                d.commaImprint = true;
                return ts + ci.start();
            }
            // or with ", [Place ]Year" when no date was read after the names: "Gösta Lext, Mantalsskrivningen …, Göteborg 1968."
            Matcher py = CLOSING_PLACE_YEAR.matcher(s.substring(ts, titleEnd));
            if (d.issued == null && !d.yearAfterNames && py.find() && py.start() > 0
                    && (py.group(1) == null || PlaceWords.isPlace(py.group(1)))
                    && !imprintPieceBefore(s.substring(ts, ts + py.start()))) return ts + py.start();
            // or with ", Place" alone when the date was read after the names (Turkish author-date): "Tarihi Su Yapıları, Ankara."
            Matcher cp = CLOSING_PLACE.matcher(s.substring(ts, titleEnd));
            if (d.yearAfterNames && cp.find() && cp.start() > 0 && PlaceWords.isKnownPlace(cp.group(1))
                    && !imprintPieceBefore(s.substring(ts, ts + cp.start()))) return ts + cp.start();
        }
        return titleEnd;
    }

    /** The sentence {@code js} after the title read as a journal with its volume, issue and year in parentheses; returns where it starts, or -1. */
    private static int journalSentence(String s, StringBuilder b, int pos, int[] js, Draft d) {
        Matcher jm = JOURNAL_SENTENCE.matcher(s.substring(js[0], js[1]));
        if (jm.find() && !PUB_SENTENCE.matcher(s.substring(js[0], js[1])).find()) {
            d.containerTitle = Markup.clean(jm.group(1));
            d.volume = jm.group(2);
            if (jm.group(3) != null) d.issue = jm.group(3);
            d.type = "article-journal";
            blank(b, pos, js[0] + jm.start(2));
            blank(b, js[0] + jm.start(2), js[0] + jm.end(2));
            if (jm.group(3) != null) blank(b, js[0] + jm.start(3) - 0, js[0] + jm.end(3));
            // "no." label left behind is punctuation-like; remove it
            blankWord(b, js[0], js[0] + jm.end(), "no.");
            blankWord(b, js[0], js[0] + jm.end(), "№");
            return js[0];
        }
        return -1;
    }
}
