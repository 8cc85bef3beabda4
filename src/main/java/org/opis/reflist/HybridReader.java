package org.opis.reflist;

import de.undercouch.citeproc.csl.CSLItemData;
import de.undercouch.citeproc.csl.CSLItemDataBuilder;
import org.opis.reflist.tagger.Field;
import org.opis.reflist.tagger.Label;
import org.opis.reflist.tagger.Tagger;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The rule parser's record and the tagger's, combined by content and confidence: when the rules'
 * record shows it went wrong (no title; a name holding digits, quotes or a colon; a title that
 * begins with the year) and the tagger is sure of every field, the tagger's record is taken;
 * otherwise the rules' record stays, and a field the rules left empty is taken from the tagger
 * when it is sure of it and its text is not already in another field.
 */
public final class HybridReader {
    /** Below this, a tagger field is uncertain (and reported as {@code reference/low-confidence}). */
    public static final double SURE = 0.9;
    private static final Pattern BROKEN_NAME = Pattern.compile("[\\d\"“”«»:]|\\*");
    /** Runs of what is neither letter nor digit (compiled once: word sets are made several times per entry). */
    private static final Pattern NOT_LETTERS = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final Pattern EDGE_PUNCTUATION = Pattern.compile("^[\\s,.;:]+|[\\s,;:]+$");

    /** The combined record, whether the tagger's record replaced the rules', and the tagger's uncertain fields. */
    public record Merge(CSLItemData item, boolean taggerRecord, List<Field> uncertain) {
    }


    private HybridReader() {
    }

    /** Reads one entry by rules and tagger, combined. */
    public static Optional<CSLItemData> read(String entry, Tagger t) {
        Optional<CSLItemData> rules = RuleReader.read(entry);
        if (rules.isEmpty()) return rules;
        return Optional.of(merge(rules.get(), t.tag(entry)).item());
    }

    public static Merge merge(CSLItemData rules, Tagger.Tagged tagged) {
        return merge(rules, java.util.Map.of(), tagged);
    }

    /**
     * Combines the rules' record (with the extra values the rules kept beside it, e.g. a pinpoint
     * locator) and the tagger's reading. The tagger's record never replaces the rules' when it
     * would lose a word the rules' record keeps; a field is never filled with text the rules
     * already placed elsewhere.
     */
    public static Merge merge(CSLItemData rules, java.util.Map<String, String> extra, Tagger.Tagged tagged) {
        FieldChooser chooser = FieldChooser.bundled();
        Merge m = chooser == null ? mergeByRules(rules, extra, tagged) : merge(rules, extra, tagged, chooser);
        CSLItemData item = TypeShapes.retype(MergedLanguage.settle(rules, m.item(), tagged.entry()));
        return item == m.item() ? m : new Merge(item, m.taggerRecord(), m.uncertain());
    }

    /**
     * Combines the two readings field by field with a learned {@link FieldChooser}: where they
     * differ, the field is taken from the reading the chooser trusts. A word of the rules' record
     * that the combined record would lose is kept in its note. The tagger's fields taken with a
     * confidence below {@link #SURE} are returned as uncertain.
     */
    public static Merge merge(CSLItemData rules, java.util.Map<String, String> extra, Tagger.Tagged tagged, FieldChooser chooser) {
        return merge(rules, extra, tagged, chooser, FieldChooser.readings(tagged.entry(), rules, tagged));
    }

    /** {@link #merge(CSLItemData, java.util.Map, Tagger.Tagged, FieldChooser)} with the chooser's view of the readings already made. */
    static Merge merge(CSLItemData rules, java.util.Map<String, String> extra, Tagger.Tagged tagged, FieldChooser chooser, FieldChooser.Readings rd) {
        // an entry the rules read whole by a strict shape of their own keeps their reading (WholeShapes)
        if (WholeShapes.readWhole(rules, tagged.entry())) return new Merge(rulesAlone(rules, tagged.entry()), false, List.of());
        List<String> take = chooser.taggerFields(rd, tagged);
        if (!take.isEmpty()) take = ChoiceChecks.keep(take, tagged.entry(), rules, extra, rd);
        take = OpeningNames.mend(take, tagged.entry(), rd);
        take = ChoiceChecks.accessedNotIssued(take, rd, tagged);
        take = ArchivedDates.mend(take, tagged);
        take = ItalicContainers.mend(take, tagged.entry(), rd);
        take = ChoiceChecks.orphanedNames(take, rd, (rules.getNote() == null ? "" : rules.getNote()) + " " + (rules.getAnnote() == null ? "" : rules.getAnnote())
                + " " + String.join(" ", extra.values()));
        take = ChoiceChecks.brokenNames(take, rules, tagged);
        take = ChoiceChecks.fullerDate(take, rd);
        take = PagesAsDates.mend(take, rd);
        take = PeriodicalIssues.mend(take, rules, rd);
        take = ChoiceChecks.shapes(take, tagged.entry(), rules, rd, tagged);
        take = QuotedTitles.mend(take, rules, rd);
        take = TitlesHoldingNames.namesHoldingTitle(TitlesHoldingNames.mend(take, rd), rd);
        take = BracketedTranslations.mend(take, rules, tagged);
        take = ListedNumbers.mend(take, rd);
        take = ChoiceChecks.splitOff(take, rd);
        take = ChoiceChecks.movedAway(take, rd, tagged);
        take = ChoiceChecks.letterlessTitle(take, rules, rd);
        take = ChoiceChecks.lostTitle(take, tagged.entry(), rd);
        take = ChoiceChecks.unlabelledPlace(take, tagged.entry(), rules, rd, tagged);
        take = LinkSyntax.mend(take, rules, rd, tagged);
        take = NoteNumbers.mend(take, rules, rd);
        take = EditorChecks.mend(take, tagged.entry(), rules, rd, tagged);
        take = EditionStatements.mend(take, tagged.entry(), rd, tagged);
        take = ColonPublishers.mend(take, tagged.entry(), rd, tagged);
        take = ContainerPages.mend(take, rd);
        take = SplitTaggerTitles.mend(take, rd, tagged);
        take = KeptDates.mend(take, rd);
        take = NamesAsTitles.mend(take, rd, tagged);
        take = TaggerDateCandidates.mend(take, rd, tagged);
        take = DatesReadElsewhere.mend(take, rd, extra, tagged);
        take = SplitLiteralNames.mend(take, rules, tagged);
        take = PeriodicalsAsPublishers.mend(take, rd);
        if (take.isEmpty()) return new Merge(rulesAlone(rules, tagged.entry()), false, List.of());
        CSLItemData m = takeFields(rules, tagged.item(rules.getId()), take);
        String rulesText = json(rules);  // each record's text and words made once (they were made up to three times)
        java.util.Set<String> ruleWords = words(rulesText + "\u0001" + String.join("\u0001", extra.values()));
        java.util.Set<String> mWords = words(json(m));
        if (!mWords.containsAll(ruleWords)) {
            CSLItemData kept = keepWords(m, mWords, tagged, ruleWords);
            if (kept == null) {
                java.util.Set<String> lost = new java.util.LinkedHashSet<>();
                for (String w : NOT_LETTERS.split(rulesText.toLowerCase(java.util.Locale.ROOT))) if (!w.isEmpty()) lost.add(w);
                lost.removeAll(mWords);
                String note = asWritten(tagged, lost);
                kept = note.isEmpty() ? m : new CSLItemDataBuilder(m).note(m.getNote() == null ? note : m.getNote() + "; " + note).build();
            }
            m = kept;
        }
        List<Field> uncertain = new ArrayList<>();
        for (Field f : tagged.fields()) {
            String k = f.label() == Label.IDENTIFIER ? "DOI" : f.label().field();
            if (f.confidence() < SURE && (take.contains(k) || f.label() == Label.IDENTIFIER && (take.contains("ISBN") || take.contains("DOI")))) uncertain.add(f);
        }
        return new Merge(finish(withoutOpCit(m), tagged.entry()), true, uncertain);
    }

    /**
     * The record the merge gives when it takes no field from the tagger: the rules' record checked against the entry's text
     * ({@link #finish}, without a "work cited" mark). {@link ReaderGate} answers with it, the tagger not run, where the rules' reading
     * looks sound.
     */
    static CSLItemData rulesAlone(CSLItemData rules, String entry) {
        return finish(withoutOpCit(rules), entry);
    }

    /** {@link #rulesAlone} with what {@link #merge(CSLItemData, java.util.Map, Tagger.Tagged)} settles after the choice: the language and the type. */
    static Merge rulesAloneSettled(CSLItemData rules, String entry) {
        CSLItemData m = rulesAlone(rules, entry);
        return new Merge(TypeShapes.retype(MergedLanguage.settle(rules, m, entry)), false, List.of());
    }

    /** The chosen record checked against the entry's text: an archived copy's note, a language remark read as a name, opening editors read again as authors, a volume in the title's italics, a chapter number read as a volume, a bare year's month and day. */
    private static CSLItemData finish(CSLItemData d, String entry) {
        d = ArchivedCopies.mend(d, entry);
        d = LanguageRemarks.mend(d, entry);
        d = EditorHeads.mend(d, entry);
        d = ItalicVolumes.mend(d, entry);
        d = ChapterNumbers.mend(d, entry);
        d = ChapterTails.mend(d, entry);
        d = InitialEditors.mend(d, entry);
        d = LinkedHeadlines.mend(d, entry);
        return DateDetails.complete(d, entry);
    }

    /** The record without a "work cited" mark closing its title or container ({@link OpCitMarks}). */
    private static CSLItemData withoutOpCit(CSLItemData d) {
        String t = OpCitMarks.strip(d.getTitle());
        String c = OpCitMarks.strip(d.getContainerTitle());
        if (java.util.Objects.equals(t, d.getTitle()) && java.util.Objects.equals(c, d.getContainerTitle())) return d;
        return new CSLItemDataBuilder(d).title(t).containerTitle(c).build();
    }

    /** The combination used before the learned chooser (when its weights are missing): the rules' record unless visibly broken. */
    static Merge mergeByRules(CSLItemData rules, java.util.Map<String, String> extra, Tagger.Tagged tagged) {
        List<Field> uncertain = new ArrayList<>();
        double min = 1;
        for (Field f : tagged.fields()) {
            if (f.label() == Label.NOTE || f.label() == Label.LOCATOR) continue;
            min = Math.min(min, f.confidence());
            if (f.confidence() < SURE) uncertain.add(f);
        }
        CSLItemData tag = tagged.item(rules.getId());
        String known = json(rules) + "\u0001" + String.join("\u0001", extra.values());
        if (tag.getTitle() != null && sure(tagged, "title") && broken(rules)) {
            CSLItemData withParts = withRuleParts(tag, rules);
            CSLItemData kept = keepWords(withParts, words(json(withParts)), tagged, words(known));
            if (kept != null) return new Merge(kept, true, uncertain);
        }
        CSLItemDataBuilder b = new CSLItemDataBuilder(rules);
        String all = known.toLowerCase(java.util.Locale.ROOT);
        boolean changed = false;
        changed |= fill(rules.getContainerTitle(), tag.getContainerTitle(), "container-title", tagged, all, b::containerTitle);
        changed |= fill(rules.getPublisher(), tag.getPublisher(), "publisher", tagged, all, b::publisher);
        changed |= fill(rules.getPublisherPlace(), tag.getPublisherPlace(), "publisher-place", tagged, all, b::publisherPlace);
        changed |= fill(rules.getVolume(), tag.getVolume(), "volume", tagged, all, b::volume);
        changed |= fill(rules.getIssue(), tag.getIssue(), "issue", tagged, all, b::issue);
        changed |= fill(rules.getPage(), tag.getPage(), "page", tagged, all, b::page);
        changed |= fill(rules.getURL(), tag.getURL(), "URL", tagged, all, b::URL);
        changed |= fill(rules.getDOI(), tag.getDOI(), "DOI", tagged, all, b::DOI);
        if (rules.getIssued() == null && tag.getIssued() != null && sure(tagged, "issued")) {
            b.issued(tag.getIssued());
            changed = true;
        }
        return new Merge(changed ? b.build() : rules, false, uncertain);
    }

    private static String json(CSLItemData d) {
        try {
            StringBuilder b = new StringBuilder();
            collect(ItemTrees.of(d), b);
            return b.toString();
        } catch (RuntimeException e) {
            return "";
        }
    }

    private static void collect(com.fasterxml.jackson.databind.JsonNode n, StringBuilder b) {
        if (n.isValueNode()) b.append(n.asText()).append('\u0001');
        else if (n.isObject()) n.fields().forEachRemaining(e -> {
            if (!e.getKey().equals("id") && !e.getKey().equals("type") && !e.getKey().equals("language")) collect(e.getValue(), b);
        });
        else n.forEach(c -> collect(c, b));
    }

    /** The lower-case words (runs of letters or digits) of a text. */
    private static java.util.Set<String> words(String s) {
        java.util.Set<String> out = new java.util.HashSet<>();
        for (String w : NOT_LETTERS.split(s.toLowerCase(java.util.Locale.ROOT))) if (!w.isEmpty()) out.add(w);
        return out;
    }

    private static boolean fill(String have, String offered, String field, Tagger.Tagged tagged, String all, java.util.function.Consumer<String> set) {
        if (have != null || offered == null || !sure(tagged, field)) return false;
        if (all.contains(offered.toLowerCase(java.util.Locale.ROOT)) || words(all).containsAll(words(offered))) return false;
        set.accept(offered);
        return true;
    }

    /** The tagger's record with what the rules read that the tagger does not: the language, and the names when the rules' are sound. */
    private static CSLItemData withRuleParts(CSLItemData tag, CSLItemData rules) {
        CSLItemDataBuilder b = new CSLItemDataBuilder(tag);
        if (rules.getLanguage() != null) b.language(rules.getLanguage());
        if (rules.getAuthor() != null && !brokenNames(rules.getAuthor())) b.author(rules.getAuthor());
        if (rules.getEditor() != null && !brokenNames(rules.getEditor())) b.editor(rules.getEditor());
        return b.build();
    }

    /**
     * Whether the readings differ on the title or the names while the tagger is sure of both:
     * then the tagger's reading is taken (it reads shapes the rules were never written for).
     */
    static boolean disagree(CSLItemData rules, CSLItemData tag, Tagger.Tagged tagged) {
        if (!sure(tagged, "title") || (tag.getAuthor() != null && !sure(tagged, "author"))) return false;
        for (Field f : tagged.fields()) if (f.confidence() < SURE && f.label() != Label.NOTE && f.label() != Label.LOCATOR) return false;
        boolean titleDiffers = !key(rules.getTitle()).equals(key(tag.getTitle()));
        boolean namesDiffer = !names(rules.getAuthor()).equals(names(tag.getAuthor()));
        return titleDiffers || namesDiffer;
    }

    private static String key(String s) {
        return s == null ? "" : NOT_LETTERS.matcher(s.toLowerCase(java.util.Locale.ROOT)).replaceAll("");
    }

    private static String names(de.undercouch.citeproc.csl.CSLName[] n) {
        if (n == null) return "";
        StringBuilder b = new StringBuilder();
        for (var x : n) b.append(key(x.getFamily())).append(key(x.getLiteral())).append('|');
        return b.toString();
    }

    /**
     * The tagger's record with the entry's words it left unassigned (in runs of other tokens) kept in
     * its note, or null when it would still lose a word the rules' record keeps ({@code have}: the record's own words).
     */
    private static CSLItemData keepWords(CSLItemData tag, java.util.Set<String> have, Tagger.Tagged tagged, java.util.Set<String> ruleWords) {
        if (have.containsAll(ruleWords)) return tag;
        List<String> runs = new ArrayList<>();
        int i = 0;
        var toks = tagged.tokens();
        while (i < toks.size()) {
            if (tagged.label(i) != Label.OTHER) {
                i++;
                continue;
            }
            int j = i;
            while (j + 1 < toks.size() && tagged.label(j + 1) == Label.OTHER) j++;
            // the entry's closing full stop ends the entry, not the run ("512 S." -> "512 S")
            int end = j > i && j == toks.size() - 1 && toks.get(j).text().equals(".") ? j - 1 : j;
            String run = tagged.entry().substring(toks.get(i).start(), toks.get(end).end());
            java.util.Set<String> w = words(run);
            w.removeAll(have);
            w.retainAll(ruleWords);
            if (!w.isEmpty()) runs.add(EDGE_PUNCTUATION.matcher(run.replace("*", "")).replaceAll(""));
            i = j + 1;
        }
        if (runs.isEmpty()) return null;
        String note = String.join("; ", runs);
        CSLItemData withNote = new CSLItemDataBuilder(tag).note(tag.getNote() == null ? note : tag.getNote() + "; " + note).build();
        return words(json(withNote)).containsAll(ruleWords) ? withNote : null;
    }

    /**
     * Words the combined record would lose, as the entry writes them and in its order: runs of
     * neighbouring tokens that hold them ({@code П., и С. Н. Ершов}), joined by "; "; a word the entry's
     * tokens do not hold (a value the rules normalised) is added as it is.
     */
    private static String asWritten(Tagger.Tagged tagged, java.util.Set<String> lost) {
        var toks = tagged.tokens();
        boolean[] holds = new boolean[toks.size()];
        java.util.Set<String> found = new java.util.HashSet<>();
        for (int i = 0; i < toks.size(); i++) {
            for (String w : words(toks.get(i).text())) {
                if (lost.contains(w)) {
                    holds[i] = true;
                    found.add(w);
                }
            }
        }
        List<String> runs = new ArrayList<>();
        int i = 0;
        while (i < toks.size()) {
            if (!holds[i]) {
                i++;
                continue;
            }
            int j = i;
            // a run goes on over one token of punctuation between two tokens that hold lost words
            while (j + 1 < toks.size() && (holds[j + 1] || j + 2 < toks.size() && holds[j + 2] && words(toks.get(j + 1).text()).isEmpty())) j++;
            runs.add(EDGE_PUNCTUATION.matcher(tagged.entry().substring(toks.get(i).start(), toks.get(j).end()).replace("*", "")).replaceAll(""));
            i = j + 1;
        }
        for (String w : lost) if (!found.contains(w)) runs.add(w);
        return String.join("; ", runs);
    }

    private static boolean sure(Tagger.Tagged tagged, String cslField) {
        for (Field f : tagged.fields()) {
            if (f.label().field().equals(cslField) || (cslField.equals("DOI") && f.label() == Label.IDENTIFIER)) return f.confidence() >= SURE;
        }
        return false;
    }

    private static final java.util.regex.Pattern YEAR_TITLE = java.util.regex.Pattern.compile("^\\(?\\d{4}\\)?[.,]?\\s.*");

    static boolean broken(CSLItemData r) {
        if ((r.getTitle() == null || r.getTitle().isBlank()) && r.getContainerTitle() == null) return true;
        if (r.getTitle() == null) return false;
        if (YEAR_TITLE.matcher(r.getTitle()).matches()) return true;
        return r.getAuthor() != null && brokenNames(r.getAuthor());
    }

    private static boolean brokenNames(de.undercouch.citeproc.csl.CSLName[] names) {
        for (var n : names) {
            String s = (n.getFamily() == null ? "" : n.getFamily()) + " " + (n.getGiven() == null ? "" : n.getGiven()) + (n.getLiteral() == null ? "" : n.getLiteral());
            if (BROKEN_NAME.matcher(s).find()) return true;
        }
        return false;
    }

    /** The rules' record with the named fields (scored names) taken from the tagger's record (absent there: removed). */
    public static CSLItemData takeFields(CSLItemData rules, CSLItemData tag, List<String> fields) {
        CSLItemDataBuilder b = new CSLItemDataBuilder(rules);
        for (String f : fields) {
            switch (f) {
                case "author" -> b.author(tag.getAuthor());
                case "editor" -> b.editor(tag.getEditor());
                case "translator" -> b.translator(tag.getTranslator());
                case "title" -> b.title(tag.getTitle());
                case "container-title" -> b.containerTitle(tag.getContainerTitle());
                case "collection-title" -> b.collectionTitle(tag.getCollectionTitle());
                case "volume" -> b.volume(tag.getVolume());
                case "number-of-volumes" -> b.numberOfVolumes(tag.getNumberOfVolumes());
                case "issue" -> b.issue(tag.getIssue());
                case "page" -> b.page(tag.getPage());
                case "edition" -> b.edition(tag.getEdition());
                case "publisher" -> b.publisher(tag.getPublisher());
                case "publisher-place" -> b.publisherPlace(tag.getPublisherPlace());
                case "issued" -> b.issued(tag.getIssued());
                case "genre" -> b.genre(tag.getGenre());
                case "URL" -> b.URL(tag.getURL());
                case "DOI" -> b.DOI(tag.getDOI());
                case "ISBN" -> b.ISBN(tag.getISBN());
                default -> {
                }
            }
        }
        if (fields.contains("container-title") || fields.contains("page") || fields.contains("publisher")) {
            if (rules.getType() == null || (rules.getContainerTitle() == null) != (tag.getContainerTitle() == null)) b.type(tag.getType());
        }
        return b.build();
    }
}
