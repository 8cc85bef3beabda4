package org.opis.reflist;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether a title closed at a position is followed by an imprint in a run of commas: {@code *Frederick the
 * Great*, Routledge, 1988.}, {@code *Borodino and the War of 1812*, Seeley, Service, 1972.}, {@code *La mafia
 * imprenditrice*, il Saggiatore, Milano 2007.} — one or two runs of
 * capitalised words, then the year. The publication statement then is a run of commas, where a lone name that is no
 * place of the dictionary is the publisher (as after a plain title, {@code …, Fayard, 1996}). A number
 * ({@code *Journal*, 17, pp. 3-9}), a role word ({@code *Title*, ed. …}), lower-case words ({@code _Title_ , Shirer,
 * digital page 1569}) or a longer run ({@code *Report*, General Assembly, Official Records, …, New York, 1957}) opens
 * none.
 */
final class CommaAfter {
    /** A run of capitalised words, perhaps after a lower-case article ({@code il Saggiatore}, {@code Sanome/Paravia}). */
    private static final String WORDS = "(?:(?:il|lo|la|i|gli|le|l['’]|de|di|del|della|des|du)\\s)?"
            + "\\p{Lu}[\\p{L}&'’./-]*(?:\\s(?:&\\s)?\\p{Lu}[\\p{L}&'’./-]*){0,5}";
    /** Two runs then the year after a comma, or (Italian {@code , Feltrinelli, Milano 2019}) after a space; one run then a comma and the year. */
    private static final Pattern IMPRINT = Pattern.compile(
            "\\s*,\\s(" + WORDS + ")(?:,\\s" + WORDS + "(?:,\\s|\\s)|,\\s)(?:1[4-9]\\d\\d|20\\d\\d)(?![\\d\\p{L}])");
    private static final Pattern ROLE = Pattern.compile("(?:Eds?|Trans|Vol|No)\\b.*");

    private CommaAfter() {
    }

    /** True when {@code b} holds, from {@code at} on, a comma and one or two runs of capitalised words before the year. */
    static boolean at(CharSequence b, int at) {
        Matcher m = IMPRINT.matcher(b);
        m.region(at, b.length());
        return m.lookingAt() && !ROLE.matcher(m.group(1)).matches();
    }
}
