package org.opis.archival;

import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * A national archival citation scheme (the Russian/Soviet fond–opis–delo–list hierarchy, the
 * Albanian AQSH fondi–viti–dosja–fleta, …). Schemes are plug-ins found with
 * {@link java.util.ServiceLoader} through {@code META-INF/services/org.opis.archival.ArchivalScheme};
 * most of a scheme is data (its label table), the class decides what ambiguous labels mean.
 *
 * <p>(The interface lives here rather than in {@code org.opis.spi} because the layer rule lets
 * {@code spi} use {@code archival} but not the other way round, and the archival engine loads the schemes.)
 */
public interface ArchivalScheme {

    /** Short id used in the registry and JSON output, e.g. {@code ru}, {@code aqsh}. */
    String id();

    /** One line for people. */
    String description();

    /** The labels of this scheme. */
    LabelTable labels();

    /**
     * How well the written labels of a citation with no known archive fit this scheme (0–100).
     *
     * @param labels labels as written, lower-cased ("f.", "v.", "fl.", "оп.")
     */
    int confidence(List<String> labels);

    /**
     * The level an ambiguous label stands for here.
     *
     * @param labelLevel   the label's level from the table ({@code fond-or-folio}, {@code papka-or-page}, or a plain level)
     * @param archivePapka true when the archive uses papki (folders)
     * @param before       levels already read in this citation
     */
    String resolve(String labelLevel, boolean archivePapka, List<String> before);

    /**
     * A catalogue reference written right after the archive, without level labels (TNA's
     * "FO 371/135812"), for schemes that have one.
     *
     * @param text                the citation
     * @param from                where the archive starts
     * @param to                  where the scanned text ends
     * @param archiveOfThisScheme tells whether a text names an archive that uses this scheme
     */
    default Optional<Reference> catalogueReference(String text, int from, int to, Predicate<String> archiveOfThisScheme) {
        return Optional.empty();
    }

    /**
     * Where a catalogue reference was found: the archive [archiveStart, archiveEnd), the separator
     * after the archive (or -1), the reference [start, end) and its parts (department, series, piece…).
     * {@code impliedArchive} is the registry id of an archive the reference implies when none is
     * written ("RG 59, …" is in the US National Archives), or "".
     */
    record Reference(int archiveStart, int archiveEnd, int sepAt, int start, int end, List<Part> parts, String impliedArchive, int unread) {
        public Reference {
            parts = List.copyOf(parts);
            impliedArchive = impliedArchive == null ? "" : impliedArchive;
        }

        /**
         * A reference whose every part a pattern of its scheme read. {@code unread} counts the parts no pattern
         * read (given the scheme's fallback level): of two schemes that both read a reference after an acronym
         * both archives share ("AA"), the one that leaves fewer parts unread is the archive's.
         */
        public Reference(int archiveStart, int archiveEnd, int sepAt, int start, int end, List<Part> parts, String impliedArchive) {
            this(archiveStart, archiveEnd, sepAt, start, end, parts, impliedArchive, 0);
        }

        /** A reference whose archive is written (or absent). */
        public Reference(int archiveStart, int archiveEnd, int sepAt, int start, int end, List<Part> parts) {
            this(archiveStart, archiveEnd, sepAt, start, end, parts, "");
        }

        /**
         * One part of a catalogue reference, by offsets in the citation; the label written with it
         * ("Box" in "Box 12") is [labelStart, labelEnd), or -1 when there is none. An empty value
         * (start == end) after a label is reported as {@code archival/empty-value}.
         */
        public record Part(String level, int start, int end, int labelStart, int labelEnd) {
            public Part(String level, int start, int end) {
                this(level, start, end, -1, -1);
            }
        }
    }
}
