package org.opis.cli;

import picocli.CommandLine.Command;

import java.util.concurrent.Callable;

/** {@code opis roundtrip}: not built yet. */
@Command(name = "roundtrip", mixinStandardHelpOptions = true, description = "(not built yet)")
public final class RoundtripCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        System.err.println("opis roundtrip: not built yet");
        return Main.USAGE;
    }
}
