package org.opis.reflist.tagger;

import de.undercouch.citeproc.csl.CSLDateBuilder;
import de.undercouch.citeproc.csl.CSLItemData;
import de.undercouch.citeproc.csl.CSLItemDataBuilder;
import de.undercouch.citeproc.csl.CSLName;
import de.undercouch.citeproc.csl.CSLType;
import org.opis.names.NameParser;
import org.opis.reflist.Data;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns labelled tokens into fields and a CSL record: each run of tokens with one label is a
 * field; its text is cleaned of the punctuation around it; names go to the names reader, dates
 * to the date reading below, identifiers by their shape. The record's type follows from the fields
 * present (a container with pages is an article, a container with editors or a publisher a
 * chapter, a thesis genre a thesis).
 */
final class Decoder {
    private static final Map<String, String> MONTHS = org.opis.reflist.Data.months();
    private static final Pattern YEAR = Pattern.compile("(?<!\\d)(1[4-9]\\d\\d|20\\d\\d)(?!\\d)");
    private static final Pattern DAY = Pattern.compile("(?<![\\d])([0-3]?\\d)(?![\\d])");
    private static final Pattern LEAD = Pattern.compile("^[\\s,.;:/\\u2014\\u2013\\-–—(\\[\\u201D\\u00BB]+");
    /** The trailing punctuation a field loses ({@link CleanText#withoutTrail} scans for it; CleanTextTest holds the two together). */
    static final Pattern TRAIL = Pattern.compile("[\\s,;:/\\u2014\\u2013\\-–—(\\[\\u201C\\u201E\\u00AB]+$");
    private static final Pattern ISBN = Pattern.compile("^(?:ISBN[:\\s]*)?([0-9][0-9Xx\\- ]{8,16})$", Pattern.CASE_INSENSITIVE);
    // compiled once: these ran through String.replaceAll/split/matches, which compile on every call
    private static final Pattern EMPHASIS_TAG = Pattern.compile("</?(?:i|em|b|strong)>");
    static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern NUMBER_LABEL = Pattern.compile("^(?iu)(?:vols?|t|tt|tom|bd|no|nos|nr|issue|№|вып|vyp|heft|h|pp?|s|с|стр|ed|edn)\\.?\\s*(?=[0-9]|[IVXLC]+(?!\\p{L}))");
    private static final Pattern NON_LETTERS = Pattern.compile("[^\\p{L}]+");
    private static final Pattern ID_LABEL = Pattern.compile("(?i)^(isbn|issn)[:\\s]*");
    private static final Pattern TRAILING_EDITION = Pattern.compile("(?iu)^(.+?)[,.]\\s+(\\S+\\s+(?:ed\\.?|edn\\.?|edition|изд\\.?|издание|aufl\\.?|auflage))$");
    private static final Pattern ISSN = Pattern.compile("\\d{4}-\\d{3}[\\dXx]");

    private Decoder() {
    }

    static List<Field> fields(String entry, List<Token> tokens, int[] labels, double[][] marg) {
        int[] read = labels;
        labels = UrlShapes.mend(tokens, YearRanges.join(tokens, TitleArticles.join(tokens, NameSpans.mend(tokens, SpanJoins.joinSplitRuns(tokens, labels)))));
        labels = ParenImprints.split(tokens, labels);
        labels = SentencePublishers.mend(tokens, SiteNames.mend(tokens, CollectedWorks.mend(tokens, InContainers.mend(tokens, labels))));
        labels = TitleYearRanges.mend(tokens, SubtitleContainers.mend(tokens, EditionMarks.mend(tokens, GenreLabels.mend(tokens, SeriesMarks.mend(tokens, GuillemetSeries.mend(tokens, labels))))));
        labels = PlausibleEditions.mend(tokens, LeadingTitles.mend(tokens, SeriesSentences.mend(tokens, VolumeTitles.mend(tokens, VolumeCounts.mend(tokens, labels)))));
        List<Field> out = new ArrayList<>();
        int i = 0;
        while (i < tokens.size()) {
            int l = labels[i];
            int j = i;
            while (j + 1 < tokens.size() && labels[j + 1] == l) j++;
            if (l != Label.OTHER.ordinal()) {
                double conf = 1.0;
                int weakest = i;
                for (int k = i; k <= j; k++) {
                    if (!Aligner.isWord(tokens.get(k).text()) || read[k] != l) continue; // tokens joined to the run do not weaken it
                    if (marg[k][l] < conf) {
                        conf = marg[k][l];
                        weakest = k;
                    }
                }
                List<Label> alt = CleanText.alternatives(marg[weakest], l);
                int s = tokens.get(i).start();
                int e = closeQuestion(entry, closeBracket(entry, s, tokens.get(j).end()), Label.ALL[l]);
                String text = clean(entry.substring(s, e), Label.ALL[l]);
                if (!text.isEmpty()) out.add(new Field(Label.ALL[l], text, s, e, conf, List.copyOf(alt)));
            }
            i = j + 1;
        }
        return out;
    }

    /** The end of a span taken on over the closing parenthesis or bracket it opened and left out ({@code … (1962-1986}). */
    static int closeBracket(String entry, int s, int e) {
        for (char[] p : BRACKETS) {
            int open = 0;
            int close = 0;
            for (int i = s; i < e; i++) {
                char c = entry.charAt(i);
                if (c == p[0]) open++;
                else if (c == p[1]) close++;
            }
            if (open == close + 1 && e < entry.length() && entry.charAt(e) == p[1]) return e + 1;
        }
        return e;
    }

    /**
     * The end of a title's span taken on over the question or exclamation mark written right after its last word
     * ({@code Can covert action be just? _Policy Review_}): the mark is the title's, though the model reads it as
     * punctuation between fields.
     */
    static int closeQuestion(String entry, int e, Label l) {
        if (l != Label.TITLE && l != Label.CONTAINER_TITLE && l != Label.COLLECTION_TITLE) return e;
        return e < entry.length() && (entry.charAt(e) == '?' || entry.charAt(e) == '!') ? e + 1 : e;
    }

    private static final char[][] BRACKETS = {{'(', ')'}, {'[', ']'}};


    static String clean(String raw, Label l) {
        String s = raw.replace("*", "");
        if (s.indexOf('<') >= 0) s = EMPHASIS_TAG.matcher(s).replaceAll("");
        s = s.replace('\n', ' ');
        if (!CleanText.singleSpaced(s)) s = SPACES.matcher(s).replaceAll(" ");
        s = s.strip();
        s = LEAD.matcher(s).replaceAll("");
        s = CleanText.withoutTrail(s);
        if (l != Label.AUTHOR && l != Label.EDITOR && l != Label.TRANSLATOR && l != Label.URL && l != Label.IDENTIFIER) {
            while (s.endsWith(".") && !s.endsWith("..")) s = s.substring(0, s.length() - 1).strip();
        }
        s = stripUnbalanced(s, '\u201C', '\u201D');
        s = stripUnbalanced(s, '\u00AB', '\u00BB');
        s = stripUnbalanced(s, '(', ')');
        s = stripUnbalanced(s, '[', ']');
        if (s.length() >= 2 && s.charAt(0) == '"' && s.charAt(s.length() - 1) == '"') s = s.substring(1, s.length() - 1);
        if (s.startsWith("\"") && s.indexOf('"', 1) < 0) s = s.substring(1);
        if (s.endsWith("\"") && s.indexOf('"') == s.length() - 1) s = s.substring(0, s.length() - 1);
        s = CleanText.withoutTrail(s);
        if (l != Label.AUTHOR && l != Label.EDITOR && l != Label.TRANSLATOR && l != Label.URL && l != Label.IDENTIFIER) {
            while (s.endsWith(".") && !s.endsWith("..")) s = s.substring(0, s.length() - 1).strip();
            if (s.endsWith(",")) s = s.substring(0, s.length() - 1);
        }
        return l == Label.URL ? UrlShapes.address(s.strip()) : s.strip();
    }

    private static String stripUnbalanced(String s, char open, char close) {
        int o = 0;
        int c = 0;
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) == open) o++;
            else if (s.charAt(i) == close) c++;
        }
        if (o == c && o > 0 && s.charAt(0) == open && s.charAt(s.length() - 1) == close && s.indexOf(close) == s.length() - 1) return s.substring(1, s.length() - 1).strip();
        if (o > c && s.startsWith(String.valueOf(open))) return s.substring(1).strip();
        if (c > o && s.endsWith(String.valueOf(close))) return s.substring(0, s.length() - 1).strip();
        return s;
    }

    /** The CSL record of the fields (the first field of each label wins, names of all runs are kept). */
    static CSLItemData item(String id, List<Field> fields) {
        CSLItemDataBuilder b = new CSLItemDataBuilder().id(id);
        List<CSLName> authors = new ArrayList<>();
        List<CSLName> editors = new ArrayList<>();
        List<CSLName> translators = new ArrayList<>();
        java.util.EnumMap<Label, String> first = new java.util.EnumMap<>(Label.class);
        for (Field f : fields) {
            switch (f.label()) {
                case AUTHOR -> {
                    int sp = f.text().indexOf(' ');
                    if (sp > 0 && SpanJoins.corporate(f.text().substring(0, sp))) authors.add(new de.undercouch.citeproc.csl.CSLNameBuilder().literal(f.text()).build());
                    else authors.addAll(names(f.text()));
                }
                case EDITOR -> editors.addAll(names(f.text()));
                case TRANSLATOR -> translators.addAll(names(f.text()));
                default -> first.putIfAbsent(f.label(), f.text());
            }
        }
        if (!authors.isEmpty()) b.author(authors.toArray(new CSLName[0]));
        if (!editors.isEmpty()) b.editor(editors.toArray(new CSLName[0]));
        if (!translators.isEmpty()) b.translator(translators.toArray(new CSLName[0]));
        String title = first.get(Label.TITLE);
        if (title != null && !first.containsKey(Label.EDITION)) {
            // an edition statement the title span ran over ("Politics Among Nations, Fifth Edition")
            Matcher m = TRAILING_EDITION.matcher(title);
            if (m.matches() && !Editions.normal(m.group(2)).equals(m.group(2))) {
                first.put(Label.TITLE, m.group(1));
                first.put(Label.EDITION, m.group(2));
            }
        }
        first.forEach((l, v) -> {
            switch (l) {
                case TITLE -> b.title(v);
                case CONTAINER_TITLE -> b.containerTitle(v);
                case COLLECTION_TITLE -> b.collectionTitle(v);
                case VOLUME -> b.volume(number(v));
                case NUMBER_OF_VOLUMES -> b.numberOfVolumes(number(v));
                case ISSUE -> b.issue(number(v));
                case PAGE -> {
                    // a page or range of a whole book (no container) is a pinpoint, not the item's pages
                    if (first.containsKey(Label.CONTAINER_TITLE)) b.page(number(v).replace('\u2013', '-').replace('\u2014', '-').replace(" ", ""));
                }
                case EDITION -> b.edition(Editions.normal(number(v)));
                case PUBLISHER -> b.publisher(v);
                case PUBLISHER_PLACE -> b.publisherPlace(v);
                case DATE -> {
                    int[] d = date(v);
                    int[] end = rangeEnd(v);
                    String season = null;
                    if (d != null && d.length > 1 && d[1] > 12) {
                        // a season of one year is its month 21–24 (as the rules and the gold files write it); over a range, the season
                        season = String.valueOf(d[1] - 20);
                        if (end != null && end[0] > d[0]) d = new int[]{d[0]};
                        else d = new int[]{d[0], d[1]};
                    }
                    if (d != null && end != null && end[0] > d[0]) b.issued(new CSLDateBuilder().dateParts(d, end).season(season).build());
                    else if (d != null) b.issued(new CSLDateBuilder().dateParts(d).build());
                    else b.issued(new CSLDateBuilder().literal(v).build());
                }
                case ACCESSED -> {
                    int[] d = date(v);
                    if (d != null) b.accessed(new CSLDateBuilder().dateParts(d).build());
                }
                case GENRE -> b.genre(v);
                case URL -> b.URL(v);
                case IDENTIFIER -> identifier(b, v);
                case ARCHIVE -> b.archive(v);
                case ARCHIVE_LOCATION -> b.archiveLocation(v);
                case NOTE -> b.note(v);
                default -> {
                }
            }
        });
        b.type(type(first, !editors.isEmpty()));
        return b.build();
    }

    private static CSLType type(java.util.EnumMap<Label, String> f, boolean editors) {
        String genre = f.getOrDefault(Label.GENRE, "").toLowerCase(Locale.ROOT);
        if (genre.contains("thes") || genre.contains("diss") || genre.contains("дис")) return CSLType.THESIS;
        if (f.containsKey(Label.ARCHIVE) || f.containsKey(Label.ARCHIVE_LOCATION)) return CSLType.MANUSCRIPT;
        if (f.containsKey(Label.CONTAINER_TITLE)) {
            if (editors || (f.containsKey(Label.PUBLISHER) && !f.containsKey(Label.ISSUE))) return CSLType.CHAPTER;
            return CSLType.ARTICLE_JOURNAL;
        }
        if (f.containsKey(Label.URL) && !f.containsKey(Label.PUBLISHER)) return CSLType.WEBPAGE;
        return CSLType.BOOK;
    }

    private static final Pattern BARE_INITIAL = Pattern.compile("(?<![\\p{L}.'\u2019-])(\\p{Lu})(?=\\s*(?:,|$|\\s\\p{Lu}\\.?(?:\\s|,|$)))");

    private static final Pattern JOINED_INITIALS = Pattern.compile("(?<![\\p{L}'\u2019-])((?:\\p{Lu}\\.[\\s-]?)+\\p{Lu})(?=\\s*(?:,|$))");
    private static final Pattern VARIANT = Pattern.compile("\\s*[(\\[][^()\\[\\]]*[)\\]]");

    /**
     * Names read from a span; a lone capital letter, or the last of joined initials ({@code P.P}),
     * whose full stop the span lost (it ended the field) is an initial again; a variant spelling in
     * parentheses or brackets ({@code Anatoly (Anatoliy) Dobrynin}) is not part of the name.
     */
    static List<CSLName> names(String s) {
        String plain = VARIANT.matcher(s.strip()).replaceAll("");
        if (!plain.isBlank()) s = plain;
        s = BARE_INITIAL.matcher(s.strip()).replaceAll("$1.");
        s = JOINED_INITIALS.matcher(s).replaceAll("$1.");
        try {
            return NameParser.parseList(s).names();
        } catch (RuntimeException e) {
            return List.of();
        }
    }

    /** A number field without its label ({@code vol. 4} → 4, {@code no. 2} → 2). */
    static String number(String v) {
        String s = NUMBER_LABEL.matcher(v).replaceFirst("");
        return s.strip();
    }

    private static final Pattern YEAR_RANGE = Pattern.compile("(?<!\\d)(1[4-9]\\d\\d|20\\d\\d)\\s*[-\u2013\u2014/]\\s*(1[4-9]\\d\\d|20\\d\\d)(?!\\d)");

    /** The last year of a span written as a range of years ({@code 1971–1982}), or null. */
    static int[] rangeEnd(String v) {
        Matcher m = YEAR_RANGE.matcher(v);
        if (!m.find() || YEAR_RANGE.matcher(v.substring(m.end())).find()) return null;
        return new int[]{Integer.parseInt(m.group(2))};
    }

    /** Year, month, day read from a date span, or null when it has no year. */
    static int[] date(String v) {
        Matcher y = YEAR.matcher(v);
        if (!y.find()) return null;
        int year = Integer.parseInt(y.group(1));
        int month = 0;
        for (String w : NON_LETTERS.split(v.toLowerCase(Locale.ROOT))) {
            String m = MONTHS.get(w);
            if (m == null) m = MONTHS.get(w + ".");
            if (m != null) {
                try {
                    month = Integer.parseInt(m.strip());
                } catch (NumberFormatException e) {
                    month = 0;
                }
                break;
            }
        }
        if (month == 0) return new int[]{year};
        String rest = v.substring(0, y.start()) + " " + v.substring(y.end());
        Matcher d = DAY.matcher(rest);
        if (d.find()) {
            int day = Integer.parseInt(d.group(1));
            if (day >= 1 && day <= 31) return new int[]{year, month, day};
        }
        return new int[]{year, month};
    }

    private static void identifier(CSLItemDataBuilder b, String v) {
        String lower = v.toLowerCase(Locale.ROOT);
        int doi = lower.indexOf("10.");
        if (doi >= 0 && lower.indexOf('/', doi) > doi) {
            b.DOI(v.substring(doi));
            return;
        }
        String s = ID_LABEL.matcher(v).replaceFirst("");
        if (lower.startsWith("issn") || ISSN.matcher(s).matches()) b.ISSN(s);
        else if (ISBN.matcher(v).matches() || lower.startsWith("isbn")) b.ISBN(s);
    }
}
