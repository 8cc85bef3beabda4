package org.opis.reflist;

import org.opis.names.NameParser;
import org.opis.text.Markup;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The head of a book review as journals print it, title first and the author after "By", the imprint in brackets or
 * parentheses: {@code A History of the Comintern. By Jane Doe. [Ithaca, NY: Press, 1998.]},
 * {@code The Soviet Union. By A. Smith and B. Jones. (London: Longman, 1990.) Pp. xii + 300.}. Read whole or not at all.
 */
final class ReviewHeads {
    private ReviewHeads() {
    }

    private static final String NAME = "\\p{Lu}[\\p{L}.'’-]*(?:\\s\\p{Lu}[\\p{L}.'’-]*){0,4}";
    private static final Pattern HEAD = Pattern.compile(
            "^(.{3,300}?)\\.\\s[Bb]y\\s(" + NAME + "(?:(?:,\\s(?:and\\s)?|\\sand\\s)" + NAME + "){0,5})\\.\\s[\\[(]"
                    + "([^\\[\\]():]{2,60}):\\s([^\\[\\]():]{2,100}?),\\s((?:1[5-9]|20)\\d\\d)\\.?[\\])]\\.?(?:\\s*(?:Pp?\\.|[xivl]+\\s?\\+).*)?$");

    /** Reads the entry {@code text} into {@code d} when it is a review's head; returns whether it did. */
    static boolean read(String text, Draft d) {
        Matcher m = HEAD.matcher(text.strip());
        if (!m.matches()) return false;
        d.title = Markup.clean(m.group(1)).strip();
        d.authors.addAll(NameParser.parseNames(m.group(2)));
        d.place = m.group(3).strip();
        d.publisher = m.group(4).strip();
        d.issued = new int[][] {{Integer.parseInt(m.group(5))}};
        return !d.authors.isEmpty();
    }
}
