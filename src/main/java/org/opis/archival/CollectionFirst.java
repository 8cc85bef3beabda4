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

    /** COLLECTION, ARCHIVE[, HOST][.] — the collection ends with Papers, Collection or Records. */
    private static final Pattern FORM = Pattern.compile(
            "^((?:[^,()]{1,80}?)\\s(?:Papers|Collection|Records|Diaries|Diary))\\s?,\\s([^,()]{3,100}?)(?:,\\s([^,()]{3,80}?))?\\.?\\s*$");

    static Optional<String> flatten(String text, Predicate<String> knownArchive) {
        if (text == null || text.length() > 300) return Optional.empty();
        Matcher m = FORM.matcher(text);
        if (!m.matches() || !knownArchive.test(m.group(2).strip())) return Optional.empty();
        return Optional.of(m.group(2).strip() + ", " + m.group(1).strip());
    }
}
