package app.vocero.config;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * One Vocero window per data directory: an OS file lock on {@code vocero.lock}, released by the OS even when the
 * process is killed. Commands do not take it ({@link #shared}): they work beside the open window, on the database
 * the window serves them (see {@code store.SharedOpening}).
 */
public final class InstanceLock implements AutoCloseable {

    public static final String FILE_NAME = "vocero.lock";

    private final FileChannel channel;
    private final FileLock lock;

    private InstanceLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    /**
     * For a command: the data directory made (private) and proven writable, with no lock — commands run beside the
     * window and beside each other.
     */
    public static InstanceLock shared(Path dataDirectory, Messages messages) throws StartupException {
        Path file = dataDirectory.resolve(FILE_NAME);
        try {
            PrivateFiles.secureDirectory(dataDirectory);
            FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE).close();
            return new InstanceLock(null, null);
        } catch (IOException e) {
            throw new StartupException(messages.format("startup.notWritable", dataDirectory, e.getMessage()), e);
        }
    }

    public static InstanceLock acquire(Path dataDirectory, Messages messages) throws StartupException {
        Path file = dataDirectory.resolve(FILE_NAME);
        FileChannel channel = null;
        try {
            PrivateFiles.secureDirectory(dataDirectory);
            channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            FileLock lock = channel.tryLock();
            if (lock == null) {
                channel.close();
                throw new StartupException(messages.format("startup.inUse", dataDirectory));
            }
            return new InstanceLock(channel, lock);
        } catch (OverlappingFileLockException e) {
            closeQuietly(channel);
            throw new StartupException(messages.format("startup.inUse", dataDirectory), e);
        } catch (IOException e) {
            closeQuietly(channel);
            throw new StartupException(messages.format("startup.notWritable", dataDirectory, e.getMessage()), e);
        }
    }

    private static void closeQuietly(FileChannel channel) {
        if (channel != null) {
            try {
                channel.close();
            } catch (IOException ignored) {
                // the lock failed already; nothing more to release
            }
        }
    }

    @Override
    public void close() {
        if (lock == null) {
            return;
        }
        try {
            lock.release();
            channel.close();
        } catch (IOException ignored) {
            // the OS releases the lock with the process anyway
        }
    }
}
