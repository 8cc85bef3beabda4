package org.opis.reflist;

/**
 * The CSL type of an entry once its fields are read, from how its title was marked and which fields it has: a
 * chapter after "In", an article of a journal, magazine or newspaper or a web page after a quoted title, a book,
 * periodical, newspaper article or web page after an italic or plain one. A thesis and a declared archive keep theirs.
 */
final class TypeChoice {
    private TypeChoice() {
    }

    /** Sets the draft's type; {@code dayDate} tells that a full date with its day was read after the title. */
    static void choose(TitleKind kind, boolean chapter, boolean dayDate, Draft d) {
        if (d.type.equals("thesis") || d.archiveRecord) return;
        boolean pub = d.place != null || d.publisher != null;
        if (chapter) {
            d.type = "chapter";
            return;
        }
        if (kind == TitleKind.QUOTED || (kind == TitleKind.PLAIN && d.containerTitle != null)) {
            if (d.containerTitle != null) {
                if (d.issue != null || (d.volume != null && !pub)) d.type = "article-journal";
                else if (d.url != null && !pub) d.type = "webpage";
                else if (dayDate) d.type = "article-newspaper";
                else if (d.issued != null && d.issued[0].length == 2 && !pub) d.type = "article-magazine";
                else if (pub) d.type = "chapter";
                else d.type = "article-journal";
            } else {
                if (d.url != null && !pub) d.type = "webpage";
                else if (pub) d.type = "book";
                else d.type = "document";
            }
            return;
        }
        // italic or plain title: book-like
        boolean named = !d.authors.isEmpty() || !d.editors.isEmpty();
        if (d.containerTitle == null && !named && d.issue != null && d.volume == null) {
            d.type = "periodical";
        } else if (d.containerTitle == null && dayDate && d.publisher == null) {
            d.type = "article-newspaper";
            d.containerTitle = d.title;
            d.title = null;
        } else if (d.url != null && !pub) {
            d.type = "webpage";
        } else if (d.containerTitle != null && d.issue != null) {
            d.type = "article-journal";
        } else {
            d.type = "book";
        }
    }
}
