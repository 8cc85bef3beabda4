package org.opis.document;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Renders a Wikipedia article kept as Markdown (references/wikipedia-whole/…/page.md) back into
 * HTML with the structure Wikipedia's own pages have — headings in {@code div.mw-heading} with an
 * edit link, a note list as {@code div.reflist > ol.references} whose items are
 * {@code li#cite_note-N} with a {@code span.mw-cite-backlink} ({@code ^} or {@code ^ a b}) and a
 * {@code span.reference-text}, note calls as {@code sup.reference > a[href=#cite_note-N]}, the
 * entries of the lists of works as {@code cite.citation} — so the HTML reader is tried on the same
 * text as the Markdown reader. Independent of opis's readers: a line-by-line rendering of the
 * Markdown the pages were kept in. Regenerate with
 * {@code mvn -o -q test -Dtest=WikipediaHtmlRenderingTest -Dopis.regenerate=true}.
 */
final class WikipediaHtmlRendering {

    private static final Pattern ITEM = Pattern.compile("^( *)(\\*|-|\\+|\\d{1,4}\\.)\\s+(.*)$");
    private static final Pattern HEADING = Pattern.compile("^(#{1,6})\\s+(.*?)\\s*$");
    private static final Pattern BACKLINK = Pattern.compile("^(?:\\*\\*\\^\\*\\*|\\^)((?:\\s+_\\*\\*[a-z]{1,2}\\*\\*_)*)\\s*");
    private static final Pattern CALL = Pattern.compile("\\\\?\\[(\\d{1,4}|[A-Za-z]{1,2}|note \\d{1,3})\\\\?\\]");
    private static final Pattern TABLE_RULE = Pattern.compile("^[\\s|:-]+$");

    private WikipediaHtmlRendering() {
    }

    static String render(String markdown, String title) {
        StringBuilder out = new StringBuilder();
        out.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"UTF-8\">\n<title>").append(esc(title))
                .append(" - Wikipedia</title>\n</head>\n<body class=\"mediawiki skin-vector\">\n<div id=\"content\" class=\"mw-body\">\n")
                .append("<div id=\"mw-content-text\" class=\"mw-body-content\"><div class=\"mw-content-ltr mw-parser-output\" lang=\"en\" dir=\"ltr\">\n");
        List<String> lines = markdown.lines().toList();
        // the open lists: their indent and whether ordered (and a note list)
        Deque<int[]> lists = new ArrayDeque<>();
        boolean itemOpen = false;
        StringBuilder para = new StringBuilder();
        StringBuilder quote = new StringBuilder();
        boolean table = false;
        int noteNo = 0;
        for (int n = 0; n < lines.size(); n++) {
            String line = lines.get(n);
            Matcher h = HEADING.matcher(line);
            Matcher it = ITEM.matcher(line);
            boolean blank = line.isBlank();
            boolean tableLine = !it.matches() && !blank && line.contains("|") && !line.startsWith(">");
            boolean quoteLine = line.startsWith(">");
            // close what this line ends
            if (para.length() > 0 && (blank || h.matches() || it.matches() || tableLine || quoteLine)) {
                out.append("<p>").append(inline(para.toString().strip(), false)).append("</p>\n");
                para.setLength(0);
            }
            if (quote.length() > 0 && !quoteLine) {
                out.append("<blockquote><p>").append(inline(quote.toString().strip(), false)).append("</p></blockquote>\n");
                quote.setLength(0);
            }
            if (table && !tableLine) {
                out.append("</tbody></table>\n");
                table = false;
            }
            if (!lists.isEmpty() && (h.matches() || (!it.matches() && !blank && !itemOpen) || tableLine || quoteLine)) {
                itemOpen = closeLists(out, lists, -1, itemOpen);
            }
            if (blank) {
                itemOpen = itemOpen && n + 1 < lines.size() && ITEM.matcher(lines.get(n + 1)).matches() ? itemOpen : itemOpen;
                continue;
            }
            if (h.matches()) {
                int level = h.group(1).length();
                String text = h.group(2);
                String id = text.replaceAll("\\s+", "_").replaceAll("[\"<>&]", "");
                out.append("<div class=\"mw-heading mw-heading").append(level).append("\"><h").append(level).append(" id=\"").append(esc(id))
                        .append("\">").append(inline(text, false)).append("</h").append(level).append(">")
                        .append("<span class=\"mw-editsection\"><span class=\"mw-editsection-bracket\">[</span><a href=\"/w/index.php?title=&amp;action=edit\">edit</a><span class=\"mw-editsection-bracket\">]</span></span></div>\n");
                continue;
            }
            if (line.strip().equals("[edit]")) {
                out.append("<span class=\"mw-editsection\">[<a href=\"#\">edit</a>]</span>\n");
                continue;
            }
            if (tableLine) {
                if (!table) {
                    out.append("<table class=\"wikitable\"><tbody>\n");
                    table = true;
                }
                if (TABLE_RULE.matcher(line).matches()) continue;
                out.append("<tr>");
                for (String cell : line.split("\\|")) if (!cell.isBlank()) out.append("<td>").append(inline(cell.strip(), false)).append("</td>");
                out.append("</tr>\n");
                continue;
            }
            if (quoteLine) {
                quote.append(line.replaceFirst("^>\\s?", "")).append(' ');
                continue;
            }
            if (it.matches()) {
                int indent = it.group(1).length();
                boolean ordered = Character.isDigit(it.group(2).charAt(0));
                String text = it.group(3);
                // a lazy continuation line of the item: lines up to the next blank, item or heading
                while (n + 1 < lines.size() && !lines.get(n + 1).isBlank() && !ITEM.matcher(lines.get(n + 1)).matches()
                        && !HEADING.matcher(lines.get(n + 1)).matches()) {
                    text = text + " " + lines.get(++n).strip();
                }
                itemOpen = closeLists(out, lists, indent, itemOpen);
                // an ordered list starting again at 1 after a blank line: a new list
                if (ordered && it.group(2).equals("1.") && !lists.isEmpty() && lists.peek()[0] == indent && lists.peek()[1] > 0) {
                    itemOpen = closeLists(out, lists, indent - 1, itemOpen);
                }
                boolean note = ordered && BACKLINK.matcher(text).lookingAt() && (text.startsWith("**^**") || text.startsWith("^ "));
                if (lists.isEmpty() || lists.peek()[0] < indent) {
                    if (ordered && note) {
                        out.append("<div class=\"reflist\"><div class=\"mw-references-wrap mw-references-columns\"><ol class=\"references\">\n");
                        lists.push(new int[]{indent, 2});
                    } else if (ordered) {
                        out.append("<ol>\n");
                        lists.push(new int[]{indent, 1});
                    } else {
                        out.append("<ul>\n");
                        lists.push(new int[]{indent, 0});
                    }
                } else if (itemOpen) {
                    out.append("</li>\n");
                }
                if (lists.peek()[1] == 2) {
                    noteNo = Integer.parseInt(it.group(2).substring(0, it.group(2).length() - 1));
                    Matcher b = BACKLINK.matcher(text);
                    b.lookingAt();
                    out.append("<li id=\"cite_note-").append(noteNo).append("\"><span class=\"mw-cite-backlink\">");
                    String letters = b.group(1).strip();
                    if (letters.isEmpty()) {
                        out.append("<b><a href=\"#cite_ref-").append(noteNo).append("\">^</a></b>");
                    } else {
                        out.append("^");
                        int k = 0;
                        for (String l : letters.split("\\s+")) {
                            String letter = l.replace("_", "").replace("*", "");
                            out.append(" <a href=\"#cite_ref-").append(noteNo).append('-').append(k++).append("\"><sup><i><b>")
                                    .append(letter).append("</b></i></sup></a>");
                        }
                    }
                    out.append("</span> <span class=\"reference-text\">").append(inline(text.substring(b.end()), false)).append("</span>");
                } else {
                    out.append("<li>").append(inline(text, citation(text)));
                }
                itemOpen = true;
                continue;
            }
            if (!lists.isEmpty()) itemOpen = closeLists(out, lists, -1, itemOpen);
            para.append(line.strip()).append(' ');
        }
        if (para.length() > 0) out.append("<p>").append(inline(para.toString().strip(), false)).append("</p>\n");
        if (quote.length() > 0) out.append("<blockquote><p>").append(inline(quote.toString().strip(), false)).append("</p></blockquote>\n");
        if (table) out.append("</tbody></table>\n");
        closeLists(out, lists, -1, itemOpen);
        out.append("</div></div>\n</div>\n</body>\n</html>\n");
        return groups(out.toString());
    }

    /**
     * Several note lists: the longest keeps the ids the numeric calls point at, the others (a
     * group of explanatory notes, lettered on the wiki) get ids of their own group.
     */
    private static String groups(String html) {
        String open = "<ol class=\"references\">";
        List<int[]> lists = new java.util.ArrayList<>();
        for (int at = html.indexOf(open); at >= 0; at = html.indexOf(open, at + 1)) {
            int end = html.indexOf("</ol>", at);
            lists.add(new int[]{at, end, (html.substring(at, end).split("<li ", -1).length - 1)});
        }
        if (lists.size() < 2) return html;
        int main = 0;
        for (int k = 1; k < lists.size(); k++) if (lists.get(k)[2] > lists.get(main)[2]) main = k;
        StringBuilder b = new StringBuilder();
        int from = 0;
        for (int k = 0; k < lists.size(); k++) {
            int[] l = lists.get(k);
            b.append(html, from, l[0]);
            String part = html.substring(l[0], l[1]);
            b.append(k == main ? part : part.replace("id=\"cite_note-", "id=\"cite_note-group" + k + "-")
                    .replace("href=\"#cite_ref-", "href=\"#cite_ref-group" + k + "-"));
            from = l[1];
        }
        return b.append(html.substring(from)).toString();
    }

    /** Closes the lists deeper than {@code indent} (all when negative). */
    private static boolean closeLists(StringBuilder out, Deque<int[]> lists, int indent, boolean itemOpen) {
        while (!lists.isEmpty() && (indent < 0 || lists.peek()[0] > indent)) {
            int[] l = lists.pop();
            if (itemOpen) out.append("</li>\n");
            out.append(l[1] == 2 ? "</ol></div></div>\n" : l[1] == 1 ? "</ol>\n" : "</ul>\n");
            itemOpen = true;
        }
        return !lists.isEmpty() && itemOpen;
    }

    /** The kind of CS1 citation an entry of a list of works reads as, or null when it is no citation. */
    private static String citation(String t) {
        boolean year = t.matches(".*\\b(1[5-9]\\d\\d|20[0-4]\\d)\\b.*");
        if (!year || t.length() < 30) return null;
        boolean italic = t.matches(".*(?<![\\w])_[^_]+_(?![\\w]).*");
        boolean quoted = t.matches(".*\"[^\"]{3,}\".*");
        if (quoted && italic) return "journal";
        if (italic) return "book";
        if (quoted) return "web";
        return null;
    }

    private static String inline(String s, String cite) {
        String h = inline(s, false);
        return cite == null ? h : "<cite class=\"citation " + cite + " cs1\">" + h + "</cite>";
    }

    private static String inline(String s, boolean unused) {
        String t = esc(s);
        // code spans
        t = t.replaceAll("`([^`]+)`", "<code>$1</code>");
        // note calls left in the text: [5], [a], [H], [note 3]
        Matcher c = CALL.matcher(t);
        StringBuilder b = new StringBuilder();
        while (c.find()) {
            String label = c.group(1);
            c.appendReplacement(b, Matcher.quoteReplacement("<sup class=\"reference\"><a href=\"#cite_note-" + label.replace(' ', '_') + "\">["
                    + label + "]</a></sup>"));
        }
        c.appendTail(b);
        t = b.toString();
        t = t.replaceAll("\\*\\*([^*]+?)\\*\\*", "<b>$1</b>");
        t = t.replaceAll("(?<![\\w*])\\*([^*\\s][^*]*?)\\*(?![\\w*])", "<i>$1</i>");
        t = t.replaceAll("(?<![\\w])_([^_\\s][^_]*?)_(?![\\w])", "<i>$1</i>");
        // backslash escapes of Markdown punctuation
        t = t.replaceAll("\\\\([\\\\`*_{}\\[\\]()#+\\-.!|>~])", "$1");
        return t;
    }

    private static String esc(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
