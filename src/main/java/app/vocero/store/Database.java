package app.vocero.store;

import app.vocero.config.Messages;
import app.vocero.config.StartupException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.h2.api.ErrorCode;
import org.h2.jdbcx.JdbcDataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The local H2 database file ({@code vocero.mv.db}) in the data directory, migrated by Flyway on open. Everything
 * else reaches the database through the repositories of this package.
 */
public final class Database implements AutoCloseable {

    public static final String FILE_BASE_NAME = "vocero";
    public static final String FILE_NAME = FILE_BASE_NAME + ".mv.db";
    private static final Logger LOG = LoggerFactory.getLogger(Database.class);

    private final JdbcDataSource dataSource;
    private final Connection keepOpen;

    private Database(JdbcDataSource dataSource, Connection keepOpen) {
        this.dataSource = dataSource;
        this.keepOpen = keepOpen;
    }

    /** Opens (creating if needed) and migrates the database of a data directory. */
    public static Database open(Path dataDirectory, Messages messages) throws StartupException {
        Path file = dataDirectory.resolve(FILE_NAME);
        if (Files.exists(file) && !Files.isWritable(file)) {
            throw new StartupException(messages.format("startup.readOnly", file));
        }
        JdbcDataSource dataSource = new JdbcDataSource();
        dataSource.setURL(SharedOpening.url(dataDirectory.resolve(FILE_BASE_NAME)));
        dataSource.setUser("vocero");
        dataSource.setPassword("");
        Connection keepOpen = null;
        try {
            keepOpen = dataSource.getConnection();
            if (!SchemaCheck.upToDate(keepOpen)) { // Flyway only when the schema is behind
                Flyway.configure()
                        .dataSource(dataSource)
                        .locations("classpath:db/migration")
                        .load()
                        .migrate();
            }
            LOG.info("Database {} open", file);
            return new Database(dataSource, keepOpen);
        } catch (SQLException | FlywayException e) {
            closeQuietly(keepOpen);
            throw translate(e, file, messages);
        }
    }

    static StartupException translate(Exception e, Path file, Messages messages) {
        SQLException sql = findSqlException(e);
        int code = sql == null ? -1 : sql.getErrorCode();
        LOG.error("Database {} could not be opened (H2 error {})", file, code, e);
        switch (code) {
            case ErrorCode.DATABASE_ALREADY_OPEN_1:
                return new StartupException(messages.format("startup.inUse", file.getParent()), e);
            case ErrorCode.DATABASE_IS_READ_ONLY:
                return new StartupException(messages.format("startup.readOnly", file), e);
            case ErrorCode.FILE_CORRUPTED_1:
            case ErrorCode.FILE_VERSION_ERROR_1:
            case ErrorCode.GENERAL_ERROR_1:
                return new StartupException(messages.format("startup.corrupt", file), e);
            default:
                return new StartupException(messages.format("startup.databaseFailed", file, rootMessage(e)), e);
        }
    }

    private static SQLException findSqlException(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException) {
                return (SQLException) t;
            }
        }
        return null;
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        return root.getMessage();
    }

    /**
     * Forces everything committed so far onto the disk ({@code CHECKPOINT SYNC}: written, then fsync'd). H2 writes
     * a commit to its file from a background thread up to a second later; a process killed in between — or one
     * that ends without closing the database — loses it. The submission journal calls this after every write, so
     * a request's row is on disk before the request's first byte leaves.
     */
    public void forceToDisk(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("CHECKPOINT SYNC");
        }
    }

    /** A new connection; the caller closes it. */
    public Connection connection() throws SQLException {
        return dataSource.getConnection();
    }

    @Override
    public void close() {
        if (SharedOpening.servedByAnotherProcess(keepOpen)) {
            closeQuietly(keepOpen); // the database is another process's to shut down
            return;
        }
        try (Statement statement = keepOpen.createStatement()) {
            statement.execute("SHUTDOWN");
        } catch (SQLException e) {
            LOG.warn("Database shutdown: {}", e.getMessage());
        }
        closeQuietly(keepOpen);
    }

    private static void closeQuietly(Connection connection) {
        if (connection != null) {
            try {
                connection.close();
            } catch (SQLException ignored) {
                // closing after a failure: the first error is the one that matters
            }
        }
    }
}
