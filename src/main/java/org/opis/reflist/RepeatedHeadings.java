package org.opis.reflist;

import de.undercouch.citeproc.csl.CSLNameBuilder;

/**
 * A heading that the statement of responsibility repeats word for word, GOST 7.0.100's form for a body or a work known by
 * a name: {@code Cloudflare. 2025 Q2 DDoS threat report / Cloudflare. — Текст : электронный // Cloudflare Blog.},
 * {@code Paessler AG. PRTG Manual / Paessler AG.}. The repeated name is the author (a literal name, as printed) and the
 * title starts after it; read only when the text before the title's first full stop is exactly the statement.
 */
final class RepeatedHeadings {
    private RepeatedHeadings() {
    }

    /** The title without the heading when {@code resp} repeats it (the author set in {@code d}), otherwise {@code title}. */
    static String take(Draft d, String title, String resp) {
        if (!d.authors.isEmpty() || resp.isEmpty() || resp.length() > 80) return title;
        String name = resp.endsWith(".") ? resp.substring(0, resp.length() - 1).strip() : resp;
        if (name.isEmpty() || !title.startsWith(name + ". ")) return title;
        String rest = title.substring(name.length() + 2).strip();
        if (rest.isEmpty() || !Character.isLetterOrDigit(rest.codePointAt(0))) return title;
        d.authors.add(new CSLNameBuilder().literal(name).build());
        return rest;
    }
}
