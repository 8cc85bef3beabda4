package org.opis.reflist;

import org.junit.jupiter.api.Test;
import org.opis.text.SourceText;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Readings among a syllabus's prose, with no reference heading: real blocks of the Taliaferro, Kamp and Worobec syllabi (references/). */
class ReferenceBlocksTest {

    @Test
    void readingsReadAsReferences() {
        // taliaferro-us-world-affairs/list.md
        assertTrue(ReferenceBlocks.reads("Michael E. Brown, et. al, eds. _America's Strategic Choices_ (Cambridge: MIT\nPress, 1997)"));
        assertTrue(ReferenceBlocks.reads("Smith, _America's Mission,_ pp. 37-59."), "a short form with pages");
        // worobec-russian-revolution-434/list.md: no year, an ISBN
        assertTrue(ReferenceBlocks.reads("  * Figes, Orlando. _A People's Tragedy: A History of the Russian Revolution_. ISBN 014024364x."));
        // en-kamp-russian-revolution-4030/list.md
        assertTrue(ReferenceBlocks.reads("Pipes, Richard, _A Concise History of the Russian Revolution_.   New York:\nVintage 1995."));
    }

    @Test
    void proseAndScheduleLinesDoNot() {
        // taliaferro: a schedule line (no title marks), Kamp: prose
        assertFalse(ReferenceBlocks.reads("**1\\. Realism in the Study (and Practice) of American Foreign Policy (Feb. 4)**"));
        assertFalse(ReferenceBlocks.reads("There are three required books for this course.  After the first 5 weeks of\n"
                + "class, most reading assignments will be articles or book chapters, but there\nis no course packet."));
        assertFalse(ReferenceBlocks.reads("In addition, I recommend that your order the following for your own use:"));
        // a sentence of prose with a quoted word and a year, opening in lower case after a line break
        assertFalse(ReferenceBlocks.reads("and the \"Bolsheviks\" took power in 1917, as the class will see."));
    }

    @Test
    void tooFewReferencesAmongTheBlocksAreNoList() {
        String text = "Intro paragraph without anything.\n\nAnother paragraph of prose here.\n\nA third one.\n\n"
                + "Pipes, Richard, _A Concise History of the Russian Revolution_. New York: Vintage 1995.\n\n"
                + "Fitzpatrick, Sheila, _The Russian Revolution_. Oxford: Oxford University Press 1994.\n";
        SourceText src = new SourceText("s.md", text);
        List<int[]> blocks = blocks(text);
        assertEquals(5, blocks.size());
        assertEquals(List.of(), ReferenceBlocks.among(src, blocks), "two references among five blocks are no list");
        String more = text + "\nKowalski, Ronald, _The Russian Revolution, 1917-1921_. London: Routledge 1997.\n";
        assertEquals(3, ReferenceBlocks.among(new SourceText("s.md", more), blocks(more)).size());
    }

    private static List<int[]> blocks(String text) {
        List<int[]> out = new ArrayList<>();
        int at = 0;
        for (String b : text.split("\n\n")) {
            out.add(new int[]{at, at + b.length()});
            at += b.length() + 2;
        }
        return out;
    }
}
