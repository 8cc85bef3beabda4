package org.opis.reflist;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ItalicContainersTest {

    private static FieldChooser.Readings publisherVsContainer(String name) {
        String k = name.toLowerCase().replaceAll("[^\\p{L}\\d]", "");
        return new FieldChooser.Readings(Map.of("publisher", k), Map.of("container-title", k), Map.of(),
                Map.of("publisher", name), Map.of("container-title", name));
    }

    @Test
    void aPlainSiteNameStaysThePublisher() {
        // references/wikipedia-history-of-cuba: cite web's plain publisher
        String e = "\"US welcomes Cuba decision to end foreign travel permits\". BBC. 16 October 2012. Retrieved 21 October 2012.";
        assertEquals(List.of(), ItalicContainers.mend(List.of("container-title", "publisher"), e, publisherVsContainer("BBC")));
    }

    @Test
    void anItalicNameIsTheContainer() {
        // references/wikipedia-history-of-cuba: cite web's italic website
        String e = "\"Spanish-Cuban-American War – History of Cuba\". _www.historyofcuba.com_. Retrieved 29 May 2020.";
        assertEquals(List.of("publisher", "container-title"), ItalicContainers.mend(List.of(), e, publisherVsContainer("www.historyofcuba.com")));
    }
}
