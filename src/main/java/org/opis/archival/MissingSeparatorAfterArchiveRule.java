package org.opis.archival;

import org.opis.model.CodedRule;
import org.opis.model.Diagnostic;
import org.opis.model.Severity;

import java.util.List;

/** No comma (English style) or period (GOST style) between the archive and the first level, as in “AVPRF f. 0100”. */
final class MissingSeparatorAfterArchiveRule extends CodedRule implements ArchivalRule {

    MissingSeparatorAfterArchiveRule() {
        super("archival/missing-separator-after-archive", Severity.WARNING);
    }

    @Override
    public void check(Analysis a, List<Diagnostic> out) {
        if (a.elements.isEmpty() || a.continuation || a.scan.archiveText.isBlank()) return;
        Scan.Element first = a.elements.get(0);
        if (first.sepBefore != 0) return;
        if (a.labels().archiveJoin().equals(" ")) return; // "PRCFMA 109-00871-01": the number follows the archive directly
        if (referenceCode(a)) return; // "RS 002 F. 443", "HU BFL XXXV.15.a/4": a reference code joins its parts by spaces
        // the archive's name read before a comma, a description of it between the comma and the first level ("ԹԹ, ՆՆ.
        // թղթ. №30"): the separator is there, after the name
        int at = a.scan.archiveEnd;
        if (at < a.text.length() && (a.text.charAt(at) == ',' || a.text.charAt(at) == '.')) return;
        // a Chinese short form joined to its call number, as Chinese notes write it ("上档6-5-1216")
        if (at > 0 && at < a.text.length() && Character.isDigit(a.text.charAt(at))
                && Character.UnicodeScript.of(a.text.charAt(at - 1)) == Character.UnicodeScript.HAN) return;
        String sep = String.valueOf(a.separator());
        out.add(a.diag(code(), severity(), a.scan.archiveEnd, a.scan.archiveEnd,
                "no “" + sep + "” after the archive “" + a.scan.archiveText + "”",
                a.edit(a.scan.archiveEnd, a.scan.archiveEnd, sep)));
    }

    /**
     * Whether the archive is written as the head of an ISAD(G) reference code: its country code, a space or hyphen, and
     * its repository code ("RS 002", "BA ARSBL", "HU BFL"), after which the local reference follows with a space.
     */
    private static boolean referenceCode(Analysis a) {
        // the repository code read inside a reference code ("HR-DABJ-191", "SI_ZAL_NME/0249"): the country code before it
        int s = a.scan.archiveStart;
        if (s >= 3 && Character.isUpperCase(a.text.charAt(s - 3)) && Character.isUpperCase(a.text.charAt(s - 2))
                && "-–_".indexOf(a.text.charAt(s - 1)) >= 0 && (s == 3 || !Character.isLetter(a.text.charAt(s - 4)))) return true;
        String w = a.scan.archiveText.strip();
        return w.length() > 3 && Character.isUpperCase(w.charAt(0)) && Character.isUpperCase(w.charAt(1))
                && (w.charAt(2) == ' ' || w.charAt(2) == '-') && a.archive.isPresent()
                && a.archive.get().country().equals(w.substring(0, 2));
    }
}
