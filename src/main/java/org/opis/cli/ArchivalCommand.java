package org.opis.cli;

import picocli.CommandLine.Command;

import java.util.concurrent.Callable;

/** {@code opis archival}: not built yet. */
@Command(name = "archival", mixinStandardHelpOptions = true, description = "(not built yet)")
public final class ArchivalCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        System.err.println("opis archival: not built yet");
        return Main.USAGE;
    }
}
