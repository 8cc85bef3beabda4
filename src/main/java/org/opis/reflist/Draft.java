package org.opis.reflist;

import de.undercouch.citeproc.csl.CSLDate;
import de.undercouch.citeproc.csl.CSLDateBuilder;
import de.undercouch.citeproc.csl.CSLItemData;
import de.undercouch.citeproc.csl.CSLItemDataBuilder;
import de.undercouch.citeproc.csl.CSLName;
import de.undercouch.citeproc.csl.CSLType;
import org.opis.model.Diagnostic;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The fields of one entry while it is being read (mutable, local to one parse). */
final class Draft {
    int start;
    int end;
    String type = "book";
    List<CSLName> authors = new ArrayList<>();
    List<CSLName> editors = new ArrayList<>();
    List<CSLName> translators = new ArrayList<>();
    List<CSLName> compilers = new ArrayList<>();
    String title;
    String titleShort;
    String containerTitle;
    String collectionTitle;
    String collectionNumber;
    String publisher;
    String place;
    String volume;
    String numberOfVolumes;
    String numberOfPages;
    String issue;
    String page;
    String edition;
    String genre;
    String status;
    final List<CSLName> containerAuthors = new ArrayList<>();
    String url;
    String doi;
    String isbn;
    String issn;
    int season;
    String archive;
    String callNumber;
    String annote;
    String language;
    String yearSuffix;
    int[][] issued;
    int[] accessed;
    boolean archiveRecord;
    /** The title ended at a closing ", [Place,] Publisher, Year" written with commas (French lists): a lone name there is the publisher. */
    boolean commaImprint;
    /** The entry opened with a word naming a periodical ("Tạp chí", "газета"): its name is the container. */
    boolean periodical;
    /** The year was written in parentheses right after the names (APA, author-date): the imprint may be a lone publisher. */
    boolean yearAfterNames;
    /** The entry opened with the names, the year in parentheses and a colon ({@link YearColonHeads}): a lone imprint name is the place. */
    boolean yearColonHead;
    final List<String> notes = new ArrayList<>();
    final List<Diagnostic> defects = new ArrayList<>();
    final Map<String, String> extra = new LinkedHashMap<>();

    /** The names a following ditto mark repeats. */
    List<CSLName> headNames() {
        if (!authors.isEmpty()) return authors;
        if (!editors.isEmpty()) return editors;
        return compilers;
    }

    CSLItemData build(String id) {
        CSLItemDataBuilder b = new CSLItemDataBuilder().id(id).type(CSLType.fromString(type));
        if (!authors.isEmpty()) b.author(authors.toArray(new CSLName[0]));
        if (!editors.isEmpty()) b.editor(editors.toArray(new CSLName[0]));
        if (!translators.isEmpty()) b.translator(translators.toArray(new CSLName[0]));
        if (!compilers.isEmpty()) b.compiler(compilers.toArray(new CSLName[0]));
        // a comma or semicolon closing a title is the note's punctuation, kept inside the italics (*Title,*)
        if (title != null) b.title(title.endsWith(",") || title.endsWith(";") ? title.substring(0, title.length() - 1).strip() : title);
        if (titleShort != null) b.titleShort(titleShort);
        if (containerTitle != null) b.containerTitle(containerTitle);
        if (collectionTitle != null) b.collectionTitle(collectionTitle);
        if (collectionNumber != null) b.collectionNumber(collectionNumber);
        if (publisher != null) b.publisher(publisher);
        if (place != null) b.publisherPlace(place);
        if (volume != null) b.volume(volume);
        if (numberOfVolumes != null) b.numberOfVolumes(numberOfVolumes);
        if (numberOfPages != null) b.numberOfPages(numberOfPages);
        if (issue != null) b.issue(issue);
        if (page != null) b.page(page);
        if (edition != null) b.edition(edition);
        if (genre != null) b.genre(genre);
        if (status != null) b.status(status);
        if (!containerAuthors.isEmpty()) b.containerAuthor(containerAuthors.toArray(new CSLName[0]));
        if (url != null) b.URL(url);
        if (doi != null) b.DOI(doi);
        if (isbn != null) b.ISBN(isbn);
        if (issn != null) b.ISSN(issn);
        if (archive != null) b.archive(archive);
        if (callNumber != null) b.callNumber(callNumber);
        if (annote != null) b.annote(annote);
        if (language != null) b.language(language);
        if (yearSuffix != null) b.yearSuffix(yearSuffix);
        if (issued != null) b.issued(season > 0 ? new CSLDateBuilder().dateParts(issued).season(season).build() : date(issued));
        if (accessed != null) b.accessed(new CSLDateBuilder().dateParts(accessed).build());
        if (!notes.isEmpty()) b.note(String.join("; ", notes));
        return TypeShapes.retype(b.build());
    }

    private static CSLDate date(int[][] parts) {
        return new CSLDateBuilder().dateParts(parts).build();
    }
}
