package org.opis.reflist;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An article set as DSTU 8302:2015 and GOST R 7.0.100-2018 allow, without the {@code //} before the journal: {@code
 * Акімова Н. Розуміння тексту. Психолінгвістика. 2018. 24 (1) С. 27–46.}, {@code … Інноваційна педагогіка. Вип. 12.
 * Т. 1. 2019. С. 23–26.} — the title, the journal, a sentence that is the year alone, the numbering and the labelled
 * pages, all read as one title when nothing else set them apart. Taken apart only when the title closes with that
 * year, numbering and pages, and the entry has no container or date yet: the first sentence is the title, the
 * sentences up to the year the journal.
 */
final class UnslashedArticles {
    private UnslashedArticles() {
    }

    private static final List<String> VOLUME = org.opis.lexicon.Labels.of(org.opis.lexicon.Labels.LIST, "volume");
    private static final List<String> ISSUE = org.opis.lexicon.Labels.of(org.opis.lexicon.Labels.LIST, "issue");
    private static final Pattern TAIL = Pattern.compile(
            "^(.+?)\\.\\s(.+?)\\.\\s((?:1[6-9]|20)\\d{2})\\.\\s(.*?)\\s?[СсCcSsPp]\\.\\s?(\\d+(?:\\s?[–—-]\\s?\\d+)?)\\.?$");
    /** One piece of numbering: "24 (1)" (volume and issue), or a label of labels.tsv and its number ("Вип. 12", "№ 4"). */
    private static final Pattern PIECE = Pattern.compile("\\s*(?:(\\d{1,4})\\s?\\((\\d{1,4}(?:[–-]\\d{1,4})?)\\)|(\\p{L}{1,6}\\.|№)\\s?(\\d{1,4}(?:[–-]\\d{1,4})?))[.,]?");

    /** Takes the journal, year, volume, issue and pages out of a title that swallowed them. */
    static void take(Draft d) {
        if (d.title == null || d.containerTitle != null || d.issued != null || d.page != null) return;
        Matcher m = TAIL.matcher(d.title.strip());
        if (!m.matches()) return;
        String journal = m.group(2).strip();
        String numbering = m.group(4);
        // numbering before the year ("Інноваційна педагогіка. Вип. 12. Т. 1. 2019."): the journal's last sentences
        while (true) {
            int dot = journal.lastIndexOf(". ");
            if (dot < 0) break;
            String last = journal.substring(dot + 2);
            String left = journal.substring(0, dot);
            int cut = left.lastIndexOf(". ");
            String label = cut < 0 ? left : left.substring(cut + 2);
            if (last.matches("\\d{1,4}") && (VOLUME.contains(label + ".") || ISSUE.contains(label + "."))) {
                numbering = label + ". " + last + ". " + numbering;
                journal = cut < 0 ? "" : left.substring(0, cut);
            } else {
                break;
            }
        }
        if (journal.isEmpty()) return;
        String[] vi = numbers(numbering);
        if (vi == null) return;
        d.title = m.group(1).strip();
        d.containerTitle = journal;
        d.issued = new int[][]{{Integer.parseInt(m.group(3))}};
        if (vi[0] != null) d.volume = vi[0];
        if (vi[1] != null) d.issue = vi[1];
        d.page = m.group(5).replaceAll("\\s", "");
        d.type = "article-journal";
    }

    /** The volume and issue of the numbering, or null when a piece of it is not understood. */
    private static String[] numbers(String numbering) {
        String[] vi = new String[2];
        Matcher p = PIECE.matcher(numbering);
        int at = 0;
        while (at < numbering.length() && p.find(at) && p.start() == at) {
            if (p.group(1) != null) {
                vi[0] = p.group(1);
                vi[1] = p.group(2);
            } else if (VOLUME.contains(p.group(3))) {
                vi[0] = p.group(4);
            } else if (ISSUE.contains(p.group(3))) {
                vi[1] = p.group(4);
            } else {
                return null;
            }
            at = p.end();
        }
        return numbering.substring(at).isBlank() ? vi : null;
    }
}
