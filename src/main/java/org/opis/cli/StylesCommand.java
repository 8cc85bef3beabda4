package org.opis.cli;

import org.opis.csl.StyleCatalog;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code opis styles [QUERY]}: lists or searches the bundled CSL styles. */
@Command(name = "styles", mixinStandardHelpOptions = true,
        description = {"Lists the bundled CSL styles (the org.citationstyles collection) whose id, title or field contains every word of QUERY:",
                "ID<TAB>citation format<TAB>fields<TAB>title, independent styles first. Any listed id works with --style."},
        footer = {"", "Example:", "  opis styles chicago", "", "Exit status: 0 styles listed; 1 none matched; 2 usage error."})
public final class StylesCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(arity = "0..*", paramLabel = "QUERY", description = "words to look for (none: every style)")
    List<String> query = List.of();

    @Option(names = "--independent", description = "only independent styles (not journals that borrow another style)")
    boolean independent;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        String q = String.join(" ", query);
        List<StyleCatalog.Entry> hits = StyleCatalog.search(q).stream().filter(e -> !independent || !e.dependent()).toList();
        for (StyleCatalog.Entry e : hits) {
            out.println(e.id() + "\t" + (e.format().isEmpty() ? "-" : e.format()) + "\t"
                    + (e.fields().isEmpty() ? "-" : String.join(",", e.fields())) + "\t" + e.title() + (e.dependent() ? " (dependent)" : ""));
        }
        out.flush();
        if (hits.isEmpty()) {
            err.println("opis styles: no bundled style matches '" + q + "'"
                    + (q.isBlank() ? "" : "; nearest ids: " + String.join(", ", StyleCatalog.nearest(q.replace(' ', '-'), 5))));
            err.flush();
            return Main.FINDINGS;
        }
        err.println("opis styles: " + hits.size() + " of " + StyleCatalog.all().size() + " bundled styles");
        err.flush();
        return Main.OK;
    }
}
