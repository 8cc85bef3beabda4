package org.opis.reflist;

import de.undercouch.citeproc.csl.CSLItemData;
import de.undercouch.citeproc.csl.CSLItemDataBuilder;
import de.undercouch.citeproc.csl.CSLNameBuilder;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

class EditorHeadsTest {

    @Test
    void openingEditorsReadAgainAsAuthorsLoseTheAuthors() {
        // references/betts-war-peace-strategy: gold editor Nolan, Janne E.; no author
        String e = "Janne E. Nolan, ed., Global Engagement (Brookings Institution, 1994).";
        CSLItemData d = new CSLItemDataBuilder().author(new CSLNameBuilder().family("Janne").given("E.").build())
                .editor(new CSLNameBuilder().family("Nolan").given("Janne E.").build()).title("Global Engagement").build();
        CSLItemData m = EditorHeads.mend(d, e);
        assertNull(m.getAuthor());
        assertEquals("Nolan", m.getEditor()[0].getFamily());
    }

    @Test
    void openingNamesMarkedAsEditorsAreTheEditors() {
        // references/wikipedia-history-of-cuba: gold editors Chomsky, Carr, Smorkaloff; no author
        String e = "Chomsky, Aviva; Carr, Barry; Smorkaloff, Pamela Maria, eds. (2004). _The Cuba Reader: History, Culture, Politics_. Durham, NC & London: Duke University Press.";
        CSLItemData d = new CSLItemDataBuilder().author(new CSLNameBuilder().family("Chomsky").given("Aviva").build(),
                new CSLNameBuilder().family("Carr").given("Barry").build()).build();
        CSLItemData m = EditorHeads.mend(d, e);
        assertNull(m.getAuthor());
        assertEquals("Carr", m.getEditor()[1].getFamily());
    }

    @Test
    void editorsOfTheContainerAreNotTheAuthors() {
        // references/arnold-gender-archaeology: Silk is the author, Miller the editor of the volume it is in
        String e = "Silk, J. 1993 Primatological perspectives on gender, in B. Miller (ed) _Sex and Gender Hierarchies_ , pp. 212-235. Cambridge: Cambridge University Press.";
        CSLItemData d = new CSLItemDataBuilder().author(new CSLNameBuilder().family("Silk").given("J.").build())
                .editor(new CSLNameBuilder().family("Miller").given("B.").build()).build();
        assertSame(d, EditorHeads.mend(d, e));
    }
}
