package org.opis.reflist;

import de.undercouch.citeproc.csl.CSLItemData;
import de.undercouch.citeproc.csl.CSLItemDataBuilder;
import org.junit.jupiter.api.Test;
import org.opis.reflist.tagger.Field;
import org.opis.reflist.tagger.Label;
import org.opis.reflist.tagger.Tagger;
import org.opis.reflist.tagger.Tokenizer;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** {@link LinkSyntax} and {@link NoteNumbers}: fields the chooser left to the rules, given to the tagger by their content. */
class LinkAndNoteChecksTest {

    private static Tagger.Tagged tagged(String entry, Object... fieldsAndLabels) {
        List<Field> fields = new java.util.ArrayList<>();
        for (int i = 0; i < fieldsAndLabels.length; i += 2) {
            String t = (String) fieldsAndLabels[i];
            int s = entry.indexOf(t);
            fields.add(new Field((Label) fieldsAndLabels[i + 1], t, s, s + t.length(), 1.0, List.of()));
        }
        var tokens = Tokenizer.tokens(entry);
        return new Tagger.Tagged(entry, tokens, new int[tokens.size()], fields);
    }

    @Test
    void aRulesTitleReadOverALinksSyntaxGivesWayToTheTaggers() {
        // references/nlb-cold-war-guides: the rules' title holds the link's brackets and the rest of the entry
        String e = "[Razor’s edge again](http://eresources.nlb.gov.sg/a.aspx). (1962, October 28). The Straits Times, p. 1.";
        CSLItemData rules = new CSLItemDataBuilder().id("r").title("[Razor’s edge again](). (1962, October 28). The Straits Times, p. 1")
                .URL("http://eresources.nlb.gov.sg/a.aspx").build();
        var t = tagged(e, "Razor’s edge again", Label.TITLE, "http://eresources.nlb.gov.sg/a.aspx", Label.URL,
                "The Straits Times", Label.CONTAINER_TITLE);
        var rd = FieldChooser.readings(e, rules, t);
        assertEquals(List.of("container-title", "title"), LinkSyntax.mend(List.of("container-title"), rules, rd, t));
        // a title without a link's syntax is left to the chooser
        CSLItemData plain = new CSLItemDataBuilder().id("r").title("Razor’s edge again").build();
        assertEquals(List.of(), LinkSyntax.mend(List.of(), plain, FieldChooser.readings(e, plain, t), t));
    }

    @Test
    void aVolumeTheRulesKeptOnlyInTheirNoteIsTheTaggers() {
        // references/pham-xanh-vietnamese-notes (gold volume "2")
        String e = "Hồ Chí Minh: *Toàn tập, Sđd. *t.2, tr.19.";
        CSLItemData rules = new CSLItemDataBuilder().id("r").title("Toàn tập, Sđd.").note("t.2, tr.19").build();
        var t = tagged(e, "Toàn tập", Label.TITLE, "2", Label.VOLUME);
        assertEquals(List.of("volume"), NoteNumbers.mend(List.of(), rules, FieldChooser.readings(e, rules, t)));
        // the number after a page label is no volume
        var t19 = tagged(e, "Toàn tập", Label.TITLE, "19", Label.VOLUME);
        assertEquals(List.of(), NoteNumbers.mend(List.of(), rules, FieldChooser.readings(e, rules, t19)));
    }
}
