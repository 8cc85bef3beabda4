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
        cl.setParameterExceptionHandler((ex, a) -> {
            CommandLine c = ex.getCommandLine();
            c.getErr().println("opis: " + ex.getMessage());
            c.getErr().println("Try '" + c.getCommandSpec().qualifiedName() + " --help' for more information.");
            return USAGE;
        });
        cl.setExecutionExceptionHandler((ex, c, parseResult) -> {
            c.getErr().println("opis: internal error: " + ex + " (please report it; set OPIS_DEBUG=1 for details)");
            if (System.getenv("OPIS_DEBUG") != null) ex.printStackTrace(c.getErr());
            return USAGE;
        });
        return cl;
    }

    /** Prints the version from the jar manifest. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[]{"opis " + org.opis.Opis.version()};
        }
    }
}
