package uk.gov.safervoices.admin.analysis.cli;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Comparator;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The output folder, written all or nothing: files go into a temporary folder beside it (same file system), which
 * is renamed into place only when every file is complete. The folder must not exist, or be empty (then it is
 * replaced); an existing non-empty folder is refused, never overwritten.
 */
final class OutputDirectory implements AutoCloseable {

    private static final FileAttribute<Set<PosixFilePermission>> OWNER_ONLY =
            PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------"));

    private final Path target;
    private final String name;
    private Path temporary;

    private OutputDirectory(Path target, String name) {
        this.target = target;
        this.name = name;
    }

    /** Checks that the folder can be written, before any work is done. */
    static OutputDirectory check(String name) {
        Path target = Path.of(name).toAbsolutePath().normalize();
        refuseIfTaken(target, name);
        Path parent = target.getParent();
        if (parent == null || !Files.isDirectory(parent)) {
            throw new InputException(name + ": the folder it would go in, " + parent + ", does not exist");
        }
        return new OutputDirectory(target, name);
    }

    private static void refuseIfTaken(Path target, String name) {
        if (Files.isDirectory(target)) {
            try (DirectoryStream<Path> entries = Files.newDirectoryStream(target)) {
                if (entries.iterator().hasNext()) {
                    throw new InputException(name + ": the output folder already exists and is not empty; give a new "
                            + "folder (nothing is overwritten)");
                }
            } catch (IOException e) {
                throw new InputException(name + ": cannot read the output folder (" + e.getMessage() + ")");
            }
        } else if (Files.exists(target)) {
            throw new InputException(name + ": exists and is not a folder");
        }
    }

    /**
     * The temporary folder to write into, readable by its owner only. Named after the process and the clock rather
     * than by {@link Files#createTempDirectory}, whose random names start a SecureRandom (tens of milliseconds).
     */
    Path temporary() throws IOException {
        while (temporary == null) {
            Path candidate = target.getParent().resolve("." + target.getFileName() + ".partial-"
                    + ProcessHandle.current().pid() + "-" + Long.toString(System.nanoTime() & Long.MAX_VALUE, 36));
            try {
                temporary = Files.createDirectory(candidate, OWNER_ONLY);
            } catch (UnsupportedOperationException e) {
                temporary = Files.createDirectory(candidate);
            } catch (FileAlreadyExistsException e) {
                // another run started in the same nanosecond: try the next name
            }
        }
        return temporary;
    }

    /** Moves the complete temporary folder into place (atomically: a rename on the same file system). */
    void commit() throws IOException {
        refuseIfTaken(target, name);
        Files.deleteIfExists(target);
        Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE);
        temporary = null;
    }

    /** Removes the temporary folder unless committed. */
    @Override
    public void close() {
        if (temporary == null) {
            return;
        }
        try (Stream<Path> paths = Files.walk(temporary)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            // best effort: a leftover hidden .partial- folder is harmless and named as such
        }
        temporary = null;
    }
}
