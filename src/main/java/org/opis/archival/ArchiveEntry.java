package org.opis.archival;

import java.util.List;
import java.util.Objects;

/**
 * One archive as the registry knows it: its acronyms in Latin and Cyrillic script, full names,
 * English name, earlier names, country, citation scheme and notable fonds.
 *
 * @param id       stable identifier (the usual Latin acronym, e.g. {@code RGASPI}, {@code AVP RF})
 * @param latin    Latin-script acronyms; the first is used in the English normal form
 * @param cyrillic Cyrillic acronyms; the first is used in the GOST normal form
 * @param names    full names in any script or transliteration
 * @param english  English name
 * @param former   earlier names of the same archive
 * @param country  ISO country code
 * @param scheme   citation scheme id ({@code ru}, {@code aqsh}, …)
 * @param papka    true when "p." means papka (folder) in this archive
 * @param fonds    notable fonds
 * @param status   S sourced, O observed, U unconfirmed
 * @param declared true when the archive comes from a note's own reference list
 */
public record ArchiveEntry(String id, List<String> latin, List<String> cyrillic, List<String> names,
                           String english, List<FormerName> former, String country, String scheme,
                           boolean papka, List<NotableFond> fonds, String status, boolean declared) {

    public ArchiveEntry {
        Objects.requireNonNull(id, "id");
        latin = List.copyOf(latin);
        cyrillic = List.copyOf(cyrillic);
        names = List.copyOf(names);
        english = english == null ? "" : english;
        former = List.copyOf(former);
        country = country == null ? "" : country;
        scheme = scheme == null || scheme.isBlank() ? "ru" : scheme;
        fonds = List.copyOf(fonds);
        status = status == null ? "U" : status;
    }

    /** The acronym used in English-language citations. */
    public String latinAcronym() {
        return latin.isEmpty() ? (cyrillic.isEmpty() ? id : cyrillic.get(0)) : latin.get(0);
    }

    /** The acronym used in Russian (GOST) citations; the Latin one when the archive has none. */
    public String cyrillicAcronym() {
        return cyrillic.isEmpty() ? latinAcronym() : cyrillic.get(0);
    }

    /** The best display name: English when known, else the first full name, else the acronym. */
    public String displayName() {
        if (!english.isBlank()) return english;
        return names.isEmpty() ? latinAcronym() : names.get(0);
    }

    /** One earlier name of an archive (e.g. TsKhSD for RGANI). */
    public record FormerName(List<String> latin, List<String> cyrillic, String name, String english, String status) {
        public FormerName {
            latin = List.copyOf(latin);
            cyrillic = List.copyOf(cyrillic);
            name = name == null ? "" : name;
            english = english == null ? "" : english;
            status = status == null ? "U" : status;
        }

        /** The acronym as usually written. */
        public String acronym() {
            return latin.isEmpty() ? (cyrillic.isEmpty() ? name : cyrillic.get(0)) : latin.get(0);
        }
    }

    /** A fond worth knowing (e.g. RGASPI f. 17, the Central Committee). */
    public record NotableFond(String fond, String name, String status) {
        public NotableFond {
            fond = fond == null ? "" : fond;
            name = name == null ? "" : name;
            status = status == null ? "U" : status;
        }
    }
}
