package org.opis.archival;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What a segment scheme knows about names in its references (labels.json, under "reference"): a segment
 * that continues the one before it, split from it by a comma that belongs to a name ("joinsPrevious":
 * "Stassen, Harold E.", "Arthur M. Schlesinger, Jr. Papers", a credit "Gathmann, Jens"), and words whose
 * period is not a full stop ("abbreviations": "Jr.", "Sept.").
 */
final class SegmentNames {

    /** A join: the pattern of the segment, of the part before it, and the level that part must have ("" = any). */
    private record Join(Pattern segment, Pattern previous, String level) {
    }

    private final List<Join> joins;
    private final Set<String> abbreviations;

    private SegmentNames(List<Join> joins, Set<String> abbreviations) {
        this.joins = List.copyOf(joins);
        this.abbreviations = Set.copyOf(abbreviations);
    }

    static SegmentNames of(JsonNode reference) {
        List<Join> js = new ArrayList<>();
        for (JsonNode j : reference.path("joinsPrevious")) {
            js.add(new Join(Pattern.compile(j.path("segment").asText()), Pattern.compile(j.path("previous").asText(".+")),
                    j.path("level").asText("")));
        }
        Set<String> abbr = new HashSet<>();
        for (JsonNode a : reference.path("abbreviations")) abbr.add(a.asText());
        return new SegmentNames(js, abbr);
    }

    /** Whether the word before the period at {@code dot} is one of the scheme's abbreviations ("Jr.", "Sept."). */
    boolean abbreviationAt(String text, int p, int dot) {
        if (abbreviations.isEmpty()) return false;
        int w = dot;
        while (w > p && Character.isLetter(text.charAt(w - 1))) w--;
        return w < dot && abbreviations.contains(text.substring(w, dot));
    }

    /** Whether the segment [p, se) continues the unlabelled part before it. */
    boolean joins(String text, ArchivalScheme.Reference.Part before, int p, int se) {
        for (Join j : joins) {
            if (!j.level().isEmpty() && !j.level().equals(before.level())) continue;
            if (j.segment().matcher(text).region(p, se).matches()
                    && j.previous().matcher(text).region(before.start(), before.end()).matches()) return true;
        }
        return false;
    }
}
