package org.opis.cite;

import org.opis.text.SourceReader;

/** Development aid: prints what the scanner finds in a note. */
final class ScanDump {
    public static void main(String[] a) throws Exception {
        var src = SourceReader.read(a[0]).source();
        var list = new CitationScanner(new BasicArchivalReader(), s -> true).scan(src);
        for (var c : list) {
            System.out.println(c.span() + "\tg" + c.group() + "\t" + c.form().word() + "\t" + c.kind().word() + "\t[" + c.text() + "]\twho=" + c.who()
                    + (c.byTitle() ? " (title)" : "") + "\tyear=" + c.year().map(CitedYear::display).orElse("-") + "\tloc=" + c.locators() + (c.inNotes() ? "\tNOTES" : ""));
        }
        System.out.println(list.size() + " citations");
    }
}
