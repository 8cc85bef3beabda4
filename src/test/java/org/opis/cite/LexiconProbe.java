package org.opis.cite;

import org.opis.model.CslRecords;
import de.undercouch.citeproc.csl.CSLItemData;
import de.undercouch.citeproc.csl.CSLName;
import org.opis.Opis;
import org.opis.model.ParsedRecords;
import org.opis.names.NameList;
import org.opis.names.NameParser;
import org.opis.text.SourceText;

import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * What the readers make of a few inputs that depend only on the vocabulary: loaded by
 * {@code org.opis.lexicon.LexiconUseTest} in a class loader that sees a changed copy of the lexicon's
 * data files, to show that every reader takes its words from there. Returns one line per reader.
 */
public final class LexiconProbe implements Function<String, String> {

    @Override
    public String apply(String unused) {
        StringBuilder out = new StringBuilder();
        // reference list: a month name in a date, a volume label
        ParsedRecords r = Opis.parse(new SourceText("refs.md", "# References\n\n"
                + "Novák, Jan. 1990. \"Stará otázka.\" *Rudé právo*, 7 listopadu 1990.\n\n"
                + "Hoxha, Enver. *Vepra. Sv. 8*. Tirana: Naim Frashëri, 1982.\n\n"
                + "Ленин, В. И. Полное собрание сочинений. Sv. 8. М.: Политиздат, 1982.\n"));
        List<CSLItemData> items = r.references().stream().map(x -> CslRecords.csl(x)).toList();
        CSLItemData news = items.get(0);
        out.append("list-date=").append(news.getIssued() == null ? "none" : Arrays.deepToString(news.getIssued().getDateParts())).append('\n');
        for (int i = 1; i < items.size(); i++) out.append("list-volume=").append(items.get(i).getVolume()).append('|').append(items.get(i).getTitle()).append('\n');
        // the rules alone: without the label, "Sv. 8" stays in the title
        CSLItemData rules = org.opis.reflist.RuleReader.read("Ленин, В. И. Полное собрание сочинений. Sv. 8. М.: Политиздат, 1982.").orElseThrow();
        out.append("rules-volume=").append(rules.getVolume()).append('|').append(rules.getTitle()).append('\n');
        // names: a role marker, a particle, a connector, an et-al word
        NameList role = NameParser.parseList("Jan Kowalski, tłum.");
        out.append("name-role=").append(role.role()).append('\n');
        CSLName particle = NameParser.parseNames("Karl-Theodor zu Guttenberg").get(0);
        out.append("name-particle=").append(particle.getNonDroppingParticle()).append('|').append(particle.getFamily()).append('\n');
        out.append("name-and=").append(NameParser.parseNames("Jan Novák a Petr Svoboda").size()).append('\n');
        out.append("name-etal=").append(NameParser.parseNames("Jan Novák a kol.").stream().map(CSLName::getFamily).collect(Collectors.joining("|"))).append('\n');
        // in-text citations: a locator label, and the scanner's shared words
        out.append("locator=").append(Locators.standard().read("sv. 3").locators()).append('\n');
        ScannerWords w = ScannerWords.STANDARD;
        out.append("scanner=").append(w.months.get("listopadu")).append('|').append(w.editors.contains("tłum."))
                .append('|').append(w.particles.contains("zu")).append('|').append(w.connectors.contains("a")).append('\n');
        return out.toString();
    }
}
