package org.opis.report;

import org.opis.cite.CheckedNote;
import org.opis.model.Diagnostic;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.TreeSet;

/**
 * The interactive parts of the HTML check report, all inline so the page stays one file that works
 * offline: the filter bar (severity, code, citation status), the panel of the selected citation
 * ({@code report.js} fills it from the data of {@link ReportData}), the inline Markdown of the note,
 * and the style for small screens and for print ({@code report.css}).
 */
final class Interactive {

    /** Citation statuses as the report names them (CSS classes), in the order of the key. */
    static final List<String> STATUSES = List.of("resolved", "fuzzy", "unresolved", "ambiguous", "archival-valid", "archival-invalid");

    private Interactive() {
    }

    static String css() {
        return resource("report.css");
    }

    /** The filter bar. */
    static void filters(StringBuilder sb, CheckedNote note) {
        sb.append("<form id=\"filters\" class=\"filters\" role=\"search\" aria-label=\"Filter findings and citations\">\n");
        sb.append("<fieldset><legend>Severity</legend>");
        for (String s : List.of("error", "warning", "info")) {
            sb.append("<label><input type=\"checkbox\" name=\"severity\" value=\"").append(s).append("\" checked=\"checked\"/> ")
              .append(s).append("</label>");
        }
        sb.append("</fieldset>\n<fieldset><legend><label for=\"f-code\">Code</label></legend><select id=\"f-code\" name=\"code\">")
          .append("<option value=\"\">all codes</option>");
        TreeSet<String> codes = new TreeSet<>();
        for (Diagnostic d : note.diagnostics()) codes.add(d.code());
        for (String c : codes) sb.append("<option value=\"").append(Html.escape(c)).append("\">").append(Html.escape(c)).append("</option>");
        sb.append("</select></fieldset>\n<fieldset><legend>Citations</legend>");
        for (String s : STATUSES) {
            sb.append("<label><input type=\"checkbox\" name=\"status\" value=\"").append(s).append("\" checked=\"checked\"/> ")
              .append("<span class=\"key ").append(s).append("\">").append(s.replace('-', ' ')).append("</span></label>");
        }
        sb.append("</fieldset> <button type=\"reset\">Show all</button>\n<p id=\"shown\" aria-live=\"polite\"></p>\n</form>\n")
          .append("<noscript><p class=\"meta\">Filters and the citation panel need JavaScript; everything else is shown.</p></noscript>\n");
    }

    /** The panel of the selected citation, the data and the script. */
    static void end(StringBuilder sb, CheckedNote note) {
        sb.append("<aside id=\"detail\" hidden=\"hidden\" tabindex=\"-1\" role=\"dialog\" aria-labelledby=\"detail-title\"></aside>\n");
        sb.append("<script type=\"application/json\" id=\"opis-data\">").append(ReportData.json(note)).append("</script>\n");
        // CDATA behind line comments: plain script to an HTML parser, character data to an XML one
        sb.append("<script>//<![CDATA[\n").append(resource("report.js")).append("//]]>\n</script>\n");
    }

    private static String resource(String name) {
        try (InputStream in = Interactive.class.getResourceAsStream(name)) {
            if (in == null) throw new IllegalStateException("missing resource org/opis/report/" + name);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
