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
 * The drafts of the window, one {@code <dataDir>/drafts/<id>.vocero.json} each (exactly what the command line
 * reads), with a small sidecar {@code <id>.wizard} holding where the wizard was. Every write goes to a temporary file
 * in the same folder, is forced to the disk, and is moved over the old one atomically: a process killed at any
 * moment leaves the old file or the new one, never half of one.
 */
public final class DraftFolder {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(DraftFolder.class);

    public static final String SUFFIX = ".vocero.json";
    private static final String SIDECAR = ".wizard";
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9-]{1,64}");

    private final Path folder;

    public DraftFolder(Path dataDirectory) {
        this.folder = dataDirectory.resolve("drafts");
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
