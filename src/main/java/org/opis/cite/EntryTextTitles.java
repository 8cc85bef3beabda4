package org.opis.cite;

import org.opis.names.MatchKey;

import java.util.ArrayList;
import java.util.List;

/**
 * A short note's title found in the text of an entry of the cited author when the entry's reading has no such title —
 * the reader took part of it for something else ({@code Feyertag, Karoline. The Art of Vision and the Ethics of the Gaze. On
 * the Debate on Georges Didi-Huberman's Book … V: Transversal Texts.} read with a second author, its title lost), yet the
 * words the note gives ({@code Feyertag, The Art of Vision and the Ethics of the Gaze}) stand in the entry as written, in
 * their order. Only the author's works are looked at, and only whole words match.
 */
final class EntryTextTitles {

    /** Fewer letters than this in the cited title's key match too much to be read in an entry's text. */
    private static final int SHORTEST = 8;

    private EntryTextTitles() {
    }

    /** The works among {@code byAuthor} whose entry text holds the cited title's words in their order. */
    static List<WorkIndex.Work> holding(String citedTitle, List<WorkIndex.Work> byAuthor, MatchKey.Memo keys) {
        String cited = keys.key(citedTitle).strip();
        if (cited.replace(" ", "").length() < SHORTEST) return List.of();
        List<WorkIndex.Work> out = new ArrayList<>();
        for (WorkIndex.Work w : byAuthor) {
            String raw = " " + keys.key(w.ref().raw().replace("*", "").replace("_", " ")).strip() + " ";
            if (raw.contains(" " + cited + " ")) out.add(w);
        }
        return out;
    }

    /**
     * The works, of any author, whose entry text holds the cited name as a whole word and the cited title's words in their
     * order: the cited author is one the entry's reading missed ({@code Saltzman, Lisa in Eric Rosenberg (ur.). Trauma and
     * Visuality in Modernity.}, cited as {@code Rosenberg, Trauma and Visuality in Modernity}).
     */
    static List<WorkIndex.Work> namingBoth(String who, String citedTitle, List<WorkIndex.Work> works, MatchKey.Memo keys) {
        String name = keys.key(who).strip();
        if (name.length() < 3 || name.contains(" ")) return List.of();
        List<WorkIndex.Work> holding = holding(citedTitle, works, keys);
        List<WorkIndex.Work> out = new ArrayList<>();
        for (WorkIndex.Work w : holding) {
            String raw = " " + keys.key(w.ref().raw().replace("*", "").replace("_", " ")).strip() + " ";
            if (raw.contains(" " + name + " ")) out.add(w);
        }
        return out;
    }
}
