package org.opis.cli;

import picocli.CommandLine.Command;

import java.util.concurrent.Callable;

/** {@code opis export}: not built yet. */
@Command(name = "export", mixinStandardHelpOptions = true, description = "(not built yet)")
public final class ExportCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        System.err.println("opis export: not built yet");
        return Main.USAGE;
    }
}
