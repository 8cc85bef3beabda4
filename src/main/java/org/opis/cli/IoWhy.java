package org.opis.cli;

import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** Why an input or output failed, in a few plain words ({@code no such directory}, {@code permission denied}). */
final class IoWhy {

    private IoWhy() {
    }

    /** The reason for a failed read or write of a file. */
    static String of(Exception e) {
        if (e instanceof NoSuchFileException n) {
            String f = n.getFile();
            try {
                Path parent = f == null ? null : Path.of(f).toAbsolutePath().getParent();
                if (parent != null && !Files.isDirectory(parent)) return "no such directory " + parent;
            } catch (RuntimeException ignored) {
                // fall through
            }
            return "no such file";
        }
        if (e instanceof AccessDeniedException) return "permission denied";
        if (e instanceof FileSystemException fs) {
            String f = fs.getFile();
            try {
                if (f != null && Files.isDirectory(Path.of(f))) return "it is a directory";
            } catch (RuntimeException ignored) {
                // fall through
            }
            return fs.getReason() != null ? fs.getReason() : fs.getClass().getSimpleName();
        }
        if (e instanceof java.nio.file.InvalidPathException ip) return "not a valid path (" + ip.getReason() + ")";
        return e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
    }
}
