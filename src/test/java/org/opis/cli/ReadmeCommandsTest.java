package org.opis.cli;

import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The README's Commands section against the command line's own model (what {@code --help} prints):
 * every command is listed, every option its help shows appears on its line, and no option on its
 * line is one the command does not have — so the two cannot drift apart.
 */
class ReadmeCommandsTest {

    private static final Pattern OPTION = Pattern.compile("(?<![\\w-])(--?[A-Za-z][\\w-]*)");

    /** The synopsis block of the Commands section: for each command, its line and continuation lines. */
    private static Map<String, String> synopses() throws Exception {
        String readme = Files.readString(Path.of("README.md"));
        int start = readme.indexOf("## Commands\n");
        assertTrue(start >= 0, "README has a Commands section");
        int open = readme.indexOf("```", start);
        int close = readme.indexOf("```", open + 3);
        String block = readme.substring(readme.indexOf('\n', open) + 1, close);
        Map<String, String> out = new java.util.LinkedHashMap<>();
        String current = null;
        for (String line : block.lines().toList()) {
            Matcher m = Pattern.compile("^opis ([a-z-]+)").matcher(line);
            if (m.find()) {
                current = m.group(1);
                out.merge(current, line, (a, b) -> a + "\n" + b);
            } else if (current != null && line.startsWith(" ")) {
                out.merge(current, line, (a, b) -> a + "\n" + b);
            }
        }
        return out;
    }

    @Test
    void everyCommandAndOptionOfTheHelpIsInTheReadmeAndNothingElse() throws Exception {
        Map<String, String> readme = synopses();
        CommandLine cl = Main.commandLine();
        List<String> problems = new ArrayList<>();
        for (Map.Entry<String, CommandLine> e : cl.getSubcommands().entrySet()) {
            String name = e.getKey();
            if (name.equals("help")) continue;
            String synopsis = readme.get(name);
            if (synopsis == null) {
                problems.add("README Commands lacks 'opis " + name + "'");
                continue;
            }
            // drop the parenthesised remarks at the end of a line
            String text = synopsis.replaceAll("\\s{2,}\\(.*\\)", "");
            CommandSpec spec = e.getValue().getCommandSpec();
            Set<String> known = new HashSet<>();
            for (OptionSpec o : spec.options()) known.addAll(List.of(o.names()));
            for (OptionSpec o : spec.options()) {
                if (o.hidden() || o.usageHelp() || o.versionHelp()) continue;
                boolean listed = false;
                for (String n : o.names()) if (Pattern.compile("(?<![\\w-])" + Pattern.quote(n) + "(?![\\w-])").matcher(text).find()) listed = true;
                if (!listed) problems.add("opis " + name + ": README does not list " + String.join("/", o.names()));
            }
            Matcher m = OPTION.matcher(text.replaceFirst("^opis [a-z-]+", ""));
            while (m.find()) {
                if (!known.contains(m.group(1))) problems.add("opis " + name + ": README lists " + m.group(1) + ", which --help does not know");
            }
        }
        for (String listed : readme.keySet()) {
            if (!cl.getSubcommands().containsKey(listed)) problems.add("README lists 'opis " + listed + "', which is no command");
        }
        assertTrue(problems.isEmpty(), String.join("\n", problems));
        assertFalse(readme.isEmpty());
    }
}
