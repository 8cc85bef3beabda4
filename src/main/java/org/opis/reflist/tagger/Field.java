package org.opis.reflist.tagger;

import java.util.List;

/**
 * One field the tagger read: its label, the text of its span in the entry ({@code [start, end)}),
 * the confidence (the lowest marginal probability of the label over the span's words) and the
 * labels the uncertain word could also have had, most likely first.
 */
public record Field(Label label, String text, int start, int end, double confidence, List<Label> alternatives) {
}
