package org.opis.archival;

import org.opis.model.Diagnostic;
import org.opis.model.Severity;

import java.util.List;

/** One validation rule for archival citations, with a stable code (e.g. {@code archival/vulgar-fraction}). */
interface ArchivalRule {

    /** The stable code, {@code archival/…}. */
    String code();

    /** How serious a finding of this rule is. */
    Severity severity();

    /** Adds this rule's findings about one citation. */
    void check(Analysis a, List<Diagnostic> out);

    /** Every rule, in the order findings are reported. */
    static List<ArchivalRule> all() {
        return List.of(new UnrecognizedRule(), new LeadingTextRule(), new ArchiveDetailRule(), new MissingArchiveRule(), new UnregisteredArchiveRule(), new AmbiguousArchiveRule(),
                new FormerNameRule(), new UnknownSchemeRule(), new MissingSeparatorAfterArchiveRule(), new MixedSeparatorsRule(),
                new MissingSeparatorRule(), new SpacingRule(), new LabelTypoRule(), new MissingLabelRule(), new EmptyValueRule(),
                new VulgarFractionRule(), new PagesForLeavesRule(), new OrderRule(), new PapkaAfterDeloRule(),
                new HyphenRangeRule(), new AbbreviatedRangeRule(), new ReversedRangeRule(), new StrayCharacterRule(), new TrailingTextRule());
    }
}
