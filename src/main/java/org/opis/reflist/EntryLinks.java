package org.opis.reflist;

import org.opis.text.Markup;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.opis.reflist.EntryDates.parseDate;
import static org.opis.reflist.WorkingText.alternation;
import static org.opis.reflist.WorkingText.blank;
import static org.opis.reflist.WorkingText.containsAny;
import static org.opis.reflist.WorkingText.trimUrl;

/**
 * What an entry says about the copy it was read from, taken out before the fields are read: its address (in angle
 * brackets, bare, or a Markdown link's), its DOI, the access date after a word of {@code access-words.txt}, APA's
 * "Retrieved from Database." and Wikipedia's maintenance tags of {@code maintenance-tags.txt}.
 */
final class EntryLinks {
    private EntryLinks() {
    }

    /** Wikipedia's maintenance tags in brackets: {@code [_permanent dead link_]}. */
    private static final Pattern MAINTENANCE_TAG = Pattern.compile(
            "\\[[_*]?(?i:(" + alternation(Data.set("maintenance-tags.txt")) + "))[_*]?\\]");

    private static final Pattern URL_ANGLE = Pattern.compile("<<?\\s?(https?://[^\\s<>]{1,2000})\\s?>>?");

    private static final Pattern URL_BARE = Pattern.compile("(?:URL:\\s?)?(https?://[^\\s<>]{1,2000})");

    static final Pattern DOI = Pattern.compile("(?:doi:\\s?(?:https?://(?:dx\\.)?doi\\.org/)?|https?://(?:dx\\.)?doi\\.org/)(10\\.\\d{4,9}/[^\\s<>]{1,300})", Pattern.CASE_INSENSITIVE);

    private static final Pattern RETRIEVED_FROM = Pattern.compile("(?:^|(?<=[.,]\\s))[Rr]etrieved\\sfrom\\s(?!https?:)[^.:/]{2,80}?\\.?\\s*$");

    /** An access date after one of the words of {@code access-words.txt}: in parentheses or brackets, or closing a sentence (an ISO date too: "Nuoroda tikrinta 2025-05-04."). */
    private static final String ACCESS_WORDS = String.join("|", Data.lines("access-words.txt"));

    static final Pattern ACCESSED = Pattern.compile(
            "[(\\[]?\\s?(?:" + ACCESS_WORDS + ")\\s([^()\\[\\]]{1,40}?)\\s?[)\\]]|(?:"
                    + ACCESS_WORDS + ")\\s((?:\\d{1,2}\\.|(?<=\\s)\\p{L}{3,4}\\.(?=\\s)|[^.()]){1,40}?\\d{4})\\.?|(?:"
                    + ACCESS_WORDS + ")\\s(\\d{4}-\\d{2}-\\d{2})\\b\\.?",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /** Cheap word checks run before the costlier patterns that need them: for an access date, the longest space-free piece of each phrase of {@code access-words.txt} ({@link TailCues#phrasePieces}). */
    private static final String[] ACCESS_HINTS = TailCues.phrasePieces(Data.lines("access-words.txt"));

    /**
     * Takes out of the working text what the entry says about its copy, before any field is read: archived copies
     * ({@link ArchiveStatements}), the access date, APA's "Retrieved from Database.", the DOI, the identifiers and
     * Wikipedia's maintenance tags.
     */
    static void take(String w, StringBuilder b, Draft d) {
        String lower = w.toLowerCase(Locale.ROOT);
        ArchiveStatements.take(b, d);
        Matcher am = ACCESSED.matcher(b);
        if (containsAny(lower, ACCESS_HINTS) && findAccessed(b, am)) {
            String when = am.group(1) != null ? am.group(1) : am.group(2) != null ? am.group(2) : am.group(3);
            int[] parts = parseDate(when);
            if (parts != null) {
                d.accessed = parts;
                blank(b, am.start(), am.end());
            }
        }
        // APA's "Retrieved from NewspaperSG." / "Retrieved from ProQuest Central.": where the copy was found, not a field
        Matcher rf = RETRIEVED_FROM.matcher(b);
        if (lower.contains("retrieved from") && rf.find()) {
            d.notes.add(Markup.clean(rf.group().strip()));
            blank(b, rf.start(), rf.end());
        }
        Matcher dom = DOI.matcher(b);
        if (holdsDoi(b) && dom.find()) {
            d.doi = trimUrl(dom.group(1));
            int doiEnd = dom.start() + dom.group(0).length() - (dom.group(1).length() - d.doi.length());
            blank(b, dom.start(), LinkBrackets.shownAddressEnd(b, dom.start(), doiEnd));
        }
        Identifiers.take(b, d);
        Matcher mt = MAINTENANCE_TAG.matcher(b);
        while (b.indexOf("[") >= 0 && mt.find()) {
            d.notes.add(mt.group(1));
            blank(b, mt.start(), mt.end());
        }
    }

    /** The words of {@code access-words.txt} alone, with the flags of {@link #ACCESSED}. */
    static final Pattern ACCESS_WORD = Pattern.compile("(?:" + ACCESS_WORDS + ")", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /**
     * {@code am.find()} of {@link #ACCESSED}, searched from two characters before the first access word: every match of it
     * holds an access word at most two characters after its start (an opening bracket and a space before it), so none
     * starts earlier, and the first match found from there is the first match of the text (look-behinds still see the
     * text before). Three alternatives are not tried at every earlier place of the entry.
     */
    static boolean findAccessed(CharSequence b, Matcher am) {
        Matcher w = ACCESS_WORD.matcher(b);
        return w.find() && am.find(Math.max(0, w.start() - 2));
    }

    /** Whether the text holds "doi" in any ASCII case, as every match of {@link #DOI} does ("doi:", "doi.org/"). */
    static boolean holdsDoi(CharSequence b) {
        for (int i = 0, n = b.length() - 2; i < n; i++) {
            if ((b.charAt(i) | 0x20) == 'd' && (b.charAt(i + 1) | 0x20) == 'o' && (b.charAt(i + 2) | 0x20) == 'i') return true;
        }
        return false;
    }

    /** Takes the entry's address: in angle brackets, else the first bare one (a Markdown link's brackets unwrapped). */
    static void takeAddress(StringBuilder b, Draft d) {
        Matcher um = URL_ANGLE.matcher(b);
        if (um.find()) {
            d.url = um.group(1);
            blank(b, um.start(), um.end());
            takeDateAfter(b, um.end(), d);
        } else {
            Matcher ub = URL_BARE.matcher(b);
            if (ub.find()) {
                d.url = trimUrl(ub.group(1));
                int urlEnd = ub.start() + ub.group(0).length() - (ub.group(1).length() - d.url.length());
                int linkEnd = LinkBrackets.shownAddressEnd(b, ub.start(), urlEnd);
                blank(b, ub.start(), linkEnd);
                if (linkEnd > urlEnd) urlEnd = linkEnd;
                LinkBrackets.unwrap(b, ub.start(1), urlEnd);
                takeDateAfter(b, urlEnd, d);
            }
        }
    }

    /** A full date in parentheses or brackets right after the address, no word before it: the day the page was read ("URL: https://react.dev (15.01.2026)."). */
    private static final Pattern DATE_AFTER = Pattern.compile("^\\s*[(\\[]\\s?(\\d{1,2}\\.\\d{1,2}\\.\\d{4}|\\d{4}-\\d{2}-\\d{2})\\s?[)\\]]");

    private static void takeDateAfter(StringBuilder b, int end, Draft d) {
        if (d.accessed != null || end >= b.length()) return;
        Matcher m = DATE_AFTER.matcher(b.subSequence(end, b.length()));
        if (!m.find()) return;
        int[] parts = parseDate(m.group(1));
        if (parts == null || parts.length < 3) return;
        d.accessed = parts;
        blank(b, end + m.start(), end + m.end());
    }
}
