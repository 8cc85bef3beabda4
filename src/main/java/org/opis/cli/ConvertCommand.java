package org.opis.cli;

import picocli.CommandLine.Command;

import java.util.concurrent.Callable;

/** {@code opis convert}: not built yet. */
@Command(name = "convert", mixinStandardHelpOptions = true, description = "(not built yet)")
public final class ConvertCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        System.err.println("opis convert: not built yet");
        return Main.USAGE;
    }
}
