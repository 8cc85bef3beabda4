package org.opis.archival;

import java.util.HashMap;
import java.util.Map;

/**
 * The registry lookups of one citation's candidate archive texts, remembered while the citation is
 * read: every catalogue scheme tries the same prefixes of the same text ("RGASPI", "RGASPI f.", …)
 * as archive names, and a lookup keys the text twice (acronym and full name), so each prefix is
 * looked up once per citation instead of once per scheme. Not shared between threads or citations.
 */
final class PrefixLookups {

    private final ArchiveRegistry registry;
    private Map<String, ArchiveRegistry.Match> seen;

    PrefixLookups(ArchiveRegistry registry) {
        this.registry = registry;
    }

    ArchiveRegistry.Match lookup(String written) {
        if (seen == null) seen = new HashMap<>();
        ArchiveRegistry.Match m = seen.get(written);
        if (m == null) {
            m = registry.lookup(written);
            seen.put(written, m);
        }
        return m;
    }
}
