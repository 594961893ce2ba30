package app.vocero;

import app.vocero.config.InstanceLock;
import app.vocero.config.LogSetup;
import app.vocero.config.Messages;
import app.vocero.config.StartupException;
import app.vocero.service.SettingsService;
import app.vocero.store.Database;
import app.vocero.store.SettingsRepository;
import java.nio.file.Path;
import java.util.Locale;

/**
 * The composition root: builds every store, provider client and service of one data directory, by hand, in one
 * place. The window and the command line both start from here.
 */
public final class VoceroApp implements AutoCloseable {

    private final Path dataDirectory;
    private final InstanceLock lock;
    private final Database database;
    private final SettingsService settings;

    private VoceroApp(Path dataDirectory, InstanceLock lock, Database database, Locale systemLocale) {
        this.dataDirectory = dataDirectory;
        this.lock = lock;
        this.database = database;
        this.settings = new SettingsService(new SettingsRepository(database), systemLocale);
    }

    /**
     * Takes the data directory for this process (one Vocero per directory), sends the logs there, opens and
     * migrates the database.
     */
    public static VoceroApp open(Path dataDirectory, Locale systemLocale) throws StartupException {
        Messages messages = Messages.of(systemLocale);
        InstanceLock lock = InstanceLock.acquire(dataDirectory, messages);
        try {
            LogSetup.toDataDirectory(dataDirectory);
            Database database = Database.open(dataDirectory, messages);
            return new VoceroApp(dataDirectory, lock, database, systemLocale);
        } catch (StartupException | RuntimeException e) {
            lock.close();
            throw e;
        }
    }

    public Path dataDirectory() {
        return dataDirectory;
    }

    public Path logFile() {
        return LogSetup.logFile(dataDirectory);
    }

    public SettingsService settings() {
        return settings;
    }

    @Override
    public void close() {
        database.close();
        lock.close();
    }
}
