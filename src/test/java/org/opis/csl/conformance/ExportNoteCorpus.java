package org.opis.csl.conformance;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.opis.Opis;
import org.opis.cite.CheckedNote;
import org.opis.csl.CitationItem;
import org.opis.csl.CslJson;
import org.opis.csl.restyle.NoteCluster;
import org.opis.csl.restyle.NoteClusters;
import org.opis.model.Reference;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Writes the bundled note's records (CSL-JSON, as opis reads them) and its resolved citation
 * clusters with their pinpoints (the cluster format of the interop harness's
 * {@code render-clusters-citeproc-js.mjs}) into a folder, so that citeproc-js can render exactly the
 * input opis renders. Run by {@code src/test/conformance/citeproc-js-expectations.sh}.
 */
public final class ExportNoteCorpus {

    public static void main(String[] args) throws Exception {
        Path note = Path.of(args.length > 0 ? args[0] : "references/selivanov-2017/note.md");
        Path dir = Path.of(args.length > 1 ? args[1] : "src/test/resources/org/opis/csl/conformance/note");
        Files.createDirectories(dir);
        CheckedNote checked = Opis.check(note);
        List<Reference> refs = checked.references();
        ObjectMapper m = new ObjectMapper();
        Files.writeString(dir.resolve("items.json"), m.writerWithDefaultPrettyPrinter().writeValueAsString(CslJson.array(refs)) + "\n",
                StandardCharsets.UTF_8);
        ArrayNode clusters = JsonNodeFactory.instance.arrayNode();
        for (NoteCluster c : NoteClusters.of(checked)) {
            if (c.items().isEmpty()) continue;
            ArrayNode a = clusters.addArray();
            for (CitationItem ci : c.items()) a.add(json(ci));
        }
        Files.writeString(dir.resolve("clusters.json"), m.writerWithDefaultPrettyPrinter().writeValueAsString(clusters) + "\n",
                StandardCharsets.UTF_8);
        System.err.println("wrote " + refs.size() + " items and " + clusters.size() + " clusters to " + dir);
    }

    static ObjectNode json(CitationItem ci) {
        ObjectNode o = JsonNodeFactory.instance.objectNode();
        o.put("id", ci.id());
        // as a Zotero user types a range: with a hyphen (citeproc-js applies page-range-format only to those)
        ci.locator().ifPresent(l -> o.put("locator", l.replaceAll("(?<=\\d)–(?=\\d)", "-")));
        ci.label().ifPresent(l -> o.put("label", l.toString()));
        ci.prefix().ifPresent(p -> o.put("prefix", p));
        ci.suffix().ifPresent(s -> o.put("suffix", s));
        return o;
    }
}
