package org.opis.archival;

import org.opis.model.Diagnostic;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One archival reference as read from the text ("RGASPI, f. 495, op. 201, d. 1/2, ll. 104–105"):
 * the archive, the levels down to the leaves, what is wrong with it, and its two normal forms.
 *
 * @param input        the citation text exactly as given
 * @param scheme       the citation scheme used to read it ({@code ru}, {@code aqsh}, …)
 * @param archive      the archive, when one was named (or inherited in an ibid. continuation)
 * @param levels       the levels in the order written (inherited levels first in a continuation)
 * @param leaves       the cited leaves, structured
 * @param diagnostics  findings; columns are relative to {@code input}
 * @param english      the canonical English form
 * @param location     the English form of the levels above the leaves, without the archive
 *                     ("f. 495, op. 201, d. 1/2"): the CSL {@code archive_location}
 * @param gost         the GOST R 7.0.5-2008 form, for schemes that have one
 */
public record ArchivalCitation(String input, String scheme, Optional<ArchiveRef> archive, List<Level> levels,
                               List<Leaf> leaves, List<Diagnostic> diagnostics, String english, String location,
                               Optional<String> gost) {

    public ArchivalCitation {
        Objects.requireNonNull(input, "input");
        Objects.requireNonNull(scheme, "scheme");
        archive = archive == null ? Optional.empty() : archive;
        levels = List.copyOf(levels);
        leaves = List.copyOf(leaves);
        diagnostics = List.copyOf(diagnostics);
        english = english == null ? "" : english;
        location = location == null ? "" : location;
        gost = gost == null ? Optional.empty() : gost;
    }

    /** True when no finding is an error. */
    public boolean valid() {
        return diagnostics.stream().noneMatch(Diagnostic::isError);
    }

    /** The cited leaves in English form ("104–105", "5ob.", "38, 39, 41"); empty when no leaf is cited. */
    public Optional<String> leavesText() {
        if (leaves.isEmpty()) return Optional.empty();
        StringBuilder sb = new StringBuilder();
        for (Leaf l : leaves) {
            if (sb.length() > 0) sb.append(", ");
            sb.append(l.english());
        }
        return Optional.of(sb.toString());
    }

    /** The first level with this name (e.g. "fond"). */
    public Optional<Level> level(String name) {
        return levels.stream().filter(l -> l.level().equals(name)).findFirst();
    }

    /** The value of the first level with this name. */
    public Optional<String> value(String name) {
        return level(name).map(Level::value);
    }

    /** The archive named in a citation: the registry id and name, and the words used in the text. */
    public record ArchiveRef(String id, String name, String acronym, String written, boolean known) {
        public ArchiveRef {
            Objects.requireNonNull(id, "id");
            name = name == null ? "" : name;
            acronym = acronym == null ? id : acronym;
            written = written == null ? "" : written;
        }
    }
}
