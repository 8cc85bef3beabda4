package org.opis.document;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A key with a citation-typing prefix: pandoc-scholar's CiTO syntax writes the reason for citing
 * before the key, {@code @method:towbin_1979}, {@code [@background:bourne_database_2005]}. When the
 * whole key names no record but the key after a word-only prefix and a colon does, the citation
 * names that record. A key with a colon of its own ({@code lamport_latex:_1994}) is found whole
 * first, so it is never cut.
 */
final class TypedKeys {

    private static final Pattern TYPED = Pattern.compile("([\\p{L}_]+):(.+)");

    private TypedKeys() {
    }

    /** The id of the record {@code key} names once its typing prefix is taken off; {@code ids} by lower-case key. */
    static Optional<String> untyped(String key, Map<String, String> ids) {
        Matcher m = TYPED.matcher(key);
        if (!m.matches()) return Optional.empty();
        return Optional.ofNullable(ids.get(m.group(2).toLowerCase(Locale.ROOT)));
    }
}
