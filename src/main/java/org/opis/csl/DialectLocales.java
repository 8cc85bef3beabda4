package org.opis.csl;

import de.undercouch.citeproc.DefaultLocaleProvider;
import de.undercouch.citeproc.LocaleProvider;

import java.util.Locale;
import java.util.Optional;

/**
 * Hands citeproc-java the locale file of the dialect asked for. citeproc-java 3.5 loads the
 * language's primary dialect first (en-US for en-GB, de-DE for de-AT, pt-PT for pt-BR) and then
 * discards the merge with the requested dialect, so British dates ({@code 11 May 2017}) and
 * quotation rules came out American. Asked for the primary dialect while another dialect of the
 * same language is wanted, this provider returns the wanted dialect's file (the bundled CSL locale
 * files are complete, so nothing is lost).
 */
final class DialectLocales implements LocaleProvider {

    private final DefaultLocaleProvider files = new DefaultLocaleProvider();
    private final Optional<String> wanted;

    DialectLocales(Optional<String> wanted) {
        this.wanted = wanted.filter(w -> w.contains("-") && DialectLocales.class.getResource("/locales-" + w + ".xml") != null);
    }

    /** Locale files already checked, by language asked for. */
    private static final java.util.Map<String, String> CHECKED = new java.util.concurrent.ConcurrentHashMap<>();

    @Override
    public String retrieveLocale(String lang) {
        String which = wanted.isPresent() && !wanted.get().equalsIgnoreCase(lang) && root(wanted.get()).equals(root(lang)) ? wanted.get() : lang;
        return CHECKED.computeIfAbsent(which, l -> checked(l, files.retrieveLocale(l)));
    }

    /** Every locale is parsed hardened ({@link StyleXml}) before citeproc-java reads it. */
    private static String checked(String lang, String xml) {
        try {
            if (xml == null) return null;
            StyleXml.parse(xml, "CSL locale " + lang, "locale");
            return xml;
        } catch (FormatException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
    }

    private static String root(String tag) {
        int dash = tag.indexOf('-');
        return (dash < 0 ? tag : tag.substring(0, dash)).toLowerCase(Locale.ROOT);
    }
}
