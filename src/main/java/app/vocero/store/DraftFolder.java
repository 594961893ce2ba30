package app.vocero.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A folder of draft files, one {@code <id>.vocero.json} each (exactly what the command line reads), with a small
 * sidecar {@code <id>.wizard} holding where the wizard was. Until V9 the window's drafts lived in
 * {@code <dataDir>/drafts} this way; now they live in the database ({@link DraftRepository}), the old folder is
 * imported once, and {@code <dataDir>/drafts/current} holds the file copy of a draft that the checker, the sender
 * and the command line read. Every write goes to a temporary file
 * in the same folder, is forced to the disk, and is moved over the old one atomically: a process killed at any
 * moment leaves the old file or the new one, never half of one.
 */
public final class DraftFolder {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(DraftFolder.class);

    public static final String SUFFIX = ".vocero.json";
    private static final String SIDECAR = ".wizard";
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9-]{1,64}");

    private final Path folder;

    /** The drafts folder of a data directory as Vocero before V9 kept it ({@code <dataDir>/drafts}). */
    public DraftFolder(Path dataDirectory) {
        this(dataDirectory.resolve("drafts"), true);
    }

    /** @param folderItself tells this constructor from the public one: {@code folder} is the folder, not a data directory */
    private DraftFolder(Path folder, boolean folderItself) {
        this.folder = folder;
    }

    /** Any folder of draft files. */
    public static DraftFolder at(Path folder) {
        return new DraftFolder(folder, true);
    }

    /** One stored draft file. */
    public record Entry(String id, Path file, Instant modified) {
    }

    public Path folder() {
        return folder;
    }

    public Path file(String id) {
        return folder.resolve(checked(id) + SUFFIX);
    }

    /** Every draft in the folder, newest change first. */
    public List<Entry> list() {
        List<Entry> entries = new ArrayList<>();
        if (!Files.isDirectory(folder)) {
            return entries;
        }
        try (DirectoryStream<Path> files = Files.newDirectoryStream(folder, "*" + SUFFIX)) {
            for (Path file : files) {
                String name = file.getFileName().toString();
                String id = name.substring(0, name.length() - SUFFIX.length());
                if (ID.matcher(id).matches()) {
                    entries.add(new Entry(id, file, Files.getLastModifiedTime(file).toInstant()));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("The drafts in " + folder + " cannot be listed", e);
        }
        entries.sort((a, b) -> b.modified().compareTo(a.modified()));
        return entries;
    }

    /** Writes the draft's text, durably and atomically. */
    public void write(String id, String json) {
        writeAtomically(file(id), json);
    }

    /** Where the wizard was in this draft (a step's name), kept beside the draft so exported files stay clean. */
    public void writeStep(String id, String step) {
        writeAtomically(folder.resolve(checked(id) + SIDECAR), step);
    }

    public Optional<String> step(String id) {
        try {
            return Optional.of(Files.readString(folder.resolve(checked(id) + SIDECAR)).trim()).filter(s -> !s.isEmpty());
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Moves a draft and its sidecar into {@code target} (created if needed), replacing what is there under the same
     * name: the old folder's files after they were imported into the database.
     */
    public void moveTo(String id, Path target) {
        try {
            Files.createDirectories(target);
            for (Path file : new Path[] {file(id), folder.resolve(checked(id) + SIDECAR)}) {
                if (Files.exists(file)) {
                    Files.move(file, target.resolve(file.getFileName()), StandardCopyOption.REPLACE_EXISTING);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("The draft " + id + " cannot be moved to " + target, e);
        }
    }

    public void delete(String id) {
        try {
            Files.deleteIfExists(file(id));
            Files.deleteIfExists(folder.resolve(checked(id) + SIDECAR));
        } catch (IOException e) {
            throw new UncheckedIOException("The draft " + id + " cannot be deleted", e);
        }
    }

    private void writeAtomically(Path target, String text) {
        try {
            Files.createDirectories(folder);
            Path temporary = Files.createTempFile(folder, "." + target.getFileName(), ".tmp");
            try {
                try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE,
                        StandardOpenOption.TRUNCATE_EXISTING)) {
                    ByteBuffer bytes = ByteBuffer.wrap(text.getBytes(StandardCharsets.UTF_8));
                    while (bytes.hasRemaining()) {
                        channel.write(bytes);
                    }
                    channel.force(true);
                }
                try {
                    Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
                }
                syncFolder();
            } finally {
                Files.deleteIfExists(temporary);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("The draft " + target + " cannot be saved", e);
        }
    }

    /** Makes the rename itself durable where the system allows opening a folder (Linux, macOS); Windows does not. */
    private void syncFolder() {
        try (FileChannel channel = FileChannel.open(folder, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException | UnsupportedOperationException e) {
            // not possible on this system (Windows cannot open a folder): the file itself is on disk already
            LOG.debug("The folder {} cannot be synced here: {}", folder, e.toString());
        }
    }

    private static String checked(String id) {
        if (id == null || !ID.matcher(id).matches()) {
            throw new IllegalArgumentException("Not a draft id: " + id);
        }
        return id;
    }
}
