package org.opis.cite;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A citation with what checking it found: the entry it points to (if any), how sure the link is,
 * the nearest entries when it is not sure, the reason in plain words, the pinpoints in force
 * (after an {@code ibid.} inherited work and volume) and, for an archival citation, the engine's
 * reading (for an archival {@code ibid.}, the inherited citation).
 *
 * @param citation   the citation as found
 * @param status     resolved, fuzzy, unresolved or ambiguous
 * @param resolvesTo the id of the reference it points to
 * @param candidates ids of the nearest or competing references
 * @param reason     why the status is what it is (empty for a clean match)
 * @param locators   the pinpoints in force
 * @param archival   the archival reading, for archival citations and archival ibid.
 */
public record CheckedCitation(InTextCitation citation, CitationStatus status, Optional<String> resolvesTo,
                              List<String> candidates, String reason, List<Locator> locators,
                              Optional<ArchivalReading> archival) {
    public CheckedCitation {
        Objects.requireNonNull(citation, "citation");
        Objects.requireNonNull(status, "status");
        resolvesTo = resolvesTo == null ? Optional.empty() : resolvesTo;
        candidates = List.copyOf(candidates == null ? List.of() : candidates);
        reason = reason == null ? "" : reason;
        locators = List.copyOf(locators == null ? List.of() : locators);
        archival = archival == null ? Optional.empty() : archival;
    }

    /** The kind of work this citation points to in the end (for an ibid., what its antecedent points to). */
    public boolean isArchival() {
        return archival.isPresent();
    }
}
