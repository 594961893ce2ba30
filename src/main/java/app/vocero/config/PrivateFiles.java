package app.vocero.config;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.EnumSet;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps Vocero's files to their owner on a shared computer: the data directory is {@code rwx------} (0700) — so
 * the database, logs and settings inside it cannot be read by other users whatever the umask — and files Vocero
 * exports elsewhere are {@code rw-------} (0600). On Windows there are no POSIX permissions: the data directory lives
 * in the user's own profile folder ({@code %APPDATA%}), which Windows already keeps to that user.
 */
public final class PrivateFiles {

    public static final Set<PosixFilePermission> OWNER_ONLY_DIRECTORY = EnumSet.of(PosixFilePermission.OWNER_READ,
            PosixFilePermission.OWNER_WRITE, PosixFilePermission.OWNER_EXECUTE);
    public static final Set<PosixFilePermission> OWNER_ONLY_FILE = EnumSet.of(PosixFilePermission.OWNER_READ,
            PosixFilePermission.OWNER_WRITE);
    private static final Logger LOG = LoggerFactory.getLogger(PrivateFiles.class);

    private PrivateFiles() {
    }

    private static boolean posix() {
        return FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
    }

    /**
     * Creates the data directory as 0700, or tightens an existing one that others could read or enter.
     *
     * @return true when an existing directory had to be tightened (the caller may say so)
     */
    public static boolean secureDirectory(Path directory) throws IOException {
        if (!posix()) {
            Files.createDirectories(directory);
            return false;
        }
        if (Files.notExists(directory)) {
            Path parent = directory.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            Files.createDirectory(directory, PosixFilePermissions.asFileAttribute(OWNER_ONLY_DIRECTORY));
            Files.setPosixFilePermissions(directory, OWNER_ONLY_DIRECTORY); // whatever the umask
            return false;
        }
        Set<PosixFilePermission> now = Files.getPosixFilePermissions(directory);
        if (now.equals(OWNER_ONLY_DIRECTORY)) {
            return false;
        }
        if (!isVocerosOwn(directory)) {
            LOG.warn("The data directory {} is {} and holds other files: other users may read Vocero's data there; "
                    + "choose a folder of Vocero's own", directory, PosixFilePermissions.toString(now));
            return false;
        }
        Files.setPosixFilePermissions(directory, OWNER_ONLY_DIRECTORY);
        LOG.warn("The data directory {} was {}: tightened to rwx------ so other users cannot read it", directory,
                PosixFilePermissions.toString(now));
        return true;
    }

    /** Empty, or already Vocero's (its database or lock is there): safe to tighten without surprising anyone. */
    private static boolean isVocerosOwn(Path directory) throws IOException {
        try (var entries = Files.list(directory)) {
            return entries.allMatch(entry -> {
                String name = entry.getFileName().toString();
                return name.startsWith("vocero.") || name.equals("logs") || name.equals("drafts");
            });
        }
    }

    /**
     * The database, logs, drafts and settings inside the data directory: files 0600, folders 0700 (two levels), so
     * they stay private even if the data directory is later moved or its mode changed.
     */
    public static void restrictContents(Path directory) {
        if (!posix()) {
            return;
        }
        try (var entries = Files.walk(directory, 2)) {
            for (Path entry : (Iterable<Path>) entries::iterator) {
                if (entry.equals(directory)) {
                    continue;
                }
                if (Files.isDirectory(entry, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
                    Files.setPosixFilePermissions(entry, OWNER_ONLY_DIRECTORY);
                } else if (Files.isRegularFile(entry, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
                    Files.setPosixFilePermissions(entry, OWNER_ONLY_FILE);
                }
            }
        } catch (IOException | java.io.UncheckedIOException e) {
            LOG.warn("Could not restrict the files of {}: {}", directory, e.toString());
        }
    }

    /** Makes a file Vocero wrote (an export) readable and writable by its owner only. */
    public static void restrict(Path file) throws IOException {
        if (posix() && Files.isRegularFile(file)) {
            Files.setPosixFilePermissions(file, OWNER_ONLY_FILE);
        }
    }
}
