package org.opis.reflist;

import de.undercouch.citeproc.csl.CSLItemData;
import org.opis.model.CslRecords;

/** One entry read by the rules alone, as a record: what the rule readers' tests assert on. */
final class RulesReading {
    private RulesReading() {
    }

    static CSLItemData rules(String entry) {
        return CslRecords.csl(RuleReader.reference(entry).orElseThrow());
    }
}
