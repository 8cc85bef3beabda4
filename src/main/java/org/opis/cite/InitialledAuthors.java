package org.opis.cite;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The author part of a short form that names its authors inverted with initials and then a short title
 * before the year — the German <i>Kurzbeleg</i> ({@code Neumann, M. et al., GenAI Adoption, 2026, S. 297 f.},
 * {@code Swaraj, A., Kumar, S., Trust But Verify, 2026, S. 67}): pairs {@code Family, I.} (the initials
 * ending the pair, {@code et al.} after the last), then the title. The scanner hands the resolver all of it
 * as the cited author; read here, the families are the authors and the rest is the title.
 */
final class InitialledAuthors {

    /** Initials: {@code M.}, {@code M. F.}, {@code J.-P.}, {@code J.H.}, optionally followed by {@code et al.}. */
    private static final Pattern INITIALS = Pattern.compile("\\p{Lu}\\.(?:\\s?-?\\p{Lu}\\.){0,3}(\\s+et\\s+al\\.?)?");
    /** A family name: capitalised words (a particle may precede: {@code van Bennekum}), no initials. */
    private static final Pattern FAMILY = Pattern.compile("(?:\\p{Ll}{1,4}\\s+){0,2}\\p{Lu}[\\p{L}'\u2019\\-]+(?:[\\s\\-]\\p{Lu}[\\p{L}'\u2019\\-]+){0,2}");

    /** The families, whether {@code et al.} closes them, and the short title ({@code ""} when none). */
    record Read(List<String> families, boolean etAl, String title) {
    }

    private InitialledAuthors() {
    }

    /** The cited author part read as {@code Family, I.[, Family, I.][ et al.][, Short Title]}, or empty. */
    static Optional<Read> read(String who) {
        String[] seg = who.strip().split("\\s*,\\s+");
        List<String> families = new ArrayList<>();
        boolean etAl = false;
        int i = 0;
        while (i + 1 < seg.length && !etAl) {
            if (!FAMILY.matcher(seg[i]).matches()) break;
            java.util.regex.Matcher m = INITIALS.matcher(seg[i + 1]);
            if (!m.matches()) break;
            families.add(seg[i]);
            etAl = m.group(1) != null;
            i += 2;
        }
        if (families.isEmpty()) return Optional.empty();
        String title = i < seg.length ? String.join(", ", java.util.Arrays.copyOfRange(seg, i, seg.length)).strip() : "";
        return Optional.of(new Read(families, etAl, title));
    }

    /** True when the author part names initialled authors and then a short title (the Kurzbeleg shape). */
    static boolean withShortTitle(String who) {
        return read(who).filter(r -> !r.title().isEmpty()).isPresent();
    }

    /** The citation with its authors as families ({@code Neumann et al.}) and its short title as the cited title. */
    static InTextCitation normalised(InTextCitation c) {
        if (c.byTitle() || c.kind() != CitationKind.BIBLIOGRAPHIC || c.who().isBlank()) return c;
        Optional<Read> r = read(c.who());
        if (r.isEmpty() || r.get().title().isEmpty()) return c;
        String who = String.join(" and ", r.get().families()) + (r.get().etAl() ? " et al." : "");
        return new InTextCitation(c.text(), c.span(), c.group(), c.form(), c.kind(), who, false, c.year(), c.date(),
                c.locators(), c.rest(), c.inNotes(), Optional.of(r.get().title()), c.fullNote());
    }
}
