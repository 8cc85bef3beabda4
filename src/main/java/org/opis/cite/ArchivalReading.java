package org.opis.cite;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * An archival reference as read by the archival engine: which archive it names (if it could
 * tell), whether it is valid (no error-level finding), the findings with their column inside
 * the reference, and the engine's own record of it for the report writers.
 *
 * @param input    the reference as handed to the engine
 * @param archive  the archive's canonical acronym or id, if identified
 * @param aliases  other names of that archive (registry id, full name, the words written), used to
 *                 find the archive's entry in the reference list
 * @param leaves   the cited leaves in English form ({@code 104–105}, {@code 38, 39, 41}), if any
 * @param valid    true when no finding is an error
 * @param findings what the engine found wrong, with columns relative to {@code input}
 * @param detail   the engine's own parsed citation (for writers that print it), if any
 */
public record ArchivalReading(String input, Optional<String> archive, List<String> aliases, Optional<String> leaves, boolean valid,
                              List<ArchivalFinding> findings, Optional<Object> detail) {
    public ArchivalReading {
        Objects.requireNonNull(input, "input");
        archive = archive == null ? Optional.empty() : archive;
        aliases = List.copyOf(aliases == null ? List.of() : aliases);
        leaves = leaves == null ? Optional.empty() : leaves;
        findings = List.copyOf(findings == null ? List.of() : findings);
        detail = detail == null ? Optional.empty() : detail;
    }
}
