package org.opis.reflist;

import java.util.regex.Pattern;

/**
 * The site of a web citation, written plain between the title and the dates ({@code "Cuba receives first US shipment
 * in 50 years". Al Jazeera. 14 July 2012. … Retrieved 16 July 2012.}): where an entry with a title and an access date
 * has no publisher or container, and what the readers left is one short name (capitalised words, or a domain such
 * as {@code spanamwar.com}), that name is the publisher, as Wikipedia's {@code cite web} prints its {@code publisher}
 * (its {@code website} comes in italics, and is read as the container).
 */
final class WebSiteNames {
    private WebSiteNames() {
    }

    private static final Pattern NAME = Pattern.compile("\\p{Lu}[\\p{L}\\d&'’.-]*(?:\\s(?:of|for|and|the|de|del|la|[–—&-]|\\p{Lu}[\\p{L}\\d&'’.-]*)){0,7}");
    private static final Pattern DOMAIN = Pattern.compile("[a-z0-9-]+(?:\\.[a-z0-9-]+)*\\.(?:com|org|net|edu|gov|info|[a-z]{2})");

    /** Whether the text left over is the site's name of a web citation with no publisher or container yet. */
    static boolean fits(String left, Draft d) {
        if (left.isEmpty() || d.accessed == null || d.title == null || d.publisher != null || d.containerTitle != null) return false;
        return left.length() <= 80 && (NAME.matcher(left).matches() || DOMAIN.matcher(left).matches());
    }
}
