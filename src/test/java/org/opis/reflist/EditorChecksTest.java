package org.opis.reflist;

import de.undercouch.citeproc.csl.CSLItemData;
import de.undercouch.citeproc.csl.CSLName;
import de.undercouch.citeproc.csl.CSLNameBuilder;
import org.junit.jupiter.api.Test;
import org.opis.reflist.tagger.Tagger;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Editors neither reading can have (round 19), on real entries of the gold lists with the rules' and the bundled tagger's
 * own readings; expected values checked against the entry text and the list's gold (none of these entries has an editor).
 */
class EditorChecksTest {

    private static List<String> checked(String entry, List<String> take) throws Exception {
        CSLItemData rules = RuleReader.read(entry).orElseThrow();
        Tagger.Tagged tagged = Tagger.bundled().tag(entry);
        return EditorChecks.mend(take, entry, rules, FieldChooser.readings(entry, rules, tagged), tagged);
    }

    @Test
    void thePlaceAfterAnEditionIsNoEditor() throws Exception {
        // references/kucher-environmental-history-water: the rules read "ed. Seattle" as the editor Seattle
        String e = "White, Richard. _Land Use, Environment, and Social Change: The Shaping of Island County, Washington_. 2d. ed. Seattle, 1992.";
        CSLItemData rules = RuleReader.read(e).orElseThrow();
        assertNotNull(rules.getEditor());
        assertEquals("Seattle", rules.getEditor()[0].getFamily());
        assertTrue(checked(e, List.of()).contains("editor"));
        // references/br-ufabc-bibliografias (ABNT): "9a. ed. RJ: Zahar"
        e = "MARCONDES, D. Iniciação à história da filosofia: Dos pré-socráticos a Wittgenstein. 9a. ed. RJ: Zahar, 2005.";
        assertTrue(checked(e, List.of()).contains("editor"));
        // the whole parse: no editor, the place kept
        CSLItemData read = HybridReader.read("White, Richard. _Land Use_. 2d. ed. Seattle, 1992.", Tagger.bundled()).orElseThrow();
        assertNull(read.getEditor());
    }

    @Test
    void anEditorAfterTheEditionWordOfAnotherShapeStays() throws Exception {
        // "ed." after a name is the editor's mark: nothing stands after an edition there
        String e = "Kertesz, S., ed. The Fate of East Central Europe. Notre Dame, 1956.";
        assertFalse(checked(e, List.of()).contains("editor"));
    }

    @Test
    void aCataloguesStatementOfResponsibilityIsNoEditor() {
        // references/nmsu-new-materials-catalogue: "Lee, Stephen J., 1945- European dictatorships, 1918-1945 / Stephen J. Lee."
        // the fold model read "Stephen J. Lee" after the slash as the editors "Stephen, J." and "Lee, Stephen J."
        CSLName[] authors = {name("Lee", "Stephen J.")};
        assertTrue(EditorChecks.repeated(new CSLName[]{name("Stephen", "J."), name("Lee", "Stephen J.")}, authors));
        // "Ankersmit, F. R. Historical representation / F.R. Ankersmit."
        assertTrue(EditorChecks.repeated(new CSLName[]{name("Ankersmit", "F.R.")}, new CSLName[]{name("Ankersmit", "F. R.")}));
        // "… / James F. DeRose ; foreword by Roger W. Paine, Jr.": Paine is not the author, the reading stands
        assertFalse(EditorChecks.repeated(new CSLName[]{name("DeRose", "James F."), name("Paine", "Roger W.")},
                new CSLName[]{name("DeRose", "James F.")}));
        assertFalse(EditorChecks.repeated(new CSLName[]{name("Engelhardt", "Tom")}, new CSLName[]{name("Linenthal", "Edward")}));
    }

    @Test
    void onlyANameRepeatedAfterASlashIsDropped() {
        // references/nmsu-new-materials-catalogue: the tagger's editor "F.R. Ankersmit" after the slash is the author again
        String e = "D13 .A637 2001 Zuhl Library Ankersmit, F. R. Historical representation / F.R. Ankersmit. Stanford, Calif. : Stanford University Press, 2001.";
        de.undercouch.citeproc.csl.CSLItemData rules = new de.undercouch.citeproc.csl.CSLItemDataBuilder().author(name("Ankersmit", "F. R.")).build();
        assertEquals(List.of(), EditorChecks.mend(List.of("editor"), e, rules, readings("ankersmit,f"), tagging(e, "F.R. Ankersmit")));
        // references/rosati-foreign-policy-analysis: the author edited the container (gold editor Rosenau): kept
        e = "James N. Rosenau, \"Pre-Theories and Theories of Foreign Policy,\" in Rosenau, ed., The Scientific Study of Foreign Policy (New York: Nichols, 1979), pp. 115-136, 167-169";
        rules = new de.undercouch.citeproc.csl.CSLItemDataBuilder().author(name("Rosenau", "James N.")).build();
        assertEquals(List.of("editor"), EditorChecks.mend(List.of("editor"), e, rules, readings("rosenau"), tagging(e, "Rosenau, ed.")));
        // references/smolansky-ir168-soviet-diplomacy: the rules read the editor as the author; one name, no slash: kept
        e = "Kertesz, S., ed., The Fate of East Central Europe (1956).";
        rules = new de.undercouch.citeproc.csl.CSLItemDataBuilder().author(name("Kertesz", "S.")).build();
        assertEquals(List.of("editor"), EditorChecks.mend(List.of("editor"), e, rules, readings("kertesz,s"), tagging(e, "Kertesz, S.")));
    }

    private static FieldChooser.Readings readings(String taggerEditor) {
        return new FieldChooser.Readings(java.util.Map.of(), java.util.Map.of("editor", taggerEditor), java.util.Map.of());
    }

    /** A tagging whose only field is the editor span (found by its last occurrence in the entry). */
    private static Tagger.Tagged tagging(String entry, String editor) {
        int s = entry.lastIndexOf(editor);
        return new Tagger.Tagged(entry, List.of(), new int[0], List.of(new org.opis.reflist.tagger.Field(
                org.opis.reflist.tagger.Label.EDITOR, editor, s, s + editor.length(), 0.9, List.of())));
    }

    private static CSLName name(String family, String given) {
        return new CSLNameBuilder().family(family).given(given).build();
    }
}
