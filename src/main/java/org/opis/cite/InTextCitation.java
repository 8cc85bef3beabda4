package org.opis.cite;

import org.opis.model.Span;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One citation found in the text of a note, as written: {@code Khrushchev 1999, p. 136},
 * {@code ibid., d. 1/3, l. 106}, {@code Pravda, 8 July 1977}, or an archival reference.
 *
 * @param text      the citation alone (markup removed; without the parentheses and without the
 *                  other citations of its group)
 * @param span      where it starts in the note (and its length there)
 * @param group     index of the parenthesis or sentence it came from, shared by its neighbours
 * @param form      in parentheses or in the running sentence
 * @param kind      bibliographic, archival, ibid. or newspaper
 * @param who       the author(s) as cited ({@code Konoreva and Selivanov}), or the short title for a
 *                  title citation; empty for ibid. and archival citations
 * @param byTitle   true when the work is cited by its title ({@code *Livre Noir* 1978})
 * @param year      the cited year, for bibliographic citations
 * @param date      the cited date as written, for newspaper citations ({@code 8 July 1977})
 * @param locators  the pinpoints given (pages, volume, leaves)
 * @param rest      for ibid. and archival citations: the text after {@code ibid.} or the whole
 *                  archival reference, as handed to the archival engine
 * @param inNotes   true when the citation is in the notes section rather than the body
 * @param title     the title as cited by a note citation ({@code Kotkin, *Magnetic Mountain*, 45}),
 *                  used to tell an author's works apart when no year is given
 * @param fullNote  true when the citation gives the work in full, as the first note of the
 *                  notes-bibliography style does ({@code Stephen Kotkin, *Magnetic Mountain*
 *                  (Berkeley: University of California Press, 1995), 45}): author or title,
 *                  title and the imprint with its year
 */
public record InTextCitation(String text, Span span, int group, CitationForm form, CitationKind kind,
                             String who, boolean byTitle, Optional<CitedYear> year, Optional<String> date,
                             List<Locator> locators, String rest, boolean inNotes, Optional<String> title,
                             boolean fullNote) {

    /** A citation that does not give its work in full. */
    public InTextCitation(String text, Span span, int group, CitationForm form, CitationKind kind,
                          String who, boolean byTitle, Optional<CitedYear> year, Optional<String> date,
                          List<Locator> locators, String rest, boolean inNotes, Optional<String> title) {
        this(text, span, group, form, kind, who, byTitle, year, date, locators, rest, inNotes, title, false);
    }

    /** A citation that names no title of its own (author-date, ibid., archival, newspaper). */
    public InTextCitation(String text, Span span, int group, CitationForm form, CitationKind kind,
                          String who, boolean byTitle, Optional<CitedYear> year, Optional<String> date,
                          List<Locator> locators, String rest, boolean inNotes) {
        this(text, span, group, form, kind, who, byTitle, year, date, locators, rest, inNotes, Optional.empty());
    }

    public InTextCitation {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(form, "form");
        Objects.requireNonNull(kind, "kind");
        who = who == null ? "" : who;
        year = year == null ? Optional.empty() : year;
        date = date == null ? Optional.empty() : date;
        locators = List.copyOf(locators == null ? List.of() : locators);
        rest = rest == null ? "" : rest;
        title = title == null ? Optional.empty() : title;
    }
}
