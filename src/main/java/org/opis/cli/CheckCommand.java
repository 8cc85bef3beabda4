package org.opis.cli;

import picocli.CommandLine.Command;

import java.util.concurrent.Callable;

/** {@code opis check}: not built yet. */
@Command(name = "check", mixinStandardHelpOptions = true, description = "(not built yet)")
public final class CheckCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        System.err.println("opis check: not built yet");
        return Main.USAGE;
    }
}
