package org.opis.reflist.segment;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Where a line is cut into pieces for the segmenter: table cells, entries run together after " - ". */
class PiecesTest {

    private static List<String> texts(String line) {
        return Pieces.split(line).stream().map(Pieces.Piece::text).toList();
    }

    @Test
    void aTableRowIsCutIntoItsCellsButNotInsideLinksOrBrackets() {
        // as references/gagnon-hist4000-antebellum has it: the link cell ends on this line, the entry starts after "|"
        String row = "bin/jstor/viewitem.fcg/00435597/di957239/95p04462/0)|  James A. Henretta,";
        List<Pieces.Piece> p = Pieces.split(row);
        assertEquals(List.of("bin/jstor/viewitem.fcg/00435597/di957239/95p04462/0)", "James A. Henretta,"), p.stream().map(Pieces.Piece::text).toList());
        assertEquals(row.indexOf("James"), p.get(1).column());
        assertEquals(Pieces.CELL, p.get(1).cut());
        assertEquals(List.of("OnReserve", "Amy Dru Stanley, \"Home Life,\" pp."), texts("OnReserve| Amy Dru Stanley, \"Home Life,\" pp."));
        // a pipe inside brackets (a wiki's edit link) cuts nothing; a table's rule row stays whole
        assertEquals(List.of("[edit | edit source]"), texts("[edit | edit source]"));
        assertEquals(List.of("---|---"), texts("---|---"));
    }

    @Test
    void entriesRunTogetherAfterADashAreCutButNotAGostAreaSeparator() {
        String l = "*Gorbachev*. Oxford: Basil Blackwell. ISBN 978-0-39302308-4. - Steele, Jonathan (1996).";
        List<Pieces.Piece> p = Pieces.split(l);
        assertEquals(List.of("*Gorbachev*. Oxford: Basil Blackwell. ISBN 978-0-39302308-4.", "- Steele, Jonathan (1996)."), p.stream().map(Pieces.Piece::text).toList());
        assertEquals(l.indexOf("- Steele"), p.get(1).column());
        assertEquals(Pieces.DASH, p.get(1).cut());
        assertEquals(List.of("[edit]", "- Bùi Hồng Nhân (2001)."), texts("[edit]- Bùi Hồng Nhân (2001)."));
        // GOST areas: place and publisher, pages, issue, ISBN — one piece
        assertEquals(1, texts("Иванов И. И. История. - М.: Наука, 1985. - 320 с. - Вып. 3. - ISBN 5-02-009550-8.").size());
        // a dash inside a title before a lower-case word cuts nothing
        assertEquals(1, texts("Smith, J. Vietnam - a history. London, 1990.").size());
    }

    @Test
    void anEntryRunOnAfterADashMayOpenWithADitto() {
        // references/vi-wikipedia-nam-tien/list.md line 27, verbatim: the next work of the same author begins "- —— (1970)."
        String l = "*Hùng-khí Tây-Sơn*. Nhà xuất bản Sơn Quang. OCLC 751745231. - —— (1970).";
        assertEquals(List.of("*Hùng-khí Tây-Sơn*. Nhà xuất bản Sơn Quang. OCLC 751745231.", "- —— (1970)."), texts(l));
        // three hyphens are a ditto as well ("---. 1971.")
        assertEquals(List.of("*A Book*. Paris, 1970.", "- ---. *Another Book*. Paris, 1971."), texts("*A Book*. Paris, 1970. - ---. *Another Book*. Paris, 1971."));
        // a lone dash or a pair of hyphens ("- -- 12") is no ditto
        assertEquals(1, texts("Smith, J. Title. London, 1990. - -- 12.").size());
    }

    @Test
    void anUncutLineKeepsItsIndentation() {
        String l = "       Staff Paper, No. 42. Washington, D. C.: Center for International Research. 1988.";
        assertEquals(List.of(new Pieces.Piece(0, l, Pieces.NONE)), Pieces.split(l));
    }

    @Test
    void anIsbdAuthorHeadStaysWithItsEntry() {
        // references/fr-celsa-afnor-bibliographie/list.md, verbatim: AFNOR's " - " between the areas, the author's name alone before the first
        assertEquals(1, texts("AÏM \\(Olivier\\) et BILLIET \\(Stéphane\\). - _Communication_ . - Paris : Dunod, 2015.").size());
        assertEquals(1, texts("d’ALMEIDA \\(Nicole\\). - _Les promesses de la communication_. - Paris : PUF, 2006.").size());
        // a place with an apostrophe after the area dash is the imprint, not another entry
        assertEquals(1, texts("JEANNERET \\(Yves\\). - _Y-a-t-il vraiment des technologies de l'information ?_ - Villeneuve d’Ascq : Septentrion, 2011.").size());
        // but a wiki's lower-case error text before the dash is no name: cut (references/vi-wikipedia-hungary-1956-doc-them, line 9)
        assertEquals(List.of("có tên chung (trợ giúp)", "- Bibó, István (1991)."), texts("có tên chung (trợ giúp) - Bibó, István (1991)."));
    }

    @Test
    void aDashInsideAQuotationOrEmphasisCutsNothing() {
        // references/pl-urbanonto-warszawa-harvard/list.md line 54, verbatim after its list marker
        assertEquals(1, texts("‘Tor Kolarski. Oboźna - Dynasy’ (no date) Fundacja warszawa1939.pl. Available at: http://www.warszawa1939.pl/obiekt/obozna-tor (Accessed: 25 April 2021).").size());
        assertEquals(1, texts("*Rome - The Late Republic*. London, 1990.").size());
        // an underscore inside a word (a DOI, a link) opens no emphasis: the entry after it is still cut
        // (references/vi-wikipedia-le-duan-thu-muc/list.md line 42, shortened)
        assertEquals(List.of("*Hanoi's War*. JSTOR 10.5149/9780807882696_nguyen. OCLC 1023478592.", "- Ooi, Keat Gin (2004)"),
                texts("*Hanoi's War*. JSTOR 10.5149/9780807882696_nguyen. OCLC 1023478592. - Ooi, Keat Gin (2004)"));
    }

    @Test
    void isbdAreasAfterADashAreNoNewEntry() {
        // references/de-dnb-werkverzeichnisse-katalog/list.txt lines 2 and 5, verbatim: place with its region, a place with
        // "[u.a.]", Roman-numbered pagination and an abbreviated illustration statement all follow " - " inside one entry
        assertEquals(1, texts("De Catanzaro, Christine D. : Anton Cajetan Adlgasser : (1729 - 1777) ; a thematic catalogue of his works / by Christine D. De Catanzaro and Werner Rainer. - Hillsdale, NY : Pendragon Press, 2000. - XL, 311 S., Ill., Noten. - 26 cm (Thematic catalogues ; 22). - (Thematic catalogues series ; no. 22) ISBN 1-945193-78-5 IDN 963677136").size());
        assertEquals(1, texts("Warburton, Ernest: Thematic catalogue. - New York [u.a.] : Garland, 1999. - VIII, 611 S., Noten ISBN 0-8240-6097-0 IDN 979295769 (The collected works of Johann Christian Bach ; vol. 48, p. 1) IDN 560846541").size());
        // line 1, its title shortened
        assertEquals(1, texts("Knape, Walter: Verzeichnis. - Cuxhaven : Selbstverl., [1972]. - X, 299 S. - Ill., Noten. - 30 cm IDN 730471519").size());
        // a name after the dash is still cut
        assertEquals(2, texts("*Gorbachev*. Oxford: Basil Blackwell, 1990. - Steele, Jonathan (1996).").size());
    }

    @Test
    void aDashBetweenTwoWordsCutsOnlyBeforeAFamilyNameAndGivenName() {
        // references/ru-chglib-fizika-vystavka/list.md item 15, verbatim after its number: the publisher's name holds " - "
        assertEquals(1, texts("Лукин, Александр Васильевич.**[Физика быстрых нейтронов](https://koha.benran.ru/cgi-bin/koha/opac-detail.pl?biblionumber=1637393) / А. В. Лукин.** - Снежинск : Изд-во РФЯЦ - ВНИИТФ, 2021. - 565, [1] с. : ил., табл. - ISBN 978-5-6045087-6-3").size());
        // references/vi-wikipedia-gorbachev-nguon/list.md: a wiki's archive note, then the next entry's "Family, Given"
        assertEquals(List.of("*Armageddon Averted*(2nd ed. 2008) excerpt Lưu trữ ngày 31 tháng 10 năm 2021 tại Wayback Machine", "- Kramer, Mark. \"Mikhail Gorbachev.\""),
                texts("*Armageddon Averted*(2nd ed. 2008) excerpt Lưu trữ ngày 31 tháng 10 năm 2021 tại Wayback Machine - Kramer, Mark. \"Mikhail Gorbachev.\""));
    }
}
