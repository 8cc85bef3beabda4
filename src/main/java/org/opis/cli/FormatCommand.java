package org.opis.cli;

import picocli.CommandLine.Command;

import java.util.concurrent.Callable;

/** {@code opis format}: not built yet. */
@Command(name = "format", mixinStandardHelpOptions = true, description = "(not built yet)")
public final class FormatCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        System.err.println("opis format: not built yet");
        return Main.USAGE;
    }
}
