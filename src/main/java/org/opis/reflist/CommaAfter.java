package org.opis.reflist;

/**
 * Whether a title closed at a position is followed by a comma that opens the imprint: {@code *Frederick the
 * Great*, Routledge, 1988.} — the publication statement then is a run of commas, where a lone name that is no
 * place of the dictionary is the publisher (as after a plain title, {@code …, Fayard, 1996}). A comma before a
 * number ({@code *Journal*, 17, pp. 3-9}) or before a role word ({@code *Title*, ed. …}, {@code *Title*, trans. …})
 * opens no imprint.
 */
final class CommaAfter {

    private CommaAfter() {
    }

    /** True when {@code b} holds, from {@code at} on, spaces, a comma and a capitalised word that is no role word. */
    static boolean at(CharSequence b, int at) {
        int i = at;
        while (i < b.length() && b.charAt(i) == ' ') i++;
        if (i >= b.length() || b.charAt(i) != ',') return false;
        i++;
        while (i < b.length() && b.charAt(i) == ' ') i++;
        if (i >= b.length() || !Character.isUpperCase(b.charAt(i))) return false;
        int e = i;
        while (e < b.length() && Character.isLetter(b.charAt(e))) e++;
        String word = b.subSequence(i, e).toString();
        return !(word.equals("Ed") || word.equals("Eds") || word.equals("Trans") || word.equals("Vol") || word.equals("No"));
    }
}
