package org.opis.cli;

import picocli.CommandLine.Command;

import java.util.concurrent.Callable;

/** {@code opis fidelity}: not built yet. */
@Command(name = "fidelity", mixinStandardHelpOptions = true, description = "(not built yet)")
public final class FidelityCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        System.err.println("opis fidelity: not built yet");
        return Main.USAGE;
    }
}
