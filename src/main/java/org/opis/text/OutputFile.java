package org.opis.text;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Collection;
import java.util.Set;

/**
 * The one way opis writes an output file, so that no run loses a user's data:
 * <ul>
 *   <li>the output is written to a temporary file in the target's own directory, flushed to disk,
 *   and moved over the target in one step ({@link StandardCopyOption#ATOMIC_MOVE}); where the file
 *   system cannot move atomically (some network and FUSE file systems) it is moved with
 *   {@code REPLACE_EXISTING}, which still never leaves a half-written target on a local disk;</li>
 *   <li>a run that fails before or while writing leaves an existing target exactly as it was and
 *   removes its temporary file;</li>
 *   <li>a target that is one of the inputs (the same path, a symbolic link to it, or a hard link to
 *   the same file, as {@link Files#isSameFile} tells) is refused unless forced;</li>
 *   <li>a target that is a symbolic link is refused unless forced; forced, the file the link points
 *   to is replaced and the link kept.</li>
 * </ul>
 * An existing target keeps its POSIX permissions. Replacing a target that has other hard links
 * gives it a new file: the other names keep the old content.
 */
public final class OutputFile {

    /** Writes the content into the given writer; may throw to abandon the write. */
    @FunctionalInterface
    public interface Body {
        void writeTo(Writer w) throws IOException;
    }

    /** The target was refused before anything was written (exit status 2 in the command line). */
    public static final class RefusedException extends IOException {
        public RefusedException(String message) {
            super(message);
        }
    }

    private OutputFile() {
    }

    /** Writes {@code text} as UTF-8 to {@code target}; see the class comment. */
    public static void write(Path target, String text, Collection<Path> inputs, boolean force) throws IOException {
        write(target, inputs, force, w -> w.write(text));
    }

    /**
     * Checks {@code target} against {@code inputs} and writes what {@code body} produces (UTF-8)
     * atomically to it.
     *
     * @throws RefusedException when the target is an input or a symbolic link and {@code force} is false
     * @throws IOException      when the write fails (the target is then untouched)
     */
    public static void write(Path target, Collection<Path> inputs, boolean force, Body body) throws IOException {
        writeStream(target, inputs, force, os -> {
            Writer w = new OutputStreamWriter(os, StandardCharsets.UTF_8.newEncoder());
            body.writeTo(w);
            w.flush();
        });
    }

    /** Bytes to write, for binary outputs (a trained model). */
    public interface BinaryBody {
        void writeTo(OutputStream os) throws IOException;
    }

    /** Like {@link #write(Path, Collection, boolean, Body)}, for bytes. */
    public static void writeStream(Path target, Collection<Path> inputs, boolean force, BinaryBody body) throws IOException {
        Path real = check(target, inputs, force);
        Path dir = real.toAbsolutePath().getParent();
        if (dir == null || !Files.isDirectory(dir)) throw new IOException("no such directory: " + (dir == null ? real : dir));
        Path tmp = Files.createTempFile(dir, "." + real.getFileName() + ".", ".opis-tmp");
        boolean moved = false;
        try {
            try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING);
                 OutputStream os = Channels.newOutputStream(ch)) {
                // a body may close what it is given (a model writer closing its GZIP stream): the
                // channel must stay open until the bytes are forced to disk
                body.writeTo(new java.io.FilterOutputStream(os) {
                    @Override
                    public void write(byte[] b, int off, int len) throws IOException {
                        out.write(b, off, len);
                    }

                    @Override
                    public void close() throws IOException {
                        flush();
                    }
                });
                os.flush();
                ch.force(true);
            }
            keepPermissions(real, tmp);
            try {
                Files.move(tmp, real, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, real, StandardCopyOption.REPLACE_EXISTING);
            }
            moved = true;
        } finally {
            if (!moved) Files.deleteIfExists(tmp);
        }
    }

    /**
     * The file to replace for {@code target}: the target itself, or with {@code force} the file a
     * symbolic link points to.
     *
     * @throws RefusedException when the target may not be written
     */
    public static Path check(Path target, Collection<Path> inputs, boolean force) throws IOException {
        if (Files.isDirectory(target)) throw new RefusedException(target + " is a directory");
        for (Path in : inputs) {
            if (in == null) continue;
            if (sameFile(target, in) && !force) {
                throw new RefusedException("the output " + target + " is the input " + in
                        + "; writing it would replace the input (give another output file, or --force to replace it)");
            }
        }
        if (Files.isSymbolicLink(target)) {
            if (!force) {
                throw new RefusedException("the output " + target + " is a symbolic link (to " + Files.readSymbolicLink(target)
                        + "); give --force to write through it");
            }
            Path link = Files.readSymbolicLink(target);
            Path resolved = target.toAbsolutePath().getParent().resolve(link);
            return Files.exists(resolved) ? resolved.toRealPath() : resolved;
        }
        return target;
    }

    private static boolean sameFile(Path a, Path b) {
        try {
            if (Files.exists(a) && Files.exists(b)) return Files.isSameFile(a, b);
            return a.toAbsolutePath().normalize().equals(b.toAbsolutePath().normalize());
        } catch (IOException | SecurityException e) {
            return false;
        }
    }

    private static void keepPermissions(Path existing, Path tmp) {
        try {
            if (!Files.exists(existing, LinkOption.NOFOLLOW_LINKS)) {
                // a new file: readable by all, as files a shell creates under the usual umask (the
                // temporary file it replaces was created private)
                if (Files.getFileAttributeView(tmp, PosixFileAttributeView.class) != null) {
                    Files.setPosixFilePermissions(tmp, java.nio.file.attribute.PosixFilePermissions.fromString("rw-r--r--"));
                }
                return;
            }
            PosixFileAttributeView view = Files.getFileAttributeView(existing, PosixFileAttributeView.class);
            if (view == null) return;
            Set<PosixFilePermission> perms = view.readAttributes().permissions();
            Files.setPosixFilePermissions(tmp, perms);
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            // permissions are a courtesy; the content is what must not be lost
        }
    }
}
