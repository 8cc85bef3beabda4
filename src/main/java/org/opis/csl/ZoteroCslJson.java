package org.opis.csl;

import org.opis.model.CslRecords;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.text.Normalizer2;
import org.opis.model.ParsedRecords;
import org.opis.model.Reference;
import org.opis.text.SourceText;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * CSL-JSON tuned for Zotero's importer (File → Import…). Zotero keeps a CSL variable only when it
 * maps to a field of the item's Zotero type; everything else it would drop (archive-place,
 * archive_collection, original-title, variables its type lacks, creator roles it lacks) is written
 * into {@code note} as {@code key: value} lines, which Zotero stores in the item's Extra field and
 * its citation processor reads back. Built on {@link CslJson}: the item is the strict CSL-JSON item,
 * re-sorted into real fields and Extra lines.
 */
public final class ZoteroCslJson {

    /**
     * Key in {@link Reference#extra()} marking a manuscript item built from an archival citation used in
     * the note's text (not an entry of its reference list). Such items are exported one per cited
     * document, deduplicated by archive and location, titled from the location when they have no title.
     */
    public static final String CITED_ARCHIVAL = "opis:cited-archival";

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final JsonNodeFactory F = JsonNodeFactory.instance;
    private static final Normalizer2 NFKC = Normalizer2.getNFKCInstance();

    /** Where a CSL variable ends up in Zotero. */
    public enum Where {
        /** a real Zotero field (nothing lost) */
        FIELD,
        /** a {@code key: value} line of Extra (kept, but no longer a field of its own) */
        EXTRA,
        /** kept as a field, but altered (e.g. name particles folded into the last name) */
        CHANGED
    }

    /**
     * What happened to one CSL variable of a record.
     *
     * @param variable    the CSL variable ({@code original-title}, {@code editor}, {@code type}, …)
     * @param where       field, Extra line, or changed
     * @param zoteroField the Zotero field it fills ({@code extra} for an Extra line)
     * @param detail      a plain sentence saying why
     */
    public record Placement(String variable, Where where, String zoteroField, String detail) {
    }

    /**
     * One record as Zotero will import it.
     *
     * @param id         the item id
     * @param zoteroType the Zotero item type Zotero's importer will choose
     * @param json       the CSL-JSON object written
     * @param placements what happened to each variable that is not simply a field (moved or changed)
     */
    public record Item(String id, ZoteroItemTypes.ItemType zoteroType, ObjectNode json, List<Placement> placements) {
        public Item {
            placements = List.copyOf(placements);
        }
    }

    /**
     * Export options.
     *
     * @param includeArchives also export the note's archives themselves (reference entries that declare
     *                        an archive rather than a work), as Document items
     */
    public record Options(boolean includeArchives) {
        /** The default: archives themselves are not exported as works. */
        public static final Options DEFAULT = new Options(false);
    }

    private ZoteroCslJson() {
    }

    /**
     * A record for an archival document cited in the note's text (a CSL {@code manuscript} item with
     * {@code archive} and {@code archive_location}), marked so that the Zotero export writes it once per
     * document among the works.
     *
     * @param id   the item id
     * @param item the CSL item (from the archival engine)
     * @param span where the citation is
     * @param raw  the citation as written
     */
    public static Reference citedDocument(String id, de.undercouch.citeproc.csl.CSLItemData item, org.opis.model.Span span, String raw) {
        return CslRecords.reference(id, item, span, raw, List.of(), false, Map.of(CITED_ARCHIVAL, "true"));
    }

    // ------------------------------------------------------------------------------------------ write

    /** The records as Zotero-flavoured CSL-JSON text (an array, ending with a newline). */
    public static String write(List<Reference> references, Options options) {
        try {
            return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(array(references, options)) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Zotero CSL-JSON serialisation failed", e);
        }
    }

    /** The records as a Zotero-flavoured CSL-JSON array. */
    public static ArrayNode array(List<Reference> references, Options options) {
        ArrayNode a = F.arrayNode();
        for (Reference r : exported(references, options)) a.add(convert(r).json());
        return a;
    }

    /**
     * The records that are written, in order: the works of the list (and its archives only when asked),
     * then one manuscript item per archival document cited in the text (marked {@link #CITED_ARCHIVAL}),
     * deduplicated, with ids made unique.
     */
    public static List<Reference> exported(List<Reference> references, Options options) {
        List<Reference> works = new ArrayList<>();
        List<Reference> cited = new ArrayList<>();
        for (Reference r : references) {
            if (r.extra().containsKey(CITED_ARCHIVAL)) cited.add(r);
            else if (!r.archive() || options.includeArchives()) works.add(r);
        }
        List<Reference> out = new ArrayList<>(works);
        out.addAll(archivalDocuments(cited, works));
        return out;
    }

    /**
     * The records of {@link #exported} given one at a time, in the same order: a work is passed on at once
     * (or left out, as {@link #exported} leaves the note's archives out), a cited archival document is held
     * until {@link #finish}, which passes on one item per document. Only the works' ids and document keys
     * are kept, so a streamed export holds no work.
     */
    public static final class Exporting {
        private final Options options;
        private final java.util.function.Consumer<Reference> out;
        private final Set<String> ids = new HashSet<>();
        private final Set<String> seen = new HashSet<>();
        private final List<Reference> cited = new ArrayList<>();

        /** Passes the exported records on to {@code out}. */
        public Exporting(Options options, java.util.function.Consumer<Reference> out) {
            this.options = options;
            this.out = out;
        }

        /** The next record of the input. */
        public void add(Reference r) {
            if (r.extra().containsKey(CITED_ARCHIVAL)) {
                cited.add(r);
            } else if (!r.archive() || options.includeArchives()) {
                ids.add(r.id());
                key(r).ifPresent(seen::add);
                out.accept(r);
            }
        }

        /** Passes on the cited archival documents, one item each. */
        /** {@link #add}, with an {@link java.io.IOException} of the writer (wrapped by the consumer) thrown again as itself. */
        public void addWriting(Reference r) throws java.io.IOException {
            try {
                add(r);
            } catch (java.io.UncheckedIOException e) {
                throw e.getCause();
            }
        }

        /** {@link #finish}, with an {@link java.io.IOException} of the writer thrown again as itself. */
        public void finishWriting() throws java.io.IOException {
            try {
                finish();
            } catch (java.io.UncheckedIOException e) {
                throw e.getCause();
            }
        }

        public void finish() {
            archivalDocuments(cited, ids, seen).forEach(out);
            cited.clear();
        }
    }

    /**
     * One item per cited archival document: citations of the same archive and location (compared
     * after Unicode normalisation, case folding and removal of spaces) become one item; a document
     * that is already an entry of the list is not repeated; an item without a title gets one built from
     * its archive and location; ids are made unique against the list's own.
     */
    public static List<Reference> archivalDocuments(List<Reference> cited, List<Reference> works) {
        Set<String> seen = new HashSet<>();
        Set<String> ids = new HashSet<>();
        for (Reference w : works) {
            ids.add(w.id());
            key(w).ifPresent(seen::add);
        }
        return archivalDocuments(cited, ids, seen);
    }

    /** {@link #archivalDocuments(List, List)} given only the works' ids and document keys (both sets are added to). */
    private static List<Reference> archivalDocuments(List<Reference> cited, Set<String> ids, Set<String> seen) {
        List<Reference> out = new ArrayList<>();
        for (Reference c : cited) {
            Optional<String> k = key(c);
            if (k.isPresent() && !seen.add(k.get())) continue;
            ObjectNode node = CslJson.item(c);
            if (!node.hasNonNull("type") || !ZoteroItemTypes.standard().knowsCslType(node.get("type").asText())) {
                node.put("type", "manuscript");
            }
            if (node.path("title").asText("").isBlank()) {
                String title = builtTitle(node.path("archive").asText(""), node.path("archive_location").asText(""));
                if (!title.isEmpty()) node.put("title", title);
            }
            String id = c.id();
            for (int n = 2; ids.contains(id); n++) id = c.id() + "-" + n;
            ids.add(id);
            node.put("id", id);
            out.add(rebuild(c, node, id));
        }
        return out;
    }

    /** The title given to an archival document known only by its place: "ARCHIVE, LOCATION". */
    static String builtTitle(String archive, String location) {
        String a = archive.strip();
        String l = location.strip();
        if (a.isEmpty()) return l;
        if (l.isEmpty()) return a;
        return a + ", " + l;
    }

    private static Optional<String> key(Reference r) {
        String archive = nz(CslRecords.csl(r).getArchive());
        String location = nz(CslRecords.csl(r).getArchiveLocation());
        if (location.isBlank()) return Optional.empty();
        return Optional.of(normal(archive) + "\u0000" + normal(location));
    }

    private static String normal(String s) {
        String folded = UCharacter.foldCase(NFKC.normalize(s), true);
        StringBuilder b = new StringBuilder(folded.length());
        folded.codePoints().filter(cp -> !Character.isWhitespace(cp) && !Character.isSpaceChar(cp)).forEach(b::appendCodePoint);
        while (b.length() > 0 && (b.charAt(b.length() - 1) == '.' || b.charAt(b.length() - 1) == ',')) b.setLength(b.length() - 1);
        return b.toString();
    }

    /** One record as Zotero will import it: which variables stay fields and which become Extra lines. */
    public static Item convert(Reference r) {
        ZoteroItemTypes types = ZoteroItemTypes.standard();
        ObjectNode src = CslJson.item(r);
        String cslType = src.path("type").asText("");
        boolean written = types.knowsCslType(cslType) && types.isImportable(cslType);
        ZoteroItemTypes.ItemType zt = written ? types.forItem(src) : types.forCslType("document");
        List<Placement> placements = new ArrayList<>();
        List<String> lines = new ArrayList<>();

        ObjectNode out = F.objectNode();
        out.put("id", r.id());
        if (written) {
            out.put("type", cslType);
        } else {
            out.put("type", zt.cslType());
            if (!cslType.isEmpty()) {
                lines.add("type: " + cslType);
                placements.add(new Placement("type", Where.EXTRA, "extra", types.knowsCslType(cslType)
                        ? "Zotero's CSL JSON import refuses a file with the CSL type " + cslType + "; written as "
                                + label(zt) + " with the CSL type in Extra, from which Zotero sets its own type"
                        : "Zotero has no item type for the CSL type " + cslType + "; it becomes " + label(zt)
                                + " and the CSL type is kept in Extra"));
            }
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = src.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> f = it.next();
            String var = f.getKey();
            JsonNode value = f.getValue();
            if (var.equals("id") || var.equals("type") || var.equals("note") || value == null || value.isNull()) continue;
            Optional<ZoteroItemTypes.Kind> kind = types.kind(var);
            if (kind.isPresent() && kind.get() == ZoteroItemTypes.Kind.NAME && value.isArray()) {
                names(var, value, zt, out, lines, placements);
                continue;
            }
            Optional<String> field = zt.fieldFor(var);
            if (kind.isPresent() && field.isPresent() && !field.get().equals("extra")) {
                if (kind.get() == ZoteroItemTypes.Kind.DATE && value.isObject()) value = ZoteroDates.forField(var, (ObjectNode) value, lines);
                out.set(var, value);
                continue;
            }
            String text = lineValue(var, value, kind);
            lines.add(var + ": " + text);
            placements.add(new Placement(var, Where.EXTRA, "extra", kind.isEmpty()
                    ? var + " is not a CSL variable; kept in Extra"
                    : "Zotero's " + label(zt) + " has no field for " + var + "; kept in Extra as \"" + var + ": …\""));
        }
        if (zt.fieldFor("citation-key").isPresent() && !out.has("citation-key")) {
            out.put("citation-key", r.id());
        }
        String note = src.path("note").asText("");
        StringBuilder n = new StringBuilder();
        for (String l : lines) {
            if (n.length() > 0) n.append('\n');
            n.append(l);
        }
        if (!note.isBlank()) {
            if (n.length() > 0) n.append('\n');
            n.append(note);
        }
        if (n.length() > 0) out.put("note", n.toString());
        return new Item(r.id(), zt, out, placements);
    }

    private static void names(String var, JsonNode value, ZoteroItemTypes.ItemType zt, ObjectNode out,
                              List<String> lines, List<Placement> placements) {
        Optional<String> role = zt.creatorTypeFor(var);
        ArrayNode folded = F.arrayNode();
        boolean changed = false;
        for (JsonNode n : value) {
            if (!n.isObject()) continue;
            ObjectNode f = foldName((ObjectNode) n);
            changed |= !f.equals(n);
            folded.add(f);
        }
        if (role.isPresent()) {
            out.set(var, folded);
            if (changed) {
                placements.add(new Placement(var, Where.CHANGED, var,
                        "Zotero keeps only last and first name: particles and suffixes were folded into them"));
            }
            return;
        }
        for (JsonNode f : folded) lines.add(var + ": " + nameText(f));
        placements.add(new Placement(var, Where.EXTRA, "extra",
                "Zotero's " + label(zt) + " has no creator role for " + var + " (it would file these names as "
                        + zt.primaryCreatorType() + "); kept in Extra as \"" + var + ": Last || First\""));
    }

    /** A name as Zotero stores it: a single field (literal) or last and first name, particles folded in. */
    static ObjectNode foldName(ObjectNode n) {
        ObjectNode o = F.objectNode();
        String family = join(n.path("non-dropping-particle").asText(""), n.path("family").asText(""));
        String given = join(n.path("given").asText(""), n.path("dropping-particle").asText(""));
        String suffix = n.path("suffix").asText("");
        if (!suffix.isBlank()) given = given.isBlank() ? suffix : given + ", " + suffix;
        if (family.isBlank() && given.isBlank()) {
            String literal = n.path("literal").asText("");
            if (!literal.isBlank()) o.put("literal", literal);
            return o;
        }
        if (!family.isBlank()) o.put("family", family);
        if (!given.isBlank()) o.put("given", given);
        return o;
    }

    private static String nameText(JsonNode n) {
        if (n.has("literal")) return n.get("literal").asText();
        String family = n.path("family").asText("");
        String given = n.path("given").asText("");
        return given.isEmpty() ? family : family + " || " + given;
    }

    private static String lineValue(String var, JsonNode value, Optional<ZoteroItemTypes.Kind> kind) {
        if (kind.isPresent() && kind.get() == ZoteroItemTypes.Kind.DATE && value.isObject()) return dateText(value);
        if (value.isValueNode()) return oneLine(value.asText());
        return value.toString();
    }

    /** A CSL date as Zotero and citeproc-js read it in Extra: EDTF ({@code 1962-03-14}, {@code 1941/1945}) or the literal text. */
    static String dateText(JsonNode d) {
        if (d.hasNonNull("literal")) return oneLine(d.get("literal").asText());
        JsonNode parts = d.path("date-parts");
        if (parts.isArray() && parts.size() > 0) {
            StringBuilder b = new StringBuilder();
            for (int i = 0; i < parts.size() && i < 2; i++) {
                if (i > 0) b.append('/');
                JsonNode p = parts.get(i);
                for (int j = 0; j < p.size() && j < 3; j++) {
                    String s = p.get(j).asText();
                    if (j == 0) b.append(s);
                    else b.append('-').append(s.length() == 1 ? "0" + s : s);
                }
            }
            if (d.path("circa").asBoolean(false)) b.append('~');
            return b.toString();
        }
        if (d.hasNonNull("raw")) return oneLine(d.get("raw").asText());
        return d.toString();
    }

    private static String oneLine(String s) {
        if (s.indexOf('\n') < 0 && s.indexOf('\r') < 0) return s;
        return s.replace("\r\n", " ").replace('\n', ' ').replace('\r', ' ');
    }

    private static String label(ZoteroItemTypes.ItemType t) {
        return t.name();
    }

    private static String join(String a, String b) {
        a = a.strip();
        b = b.strip();
        if (a.isEmpty()) return b;
        if (b.isEmpty()) return a;
        return a + " " + b;
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    // ------------------------------------------------------------------------------------------- read

    /**
     * Reads Zotero-flavoured CSL-JSON (or what Zotero exports as CSL-JSON): the strict CSL-JSON reader,
     * then the {@code key: value} lines at the head of each item's note that name CSL variables are turned
     * back into variables (the rest of the note stays the note).
     */
    public static ParsedRecords read(SourceText source) {
        ParsedRecords pr = CslJson.read(source);
        List<Reference> lifted = new ArrayList<>(pr.references().size());
        for (Reference r : pr.references()) lifted.add(liftNote(r));
        return new ParsedRecords(lifted, pr.diagnostics());
    }

    /**
     * The record with the CSL variables written as {@code key: value} lines at the start of its note
     * turned back into variables. Lines whose key is no CSL variable, or names a variable the record
     * already has, stay in the note; the note's text from its first line that is not a {@code key: value}
     * line on is left as it is.
     */
    public static Reference liftNote(Reference r) {
        String note = nz(CslRecords.csl(r).getNote());
        if (note.isBlank()) return r;
        ZoteroItemTypes types = ZoteroItemTypes.standard();
        ObjectNode node = CslJson.item(r);
        Map<String, JsonNode> found = new LinkedHashMap<>();
        List<String> kept = new ArrayList<>();
        String[] lines = note.split("\r\n|\n|\r", -1);
        int i = 0;
        for (; i < lines.length; i++) {
            String line = lines[i];
            if (line.isBlank()) {
                kept.add(line);
                continue;
            }
            int colon = keyEnd(line);
            if (colon < 0) break; // prose: the head of key: value lines ends here
            String key = line.substring(0, colon).strip();
            if (!types.isCslVariable(key) && types.isCslVariable(key.replace('-', '_'))) key = key.replace('-', '_');
            String value = line.substring(colon + 1).strip();
            boolean liftable = !value.isEmpty() && !key.equals("note")
                    && (types.isCslVariable(key) || key.equals("type") && (types.isImportable(value) || types.knowsCslType(value)));
            // a variable the record already has stays a line of the note (nothing is overwritten or dropped)
            boolean taken = key.equals("type") ? !node.path("type").asText("document").equals("document")
                    : node.hasNonNull(key);
            // a range in Extra whose start is the Date field (as opis writes it for Zotero, see ZoteroDates) is the whole date
            if (taken && liftable && types.kind(key).orElse(null) == ZoteroItemTypes.Kind.DATE
                    && ZoteroDates.extendsField(node.get(key), parseDate(value))) taken = false;
            if (!liftable || taken) {
                kept.add(line);
                continue;
            }
            ZoteroItemTypes.Kind kind = key.equals("type") ? ZoteroItemTypes.Kind.TEXT : types.kind(key).orElseThrow();
            switch (kind) {
                case NAME -> {
                    JsonNode prev = found.get(key);
                    ArrayNode arr = prev instanceof ArrayNode a ? a : F.arrayNode();
                    arr.add(parseName(value));
                    found.put(key, arr);
                }
                case DATE -> found.put(key, parseDate(value));
                case LIST, OBJECT -> found.put(key, parseJson(value));
                default -> {
                    if (found.containsKey(key)) kept.add(line); // a second line for the same variable stays
                    else found.put(key, F.textNode(value));
                }
            }
        }
        if (found.isEmpty()) return r;
        for (int j = i; j < lines.length; j++) kept.add(lines[j]);
        found.forEach(node::set);
        String remainder = String.join("\n", kept).strip();
        if (remainder.isEmpty()) node.remove("note");
        else node.put("note", remainder);
        return rebuild(r, node, r.id());
    }

    /** Index of the colon ending a {@code key:} prefix made of letters, digits, spaces, hyphens and underscores; -1 if none. */
    private static int keyEnd(String line) {
        if (line.isEmpty() || !Character.isLetter(line.charAt(0))) return -1;
        for (int k = 0; k < line.length() && k < 64; k++) {
            char c = line.charAt(k);
            if (c == ':') return k;
            if (!(c < 128 && (Character.isLetterOrDigit(c) || c == ' ' || c == '-' || c == '_'))) return -1;
        }
        return -1;
    }

    private static JsonNode parseName(String v) {
        ObjectNode o = F.objectNode();
        int bar = v.indexOf("||");
        if (bar < 0) {
            o.put("literal", v.strip());
        } else {
            String family = v.substring(0, bar).strip();
            String given = v.substring(bar + 2).strip();
            if (!family.isEmpty()) o.put("family", family);
            if (!given.isEmpty()) o.put("given", given);
        }
        return o;
    }

    /** EDTF subset ({@code YYYY[-MM[-DD]]}, an interval with {@code /}, {@code ~} for circa) or a literal date. */
    static JsonNode parseDate(String v) {
        String s = v.strip();
        boolean circa = s.endsWith("~");
        if (circa) s = s.substring(0, s.length() - 1);
        String[] ends = s.split("/", -1);
        ArrayNode parts = F.arrayNode();
        if (ends.length <= 2) {
            for (String end : ends) {
                ArrayNode p = datePart(end);
                if (p == null) {
                    parts = null;
                    break;
                }
                parts.add(p);
            }
        } else {
            parts = null;
        }
        ObjectNode d = F.objectNode();
        if (parts == null) {
            d.put("literal", v.strip());
            return d;
        }
        d.set("date-parts", parts);
        if (circa) d.put("circa", true);
        return d;
    }

    private static ArrayNode datePart(String s) {
        String[] bits = s.split("-", -1);
        if (bits.length == 0 || bits.length > 3) return null;
        ArrayNode a = F.arrayNode();
        for (int k = 0; k < bits.length; k++) {
            String b = bits[k];
            if (b.isEmpty() || b.length() > (k == 0 ? 4 : 2)) return null;
            for (int c = 0; c < b.length(); c++) if (b.charAt(c) < '0' || b.charAt(c) > '9') return null;
            a.add(Integer.parseInt(b));
        }
        return a;
    }

    private static JsonNode parseJson(String v) {
        try {
            return MAPPER.readTree(v);
        } catch (JsonProcessingException e) {
            return F.textNode(v);
        }
    }

    /** A record rebuilt from an edited CSL-JSON object, keeping its provenance (span, raw text, defects). */
    private static Reference rebuild(Reference r, ObjectNode node, String id) {
        ArrayNode one = F.arrayNode();
        one.add(node);
        ParsedRecords pr = CslJson.read(new SourceText(id, one.toString()));
        Reference nr = pr.references().get(0);
        Map<String, String> extra = new LinkedHashMap<>();
        r.extra().forEach((k, v) -> {
            if (!k.startsWith(CslJson.EXTRA_PREFIX)) extra.put(k, v);
        });
        extra.putAll(nr.extra());
        return CslRecords.reference(id, CslRecords.csl(nr), r.span(), r.raw(), r.defects(), r.archive(), extra);
    }
}
