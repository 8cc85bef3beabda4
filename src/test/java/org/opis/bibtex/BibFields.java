package org.opis.bibtex;

import org.jbibtex.BibTeXDatabase;
import org.jbibtex.BibTeXEntry;
import org.jbibtex.BibTeXParser;
import org.jbibtex.BibTeXString;
import org.jbibtex.Key;
import org.jbibtex.Value;

import java.io.StringReader;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Test helper: a .bib file as key → (type, normalised fields), read with JBibTeX independently of
 * opis's reader, for field-by-field round-trip comparison. The normalisation (documented in the
 * report) is: entry types and field names lower-case; biblatex and BibTeX names of the same field
 * unified (address/location, journal/journaltitle, annote/annotation); values LaTeX-decoded to
 * Unicode with braces dropped and white space collapsed; names compared as parsed names; dates
 * (year/month/day or date) compared as CSL date parts; page dashes (- – --) unified.
 */
final class BibFields {

    record Entry(String type, Map<String, String> fields) {
    }

    private static final Map<String, String> ALIAS = Map.of("location", "address", "journaltitle", "journal",
            "annotation", "annote");

    static Map<String, Entry> read(String text) throws Exception {
        Map<String, Entry> out = new LinkedHashMap<>();
        BibTeXParser parser = new BibTeXParser() {
            @Override
            public void checkStringResolution(Key key, BibTeXString string) {
            }

            @Override
            public void checkCrossReferenceResolution(Key key, BibTeXEntry entry) {
            }
        };
        for (EntrySplitter.Block b : EntrySplitter.split(text)) {
            if (List.of("comment", "preamble", "include").contains(b.type())) continue;
            BibTeXDatabase db = parser.parse(new StringReader(text.substring(b.start(), b.end())));
            for (BibTeXString s : db.getStrings().values()) parser.addMacro(s);
            for (BibTeXEntry e : db.getEntries().values()) {
                Map<String, String> raw = new LinkedHashMap<>();
                for (Map.Entry<Key, Value> f : e.getFields().entrySet()) {
                    raw.put(f.getKey().getValue().toLowerCase(Locale.ROOT), f.getValue().toUserString());
                }
                out.put(e.getKey().getValue(), new Entry(e.getType().getValue().toLowerCase(Locale.ROOT), normalise(raw)));
            }
        }
        return out;
    }

    private static Map<String, String> normalise(Map<String, String> raw) {
        Map<String, String> n = new TreeMap<>();
        LaTeX latex = LaTeX.standard();
        Map<String, Object> date;
        if (raw.containsKey("date")) {
            date = BibDates.fromIso(latex.decode(raw.get("date")).text());
        } else if (raw.containsKey("year")) {
            date = BibDates.fromClassic(latex.decode(raw.get("year")).text(), Optional.ofNullable(raw.get("month")), Optional.ofNullable(raw.get("day")));
        } else {
            date = null;
        }
        if (date != null) n.put("(date)", date.toString());
        for (Map.Entry<String, String> f : raw.entrySet()) {
            String name = ALIAS.getOrDefault(f.getKey(), f.getKey());
            if (name.equals("date") || name.equals("year") || (date != null && name.equals("month") && BibDates.monthUnderstood(f.getValue()))
                    || (date != null && name.equals("day"))) {
                continue;
            }
            String v = f.getValue();
            String value;
            if (List.of("author", "editor", "translator", "bookauthor").contains(name)) {
                // independent of opis's name reader: per name (split on "and"), the sorted words, decoded, without braces and commas
                List<String> names = new java.util.ArrayList<>();
                for (String part : v.split("\\s+and\\s+")) {
                    String decoded = latex.decode(part).text().replace(",", " ").trim();
                    List<String> words = new java.util.ArrayList<>(List.of(decoded.split("\\s+")));
                    java.util.Collections.sort(words);
                    names.add(String.join(" ", words));
                }
                value = names.toString();
            } else if (List.of("url", "doi", "file", "pmid", "pmcid", "eprint").contains(name)) {
                value = v.trim();
            } else {
                value = latex.decode(v).text();
                if (name.equals("pages")) value = value.replaceAll("\\s*[-\u2013]+\\s*", "-");
                if (name.equals("month")) value = BibDates.month(v).map(String::valueOf).orElse(value);
            }
            n.put(name, value);
        }
        return n;
    }
}
