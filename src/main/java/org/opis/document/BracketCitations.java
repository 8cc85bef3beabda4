package org.opis.document;

import org.opis.cite.CheckedCitation;
import org.opis.cite.CitationForm;
import org.opis.cite.CitationKind;
import org.opis.cite.CitationStatus;
import org.opis.cite.InTextCitation;
import org.opis.cite.Locator;
import org.opis.cite.NumberRanges;
import org.opis.model.Reference;
import org.opis.model.Span;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Citations in square brackets in the running text, with no notes and no list (the house style of <i>An Anarchist
 * FAQ</i> and of many essays): {@code [Carl Levy, **Gramsci and the Anarchists**, p. 135]}, {@code [**Anarchism**, p.
 * 109]} (the author named in the sentence), {@code [quoted by Paolo Spriano, **The Occupation of the Factories**, p.
 * 134]}, {@code [Williams, **Op. Cit.**, p. 200, p. 193 and p. 196]}, {@code [**Op. Cit.**, p. 195]}; pandoc's escaped
 * {@code \[ … \]} too. The first bracket that gives a title gives its work; a later bracket with the same title links to
 * it; an op. cit. takes the latest work of the author it names (any part of the name — a misspelt family name is still
 * the author's when the given name agrees; the author also counts when the sentence before the work's first bracket
 * named them), or, with no author, the latest work of an author the sentence before it names, else the work cited
 * last. A bracket with no marked title and no op. cit. ({@code [giving]}, {@code [anarchist secretary of the USI]}) is
 * an editorial insertion, not a citation.
 */
final class BracketCitations {

    /** A bracket, escaped or not, holding no bracket; not a Markdown link or footnote call. */
    private static final Pattern BRACKET = Pattern.compile("\\\\?\\[(?![\\^@])((?:[^\\[\\]\\\\]|\\\\(?![\\[\\]]))+?)\\\\?\\](?![(:\\[])");
    private static final Pattern LEAD = Pattern.compile("^(?i)(?:quoted (?:by|in)|cited (?:by|in)|see also|see|cf\\.|in)\\s+");
    /** A marked title: bold, italic, underscored or in quotation marks. */
    private static final Pattern MARKED = Pattern.compile("\\*\\*(.+?)\\*\\*|(?<![\\p{L}*])\\*([^*]+?)\\*(?![\\p{L}*])|\"([^\"]+?)\"|“([^”]+?)”|(?<!\\p{L})_([^_]+?)_(?!\\p{L})");
    private static final Pattern OP_CIT = Pattern.compile("(?i)(?:\\*\\*|\\*|_)?\\bop\\.\\s*cit\\.?(?:\\*\\*|\\*|_)?");
    private static final Pattern PAGE = Pattern.compile("\\bpp?\\.\\s*(\\d+(?:\\s*[-–]\\s*\\d+)?(?:ff?\\b)?|[ivxlc]+\\b)");
    /** An author as bracket citations give it: one to five capitalised words or initials ("S.A. Smith", "Carl Levy"). */
    private static final Pattern AUTHOR = Pattern.compile("(?:(?:\\p{Lu}\\.\\s*)+|\\p{Lu}[\\p{L}'’-]+)(?:\\s+(?:(?:\\p{Lu}\\.\\s*)+|\\p{Lu}[\\p{L}'’-]+|de|von|van|la|le|di)){0,4}");
    private static final Pattern QUOTED = Pattern.compile("\\*?\"[^\"]*\"\\*?|“[^”]*”");
    private static final Pattern NAME = Pattern.compile("\\p{Lu}[\\p{Ll}'’-]{2,}");
    private static final Set<String> EDITORIAL = Set.of("sic", "emphasis added", "original emphasis", "my emphasis");

    private BracketCitations() {
    }

    private record Work(Reference ref, String titleKey, Set<String> names) {
    }

    /** The bracket citations of the body, their works added to {@code added} (and {@code known}); none without two brackets that cite. */
    static List<CheckedCitation> find(Document doc, List<Part> parts, List<Reference> known, List<Reference> added, Set<String> usedIds) {
        List<CheckedCitation> out = new ArrayList<>();
        List<Work> works = new ArrayList<>();
        List<Reference> mine = new ArrayList<>();
        StringBuilder since = new StringBuilder();
        Work last = null;
        for (int i = 0; i < doc.blocks().size(); i++) {
            if (parts.get(i) != Part.BODY) continue;
            Block b = doc.blocks().get(i);
            String t = b.text();
            Matcher m = BRACKET.matcher(t);
            int from = 0;
            while (m.find()) {
                since.append(' ').append(t, from, m.start());
                from = m.end();
                // a bracket over lines of a nested quotation keeps the inner quotation's marks ("p.   > 134"): they are no part of it
                String content = m.group(1).replaceAll("(^|\\s)(?:>[ \\t]*)+", "$1").replace("\\", "").replaceAll("\\s+", " ").strip();
                Span at0 = doc.positions().span(b.origin().position(m.start()));
                Span end = doc.positions().span(b.origin().position(m.end() - 1));
                Span at = new Span(at0.line(), at0.column(), at0.offset(), Math.max(1, end.offset() - at0.offset() + 1));
                Reading r = read(content, t, m.start());
                if (r == null) continue;
                String context = context(since);
                since.setLength(0);
                Work w = r.opCit ? opCit(r.author, context, works, last) : byTitle(r.title, works);
                if (w == null && !r.opCit) {
                    Reference ref = FullNotes.work(r.work, at, NamedTitleNotes.unique(usedIds));
                    Set<String> names = new LinkedHashSet<>(names(r.author));
                    names.addAll(names(r.title));
                    // the author named in the sentence before a title alone ("As Gwyn A. Williams points out …")
                    names.addAll(names(context));
                    w = new Work(ref, key(r.title), names);
                    works.add(w);
                    mine.add(ref);
                }
                InTextCitation c = new InTextCitation(content, at, 4_000_000 + out.size(), CitationForm.PARENTHETICAL, CitationKind.BIBLIOGRAPHIC,
                        r.author.isEmpty() ? r.title : r.author, r.author.isEmpty(), Optional.empty(), Optional.empty(), r.pages, "", false,
                        r.title.isEmpty() ? Optional.empty() : Optional.of(r.title));
                if (w == null) {
                    out.add(new CheckedCitation(c, CitationStatus.UNRESOLVED, Optional.empty(), List.of(),
                            "op. cit. of " + (r.author.isEmpty() ? "no author" : r.author) + ", but no earlier bracket gives a work of theirs", r.pages, Optional.empty()));
                    continue;
                }
                last = w;
                out.add(new CheckedCitation(c, CitationStatus.RESOLVED, Optional.of(w.ref.id()), List.of(), "", r.pages, Optional.empty()));
            }
            since.append(' ').append(t.substring(from));
        }
        if (out.size() < 2) {
            mine.forEach(r -> usedIds.remove(r.id()));
            return List.of();
        }
        known.addAll(mine);
        added.addAll(mine);
        return out;
    }

    /**
     * A note with no list and no notes, read as plain text ({@code plain}), with its bracket citations added: their works
     * become its works ({@code reflist/no-reference-section} the information {@code citation/works-from-notes}), and a
     * citation the scanner found inside a bracket gives way to the bracket's.
     */
    static org.opis.cite.CheckedNote merged(Document doc, List<Part> parts, org.opis.cite.CheckedNote plain) {
        if (!plain.references().isEmpty()) return plain;
        List<Reference> works = new ArrayList<>();
        List<CheckedCitation> found = find(doc, parts, new ArrayList<>(), works, new java.util.HashSet<>());
        if (found.isEmpty()) return plain;
        List<CheckedCitation> all = new ArrayList<>(plain.citations());
        all.removeIf(c -> inside(c, found));
        all.addAll(found);
        all.sort(java.util.Comparator.comparingInt((CheckedCitation c) -> c.citation().span().offset()));
        List<org.opis.model.Diagnostic> diags = new ArrayList<>();
        for (org.opis.model.Diagnostic d : plain.diagnostics()) {
            if (d.code().equals("reflist/no-reference-section")) {
                diags.add(org.opis.model.Diagnostic.info(org.opis.cite.CitationChecker.WORKS_FROM_NOTES, d.span(), "no reference list: the "
                        + works.size() + " works given in brackets in the text serve as the reference list"));
            } else if (!d.code().startsWith("citation/") || all.stream().anyMatch(c -> c.citation().span().equals(d.span()))) {
                diags.add(d);
            }
        }
        diags.addAll(new org.opis.cite.UnresolvedCitationRule().check(found, works));
        diags.sort(null);
        return new org.opis.cite.CheckedNote(plain.name(), works, all, diags, org.opis.cite.CitationChecker.summarize(all, 0));
    }

    /** Whether a citation found otherwise lies inside one of the brackets. */
    static boolean inside(CheckedCitation c, List<CheckedCitation> brackets) {
        int o = c.citation().span().offset();
        return brackets.stream().anyMatch(b -> b != c && o >= b.citation().span().offset()
                && o < b.citation().span().offset() + b.citation().span().length());
    }

    record Reading(String author, String title, String work, boolean opCit, List<Locator> pages) {
    }

    /** A bracket's content read as a citation, or null when it is none. */
    static Reading read(String content, String text, int at) {
        if (content.length() < 2 || content.length() > 400 || EDITORIAL.contains(content.toLowerCase(Locale.ROOT))) return null;
        Matcher lead = LEAD.matcher(content);
        String s = lead.lookingAt() ? content.substring(lead.end()) : content;
        Matcher op = OP_CIT.matcher(s);
        if (op.find()) {
            String author = s.substring(0, op.start()).replaceAll("[,\\s]+$", "").strip();
            if (!author.isEmpty() && !AUTHOR.matcher(author).matches()) return null;
            return new Reading(author, "", "", true, pages(s.substring(op.end())));
        }
        List<int[]> marks = new ArrayList<>();
        Matcher mk = MARKED.matcher(s);
        while (mk.find()) marks.add(new int[]{mk.start(), mk.end(), firstGroup(mk)});
        if (marks.isEmpty()) return null;
        int[] first = marks.get(0);
        String author = s.substring(0, first[0]).replaceAll("[,\\s]+$", "").strip();
        if (!author.isEmpty() && !AUTHOR.matcher(author).matches()) return null;
        Matcher tm = MARKED.matcher(s);
        tm.find(first[0]);
        String title = tm.group(first[2]).strip();
        if (title.length() < 2 || EDITORIAL.contains(title.toLowerCase(Locale.ROOT))) return null;
        int[] lastMark = marks.get(marks.size() - 1);
        List<Locator> pages = pages(s.substring(lastMark[1]));
        String tail = s.substring(first[1]).strip();
        // a title alone must close a quotation or sentence ("…"* [**The Two Octobers**]), not stand in the prose
        if (pages.isEmpty() && marks.size() == 1 && (!tail.matches("[?!.,]*") || !author.isEmpty() || !closesQuote(text, at))) return null;
        String work = s.substring(0, lastMark[1]).strip();
        return new Reading(author, title, work, false, pages);
    }

    private static int firstGroup(Matcher m) {
        for (int g = 1; g <= m.groupCount(); g++) if (m.group(g) != null) return g;
        return 0;
    }

    private static boolean closesQuote(String text, int at) {
        int k = at - 1;
        while (k >= 0 && Character.isWhitespace(text.charAt(k))) k--;
        return k >= 0 && "\"*”_.?!)".indexOf(text.charAt(k)) >= 0;
    }

    static List<Locator> pages(String s) {
        List<Locator> out = new ArrayList<>();
        Matcher m = PAGE.matcher(s);
        while (m.find()) {
            String v = m.group(1).replaceAll("\\s+", "");
            String[] ends = v.split("[-–]");
            if (ends.length == 2) v = ends[0] + "–" + NumberRanges.expandEnd(ends[0], ends[1]).orElse(ends[1]);
            out.add(new Locator("page", v));
        }
        return out;
    }

    private static Work byTitle(String title, List<Work> works) {
        String k = key(title);
        for (int i = works.size() - 1; i >= 0; i--) {
            String w = works.get(i).titleKey;
            if (k.length() >= 6 && w.length() >= 6 && (w.equals(k) || w.startsWith(k) || k.startsWith(w))) return works.get(i);
        }
        return null;
    }

    /** The work an op. cit. means: its author's latest (by family name, else any part of the name), else the sentence's, else the last. */
    private static Work opCit(String author, String context, List<Work> works, Work last) {
        List<String> names = names(author);
        if (!names.isEmpty()) {
            String family = names.get(names.size() - 1);
            for (int i = works.size() - 1; i >= 0; i--) if (works.get(i).names.contains(family)) return works.get(i);
            for (int i = works.size() - 1; i >= 0; i--) for (String n : names) if (works.get(i).names.contains(n)) return works.get(i);
            return null;
        }
        List<String> said = names(context);
        for (int i = works.size() - 1; i >= 0; i--) for (String n : said) if (authorOf(works.get(i), n)) return works.get(i);
        return last;
    }

    private static boolean authorOf(Work w, String name) {
        return names(w.ref.raw().replaceAll("[*_\"“”]", "").split(",")[0]).contains(name);
    }

    /** The sentence or two before a bracket, without the quotation it closes. */
    private static String context(StringBuilder since) {
        String s = QUOTED.matcher(since).replaceAll(" ");
        return s.length() > 400 ? s.substring(s.length() - 400) : s;
    }

    private static List<String> names(String s) {
        List<String> out = new ArrayList<>();
        Matcher m = NAME.matcher(s);
        while (m.find()) out.add(m.group());
        return out;
    }

    private static String key(String title) {
        return title.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\d]+", "");
    }
}
