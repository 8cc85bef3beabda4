package org.opis.reflist.tagger;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.opis.reflist.tagger.HandLabels.fields;
import static org.opis.reflist.tagger.HandLabels.text;

/**
 * Round 19's span rules, on real entries with the labels the round-19 model gave them written out by hand (expected
 * values checked against the entry text): a run of names before "eds." with an author and an editor mixed in it, a
 * quoted title the model left unlabelled before "In *container*", an edition the model read on a title word, and a
 * title's years in parentheses the model left unlabelled; and pandoc's Markdown escapes, which are no tokens.
 */
class RoundNineteenSpansTest {

    @Test
    void theWholeRunOfNamesBeforeEdsAreEditors() {
        // references/hughes-history-wars/note.md, line 76: the model read "Linenthal, Edward, and" as an author, "Tom Engelhardt" as an editor
        String e = "Linenthal, Edward, and Tom Engelhardt, eds. 1996. History Wars : The Enola Gay and Other Battles for the American Past.";
        List<Field> f = fields(e, "Linenthal, Edward, and", Label.AUTHOR, "Tom Engelhardt", Label.EDITOR, "1996", Label.DATE,
                "History Wars : The Enola Gay and Other Battles for the American Past", Label.TITLE);
        assertNull(text(f, Label.AUTHOR));
        assertEquals("Linenthal, Edward, and Tom Engelhardt", text(f, Label.EDITOR));
    }

    @Test
    void aQuotedTitleBeforeInIsTheTitleAndTheItalicsAfterItTheContainer() {
        // references/de-nnse-raum-author-date, line 66 (without its escapes)
        String e = "Ryan, Marie-Laure. 2014. „Space“. In *the living handbook of narratology*. Hamburg: Hamburg University.";
        List<Field> f = fields(e, "Ryan, Marie-Laure", Label.AUTHOR, "2014", Label.DATE, "the living handbook of narratology", Label.TITLE,
                "Hamburg:", Label.PUBLISHER_PLACE, "Hamburg University", Label.PUBLISHER);
        assertEquals("Space", text(f, Label.TITLE));
        assertEquals("the living handbook of narratology", text(f, Label.CONTAINER_TITLE));
        // an unquoted word before "In" is left alone
        e = "Ryan, Marie-Laure. 2014. Space. In *the living handbook of narratology*. Hamburg: Hamburg University.";
        f = fields(e, "Ryan, Marie-Laure", Label.AUTHOR, "2014", Label.DATE, "the living handbook of narratology", Label.TITLE);
        assertNull(text(f, Label.CONTAINER_TITLE));
    }

    @Test
    void anEditionWithoutANumberOrAnEditionWordJoinsTheTitleAfterIt() {
        // references/massenberg-cascina-footnotes, line 144: the round-19 model read "Aemulatio" as the edition and left the years unlabelled
        String e = "Müller, Jan Dirk, Pfisterer, Ulrich, Vorrede, in:  Dies./Bleuler, Anna Kathrin/Jonietz, Fabian (Hrsg.), Aemulatio. "
                + "Kulturen des Wettstreits in Text und Bild (1450-1620) (=Pluralisierung & Autorität, Bd. 27), Berlin/Boston 2011, S. 1-32.";
        List<Field> f = fields(e, "Aemulatio", Label.EDITION, "Kulturen des Wettstreits in Text und Bild", Label.CONTAINER_TITLE,
                "Berlin/Boston", Label.PUBLISHER_PLACE, "2011", Label.DATE, "1-32", Label.PAGE);
        assertNull(text(f, Label.EDITION));
        assertEquals("Aemulatio. Kulturen des Wettstreits in Text und Bild (1450-1620)", text(f, Label.CONTAINER_TITLE));
        // a real edition statement stays one ("2nd rev. ed.", "Neue Ausg.")
        e = "Kennan, George F. American Diplomacy. 2nd rev. ed. Chicago: University of Chicago Press, 1984.";
        f = fields(e, "American Diplomacy", Label.TITLE, "2nd rev. ed", Label.EDITION, "Chicago", Label.PUBLISHER_PLACE);
        assertEquals("2nd rev. ed", text(f, Label.EDITION));
        e = "Wehler, Hans-Ulrich. Das Deutsche Kaiserreich. Neue Ausg. Göttingen 1994.";
        f = fields(e, "Das Deutsche Kaiserreich", Label.TITLE, "Neue Ausg", Label.EDITION, "Göttingen", Label.PUBLISHER_PLACE);
        assertEquals("Neue Ausg", text(f, Label.EDITION));
    }

    @Test
    void pandocsMarkdownEscapesAreNoTokens() {
        List<Token> t = Tokenizer.tokens("Ryan, Marie-Laure. 2014\\. „Space“. https://x.de/55.html\\#Herman2005 a\\*b");
        List<String> words = t.stream().map(Token::text).toList();
        assertEquals(List.of("Ryan", ",", "Marie", "-", "Laure", ".", "2014", ".", "„", "Space", "“", ".", "https://x.de/55.html\\#Herman2005",
                "a", "*", "b"), words);
        // an escaped star is a character, not the start of italics
        assertEquals(false, t.get(t.size() - 1).italic());
    }
}
