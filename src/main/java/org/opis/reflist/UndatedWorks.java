package org.opis.reflist;

import java.util.regex.Pattern;

/**
 * A block of a syllabus that names a work without a date, a link or pages — {@code Maurice Halbwachs, _On Collective
 * Memory_, especially 1-83.}, {@code _Jacques LeGoff, _History and Memory__}: names (capitalised words and initials,
 * joined by commas, {@code and} or {@code &}, perhaps {@code eds.}) closed by a comma or a full stop, then a title in
 * italics or quotation marks; short, with no run of prose. Such a block is read as an entry only beside the dated
 * blocks that already make the text a list ({@link ReferenceBlocks}): alone, a name and a title are no evidence of one.
 */
final class UndatedWorks {
    private UndatedWorks() {
    }

    private static final int LONGEST = 300;
    /** Emphasis wrapping the whole block ({@code **…**}, {@code _…_}): the block's own markers, not a title's. */
    private static final Pattern WRAPPER = Pattern.compile("^\\s*(?:[*+-]\\s+|\\d{1,3}[.)]\\s+)?(?:\\*\\*|__|\\*|_)?");
    private static final Pattern TITLE_MARK = Pattern.compile("[“«\"‘]|(?<![*\\w])[*_](?=[^*_\\s])");
    private static final String NAME = "(?:\\p{Lu}[\\p{L}'’-]*\\.?|\\p{Lu}\\.(?:\\s?\\p{Lu}\\.)*)";
    private static final String JOIN = "(?:\\s*,\\s*|\\s+|\\s+(?:and|&|und|et|i|и)\\s+|\\s*,\\s*(?:and|&)\\s+)";
    /** Two or more name words closed by a comma or a full stop, or one (a family name) closed by a comma; {@code eds.} may follow. */
    private static final Pattern NAMES = Pattern.compile(
            NAME + "(?:" + JOIN + NAME + "){1,9}(?:\\s*,\\s*eds?\\.)?\\s*[,.]\\s*|" + NAME + "\\s*,\\s*");

    /** Whether the block reads as an undated work: names, then a marked title, short, no prose. */
    static boolean reads(String block) {
        if (block.length() > LONGEST || block.isBlank() || ReferenceSections.callsNote(block)) return false;
        java.util.regex.Matcher w = WRAPPER.matcher(block);
        int from = w.lookingAt() ? w.end() : 0;
        java.util.regex.Matcher t = TITLE_MARK.matcher(block);
        if (!t.find(from) || t.start() == from) return false;
        String names = block.substring(from, t.start());
        if (names.length() > 80 || !NAMES.matcher(names).matches()) return false;
        return ReferenceSections.noLongProse(block);
    }
}
