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

    /** The names as asserted: a literal name whole, a parsed one as {@code family|given}. */
    static java.util.List<String> names(de.undercouch.citeproc.csl.CSLName[] names) {
        return names == null ? java.util.List.of() : java.util.Arrays.stream(names)
                .map(n -> n.getLiteral() != null ? n.getLiteral() : n.getFamily() + "|" + n.getGiven()).toList();
    }
}
