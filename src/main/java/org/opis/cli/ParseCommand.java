package org.opis.cli;

import picocli.CommandLine.Command;

import java.util.concurrent.Callable;

/** {@code opis parse}: not built yet. */
@Command(name = "parse", mixinStandardHelpOptions = true, description = "(not built yet)")
public final class ParseCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        System.err.println("opis parse: not built yet");
        return Main.USAGE;
    }
}
