package org.opis.reflist.tagger;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.opis.reflist.tagger.HandLabels.fields;
import static org.opis.reflist.tagger.HandLabels.text;

/**
 * Round 20's span rules on real entries of the gold lists, with hand-written labels of the shapes the fold models gave
 * (read off the leave-one-list-out dump's tagger readings; expected values checked against the entry text and the
 * list's gold): editors named before a role word with a joining word between them, two-word role words, an "in" word
 * taken into the editor's name, a volume and its own title inside the title, the number of volumes ending the title.
 */
class RoundTwentySpansTest {

    @Test
    void theRoleWordReachesNamesJoinedByAndOrASemicolon() {
        // references/lucas-slavery-seminar-630: gold editors Miller, Randall M. and Smith, John David; no author
        String e = "Miller, Randall M. and John David Smith, eds., _Dictionary of Afro-American Slavery_ (1988).";
        List<Field> f = fields(e, "Miller, Randall M.", Label.AUTHOR, "John David Smith", Label.EDITOR,
                "Dictionary of Afro-American Slavery", Label.TITLE, "1988", Label.DATE);
        assertNull(text(f, Label.AUTHOR));
        assertEquals("Miller, Randall M. and John David Smith", text(f, Label.EDITOR));
        // references/wikipedia-cold-war-sources (CS1): gold editors Carliner, Geoffrey and Alesina, Alberto
        e = "Carliner, Geoffrey; Alesina, Alberto, eds. (1991). _Politics and Economics in the Eighties_. University of Chicago Press.";
        f = fields(e, "Carliner, Geoffrey; Alesina", Label.AUTHOR, "Alberto", Label.EDITOR, "1991", Label.DATE,
                "Politics and Economics in the Eighties", Label.TITLE, "University of Chicago Press", Label.PUBLISHER);
        assertNull(text(f, Label.AUTHOR));
        assertEquals("Carliner, Geoffrey; Alesina, Alberto", text(f, Label.EDITOR));
    }

    @Test
    void anAuthorBeforeAnUnrelatedTitleKeepsItsRole() {
        // references/bodnar-bucur-history-memory-europe-america: the chapter's authors are not joined to the editors
        // ("in" stands between them); gold authors Hobsbawm, Eric and Ranger, Terence, editors Hobsbawm and Ranger
        String e = "Eric Hobsbawm and Terence Ranger, \"Introduction: Inventing Traditions,\" in Hobsbawm and Ranger, eds., _The Invention of Tradition_ , pp. 1-14";
        List<Field> f = fields(e, "Eric Hobsbawm and Terence Ranger", Label.AUTHOR, "Introduction: Inventing Traditions", Label.TITLE,
                "Hobsbawm and Ranger", Label.EDITOR, "The Invention of Tradition", Label.CONTAINER_TITLE, "1-14", Label.PAGE);
        assertEquals("Eric Hobsbawm and Terence Ranger", text(f, Label.AUTHOR));
        assertEquals("Hobsbawm and Ranger", text(f, Label.EDITOR));
    }

    @Test
    void aVietnameseRoleOfTwoWords() {
        // references/vi-wikipedia-le-duan-thu-muc: gold editors Marr, David G. and White, Christine P.; no author
        String e = "Marr, David G.; White, Christine P., biên tập (1988). *Postwar Vietnam: Dilemmas in Socialist Development*. Southeast Asia Program Publications.";
        List<Field> f = fields(e, "Marr, David G.; White, Christine P.", Label.AUTHOR, "1988", Label.DATE,
                "Postwar Vietnam: Dilemmas in Socialist Development", Label.TITLE, "Southeast Asia Program Publications", Label.PUBLISHER);
        assertNull(text(f, Label.AUTHOR));
        assertEquals("Marr, David G.; White, Christine P.", text(f, Label.EDITOR));
        // references/vi-wikipedia-lenin-thu-muc: gold editors Trần Thị Chín and Nguyễn Hồng Lam (in parentheses)
        e = "—— (2005f). Trần Thị Chín; Nguyễn Hồng Lam (biên tập). *V. I. Lê-nin Toàn tập*. Hà Nội: Nhà xuất bản Chính trị quốc gia.";
        f = fields(e, "2005f", Label.DATE, "Trần Thị Chín; Nguyễn Hồng Lam", Label.AUTHOR, "V. I. Lê-nin Toàn tập", Label.TITLE,
                "Hà Nội", Label.PUBLISHER_PLACE, "Nhà xuất bản Chính trị quốc gia", Label.PUBLISHER);
        assertNull(text(f, Label.AUTHOR));
        assertEquals("Trần Thị Chín; Nguyễn Hồng Lam", text(f, Label.EDITOR));
    }

    @Test
    void theInWordIsNoPartOfTheEditorsName() {
        // references/vi-wikipedia-le-duan-thu-muc: gold editor Goh, Evelyn ("Trong" is "In")
        String e = "Ang, Cheng Guan (2016). \"China's Influence Over Vietnam in War and Peace\". Trong Goh, Evelyn (biên tập). *Rising China's Influence in Developing Asia*. Oxford: Oxford University Press.";
        List<Field> f = fields(e, "Ang, Cheng Guan", Label.AUTHOR, "2016", Label.DATE, "China's Influence Over Vietnam in War and Peace", Label.TITLE,
                "Trong Goh, Evelyn", Label.EDITOR, "Rising China's Influence in Developing Asia", Label.CONTAINER_TITLE,
                "Oxford", Label.PUBLISHER_PLACE, "Oxford University Press", Label.PUBLISHER);
        assertEquals("Goh, Evelyn", text(f, Label.EDITOR));
        // a family name that is also an "in" word, followed by its comma, stays
        e = "Im, Hyug Baeg, ed. _Democracy in Korea_. Seoul: Korea University Press, 2005.";
        f = fields(e, "Im, Hyug Baeg", Label.EDITOR, "Democracy in Korea", Label.TITLE, "Seoul", Label.PUBLISHER_PLACE,
                "Korea University Press", Label.PUBLISHER, "2005", Label.DATE);
        assertEquals("Im, Hyug Baeg", text(f, Label.EDITOR));
    }

    @Test
    void aVolumeAndItsOwnTitleInsideTheTitle() {
        // references/vi-wikipedia-lenin-thu-muc: gold title "V. I. Lê-nin Toàn tập", volume 18
        String e = "—— (2005f). Trần Thị Chín; Nguyễn Hồng Lam (biên tập). *V. I. Lê-nin Toàn tập, tập 18: Chủ nghĩa duy vật và chủ nghĩa kinh nghiệm phê phán*(PDF). Hà Nội: Nhà xuất bản Chính trị quốc gia.";
        List<Field> f = fields(e, "2005f", Label.DATE, "Trần Thị Chín; Nguyễn Hồng Lam", Label.AUTHOR,
                "V. I. Lê-nin Toàn tập, tập 18: Chủ nghĩa duy vật và chủ nghĩa kinh nghiệm phê phán", Label.TITLE,
                "Hà Nội", Label.PUBLISHER_PLACE, "Nhà xuất bản Chính trị quốc gia", Label.PUBLISHER);
        assertEquals("V. I. Lê-nin Toàn tập", text(f, Label.TITLE));
        assertEquals("18", text(f, Label.VOLUME));
        // a volume read elsewhere in the entry leaves the title as read
        e = "Oliver, Roland, ed. _The Cambridge History of Africa, Part 3: c. 1050 - c. 1600_ , vol. 3 (1977).";
        f = fields(e, "Oliver, Roland", Label.EDITOR, "The Cambridge History of Africa, Part 3: c. 1050 - c. 1600", Label.TITLE,
                "vol. 3", Label.VOLUME, "1977", Label.DATE);
        assertEquals("The Cambridge History of Africa, Part 3: c. 1050 - c. 1600", text(f, Label.TITLE));
    }

    @Test
    void theNumberOfVolumesEndingTheTitle() {
        // references/smolansky-ir168-soviet-diplomacy: gold title "The Cold War and Its Origins", number-of-volumes 2
        String e = "Fleming, D., The Cold War and Its Origins 2 vols., (1961).";
        List<Field> f = fields(e, "Fleming, D.", Label.AUTHOR, "The Cold War and Its Origins 2 vols.", Label.TITLE, "1961", Label.DATE);
        assertEquals("The Cold War and Its Origins", text(f, Label.TITLE));
        assertEquals("2", text(f, Label.NUMBER_OF_VOLUMES));
        // a number inside the title, followed by more of it, stays there
        e = "Smith, John. The 2 Volumes of Tolstoy's Diaries. London, 1990.";
        f = fields(e, "Smith, John", Label.AUTHOR, "The 2 Volumes of Tolstoy's Diaries", Label.TITLE, "London", Label.PUBLISHER_PLACE, "1990", Label.DATE);
        assertEquals("The 2 Volumes of Tolstoy's Diaries", text(f, Label.TITLE));
        assertNull(text(f, Label.NUMBER_OF_VOLUMES));
    }
}
