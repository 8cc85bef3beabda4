package org.opis.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.opis.archival.ArchivalCitation;
import org.opis.cite.ArchivalFinding;
import org.opis.cite.ArchivalReading;
import org.opis.cite.CheckSummary;
import org.opis.cite.CheckedCitation;
import org.opis.cite.CheckedNote;
import org.opis.cite.Locator;

import java.io.UncheckedIOException;
import java.util.List;

/**
 * The JSON document of {@code opis check --format json}:
 * {@code {"summary":{…},"references":[…],"citations":[…],"diagnostics":[…]}}, with references
 * shaped as in {@code opis parse --format json}, each citation as
 * {@code {"text","span","group","form","kind","status","resolvesTo","candidates","reason","locator","archival"}}
 * and the archival part as in {@code opis archival --format json}; a document check adds
 * {@code "noteCalls":[{"label","span","note":{"line","column"}|null}]} (numeric note calls joined to their notes).
 */
public final class CheckJson {

    private static final JsonNodeFactory F = JsonNodeFactory.instance;

    private CheckJson() {
    }

    /** The whole document as text (indented). */
    public static String write(CheckedNote note) {
        return write(note, List.of());
    }

    /** The whole document as text (indented), with the document's numeric note calls. */
    public static String write(CheckedNote note, List<NoteCallView> calls) {
        try {
            ObjectNode root = document(note);
            root.set("noteCalls", noteCalls(calls));
            return JsonShapes.MAPPER.writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The note calls: label, span, and the start of the note joined to (null: none). */
    public static ArrayNode noteCalls(List<NoteCallView> calls) {
        ArrayNode a = F.arrayNode();
        for (NoteCallView c : calls) {
            ObjectNode n = a.addObject();
            n.put("label", c.label());
            n.set("span", JsonShapes.span(c.span()));
            if (c.note().isPresent()) n.set("note", JsonShapes.span(c.note().get()));
            else n.putNull("note");
        }
        return a;
    }

    /** The whole document. */
    public static ObjectNode document(CheckedNote note) {
        ObjectNode root = F.objectNode();
        root.set("summary", summary(note.summary()));
        ArrayNode refs = root.putArray("references");
        note.references().forEach(r -> refs.add(JsonShapes.reference(r)));
        ArrayNode cits = root.putArray("citations");
        note.citations().forEach(c -> cits.add(citation(c)));
        root.set("diagnostics", JsonShapes.diagnostics(note.diagnostics()));
        return root;
    }

    /** The figures: citations, resolved, fuzzy, unresolved, ambiguous, uncited, archivalValid, archivalInvalid. */
    public static ObjectNode summary(CheckSummary s) {
        ObjectNode n = F.objectNode();
        n.put("citations", s.citations());
        n.put("resolved", s.resolved());
        n.put("fuzzy", s.fuzzy());
        n.put("unresolved", s.unresolved());
        n.put("ambiguous", s.ambiguous());
        n.put("uncited", s.uncited());
        n.put("archivalValid", s.archivalValid());
        n.put("archivalInvalid", s.archivalInvalid());
        return n;
    }

    /** One checked citation. */
    public static ObjectNode citation(CheckedCitation c) {
        ObjectNode o = F.objectNode();
        o.put("text", c.citation().text());
        o.set("span", JsonShapes.span(c.citation().span()));
        o.put("group", c.citation().group());
        o.put("form", c.citation().form().word());
        o.put("kind", c.citation().kind().word());
        o.put("status", c.status().word());
        if (c.resolvesTo().isPresent()) o.put("resolvesTo", c.resolvesTo().get());
        else o.putNull("resolvesTo");
        ArrayNode cand = o.putArray("candidates");
        c.candidates().forEach(cand::add);
        o.put("reason", c.reason());
        o.set("locator", locators(c.locators()));
        if (c.archival().isPresent()) o.set("archival", archival(c.archival().get()));
        else o.putNull("archival");
        return o;
    }

    static ArrayNode locators(List<Locator> ls) {
        ArrayNode a = F.arrayNode();
        for (Locator l : ls) {
            ObjectNode n = a.addObject();
            n.put("label", l.label());
            n.put("value", l.value());
        }
        return a;
    }

    /**
     * The archival part, shaped as one line of {@code opis archival --format json}:
     * {@code {"input","scheme","archive":{"id","name"}|null,"levels":[…],"valid","diagnostics":[…],"normalized":{"en","gost"}}}.
     */
    static ObjectNode archival(ArchivalReading r) {
        if (r.detail().isPresent() && r.detail().get() instanceof ArchivalCitation c) return ArchivalJson.of(c);
        ObjectNode n = F.objectNode();
        n.put("input", r.input());
        n.putNull("scheme");
        if (r.archive().isPresent()) {
            ObjectNode a = n.putObject("archive");
            a.put("id", r.archive().get());
            a.put("name", r.archive().get());
        } else {
            n.putNull("archive");
        }
        n.putArray("levels");
        n.put("valid", r.valid());
        ArrayNode ds = n.putArray("diagnostics");
        for (ArchivalFinding f : r.findings()) {
            ds.add(JsonShapes.columnDiagnostic(f.code(), f.severity(), f.column(), f.message(), f.fix()));
        }
        ObjectNode norm = n.putObject("normalized");
        norm.putNull("en");
        norm.putNull("gost");
        return n;
    }
}
