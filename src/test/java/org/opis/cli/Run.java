package org.opis.cli;

import picocli.CommandLine;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;

/**
 * One run of the opis command line inside a test: its exit status and what it wrote to standard
 * output and standard error.
 */
record Run(int status, String out, String err) {

    /** Runs {@code opis ARGS} and captures its exit status and output. */
    static Run run(String... args) {
        CommandLine cl = Main.commandLine();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        int status = cl.execute(args);
        return new Run(status, out.toString(), err.toString());
    }

    /** Runs {@code opis ARGS} with {@code stdin} as standard input (none when null). */
    static Run runWithInput(String stdin, String... args) {
        if (stdin == null) return run(args);
        InputStream old = System.in;
        try {
            System.setIn(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)));
            return run(args);
        } finally {
            System.setIn(old);
        }
    }
}
