package org.opis.reflist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import de.undercouch.citeproc.csl.CSLItemData;
import de.undercouch.citeproc.csl.CSLName;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Croatian course reading lists whose catalogue fields are joined by semicolons ({@code Names; Title; Publisher, Place
 * (Year),}), read by the rules ({@link SemicolonCourseFields}). Entries verbatim from
 * {@code references/hr-fhs-povijest-literatura} (and, for a guard, {@code references/vi-wikipedia-lenin-thu-muc});
 * expected values checked against the entry text. Before, the names, title and publisher ran together into the title.
 */
class SemicolonCourseFieldsTest {

    private static CSLItemData read(String entry) {
        return RuleReader.read(entry).orElseThrow();
    }

    private static List<String> families(CSLName[] names) {
        return names == null ? List.of() : Arrays.stream(names).map(CSLName::getFamily).toList();
    }

    @Test
    void namesTitlePublisherPlaceYear() {
        CSLItemData d = read("Antoljak, Stjepan; Hrvatska historiografija: Drugo dopunjeno izdanje, str. 293 i dalje.; Matica"
                + " hrvatska, Zagreb (2004),");
        assertEquals(List.of("Antoljak"), families(d.getAuthor()));
        assertEquals("Stjepan", d.getAuthor()[0].getGiven());
        assertEquals("Hrvatska historiografija: Drugo dopunjeno izdanje", d.getTitle());
        assertEquals("Matica hrvatska", d.getPublisher());
        assertEquals("Zagreb", d.getPublisherPlace());
        assertEquals(2004, d.getIssued().getDateParts()[0][0]);
    }

    @Test
    void editorsMarkedBeforeTheirNames() {
        CSLItemData d = read("ur. Mirko Valentić, Lovorka Čoralić; Povijest Hrvata, Od kraja 15. stoljeća do kraja Prvoga svjetskog"
                + " rata; Školska knjiga, Zagreb (2005),");
        assertEquals(List.of("Valentić", "Čoralić"), families(d.getEditor()));
        assertNull(d.getAuthor());
        assertEquals("Povijest Hrvata, Od kraja 15. stoljeća do kraja Prvoga svjetskog rata", d.getTitle());
    }

    @Test
    void aJournalAndItsVolumeInTheLastField() {
        CSLItemData d = read("Ivan Jurković; Veliki i osobiti razbojnik u službi pape Petar Kružić kapetan najjužnijeg dijela"
                + " protuosmanskoga obrambenog sustava Hrvatske; Zbornik Odsjeka za povijesne znanosti HAZU 25 (2007),");
        assertEquals("article-journal", d.getType().toString());
        assertEquals("Zbornik Odsjeka za povijesne znanosti HAZU", d.getContainerTitle());
        assertEquals("25", d.getVolume());
        assertEquals(2007, d.getIssued().getDateParts()[0][0]);
    }

    @Test
    void emptyFieldsLeftAsCommas() {
        CSLItemData d = read(", Bloch, Marc.; Apologija historije ili Zanat povjesničara.; (2008), , , .");
        assertEquals(List.of("Bloch"), families(d.getAuthor()));
        assertEquals("Apologija historije ili Zanat povjesničara", d.getTitle());
        assertEquals(2008, d.getIssued().getDateParts()[0][0]);
        assertNull(d.getPublisher());
    }

    @Test
    void aTitleWithCommasIsNoListOfNames() {
        CSLItemData d = read("Kultura, umjetnost, informacije; u Enciklopediji Jugoslavije, sv. 5, str. 400-432.; (1988),");
        assertNull(d.getAuthor());
    }

    @Test
    void namesJoinedBySemicolonsAreLeftToTheOtherRules() {
        // Vietnamese CS1: three editors set apart by semicolons, no year in parentheses after them
        CSLItemData d = read("—— (2005c). Đinh Lục; Lê Thị Vụ; Nguyễn Minh Hường (biên tập). *V. I. Lê-nin Toàn tập, tập 6: Tháng"
                + " Giêng – tháng Tám 1902*(PDF). Hà Nội: Nhà xuất bản Chính trị quốc gia.");
        assertNotEquals("Lê Thị Vụ", d.getTitle());
    }
}
