package org.opis.archival;

import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The order of American manuscript citations: the collection before the repository, and the
 * repository's university after it ("Carsun Chang Papers, Hoover Institution Archives, Stanford
 * University"). When the name of a known archive follows a collection named as papers, a collection
 * or records, the engine reads the archive first ("Hoover Institution Archives, Carsun Chang Papers");
 * the citation keeps the text as written.
 */
final class CollectionFirst {

    private CollectionFirst() {
    }

    /**
     * COLLECTION, ARCHIVE[, HOST][, PLACE][ (SHORT FORMS)][.] — the collection ends with Papers,
     * Collection or Records ("Paul B. Anderson Papers, University of Illinois at Urbana-Champaign Archives (PBAP)").
     */
    private static final Pattern FORM = Pattern.compile(
            "^((?:[^,()]{1,80}?)\\s(?:Papers|Collection|Records|Diaries|Diary))\\s?,\\s([^,()]{3,100}?)((?:,\\s[^,()]{2,80}?){0,2})(?:\\s\\([^()]{1,40}\\))?\\.?\\s*$");

    /**
     * The smallest unit first: FOLDER …, BOX …, COLLECTION, ARCHIVE[, PLACE…][.] ("Belgrade Conference
     * 7/61-11/61 folder, box WH-25, Arthur M. Schlesinger, Jr. Papers, John F. Kennedy Library, Boston,
     * MA."), read as ARCHIVE, FOLDER …, BOX …, COLLECTION — the units keep their written order.
     */
    private static final Pattern SMALLEST_FIRST = Pattern.compile(
            "^(.{3,160}?),\\s((?:[^,()]{1,80}?)(?:,\\s(?:Jr|Sr)\\.)?\\s(?:Papers|Collection|Records))\\s?,\\s([^,()]{3,100}?)((?:,\\s[^,()]{2,40}){0,3})\\.?\\s*$");

    /** A unit of a manuscript collection named in the text before the collection (box, folder, file). */
    private static final Pattern UNIT = Pattern.compile("(?i)\\b(?:box|folder|file)\\b");

    static Optional<String> flatten(String text, Predicate<String> knownArchive) {
        if (text == null || text.length() > 300) return Optional.empty();
        Matcher m = FORM.matcher(text);
        if (m.matches() && knownArchive.test(m.group(2).strip())) return Optional.of(m.group(2).strip() + ", " + m.group(1).strip());
        Matcher s = SMALLEST_FIRST.matcher(text);
        if (s.matches() && UNIT.matcher(s.group(1)).find() && knownArchive.test(s.group(3).strip())) {
            return Optional.of(s.group(3).strip() + ", " + s.group(1).strip() + ", " + s.group(2).strip());
        }
        return Optional.empty();
    }
}
