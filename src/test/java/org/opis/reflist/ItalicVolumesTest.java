package org.opis.reflist;

import de.undercouch.citeproc.csl.CSLItemData;
import de.undercouch.citeproc.csl.CSLItemDataBuilder;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

class ItalicVolumesTest {

    @Test
    void aVolumeStatementInsideTheTitlesItalicsStaysInTheTitle() {
        // references/vi-wikipedia-nam-tien: the gold keeps "Tập 4" in the title, with no volume
        String e = "Đỗ Văn Ninh, Nguyễn Danh Phiệt, Đặng Kim Ngọc, Nguyễn Duy Hinh (2001). *Lịch sử Việt Nam, Tập 4*. Nhà xuất bản Khoa học xã hội.";
        CSLItemData d = ItalicVolumes.mend(new CSLItemDataBuilder().title("Lịch sử Việt Nam").volume("4").build(), e);
        assertEquals("Lịch sử Việt Nam, Tập 4", d.getTitle());
        assertNull(d.getVolume());
    }

    @Test
    void aVolumeOutsideTheItalicsIsTheWorksVolume() {
        // references/wikipedia-history-of-cuba: "Vol. X" follows the closed italics
        String e = "US Department of State, _Foreign Relations of the United States 1961–1963_ , Vol. X Cuba, 1961–1962, Washington, D.C.";
        CSLItemData d = new CSLItemDataBuilder().title("Foreign Relations of the United States 1961–1963").volume("X").build();
        assertSame(d, ItalicVolumes.mend(d, e));
    }
}
