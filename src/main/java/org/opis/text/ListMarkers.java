package org.opis.text;

/** The marks that open an item of a bulleted list, as word processors, converters and wikis leave them in text. */
public final class ListMarkers {

    /**
     * A regular-expression character class of bullets: ASCII ({@code - * +}), the en dash, typographic bullets ({@code • ▪ ◦ ● ○
     * ■ □ ► ▸ ‣ ⁃ ∙}) and the private-use glyphs (U+F000–U+F0FF) that the bullets of Word's Symbol and Wingdings fonts become
     * when a document is saved as text ({@code } U+F0A7, {@code } U+F0B7).
     */
    public static final String BULLET = "[-*+•–▪◦●○■□►▸‣⁃∙\\uF000-\\uF0FF]";

    private ListMarkers() {
    }
}
