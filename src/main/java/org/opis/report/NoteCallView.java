package org.opis.report;

import org.opis.model.Span;

import java.util.Optional;

/**
 * A numeric note call as the JSON report of {@code opis check} shows it (the document package's
 * {@code NoteCalls.Call} seen from here): its label, where it stands, and where the note it is
 * joined to starts (empty: no note has its number).
 *
 * @param label  the call's number as written ({@code 12})
 * @param span   where the call stands in the original file
 * @param note   where the note with that number starts, when there is one
 */
public record NoteCallView(String label, Span span, Optional<Span> note) {
}
