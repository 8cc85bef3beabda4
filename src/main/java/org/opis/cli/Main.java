package org.opis.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code opis} command: one subcommand per job. */
@Command(name = "opis", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = "Reads historians' notes: reference lists, in-text citations and archival shorthand; checks and exports them.",
        subcommands = {
                ParseCommand.class,
                ArchivalCommand.class,
                CheckCommand.class,
                ExportCommand.class,
                FormatCommand.class,
                ConvertCommand.class,
                RoundtripCommand.class,
                FidelityCommand.class,
                StylesCommand.class,
                picocli.AutoComplete.GenerateCompletion.class,
                RestyleCommand.class,
                TrainCommand.class,
                EvaluateCommand.class,
                CommandLine.HelpCommand.class
        })
public final class Main implements Runnable {

    /** Exit status: clean run. */
    public static final int OK = 0;
    /** Exit status: findings at error level. */
    public static final int FINDINGS = 1;
    /** Exit status: usage or I/O error. */
    public static final int USAGE = 2;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "a subcommand is required");
    }

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs the command line and returns the exit status (0 clean, 1 errors found, 2 usage or I/O). */
    public static int run(String... args) {
        CommandLine cl = commandLine();
        return cl.execute(args);
    }

    /** The configured command line (shared error handling: no stack traces for users). */
    public static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new Main());
        cl.setExitCodeExceptionMapper(t -> USAGE);
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        cl.setParameterExceptionHandler((ex, a) -> {
            CommandLine c = ex.getCommandLine();
            c.getErr().println("opis: " + ex.getMessage());
            // picocli's own "Did you mean: check?" for a mistyped command or option
            CommandLine.UnmatchedArgumentException.printSuggestions(ex, c.getErr());
            c.getErr().println("Try '" + c.getCommandSpec().qualifiedName() + " --help' for more information.");
            c.getErr().flush();
            return USAGE;
        });
        // An Error (stack overflow, out of memory) is not an Exception: picocli lets it through, so the
        // strategy catches it and reports it as the one-line internal error too (exit status 2).
        CommandLine.IExecutionStrategy run = new CommandLine.RunLast();
        cl.setExecutionStrategy(parseResult -> {
            try {
                org.opis.text.Limits.set(limits(parseResult));
                return run.execute(parseResult);
            } catch (StackOverflowError | OutOfMemoryError ex) {
                CommandLine c = parseResult.commandSpec().commandLine();
                c.getErr().println("opis: internal error: " + (ex instanceof StackOverflowError
                        ? "the input is nested too deeply for this run (stack overflow); raise the stack with JAVA_OPTS=-Xss8m"
                        : "out of memory; raise the heap with JAVA_OPTS=-Xmx4g") + " (please report it; set OPIS_DEBUG=1 for details)");
                if (System.getenv("OPIS_DEBUG") != null) ex.printStackTrace(c.getErr());
                c.getErr().flush();
                return USAGE;
            } finally {
                org.opis.text.Limits.set(org.opis.text.Limits.DEFAULTS);
            }
        });
        cl.setExecutionExceptionHandler((ex, c, parseResult) -> {
            c.getErr().println("opis: internal error: " + ex + " (please report it; set OPIS_DEBUG=1 for details)");
            if (System.getenv("OPIS_DEBUG") != null) ex.printStackTrace(c.getErr());
            return USAGE;
        });
        return cl;
    }

    /** The limits for this run: the defaults with the subcommand's {@code --limit NAME=N} applied. */
    private static org.opis.text.Limits limits(CommandLine.ParseResult parseResult) {
        org.opis.text.Limits l = org.opis.text.Limits.DEFAULTS;
        CommandLine.ParseResult sub = parseResult.subcommand();
        if (sub == null || !sub.hasMatchedOption("--limit")) return l;
        java.util.Map<String, Long> asked = sub.matchedOptionValue("--limit", java.util.Map.of());
        for (var e : asked.entrySet()) {
            try {
                l = l.with(e.getKey(), e.getValue());
            } catch (IllegalArgumentException ex) {
                throw new CommandLine.ParameterException(sub.commandSpec().commandLine(), ex.getMessage());
            }
        }
        return l;
    }

    /** Prints the version from the jar manifest. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[]{"opis " + org.opis.Opis.version()};
        }
    }
}
