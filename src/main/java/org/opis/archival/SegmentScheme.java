package org.opis.archival;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A citation scheme read as comma-separated segments after the archive, each recognised by a
 * pattern from {@code labels.json} ("RG 59", "Lot 66 D 487", "761.00/3–756", "Box 12",
 * "109-00871-01", "hồ sơ số 1234", "B 136/59748", "Bl. 5"), the rest kept as named series or files
 * ("Whitman File", "Dulles–Herter Series"). The schemes built on it (US NARA and State Department,
 * PRC Foreign Ministry, Vietnam National Archives, Bundesarchiv) are data: the class only reads
 * the patterns. Segments are matched one at a time on bounded text, so reading stays linear.
 */
abstract class SegmentScheme implements ArchivalScheme {

    private static final int MAX_ARCHIVE = 120;
    private static final int MAX_SEGMENT = 160;

    /** One segment pattern: capturing groups in order map to parts ("@label" = the label of the next part, "@after" = the label of the part before it). */
    /** A segment pattern; {@code runOn}: its value may run on over commas like leaves ("SLT 98-65, 3002, 44"). */
    /**
     * One segment pattern of labels.json; {@code after}, when set, is what the nearest earlier level that is
     * not a year must read whole ("after": a file designation follows the central files that hold it).
     */
    private record Segment(Pattern pattern, List<String> parts, boolean strong, boolean runOn, Pattern after, boolean separated) {
    }

    /**
     * An archive implied by the first segment ("RG 59" is in NARA). With {@code levelsAfter} the match is the archive's
     * code and its separator, the levels follow it ("NL-ZlCO, 0123.1, inv.nr. 3"); {@code name} is the institution's name
     * the code may be followed by before the first level, read as no level ("NL-ZlCO, Collectie Overijssel locatie Zwolle,
     * 0123.1 …"), only when a comma and a digit follow it.
     */
    private record Implied(Pattern pattern, String archive, int archiveGroup, boolean levelsAfter, Pattern name) {
    }


    private final String id;
    private final String description;
    private final LabelTable labels;
    private final List<Segment> segments;
    private final List<Implied> implied;
    private final String separators;
    private final boolean archiveBeforeDigit;
    private final String fallback;
    /** The level of an unlabelled segment that comes first after the archive (Czech: the fond named without 'f.'). */
    private final String firstFallback;
    /** Whether unlabelled segments that follow the first one, before any labelled level, continue it (a fond named with commas: "Central Committee of the RCP, Chancellery"). */
    private final boolean firstFallbackJoins;
    /** Whether a reference of this scheme is read after an archive the registry does not know (labels.json "readsUnregistered"). */
    private final boolean readsUnregistered;
    /**
     * Whether a semicolon before another labelled segment of this scheme separates levels of one reference rather than
     * ending the citation (labels.json "semicolonJoins": "sign. 111163/48; inv. č. 1757/A, C, D").
     */
    private final boolean semicolonJoins;
    /** Whether a dash with a space on each side separates segments ("R 64 – 1. – No. 1099."; labels.json "dashSeparates"). */
    private final boolean dashSeparates;
    /** A segment right after the archive that belongs to it: its branch ("pracoviště Klášter u Nepomuka"), or null. */
    private final Pattern archiveDetail;
    /** Names split by a comma and words with a period that is not a full stop (labels.json "joinsPrevious", "abbreviations"). */
    private final SegmentNames names;
    /**
     * Words that make an unregistered name a repository ("Library", "Archives", "Agency"; labels.json
     * "repositoryWords"), so that a strong reference of this scheme may follow it; or null.
     */
    private final Pattern repositoryWords;
    /** Labels written after their numbers ("2335. f., 1. apr."; labels.json "reference.postposed"), or null. */
    private final PostposedLabels postposed;
    /** A note that defines a short form ("(henceforth HRC)"): not part of a named segment's value. */
    private static final Pattern DEFINITION = Pattern.compile(
            "\\s\\((?:(?:henceforth|hereafter|hereinafter|dalej|далее|dále jen|în continuare|im Folgenden|a továbbiakban)\\b|cyt\\.)[^()]*\\)$");
    /** A note in parentheses at the end of a segment ("Box 74 (Label 55)", "RG 457 (HCC)"). */
    private static final Pattern TRAILING_NOTE = Pattern.compile("\\s\\([^()]{1,80}\\)$");

    SegmentScheme(String id, String description) {
        this.id = id;
        this.description = description;
        this.labels = LabelTable.load(id);
        List<Segment> segs = new ArrayList<>();
        List<Implied> imp = new ArrayList<>();
        SegmentNames nm = null;
        Pattern repo = null;
        PostposedLabels pp = null;
        try (InputStream in = SegmentScheme.class.getResourceAsStream("labels.json")) {
            if (in == null) throw new IllegalStateException("missing resource labels.json");
            JsonNode r = new ObjectMapper().readTree(in).path("schemes").path(id).path("reference");
            for (JsonNode s : r.path("segments")) {
                List<String> parts = new ArrayList<>();
                for (JsonNode p : s.path("parts")) parts.add(p.asText());
                segs.add(new Segment(Pattern.compile(s.path("regex").asText()), parts, s.path("strong").asBoolean(false),
                        s.path("runOn").asBoolean(false), s.hasNonNull("after") ? Pattern.compile(s.path("after").asText()) : null,
                        s.path("separated").asBoolean(false)));
            }
            for (JsonNode s : r.path("implied")) {
                imp.add(new Implied(Pattern.compile(s.path("regex").asText()), s.path("archive").asText(""), s.path("archiveGroup").asInt(0),
                        s.path("levelsAfter").asBoolean(false), s.hasNonNull("name") ? Pattern.compile(s.path("name").asText()) : null));
            }
            this.separators = r.path("archiveSeparators").asText(",:");
            this.archiveBeforeDigit = r.path("archiveBeforeDigit").asBoolean(false);
            this.fallback = r.path("fallback").asText("series");
            this.firstFallback = r.path("firstFallback").asText(this.fallback);
            this.firstFallbackJoins = r.path("firstFallbackJoins").asBoolean(false);
            this.readsUnregistered = r.path("readsUnregistered").asBoolean(false);
            this.semicolonJoins = r.path("semicolonJoins").asBoolean(false);
            this.dashSeparates = r.path("dashSeparates").asBoolean(false);
            this.archiveDetail = r.hasNonNull("archiveDetail") ? Pattern.compile(r.path("archiveDetail").asText()) : null;
            nm = SegmentNames.of(r);
            if (r.hasNonNull("repositoryWords")) repo = Pattern.compile(r.path("repositoryWords").asText());
            pp = PostposedLabels.of(r);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read labels.json", e);
        }
        this.segments = List.copyOf(segs);
        this.implied = List.copyOf(imp);
        this.names = nm;
        this.repositoryWords = repo;
        this.postposed = pp;
    }

    /** The reader of labels written after their numbers, or null when the scheme writes them before. */
    PostposedLabels postposed() {
        return postposed;
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public String description() {
        return description;
    }

    @Override
    public LabelTable labels() {
        return labels;
    }

    @Override
    public int confidence(List<String> written) {
        return 0; // chosen through its archives only
    }

    @Override
    public String resolve(String labelLevel, boolean archivePapka, List<String> before) {
        return labelLevel;
    }

    @Override
    public Optional<Reference> catalogueReference(String text, int from, int to, Predicate<String> archiveOfThisScheme) {
        int limit = Math.min(to, from + MAX_ARCHIVE);
        int depth = 0;
        for (int j = from + 1; j < limit; j++) {
            char c = text.charAt(j);
            // a note in brackets after the name ends no archive ("Archiwum Państwowe w Poznaniu (dalej: APP), …")
            if (c == '(') depth++;
            else if (c == ')' && depth > 0) depth--;
            if (depth > 0) continue;
            boolean sep = separators.indexOf(c) >= 0 && (j + 1 >= to || Scan.isSpace(text.charAt(j + 1))
                    // a colon with no space after it before a strong segment ("AA:A1838/278, 169/10/1, i")
                    || c == ':' && strongAt(text, j + 1, to));
            boolean beforeDigit = archiveBeforeDigit && Scan.isSpace(c) && j + 1 < to && Character.isDigit(text.charAt(j + 1));
            // a Chinese short form written straight before its call number, with no space ("上档6-5-1216")
            if (archiveBeforeDigit && Character.isDigit(c) && Character.UnicodeScript.of(text.charAt(j - 1)) == Character.UnicodeScript.HAN
                    && archiveOfThisScheme.test(text.substring(from, j))) {
                Optional<Reference> r = segments(text, from, j, -1, j, to, "");
                if (r.isPresent()) return r;
            }
            // a registered archive of this scheme followed by a space and a strong segment ('IPN BU 2388'): the archive ends there
            boolean mayBeforeSegment = !sep && !beforeDigit && Scan.isSpace(c) && j + 1 < to;
            if (!sep && !beforeDigit && !mayBeforeSegment) continue;
            int e = j;
            while (e > from && Scan.isSpace(text.charAt(e - 1))) e--;
            if (e <= from) continue;
            // the archive first (a remembered lookup), the segment patterns only after a registered archive
            if (!archiveOfThisScheme.test(text.substring(from, e))) continue;
            if (mayBeforeSegment && !strongAt(text, j + 1, to) && !acronymBeforeComma(text, j + 1, to)) continue;
            // "NLA OS, Rep 900": the longer name before the comma is itself a registered archive, not this one and a fond
            if (mayBeforeSegment && !strongAt(text, j + 1, to) && acronymBeforeComma(text, j + 1, to)
                    && archiveOfThisScheme.test(text.substring(from, commaAfter(text, j + 1, to)))) continue;
            int start = j + 1;
            while (start < to && Scan.isSpace(text.charAt(start))) start++;
            start = afterArchiveDetail(text, start, to);
            Optional<Reference> r = segments(text, from, e, sep ? j : -1, start, to, "");
            if (r.isPresent()) return r;
        }
        for (Implied imp : implied) {
            Matcher m = imp.pattern().matcher(text);
            m.region(from, to);
            if (!m.lookingAt()) continue;
            // the repository code inside a reference code names the archive, registered or not ("HR-DABJ-191": DABJ)
            if (imp.archiveGroup() > 0 && m.start(imp.archiveGroup()) >= 0 && imp.levelsAfter())
                return segments(text, m.start(imp.archiveGroup()), m.end(imp.archiveGroup()), separatorIn(text, m.end(imp.archiveGroup()), m.end()),
                        afterName(text, imp.name(), m.end(), to), to, "");
            if (imp.archiveGroup() > 0 && m.start(imp.archiveGroup()) >= 0)
                return segments(text, m.start(imp.archiveGroup()), m.end(imp.archiveGroup()), -1, from, to, "");
            return segments(text, from, from, -1, from, to, imp.archive());
        }
        return Optional.empty();
    }

    /** The first archive separator in [{@code from}, {@code to}), or -1. */
    private int separatorIn(String text, int from, int to) {
        for (int k = from; k < to; k++) if (separators.indexOf(text.charAt(k)) >= 0) return k;
        return -1;
    }

    /** After the institution's name that follows an archive's code when a comma and a digit follow the name, or {@code at}. */
    private static int afterName(String text, Pattern name, int at, int to) {
        while (at < to && Scan.isSpace(text.charAt(at))) at++;
        if (name == null) return at;
        Matcher m = name.matcher(text);
        m.region(at, to);
        if (!m.lookingAt()) return at;
        int k = m.end();
        while (k < to && Scan.isSpace(text.charAt(k))) k++;
        if (k >= to || text.charAt(k) != ',') return at;
        k++;
        while (k < to && Scan.isSpace(text.charAt(k))) k++;
        return k < to && Character.isDigit(text.charAt(k)) ? k : at;
    }

    /** Whether a reference of this scheme may follow an archive the registry does not know. */
    boolean readsUnregistered() {
        return readsUnregistered;
    }

    /** Whether this scheme names the words of a repository's name (labels.json "repositoryWords"). */
    boolean hasRepositoryWords() {
        return repositoryWords != null;
    }

    /** Whether an unregistered name reads as a repository of this scheme ("Houghton Library", "Central Intelligence Agency"). */
    boolean namesRepository(String archive) {
        return repositoryWords != null && archive != null && repositoryWords.matcher(archive).find();
    }

    /**
     * The segments of a continuation that names no archive ("MS Russ 79, Box 31, File 1941." after a
     * first citation that defined the short form), read from {@code from}; empty unless one is strong.
     */
    Optional<Reference> bareReference(String text, int from, int to) {
        return segments(text, from, from, -1, from, to, "");
    }

    /** After the archive's branch written as the first segment ("SOA Plzeň, pracoviště Klášter u Nepomuka, …"), or start. */
    private int afterArchiveDetail(String text, int start, int to) {
        if (archiveDetail == null || start >= to) return start;
        Matcher m = archiveDetail.matcher(text);
        m.region(start, to);
        if (!m.lookingAt()) return start;
        int k = m.end();
        while (k < to && Scan.isSpace(text.charAt(k))) k++;
        if (k >= to || text.charAt(k) != ',') return start;
        k++;
        while (k < to && Scan.isSpace(text.charAt(k))) k++;
        return k;
    }

    /** Where the acronym beginning at {@code at} ends at a comma (as {@link #acronymBeforeComma} reads it), or {@code at}. */
    private static int commaAfter(String text, int at, int to) {
        int k = at;
        while (k < to && k - at <= 8 && Character.isUpperCase(text.charAt(k))) k++;
        return k < to && text.charAt(k) == ',' ? k : at;
    }

    /** Whether a fond's acronym closed by a comma begins at {@code at} ('AJBT KMJ, I-3-b/651': the archive, then its fond). */
    private static boolean acronymBeforeComma(String text, int at, int to) {
        int k = at;
        while (k < to && k - at <= 8 && Character.isUpperCase(text.charAt(k))) k++;
        return k - at >= 2 && k < to && text.charAt(k) == ',';
    }

    /** Whether a strong segment of this scheme that writes a label ("inv. č. 1505/D") begins at {@code at}, after spaces. */
    private boolean labelledAt(String text, int at, int to) {
        while (at < to && Scan.isSpace(text.charAt(at))) at++;
        for (Segment g : segments) {
            if (!g.strong() || g.after() != null || !g.parts().contains("@label")) continue;
            Matcher m = g.pattern().matcher(text);
            m.region(at, to);
            if (m.lookingAt()) return true;
        }
        return false;
    }

    /**
     * Whether the text at {@code at} opens with a labelled level of this scheme ("fond Kancelář prezidenta republiky"):
     * such text is a level, never the name of an archive.
     */
    boolean opensWithLabelledLevel(String text, int at, int to) {
        return labelledAt(text, at, to);
    }

    /** Whether a strong segment of this scheme begins at {@code at}. */
    private boolean strongAt(String text, int at, int to) {
        for (Segment g : segments) {
            if (!g.strong() || g.after() != null) continue; // a segment read only after another is no evidence alone
            // a segment that may run on from the name before it ("Archiwa ZUS": the name's acronym, not a fond) is evidence
            // only when a separator sets it off (labels.json "separated")
            if (g.separated()) continue;
            Matcher m = g.pattern().matcher(text);
            m.region(at, to);
            if (m.lookingAt()) return true;
        }
        return false;
    }

    private Optional<Reference> segments(String text, int archiveStart, int archiveEnd, int sepAt, int start, int to, String impliedArchive) {
        // labels after their numbers, unless one of the scheme's own segments reads the reference ("LV_LVA_F PA-101": a code)
        if (postposed != null && !strongAt(text, start, to)) return postposed.read(text, archiveStart, archiveEnd, sepAt, start, to, impliedArchive);
        // a final period closes the citation
        int end = to;
        while (end > start && Scan.isSpace(text.charAt(end - 1))) end--;
        List<Reference.Part> parts = new ArrayList<>();
        boolean strong = false;
        int unread = 0;
        int p = start, last = start;
        while (p < end) {
            while (p < end && Scan.isSpace(text.charAt(p))) p++;
            if (p >= end) break;
            int q = segmentEnd(text, p, end);
            int se = q;
            while (se > p && Scan.isSpace(text.charAt(se - 1))) se--;
            // a final period closes the citation; before a separating dash it closes an ordinal ("R 64 – 1. – No. 1099.")
            if (se > p && (q >= end || dashAt(text, q, end)) && text.charAt(se - 1) == '.' && !endsWithLabel(text, p, se) && !names.abbreviationAt(text, p, se - 1)) se--;
            while (se > p && Scan.isSpace(text.charAt(se - 1))) se--; // "Studies US Policy re UN ." as printed
            if (se <= p || se - p > MAX_SEGMENT) break;
            int next = q;
            Reference.Part before = parts.isEmpty() ? null : parts.get(parts.size() - 1);
            if (before != null && before.labelStart() < 0 && names.joins(text, before, p, se)) {
                // "Stassen, Harold E.", "Arthur M. Schlesinger, Jr. Papers": one name split by a comma
                parts.set(parts.size() - 1, new Reference.Part(before.level(), before.start(), se));
                strong |= strongWhole(text, before.start(), se);
                last = se;
                if (next >= end) break;
                int k = next;
                while (k < end && Scan.isSpace(text.charAt(k))) k++;
                if (k < end && (text.charAt(k) == ';' || text.charAt(k) == '.')) break;
                if (k < end && (text.charAt(k) == ',' || text.charAt(k) == ':' || dashAt(text, k, end))) k++;
                else if (k < end) break;
                p = k;
                continue;
            }
            Segment hit = null;
            Matcher m = null;
            int me = se;
            Matcher note = TRAILING_NOTE.matcher(text).region(p, se);
            int noteAt = note.find() ? note.start() : -1;
            for (int attempt = 0; attempt < 2 && hit == null; attempt++) {
                // a note in parentheses closing the segment is not part of its value ("Box 74 (Label 55)")
                if (attempt == 1 && (noteAt <= p)) break;
                int to2 = attempt == 0 ? se : noteAt;
                boolean definition = attempt == 1 && DEFINITION.matcher(text).region(p, se).find();
                for (Segment s : segments) {
                    // a note after a labelled value is a note ("Box 74 (Label 55)"); after a name, only a short-form definition is
                    if (attempt == 1 && !definition && !s.parts().contains("@label")) continue;
                    if (s.after() != null && !afterMatches(text, parts, s.after())) continue;
                    Matcher x = s.pattern().matcher(text);
                    x.region(p, to2);
                    if (x.matches()) {
                        hit = s;
                        m = x;
                        me = to2;
                        break;
                    }
                }
            }
            if (hit == null && firstFallbackJoins && parts.size() == 1 && !strong && parts.get(0).labelStart() < 0
                    && parts.get(0).level().equals(firstFallback)) {
                parts.set(0, new Reference.Part(firstFallback, parts.get(0).start(), se));
            } else if (hit == null) {
                // a name that declares its short form ("Związek Powstańców Wielkopolskich (dalej: ZPW)"): the name is the value
                int ve = noteAt > p && DEFINITION.matcher(text).region(p, se).find() ? noteAt : se;
                while (ve > p && Scan.isSpace(text.charAt(ve - 1))) ve--;
                parts.add(new Reference.Part(parts.isEmpty() ? firstFallback : fallback, p, ve));
                unread++;
            } else {
                strong |= hit.strong();
                int ls = -1, le = -1;
                int groups = Math.min(m.groupCount(), hit.parts().size());
                for (int g = 1; g <= groups; g++) {
                    String level = hit.parts().get(g - 1);
                    if (level.equals("@skip")) continue; // a status note ("nezpracováno"): read, but no level
                    if (level.equals("@after")) {
                        // a label written after its value ("288. f.", "626. ő. e."): the label of the part before it
                        if (m.start(g) >= 0 && !parts.isEmpty()) {
                            Reference.Part prev = parts.get(parts.size() - 1);
                            if (prev.labelStart() < 0 && prev.end() <= m.start(g))
                                parts.set(parts.size() - 1, new Reference.Part(prev.level(), prev.start(), prev.end(), m.start(g), m.end(g)));
                        }
                        continue;
                    }
                    if (level.equals("@label")) {
                        if (m.start(g) >= 0) {
                            ls = m.start(g);
                            le = m.end(g);
                        }
                        continue;
                    }
                    if (m.start(g) < 0) {
                        if (ls >= 0) parts.add(new Reference.Part(level, le, le, ls, le)); // a label with no value
                        ls = le = -1;
                        continue;
                    }
                    int vs = m.start(g), ve = m.end(g);
                    if ((level.equals("list") || level.equals("page") || hit.runOn()) && me == se) {
                        // leaves may run on over commas ("Bl. 5, 7–9"): read them as leaves
                        ve = Math.max(ve == se ? vs + 1 : ve, Scan.leafEnd(text, vs, end));
                        ve = Math.min(ve, end);
                        next = ve;
                    }
                    parts.add(new Reference.Part(level, vs, ve, ls, le));
                    ls = le = -1;
                }
                if (next != q) se = next;
            }
            last = se;
            if (next >= end) break;
            // skip the separator
            int k = next;
            while (k < end && Scan.isSpace(text.charAt(k))) k++;
            // "sygn. 1/5-18; 1/5-54–55": after a semicolon, values that the last label's pattern reads are more of that level
            while (k < end && text.charAt(k) == ';' && hit != null && hit.parts().contains("@label") && !parts.isEmpty()
                    && parts.get(parts.size() - 1).labelStart() >= 0) {
                Reference.Part lab = parts.get(parts.size() - 1);
                int r = k + 1;
                while (r < end && Scan.isSpace(text.charAt(r))) r++;
                int q2 = segmentEnd(text, r, end), se2 = q2;
                while (se2 > r && Scan.isSpace(text.charAt(se2 - 1))) se2--;
                if (se2 > r && text.charAt(se2 - 1) == '.' && q2 >= end) se2--;
                if (se2 <= r || !Character.isDigit(text.charAt(r))) break;
                String probe = text.substring(lab.labelStart(), lab.labelEnd()) + " " + text.substring(r, se2);
                Matcher again = hit.pattern().matcher(probe);
                if (!again.matches()) break;
                parts.add(new Reference.Part(lab.level(), r, se2));
                last = se2;
                next = q2;
                k = q2;
                while (k < end && Scan.isSpace(text.charAt(k))) k++;
            }
            if (next >= end) break;
            if (k < end && text.charAt(k) == ';' && semicolonJoins && labelledAt(text, k + 1, end)) {
                p = k + 1; // "sign. T 119/34; inv. č. 1505/D": the next labelled level of the same reference
                continue;
            }
            if (k < end && (text.charAt(k) == ';' || text.charAt(k) == '.')) break; // a remark after the citation
            if (k < end && (text.charAt(k) == ',' || text.charAt(k) == ':' || dashAt(text, k, end))) k++;
            else if (k < end) break;
            p = k;
        }
        if (!strong || parts.isEmpty()) return Optional.empty();
        return Optional.of(new Reference(archiveStart, archiveEnd, sepAt, start, last, parts, impliedArchive, unread));
    }

    /**
     * Whether the nearest earlier part that is not a year or a box reads {@code after} whole ("Central Files" before
     * "POL 27 VIET S"; "Central Files, 1970–73, Box 2432, POL Kuwait").
     */
    private static boolean afterMatches(String text, List<Reference.Part> parts, Pattern after) {
        for (int i = parts.size() - 1; i >= 0; i--) {
            Reference.Part x = parts.get(i);
            if (x.level().equals("year") || x.level().equals("box")) continue;
            return after.matcher(text).region(x.start(), x.end()).matches();
        }
        return false;
    }

    /** Whether a strong segment pattern matches [p, se) whole. */
    private boolean strongWhole(String text, int p, int se) {
        for (Segment g : segments) {
            if (g.strong() && g.after() == null && g.pattern().matcher(text).region(p, se).matches()) return true;
        }
        return false;
    }

    /** Whether a dash that separates segments (this scheme's "dashSeparates", a space on each side) stands at i. */
    private boolean dashAt(String text, int i, int end) {
        return dashSeparates && i > 0 && i + 1 < end && Values.isDash(text.charAt(i)) && Scan.isSpace(text.charAt(i - 1))
                && Scan.isSpace(text.charAt(i + 1));
    }

    /** The end of the segment starting at p: the next ',' ':' or ';' followed by a space (or the end), outside brackets. */
    private int segmentEnd(String text, int p, int end) {
        int depth = 0;
        for (int i = p; i < end; i++) {
            char c = text.charAt(i);
            if (c == '(' || c == '[') depth++;
            else if ((c == ')' || c == ']') && depth > 0) depth--;
            else if (depth == 0 && c == ':' && labelOnly(text, p, i)) continue; // "Folder: 1-10/80": the label's colon
            else if (depth == 0 && (c == ',' || c == ':' || c == ';') && (i + 1 >= end || Scan.isSpace(text.charAt(i + 1)) || c == ',')) return i;
            else if (depth == 0 && i > p && dashAt(text, i, end)) return i;
            else if (depth == 0 && c == '.' && i + 2 < end && text.charAt(i + 1) == ' ' && Character.isUpperCase(text.charAt(i + 2))
                    && i > p && Character.isLowerCase(text.charAt(i - 1)) && !labelPeriod(text, p, i, end)
                    && !names.abbreviationAt(text, p, i) && !strongToComma(text, p, end)) return i; // ". Secret." — a remark follows
        }
        return end;
    }

    /**
     * Whether [p, i) is only the label of a labelled segment ("Folder", "File"): a colon after it introduces the value
     * ("Folder: Chrons", "File: 20-Chile-1-4") and ends no segment.
     */
    private boolean labelOnly(String text, int p, int i) {
        String w = text.substring(p, i).strip();
        if (w.isEmpty() || w.length() > 16) return false;
        String probe = w + " 1";
        for (Segment s : segments) {
            if (s.parts().isEmpty() || !s.parts().get(0).equals("@label")) continue;
            Matcher x = s.pattern().matcher(probe);
            if (x.matches() && x.groupCount() >= 1 && x.start(1) == 0 && x.end(1) == w.length()) return true;
        }
        return false;
    }

    /**
     * Whether a strong segment pattern reads the whole text from p to the next comma (a final period left out):
     * then a period inside it is no full stop ("V. 1075 Cb. Monor nagyközség iratai 1938-1946.", a record group and its name).
     */
    private boolean strongToComma(String text, int p, int end) {
        int c = text.indexOf(',', p);
        int e = c < 0 || c > end ? end : c;
        while (e > p && Scan.isSpace(text.charAt(e - 1))) e--;
        for (Segment s : segments) {
            if (!s.strong() || s.after() != null) continue;
            for (int to : new int[]{e, e > p && text.charAt(e - 1) == '.' ? e - 1 : e}) {
                if (s.pattern().matcher(text).region(p, to).matches()) return true;
            }
        }
        return false;
    }

    /**
     * Is the period at {@code dot} part of a label that one of this scheme's segments reads ("f. KSČ",
     * "Caps. D"), rather than the full stop before a remark ("…, Box 5. Secret.")?
     */
    private boolean labelPeriod(String text, int p, int dot, int end) {
        int w = dot;
        while (w > p && Character.isLetter(text.charAt(w - 1))) w--;
        if (dot - w > 12) return false;
        int to = Math.min(end, dot + 40);
        for (Segment s : segments) {
            // the label is the word before the period ("f. KSČ") or a label of several words from the segment's start ("sp. zn. II/3")
            for (int from : new int[]{w, p}) {
                Matcher m = s.pattern().matcher(text);
                m.region(from, to);
                if (m.lookingAt() && m.end() > dot + 1) {
                    // the period belongs to a label group of the match, not to a free-text value
                    for (int g = 1; g <= Math.min(m.groupCount(), s.parts().size()); g++) {
                        if (s.parts().get(g - 1).equals("@label") && m.start(g) == from && m.end(g) == dot + 1) return true;
                    }
                }
            }
        }
        return false;
    }

    /** Does [p, se) end with a label of this scheme ("Bl.") whose period is not a full stop? */
    private boolean endsWithLabel(String text, int p, int se) {
        int w = se - 1;
        while (w > p && Character.isLetter(text.charAt(w - 1))) w--;
        return labels.find(text.substring(w, se)).isPresent() && (w == p || Scan.isSpace(text.charAt(w - 1)));
    }
}
