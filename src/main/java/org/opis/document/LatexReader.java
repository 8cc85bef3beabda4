package org.opis.document;

import org.opis.model.Diagnostic;
import org.opis.text.SourceText;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a LaTeX document: sections become headings, paragraphs (blank-line separated) paragraphs,
 * {@code \item}s list items, {@code quote}/{@code quotation} environments quotations,
 * {@code \footnote{…}} notes, {@code \bibitem}s of a {@code thebibliography} list entries. Citation
 * commands ({@code \cite}, {@code \parencite}, {@code \textcite}, {@code \footcite},
 * {@code \autocite}, natbib's {@code \citep}/{@code \citet} …, with optional pre- and postnotes)
 * become {@link KeyCitation}s; {@code \bibliography{…}} and {@code \addbibresource{…}} name the
 * bibliography files.
 * <p>
 * Every transformation keeps the length of the text ({@code \emph{X}} becomes
 * {@code      *X*}, other command names and braces become spaces), so each column of a block is
 * the column of the file. Unbalanced braces and a missing {@code \end{document}} are findings.
 */
final class LatexReader {

    static final Pattern CITE = Pattern.compile(
            "\\\\(?:[Cc]ite|[Pp]arencite|[Tt]extcite|[Ff]ootcite|[Ff]ootcitetext|[Aa]utocite|[Ss]martcite|[Ss]upercite|citep|citet|citealp|citealt|citeauthor|citeyear|citeyearpar|nocite)\\*?"
                    + "((?:\\s*\\[[^\\]]*\\]){0,2})\\s*\\{([^}]*)\\}");
    /**
     * biblatex's multicite commands ({@code \autocites(see)()[12]{kotkin1995}[45]{gaddis2005}}, as pandoc writes a
     * citation of several works): up to two global notes in parentheses, then key groups each with their own notes.
     */
    static final Pattern MULTICITE = Pattern.compile(
            "\\\\(?:[Cc]ites|[Pp]arencites|[Tt]extcites|[Ff]ootcites|[Ff]ootcitetexts|[Aa]utocites|[Ss]martcites|[Ss]upercites)"
                    + "(?:\\s*\\([^()]*\\)){0,2}((?:(?:\\s*\\[[^\\]]*\\]){0,2}\\s*\\{[^}]*\\})+)");
    private static final Pattern KEY_GROUP = Pattern.compile("((?:\\s*\\[[^\\]]*\\]){0,2})\\s*\\{([^}]*)\\}");
    private static final Pattern REF_TARGET = Pattern.compile("\\\\hypertarget\\{ref-([^}\\s]+)\\}");
    private static final Pattern OPT = Pattern.compile("\\[([^\\]]*)\\]");
    private static final Pattern SECTION = Pattern.compile("\\\\(part|chapter|section|subsection|subsubsection|paragraph)\\*?\\s*(?:\\[[^\\]]*\\])?\\s*\\{");
    /** A forced line break at the end of a source line: {@code \\\\}, {@code \\\\[2pt]}, {@code \\newline}. */
    private static final Pattern LINE_BREAK = Pattern.compile("(?:\\\\\\\\(?:\\[[^\\]]*\\])?|\\\\newline\\b)[ \\t]*\\r?\\n");
    private static final Pattern BIB = Pattern.compile("\\\\(?:bibliography|addbibresource)\\s*(?:\\[[^\\]]*\\])?\\s*\\{([^}]*)\\}");

    private LatexReader() {
    }

    static Document read(SourceText src) {
        String raw = src.text();
        char[] t = raw.toCharArray();
        List<Diagnostic> diags = new ArrayList<>();
        // comments: % to the end of the line (not \%)
        for (int i = 0; i < t.length; i++) {
            if (t[i] == '%' && (i == 0 || t[i - 1] != '\\')) {
                while (i < t.length && t[i] != '\n') t[i++] = ' ';
            }
        }
        String text = new String(t);
        List<String> bibs = new ArrayList<>();
        Matcher bm = BIB.matcher(text);
        while (bm.find()) for (String b : bm.group(1).split(",")) if (!b.isBlank()) bibs.add(b.strip());
        // pandoc's entries are marked \hypertarget{ref-KEY}{}: the key names the entry's work
        java.util.NavigableMap<Integer, String> targets = new java.util.TreeMap<>();
        Matcher tm = REF_TARGET.matcher(text);
        while (tm.find()) targets.put(tm.start(), tm.group(1));
        // labels, link targets and layout arguments are no text; \hypertarget{x}{\section{…}} is the section
        LatexArguments.apply(t);
        text = new String(t);
        int begin = text.indexOf("\\begin{document}");
        int from = begin < 0 ? 0 : begin + "\\begin{document}".length();
        int to = text.indexOf("\\end{document}");
        if (begin >= 0 && to < 0) {
            diags.add(Diagnostic.warning("document/latex-structure", src.span(begin), "\\begin{document} has no \\end{document}; read to the end of the file"));
        }
        if (to < 0 || to < from) to = text.length();
        List<Block> blocks = new ArrayList<>();
        List<KeyCitation> keys = new ArrayList<>();
        int[] group = {0};
        int[] noteNo = {0};
        // paragraphs: split at blank lines, \item, section commands and bibitems
        int i = from;
        BlockKind env = BlockKind.PARAGRAPH;
        boolean inBib = false;
        while (i < to) {
            int end = nextBreak(text, i, to);
            String chunk = text.substring(i, end);
            String s = chunk.strip();
            int lead = chunk.length() - chunk.stripLeading().length();
            int start = i + lead;
            if (s.startsWith("\\begin{quote}") || s.startsWith("\\begin{quotation}")) env = BlockKind.QUOTE;
            if (s.startsWith("\\begin{thebibliography}") || s.startsWith("\\begin{CSLReferences}")) {
                inBib = true;
                blocks.add(new Block(BlockKind.HEADING, 1, "", "References", new Origin().add(0, start, false)));
            }
            Matcher sec = SECTION.matcher(s);
            if (sec.lookingAt()) {
                int open = start + sec.end() - 1;
                int close = close(text, open, to);
                if (close < 0) {
                    diags.add(Diagnostic.error("document/latex-structure", src.span(open), "unbalanced brace in a section title"));
                    close = Math.min(to, open + 1);
                }
                int level = switch (sec.group(1)) {
                    case "part", "chapter" -> 1;
                    case "section" -> 2;
                    case "subsection" -> 3;
                    default -> 4;
                };
                blocks.add(new Block(BlockKind.HEADING, level, "", clean(text.substring(open + 1, close)), new Origin().add(0, open + 1, true)));
                i = Math.max(close + 1, end);
                if (close + 1 < end) {
                    // text after the title in the same chunk
                    emit(src, text, close + 1, end, env, inBib, blocks, keys, group, noteNo, diags, targets);
                }
                continue;
            }
            if (!s.isEmpty()) emit(src, text, start, end, env, inBib, blocks, keys, group, noteNo, diags, targets);
            if (s.contains("\\end{quote}") || s.contains("\\end{quotation}")) env = BlockKind.PARAGRAPH;
            if (s.contains("\\end{thebibliography}") || s.contains("\\end{CSLReferences}")) inBib = false;
            i = end;
        }
        return new Document(src.name(), Format.LATEX, blocks, p -> src.span((int) Math.max(0, Math.min(p, raw.length()))),
                keys, List.of(), bibs, diags, java.util.Optional.empty());
    }

    /** End of the chunk starting at {@code i}: a blank line, or before an {@code \item}, {@code \bibitem} or section command. */
    private static int nextBreak(String text, int i, int to) {
        int k = i;
        boolean first = true;
        while (k < to) {
            if (text.charAt(k) == '\n') {
                int j = k + 1;
                while (j < to && (text.charAt(j) == ' ' || text.charAt(j) == '\t' || text.charAt(j) == '\r')) j++;
                if (j < to && text.charAt(j) == '\n') return j + 1;
                if (!first && j < to && (text.startsWith("\\item", j) || text.startsWith("\\bibitem", j) || SECTION.matcher(text).region(j, to).lookingAt())) return j;
            } else if (text.charAt(k) == '\\' && !first && (text.startsWith("\\item", k) || text.startsWith("\\bibitem", k))) {
                return k;
            }
            if (!Character.isWhitespace(text.charAt(k))) first = false;
            k++;
        }
        return to;
    }

    private static void emit(SourceText src, String text, int start, int end, BlockKind env, boolean inBib, List<Block> blocks,
                             List<KeyCitation> keys, int[] group, int[] noteNo, List<Diagnostic> diags,
                             java.util.NavigableMap<Integer, String> targets) {
        char[] b = text.substring(start, end).toCharArray();
        String s = new String(b).strip();
        BlockKind kind = env;
        String label = "";
        if (s.startsWith("\\item")) kind = BlockKind.LIST_ITEM;
        if (s.startsWith("\\bibitem")) {
            kind = BlockKind.LIST_ITEM;
            Matcher km = Pattern.compile("\\\\bibitem\\s*(?:\\[[^\\]]*\\])?\\s*\\{([^}]*)\\}").matcher(new String(b));
            if (km.find()) {
                label = km.group(1).strip();
                for (int k = km.start(); k < km.end(); k++) b[k] = ' ';
            }
        }
        if (inBib && label.isEmpty()) {
            Map.Entry<Integer, String> target = targets.ceilingEntry(start - 1);
            if (target != null && target.getKey() < end) {
                kind = BlockKind.LIST_ITEM;
                label = target.getValue();
            }
        }
        int blockIndex = blocks.size();
        List<Block> notes = new ArrayList<>();
        List<KeyCitation> found = new ArrayList<>();
        // footnotes: their text becomes a note block, blanked in the paragraph
        String cur = new String(b);
        int f = cur.indexOf("\\footnote");
        while (f >= 0) {
            int open = cur.indexOf('{', f);
            int close = open < 0 ? -1 : close(cur, open, cur.length());
            if (close < 0) {
                diags.add(Diagnostic.error("document/latex-structure", src.span(start + f), "\\footnote with unbalanced braces; its text was read into the paragraph"));
                break;
            }
            noteNo[0]++;
            String noteText = cur.substring(open + 1, close);
            char[] nb = noteText.toCharArray();
            List<KeyCitation> inNote = cites(src, nb, start + open + 1, -1, group, true);
            notes.add(new Block(BlockKind.NOTE, 0, String.valueOf(noteNo[0]), clean(new String(nb)), new Origin().add(0, start + open + 1, true)));
            found.addAll(inNote);
            for (int k = f; k <= close; k++) b[k] = ' ';
            cur = new String(b);
            f = cur.indexOf("\\footnote", f);
        }
        List<KeyCitation> inText = cites(src, b, start, blockIndex, group, false);
        // \footcite makes a note of its own
        String body = clean(new String(b));
        // the blanked \item, \bibitem{key} or \leavevmode and the line break after them are no part of the block's text
        int lead = body.length() - body.stripLeading().length();
        if (kind == BlockKind.PARAGRAPH && notes.isEmpty() && inText.isEmpty() && LINE_BREAK.matcher(cur).find()) {
            // a paragraph broken into lines by "\\" (body has cur's length: the breaks' places are body's)
            List<int[]> breaks = new ArrayList<>();
            for (Matcher lb = LINE_BREAK.matcher(cur); lb.find(); ) breaks.add(new int[]{lb.start(), lb.end()});
            LineBlocks.add(blocks, kind, 0, label, body, 0, breaks, off -> new Origin().add(0, start + off, true));
            return;
        }
        if (!body.isBlank() || inText.size() > 0) {
            blocks.add(new Block(kind, kind == BlockKind.LIST_ITEM ? 1 : 0, label, body.substring(lead), new Origin().add(0, start + lead, true)));
            keys.addAll(inText);
        }
        int base = blocks.size();
        for (int n = 0; n < notes.size(); n++) blocks.add(notes.get(n));
        for (KeyCitation k : found) {
            int idx = base + noteIndex(notes, k, start);
            keys.add(new KeyCitation(k.text(), k.key(), k.span(), k.group(), k.locators(), k.prefix(), k.suppressAuthor(), true,
                    k.visible(), idx, k.start(), k.end()));
        }
    }

    private static int noteIndex(List<Block> notes, KeyCitation k, int start) {
        for (int n = notes.size() - 1; n >= 0; n--) if (notes.get(n).origin().position(0) <= k.span().offset()) return n;
        return 0;
    }

    /** Finds the citation commands of a block's text, blanking nothing (the renderer leaves them out). */
    private static List<KeyCitation> cites(SourceText src, char[] b, int origin, int block, int[] group, boolean inNote) {
        List<KeyCitation> out = new ArrayList<>();
        String text = new String(b);
        Matcher m = CITE.matcher(text);
        Matcher mm = MULTICITE.matcher(text);
        boolean single = m.find();
        boolean multi = mm.find();
        while (single || multi) { // in the order written: each command is one group
            group[0]++;
            if (single && (!multi || m.start() < mm.start())) {
                keys(src, m, m.group(1), m.start(2), m.group(2), origin, block, group[0], inNote, out);
                single = m.find();
            } else {
                Matcher g = KEY_GROUP.matcher(text).region(mm.start(1), mm.end(1));
                while (g.find()) keys(src, mm, g.group(1), g.start(2), g.group(2), origin, block, group[0], inNote, out);
                multi = mm.find();
            }
        }
        return out;
    }

    /** The citations of one key list of command {@code m}: its notes {@code opts} ({@code [pre][post]} or {@code [post]}), its keys from {@code keyStart}. */
    private static void keys(SourceText src, Matcher m, String optText, int keyStart, String keyList, int origin, int block, int group,
                             boolean inNote, List<KeyCitation> out) {
        String cmd = m.group();
        boolean foot = cmd.startsWith("\\footcite") || cmd.startsWith("\\Footcite");
        List<String> opts = new ArrayList<>();
        Matcher om = OPT.matcher(optText);
        while (om.find()) opts.add(clean(om.group(1)).strip()); // pp.~8--9 is pp. 8–9
        String pre = opts.size() == 2 ? opts.get(0) : "";
        String post = opts.size() == 2 ? opts.get(1) : opts.size() == 1 ? opts.get(0) : "";
        for (String key : keyList.split(",")) {
            String k = key.strip();
            if (!k.isEmpty()) {
                int at = origin + keyStart + keyList.indexOf(key) + (key.length() - key.stripLeading().length());
                out.add(new KeyCitation(cmd, k, src.span(Math.min(at, src.text().length()), k.length()), group,
                        PandocCitations.locators(post), pre, cmd.startsWith("\\citeyear"), inNote || foot,
                        java.util.Optional.empty(), block, m.start(), m.end()));
            }
        }
    }

    /** Index of the brace closing the one at {@code open}, or −1. */
    static int close(String s, int open, int to) {
        int depth = 0;
        for (int i = open; i < to; i++) {
            char c = s.charAt(i);
            if (c == '\\') {
                i++;
                continue;
            }
            if (c == '{') depth++;
            else if (c == '}' && --depth == 0) return i;
        }
        return -1;
    }

    /** LaTeX markup to text of the same length: characters written as commands, and emphasis, to
     * themselves ({@link LatexGlyphs}: {@code *…*} for italics), other commands and braces to spaces. */
    static String clean(String latex) {
        char[] g = latex.toCharArray();
        LatexGlyphs.apply(g);
        String s = new String(g);
        char[] b = s.toCharArray();
        String r = new String(b);
        Matcher cmd = Pattern.compile("\\\\(?:begin|end)\\{[^}]*\\}|\\\\(?:label|ref|cite\\w*|footcite\\w*|parencite|textcite|autocite|item|bibitem)\\b|\\\\[a-zA-Z@]+\\*?|\\\\[\\\\,;! ]").matcher(r);
        while (cmd.find()) for (int k = cmd.start(); k < cmd.end(); k++) b[k] = ' ';
        for (int k = 0; k < b.length; k++) {
            char c = b[k];
            if (c == '{' || c == '}') b[k] = ' ';
            else if (c == '~') b[k] = ' ';
            else if (c == '\\' && k + 1 < b.length && "%&$#_".indexOf(b[k + 1]) >= 0) b[k] = ' ';
        }
        return new String(b);
    }
}
