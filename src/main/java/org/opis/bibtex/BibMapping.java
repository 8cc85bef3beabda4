package org.opis.bibtex;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The correspondence between CSL (the record model of opis) and BibTeX / biblatex: entry types,
 * fields and language names, read from the data files {@code types.tsv}, {@code import-types.tsv},
 * {@code fields.tsv} and {@code languages.tsv} beside this class. Loaded once, read-only.
 */
public final class BibMapping {

    /** How a field's value is written and read. */
    public enum Kind {
        /** A title: LaTeX-encoded and protected from case changes. */
        TITLE,
        /** Plain text, LaTeX-encoded. */
        TEXT,
        /** A name list ({@code Family, Given and …}). */
        NAMES,
        /** A date ({@code year} or {@code date}, {@code urldate}). */
        DATE,
        /** A page range ({@code 83--97}). */
        PAGES,
        /** Written and read as is (URLs, DOIs): no LaTeX. */
        VERBATIM,
        /** A language: a CSL code such as {@code ru} written as a babel name such as {@code russian}. */
        LANGUAGE
    }

    /** One row of {@code fields.tsv}: a CSL variable and the field carrying it in each flavour. */
    public record FieldRule(String csl, Kind kind, Optional<String> bibtex, Optional<String> biblatex, Set<String> types) {
        /** True when the row applies to this entry type (lower case). */
        public boolean appliesTo(String entryType) {
            return types.isEmpty() || types.contains(entryType);
        }

        /** The field written in a flavour, if that flavour has one. */
        public Optional<String> field(Flavour f) {
            return f == Flavour.BIBTEX ? bibtex : biblatex;
        }

        boolean names(String field) {
            return bibtex.filter(field::equals).isPresent() || biblatex.filter(field::equals).isPresent();
        }
    }

    /** One row of {@code types.tsv}: a CSL type and the entry type written for it. */
    public record TypeRule(String csl, String bibtex, String biblatex, Optional<String> subtype) {
        /** The entry type written in a flavour. */
        public String type(Flavour f) {
            return f == Flavour.BIBTEX ? bibtex : biblatex;
        }
    }

    private static final BibMapping STANDARD = load();

    private final Map<String, TypeRule> exportTypes;
    private final Map<String, String> importTypes;
    private final List<FieldRule> fields;
    private final Map<String, String> babelByCode;
    private final Map<String, String> codeByBabel;

    private BibMapping(Map<String, TypeRule> exportTypes, Map<String, String> importTypes, List<FieldRule> fields,
                       Map<String, String> babelByCode, Map<String, String> codeByBabel) {
        this.exportTypes = Map.copyOf(exportTypes);
        this.importTypes = Map.copyOf(importTypes);
        this.fields = List.copyOf(fields);
        this.babelByCode = Map.copyOf(babelByCode);
        this.codeByBabel = Map.copyOf(codeByBabel);
    }

    /** The mapping shipped with opis. */
    public static BibMapping standard() {
        return STANDARD;
    }

    private static BibMapping load() {
        Map<String, TypeRule> exportTypes = new LinkedHashMap<>();
        for (String[] r : Tsv.rows("types.tsv")) {
            exportTypes.putIfAbsent(r[0], new TypeRule(r[0], r[1], r[2], dash(r[3])));
        }
        Map<String, String> importTypes = new LinkedHashMap<>();
        for (String[] r : Tsv.rows("import-types.tsv")) importTypes.putIfAbsent(r[0], r[1]);
        List<FieldRule> fields = new ArrayList<>();
        for (String[] r : Tsv.rows("fields.tsv")) {
            Set<String> types = r[4].equals("*") ? Set.of() : Set.copyOf(Arrays.asList(r[4].split(",")));
            fields.add(new FieldRule(r[0], Kind.valueOf(r[1].toUpperCase(Locale.ROOT)), dash(r[2]), dash(r[3]), types));
        }
        Map<String, String> babelByCode = new LinkedHashMap<>();
        Map<String, String> codeByBabel = new LinkedHashMap<>();
        for (String[] r : Tsv.rows("languages.tsv")) {
            babelByCode.putIfAbsent(r[0].toLowerCase(Locale.ROOT), r[1]);
            codeByBabel.putIfAbsent(r[1].toLowerCase(Locale.ROOT), r[0]);
        }
        return new BibMapping(exportTypes, importTypes, fields, babelByCode, codeByBabel);
    }

    private static Optional<String> dash(String s) {
        return s.equals("-") || s.isEmpty() ? Optional.empty() : Optional.of(s);
    }

    /** The entry type for a CSL type (CSL types not listed are written as {@code misc}). */
    public TypeRule exportType(String cslType) {
        TypeRule t = exportTypes.get(cslType);
        return t != null ? t : new TypeRule(cslType, "misc", "misc", Optional.empty());
    }

    /** The CSL type for an entry type and its biblatex {@code entrysubtype}, if the type is known. */
    public Optional<String> importType(String entryType, Optional<String> subtype) {
        String t = entryType.toLowerCase(Locale.ROOT);
        if (subtype.isPresent()) {
            String s = importTypes.get(t + "[" + subtype.get().toLowerCase(Locale.ROOT) + "]");
            if (s != null) return Optional.of(s);
        }
        return Optional.ofNullable(importTypes.get(t));
    }

    /** True when {@code entrysubtype} is implied by the CSL type the entry maps to (so it need not be kept). */
    public boolean subtypeIsImplied(String entryType, String subtype) {
        return importTypes.containsKey(entryType.toLowerCase(Locale.ROOT) + "[" + subtype.toLowerCase(Locale.ROOT) + "]");
    }

    /** All field rows, in file order. */
    public List<FieldRule> fields() {
        return fields;
    }

    /**
     * The row used to write a CSL variable in an entry of this type, if the variable is carried
     * in that flavour (the first row matching the type decides).
     */
    public Optional<FieldRule> exportRule(String cslVariable, String entryType, Flavour f) {
        for (FieldRule r : fields) {
            if (r.csl().equals(cslVariable) && r.appliesTo(entryType)) {
                return r.field(f).isPresent() ? Optional.of(r) : Optional.empty();
            }
        }
        return Optional.empty();
    }

    /** The row that reads a field (either flavour's name) of an entry of this type. */
    public Optional<FieldRule> importRule(String field, String entryType) {
        String f = field.toLowerCase(Locale.ROOT);
        String t = entryType.toLowerCase(Locale.ROOT);
        for (FieldRule r : fields) {
            if (r.names(f) && r.appliesTo(t)) return Optional.of(r);
        }
        return Optional.empty();
    }

    /** The babel/polyglossia name for a CSL language code ({@code ru} → {@code russian}); tries the primary subtag too. */
    public Optional<String> babel(String code) {
        String c = code.trim().toLowerCase(Locale.ROOT).replace('_', '-');
        String b = babelByCode.get(c);
        if (b == null && c.contains("-")) b = babelByCode.get(c.substring(0, c.indexOf('-')));
        if (b == null && codeByBabel.containsKey(c)) b = c; // already a babel name
        return Optional.ofNullable(b);
    }

    /** The CSL language code for a babel name ({@code russian} → {@code ru}), or the value itself when it is already a code. */
    public Optional<String> languageCode(String babelOrCode) {
        String c = babelOrCode.trim().toLowerCase(Locale.ROOT);
        String code = codeByBabel.get(c);
        if (code != null) return Optional.of(code);
        if (babelByCode.containsKey(c)) return Optional.of(babelOrCode.trim());
        return Optional.empty();
    }

    /** True when a CSL language code is English (or unset and therefore treated as English by styles). */
    public static boolean english(String code) {
        String c = code.trim().toLowerCase(Locale.ROOT);
        return c.equals("en") || c.startsWith("en-") || c.equals("english") || c.equals("american") || c.equals("british");
    }
}
