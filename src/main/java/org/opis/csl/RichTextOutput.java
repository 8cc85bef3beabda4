package org.opis.csl;

import de.undercouch.citeproc.csl.CSLItemData;
import de.undercouch.citeproc.helper.json.MapJsonBuilderFactory;
import org.opis.text.RichText;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * CSL rich text ({@code <i>}, {@code <b>}, {@code <sup>}, {@code <sub>}, small capitals,
 * {@code nocase}) through citeproc-java, which reads a variable's text as plain text and would print
 * the tags. Before formatting, the tags of every string variable become private-use characters
 * ({@link #marked}) — or are removed, for sorting ({@link #plain}); after formatting,
 * {@link #finish} turns those characters into the output format's markup as citeproc-js writes it:
 * in HTML {@code <i>}, {@code <b>}, {@code <sup>}, {@code <sub>},
 * {@code <span style="font-variant:small-caps;">}, and italics inside an italic title set upright
 * ({@code <span style="font-style:normal;">}, CSL's flip-flop); in RTF the matching groups
 * ({@code {\i0 …}} inside italics); in Markdown {@code *…*} and {@code **…**} (italics inside italics
 * left as the surrounding italics); in plain text nothing. A {@code nocase} span prints its text
 * only; citeproc-java still applies a style's {@code text-case} to it.
 */
final class RichTextOutput {

    /** Private-use characters: opening of tag k is {@code OPEN + k}, every closing is {@link #CLOSE}. */
    private static final char OPEN = '\uF8E0';
    private static final char CLOSE = '\uF8EF';
    private static final MapJsonBuilderFactory MAPS = new MapJsonBuilderFactory();

    private RichTextOutput() {
    }

    /** The item with the tags of its string variables removed (the same object when it has none). */
    static CSLItemData plain(CSLItemData d) {
        return transform(d, false);
    }

    /** The item with the tags of its string variables made private-use characters for {@link #finish}. */
    static CSLItemData marked(CSLItemData d) {
        return transform(d, true);
    }

    @SuppressWarnings("unchecked")
    private static CSLItemData transform(CSLItemData d, boolean mark) {
        if (!mayHaveMarkup(d)) return d;
        Object json = d.toJson(MAPS.createJsonBuilder());
        if (!(json instanceof Map<?, ?> m)) return d;
        Map<String, Object> fields = new LinkedHashMap<>((Map<String, Object>) m);
        boolean changed = false;
        for (Map.Entry<String, Object> e : fields.entrySet()) {
            if (e.getValue() instanceof String s && RichText.hasMarkup(s)) {
                e.setValue(mark ? mark(s) : RichText.plain(s));
                changed = true;
            }
        }
        return changed ? CSLItemData.fromJson(fields) : d;
    }

    /** A cheap test on the variables that hold rich text in practice, before the whole item is copied. */
    private static boolean mayHaveMarkup(CSLItemData d) {
        for (String s : new String[]{d.getTitle(), d.getContainerTitle(), d.getCollectionTitle(), d.getTitleShort(),
                d.getContainerTitleShort(), d.getShortTitle(), d.getNote(), d.getPublisher(), d.getGenre(), d.getMedium(),
                d.getEvent(), d.getArchive(), d.getArchiveLocation(), d.getAbstrct(), d.getReviewedTitle(), d.getOriginalTitle(),
                d.getAnnote(), d.getEdition(), d.getJurisdiction(), d.getPublisherPlace(), d.getSection(), d.getVersion()}) {
            if (s != null && s.indexOf('<') >= 0) return true;
        }
        return false;
    }

    private static String mark(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (RichText.Piece p : RichText.parse(s)) {
            if (p instanceof RichText.Text t) b.append(t.text().replaceAll("[\uF8E0-\uF8EF]", ""));
            else if (p instanceof RichText.Open o) b.append((char) (OPEN + o.tag().ordinal()));
            else b.append(CLOSE);
        }
        return b.toString();
    }

    /** A formatted entry or citation with the marks of {@link #marked} made the format's markup. */
    static String finish(String s, OutputFormat format) {
        if (s == null || s.isEmpty()) return s;
        if (format == OutputFormat.RTF) s = unescapeRtf(s);
        boolean any = false;
        for (int i = 0; i < s.length() && !any; i++) any = mark(s.charAt(i));
        if (!any) return s;
        StringBuilder out = new StringBuilder(s.length() + 32);
        Deque<Integer> context = new ArrayDeque<>(); // the format's own groups: ITALIC, UPRIGHT or INHERIT
        Deque<String> closes = new ArrayDeque<>();
        Deque<Boolean> ourItalic = new ArrayDeque<>();
        boolean mdItalic = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == CLOSE) {
                if (!closes.isEmpty()) {
                    out.append(closes.pop());
                    ourItalic.pop();
                }
                continue;
            }
            if (mark(c)) {
                RichText.Tag tag = RichText.Tag.values()[c - OPEN];
                boolean italicNow = format == OutputFormat.MARKDOWN || format == OutputFormat.ASCIIDOC ? mdItalic : italic(context);
                for (boolean t : ourItalic) if (t) italicNow = !italicNow;
                String[] m = markup(format, tag, italicNow);
                out.append(m[0]);
                closes.push(m[1]);
                ourItalic.push(tag == RichText.Tag.ITALIC);
                continue;
            }
            switch (format) {
                case HTML -> {
                    if (c == '<') {
                        int end = s.indexOf('>', i);
                        if (end > i) {
                            String tag = s.substring(i, end + 1);
                            if (tag.startsWith("</")) {
                                if (!context.isEmpty()) context.pop();
                            } else if (!tag.endsWith("/>")) {
                                context.push(tag.contains("font-style: italic") || tag.equals("<i>") ? ITALIC
                                        : tag.contains("font-style: normal") || tag.contains("font-style:normal") ? UPRIGHT : INHERIT);
                            }
                            out.append(tag);
                            i = end;
                            continue;
                        }
                    }
                }
                case RTF -> {
                    if (c == '\\' && i + 1 < s.length()) {
                        out.append(c).append(s.charAt(++i));
                        continue;
                    }
                    if (c == '{') context.push(s.startsWith("{\\i ", i) ? ITALIC : s.startsWith("{\\i0 ", i) ? UPRIGHT : INHERIT);
                    else if (c == '}' && !context.isEmpty()) context.pop();
                }
                case MARKDOWN, ASCIIDOC -> {
                    if (c == '\\' && i + 1 < s.length()) {
                        out.append(c).append(s.charAt(++i));
                        continue;
                    }
                    char italicMark = format == OutputFormat.MARKDOWN ? '*' : '_';
                    if (c == italicMark) {
                        int j = i;
                        while (j < s.length() && s.charAt(j) == italicMark) j++;
                        int run = j - i;
                        // Markdown: * italic, ** bold, *** both; AsciiDoc: __ italic
                        if (format == OutputFormat.MARKDOWN ? run % 2 == 1 : run == 2) mdItalic = !mdItalic;
                        out.append(s, i, j);
                        i = j - 1;
                        continue;
                    }
                }
                default -> {
                }
            }
            out.append(c);
        }
        while (!closes.isEmpty()) out.append(closes.pop());
        return out.toString();
    }

    private static boolean mark(char c) {
        return c >= OPEN && c <= CLOSE;
    }

    private static final int ITALIC = 1;
    private static final int UPRIGHT = 0;
    private static final int INHERIT = -1;

    private static boolean italic(Deque<Integer> context) {
        for (int b : context) if (b != INHERIT) return b == ITALIC; // innermost first
        return false;
    }

    /** Opening and closing markup of a tag in a format, as citeproc-js writes it. */
    private static String[] markup(OutputFormat format, RichText.Tag tag, boolean inItalics) {
        return switch (format) {
            case HTML -> switch (tag) {
                case ITALIC -> inItalics ? new String[]{"<span style=\"font-style:normal;\">", "</span>"} : new String[]{"<i>", "</i>"};
                case BOLD -> new String[]{"<b>", "</b>"};
                case SMALL_CAPS -> new String[]{"<span style=\"font-variant:small-caps;\">", "</span>"};
                case SUPERSCRIPT -> new String[]{"<sup>", "</sup>"};
                case SUBSCRIPT -> new String[]{"<sub>", "</sub>"};
                case NOCASE -> new String[]{"", ""};
            };
            case RTF -> switch (tag) {
                case ITALIC -> new String[]{inItalics ? "{\\i0 " : "{\\i ", "}"};
                case BOLD -> new String[]{"{\\b ", "}"};
                case SMALL_CAPS -> new String[]{"{\\scaps ", "}"};
                case SUPERSCRIPT -> new String[]{"{\\super ", "}"};
                case SUBSCRIPT -> new String[]{"{\\sub ", "}"};
                case NOCASE -> new String[]{"", ""};
            };
            case MARKDOWN -> switch (tag) {
                case ITALIC -> inItalics ? new String[]{"", ""} : new String[]{"*", "*"};
                case BOLD -> new String[]{"**", "**"};
                default -> new String[]{"", ""};
            };
            case ASCIIDOC -> switch (tag) {
                case ITALIC -> inItalics ? new String[]{"", ""} : new String[]{"__", "__"};
                case BOLD -> new String[]{"**", "**"};
                default -> new String[]{"", ""};
            };
            case TEXT -> new String[]{"", ""};
        };
    }

    /** RtfFormat writes the private-use marks as {@code \\uN?}: back to the characters. */
    private static String unescapeRtf(String s) {
        if (!s.contains("\\u-18")) return s;
        StringBuilder b = new StringBuilder(s);
        for (char c = OPEN; c <= CLOSE; c++) {
            String esc = "\\u" + (int) (short) c + "?";
            int i;
            while ((i = b.indexOf(esc)) >= 0) b.replace(i, i + esc.length(), String.valueOf(c));
        }
        return b.toString();
    }
}
