package org.opis.reflist;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.opis.text.Regexes;

/**
 * Names with the family in capitals before the given names, as French (and Brazilian, Italian …) lists write them,
 * closed by a comma before the title — often with the space after it lost in conversion:
 * {@code BONIFACE Pascal et VÉDRINE Hubert,Atlas du monde global, Armand Colin, 2015},
 * {@code NÉRARD F-X, REY Marie-Pierre,Atlas historique de la Russie, Autrement, 2017},
 * {@code LACOSTE Yves (dir.),Dictionnaire de géopolitique, Flammarion, 1995}. Content-based: every name is a word in
 * capitals (two letters or more) then one to three given names or initials; names are joined by commas or an "and" word;
 * a role in parentheses may close them.
 */
final class CapsHead {
    private CapsHead() {
    }

    private static final String FAMILY = "\\p{Lu}{2,}(?:['’-]\\p{Lu}{2,})*(?:\\s\\p{Lu}{2,}(?:['’-]\\p{Lu}{2,})*)?";
    private static final String GIVEN = "(?:\\p{Lu}\\p{Ll}+(?:-\\p{Lu}\\p{Ll}+)?|\\p{Lu}\\.?(?:-\\p{Lu}\\.?)?)";
    private static final String NAME = FAMILY + "(?:\\s" + GIVEN + "){1,3}";
    private static final Pattern HEAD = Pattern.compile(
            "(" + NAME + "(?:(?:,\\s?|\\s(?:et|and|und|e|y|i|&)\\s)" + NAME + "){0,7})"
                    + "(\\s?\\\\?\\((?:dir|éd|éds|ed|eds|coord|org|orgs|Hg|Hrsg)\\.?\\\\?\\))?\\s?,(?=\\s?\\p{Lu}|\\s?[«\"“*_])");

    /** One word in capitals closed by a full stop before the title: ABNT's single-name author ({@code ARISTÓTELES. Ética a Nicômaco.}). */
    private static final Pattern SINGLE = Pattern.compile("(\\p{Lu}{3,}(?:['’-]\\p{Lu}{2,})*)\\.\\s(?=\\p{Lu}\\p{Ll}|[«\"“*_])");

    /**
     * AFNOR's older form (NF Z 44-005): the given names in parentheses after the family name in capitals, the names
     * closed by a full stop and the area dash: {@code BOUGNOUX (Daniel). - *Title*. - Paris : La Découverte, 2002.},
     * {@code AÏM (Olivier) et BILLIET (Stéphane). - …}, {@code WINKIN (Yves), dir. - …}, {@code d’ALMEIDA (Nicole). - …}
     * (Markdown's escaped parentheses {@code \\(} too).
     */
    private static final String PAREN_NAME = "(?:[dD]['’]|(?:de|du|le|la|van|von)\\s)?" + FAMILY + ",?\\s\\\\?\\((" + GIVEN + "(?:[\\s-]" + GIVEN + "){0,2})\\\\?\\)";
    private static final Pattern PAREN_HEAD = Pattern.compile(
            "(" + PAREN_NAME + "(?:(?:,\\s?|\\s(?:et|and|und|e|y|i|&)\\s)" + PAREN_NAME + "){0,7})"
                    + "(?:,\\s?(dir|éd|coord)\\.)?\\.?\\s(?:[-–]\\s)?(?=[«\"“*_]|\\p{Lu})");
    private static final Pattern PAREN_GIVEN = Pattern.compile(",?\\s\\\\?\\(([^()\\\\]+)\\\\?\\)");

    /** The names block before an italic or quoted title, all of it in AFNOR's form ({@code BOUGNOUX \\(Daniel\\). - }). */
    private static final Pattern PAREN_BLOCK = Pattern.compile(
            "\\s*(" + PAREN_NAME + "(?:(?:,\\s?|\\s(?:et|and|und|e|y|i|&)\\s)" + PAREN_NAME + "){0,7})"
                    + "(?:,\\s?(dir|éd|coord)\\.)?\\.?\\s*(?:[-–]\\s*)?");

    /** AFNOR's names with the given names in parentheses at {@code pos}, before a plain title: {names, role or null, end}, or null. */
    static Head parenthesised(String s, int pos) {
        Matcher p = PAREN_HEAD.matcher(s);
        p.region(pos, Math.min(s.length(), pos + 300));
        return p.lookingAt() ? head(p, p.end()) : null;
    }

    /** The same names making up the whole of {@code block} (the text before a marked title), or null. */
    static Head parenthesisedBlock(String block) {
        Matcher p = PAREN_BLOCK.matcher(block);
        return p.matches() ? head(p, block.length()) : null;
    }

    private static Head head(Matcher p, int end) {
        String names = Regexes.replaceAll(p.group(1), "\\s(?:et|and|und|e|y|i|&)\\s", ", ");
        names = PAREN_GIVEN.matcher(names).replaceAll(" $1");
        return new Head(names, p.group(p.groupCount()), end);
    }

    /** The names block at {@code pos}: {names, role or null, end after the closing comma}, or null. */
    static Head find(String s, int pos) {
        Matcher one = SINGLE.matcher(s);
        one.region(pos, Math.min(s.length(), pos + 60));
        if (one.lookingAt()) return new Head(one.group(1), null, one.end());
        Matcher m = HEAD.matcher(s);
        m.region(pos, Math.min(s.length(), pos + 300));
        if (!m.lookingAt()) return null;
        String role = m.group(2) == null ? null : Regexes.replaceAll(m.group(2), "[\\s\\\\()]", "");
        return new Head(Regexes.replaceAll(m.group(1), "\\s(?:et|and|und|e|y|i|&)\\s", ", "), role, m.end());
    }

    record Head(String names, String role, int end) {
    }
}
