package org.opis.reflist.tagger;

/** The field a token of a reference entry belongs to (CSL variable names where there is one). */
public enum Label {
    OTHER("other"), AUTHOR("author"), EDITOR("editor"), TRANSLATOR("translator"), TITLE("title"),
    CONTAINER_TITLE("container-title"), COLLECTION_TITLE("collection-title"), VOLUME("volume"),
    NUMBER_OF_VOLUMES("number-of-volumes"), ISSUE("issue"), PAGE("page"), EDITION("edition"),
    PUBLISHER("publisher"), PUBLISHER_PLACE("publisher-place"), DATE("issued"), GENRE("genre"), URL("URL"),
    ACCESSED("accessed"), IDENTIFIER("identifier"), ARCHIVE("archive"), ARCHIVE_LOCATION("archive_location"),
    NOTE("note"), LOCATOR("locator");

    private final String field;

    Label(String field) {
        this.field = field;
    }

    /** The CSL variable (or "other", "identifier" for DOI/ISBN/ISSN, "locator" for a pinpoint). */
    public String field() {
        return field;
    }

    static final Label[] ALL = values();
}
