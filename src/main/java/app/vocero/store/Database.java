package app.vocero.store;

import app.vocero.config.Messages;
import app.vocero.config.StartupException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.h2.api.ErrorCode;
import org.h2.jdbcx.JdbcDataSource;
import org.postgresql.ds.PGSimpleDataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Where Vocero keeps its data: the local H2 database file ({@code vocero.mv.db}) in the data directory, or a team's
 * PostgreSQL database ({@link #openTeam}); either is migrated by Flyway on open (the common migrations and the
 * database's vendor folder, see {@link Dialect}). Everything else reaches it through the repositories of this
 * package, which work the same on both: nothing above this package knows which one it talks to.
 */
public final class Database implements AutoCloseable {

    public static final String FILE_BASE_NAME = "vocero";
    public static final String FILE_NAME = FILE_BASE_NAME + ".mv.db";
    private static final Logger LOG = LoggerFactory.getLogger(Database.class);

    /** How long connecting to a team server may take before it is called unreachable. */
    static final int TEAM_CONNECT_TIMEOUT_SECONDS = 10;

    private final DataSource dataSource;
    private final Connection keepOpen;
    private final Dialect dialect;
    private final String where;
    /** A team server's connections, reused (null for the local file: H2 opens a connection in microseconds). */
    private final ConnectionPool pool;

    private Database(DataSource dataSource, Connection keepOpen, Dialect dialect, String where) {
        this.dataSource = dataSource;
        this.keepOpen = keepOpen;
        this.dialect = dialect;
        this.where = where;
        this.pool = dialect == Dialect.POSTGRESQL ? new ConnectionPool(dataSource) : null;
    }

    /**
     * This process runs one command and exits: when it shuts the local database down, H2 does not spend its
     * compaction time (up to {@code MAX_COMPACT_TIME}, 200 ms, moving chunks to the file's start with some 25 fsyncs)
     * on it. What was committed is still written and synced at shutdown; the journal's own {@code CHECKPOINT SYNC}
     * ({@link #forceToDisk}) is untouched; the window's shutdown still compacts the file. Before {@link #open}.
     */
    public static void withoutCompactionAtShutdown() {
        if (System.getProperty("h2.maxCompactTime") == null) {
            System.setProperty("h2.maxCompactTime", "0");
        }
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
            migrate(dataSource, keepOpen, Dialect.H2);
            LOG.info("Database {} open", file);
            return new Database(dataSource, keepOpen, Dialect.H2, file.toString());
        } catch (SQLException | FlywayException e) {
            closeQuietly(keepOpen);
            throw translate(e, file, messages);
        }
    }

    /** Flyway, only when the schema is behind: the common migrations and the vendor folder of this database. */
    private static void migrate(DataSource dataSource, Connection connection, Dialect dialect) {
        if (!SchemaCheck.upToDate(connection, dialect)) {
            Flyway.configure()
                    .dataSource(dataSource)
                    .locations(dialect.locations().stream().map(location -> "classpath:" + location).toArray(String[]::new))
                    .load()
                    .migrate();
        }
    }

    /**
     * Opens (and migrates) a team's PostgreSQL database. The server needs nothing but an empty database owned by the
     * user ({@code createdb --owner vocero vocero}): the first Vocero to connect creates the tables; Flyway's lock
     * lets two desktops starting at once migrate it once.
     *
     * @throws StartupException a sentence in the user's language saying what failed and what to do (unreachable,
     *                          wrong user or password, no such database, TLS refused, no right to create tables)
     */
    public static Database openTeam(TeamAddress address, String user, char[] password, Messages messages)
            throws StartupException {
        PGSimpleDataSource dataSource = teamDataSource(address, user, password);
        try (Connection connection = dataSource.getConnection()) {
            requireDurableCommits(connection);
            migrate(dataSource, connection, Dialect.POSTGRESQL);
            LOG.info("Team database {} open as {}", address.display(), user);
            return new Database(dataSource, null, Dialect.POSTGRESQL, address.display());
        } catch (SQLException | FlywayException e) {
            throw translateTeam(e, address, user, messages);
        }
    }

    /** The journal's rule on PostgreSQL: a commit is answered only once it is on disk (see {@link #forceToDisk}). */
    static void requireDurableCommits(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
             java.sql.ResultSet setting = statement.executeQuery("SHOW synchronous_commit")) {
            String value = setting.next() ? setting.getString(1) : "";
            if (value.equals("off")) {
                throw new SQLException("synchronous_commit is off on this connection: commits would not be durable");
            }
        }
    }

    /**
     * Tries a team database without keeping it: connects, and says in the user's language whether it worked (and
     * which PostgreSQL answered) or what to do. Nothing is created or changed on the server. For the Settings screen
     * and {@code vocero team test}.
     */
    public static TeamCheck test(String url, String user, char[] password, Messages messages) {
        TeamAddress address;
        try {
            address = TeamAddress.parse(url, messages);
        } catch (StartupException e) {
            return new TeamCheck(false, e.getMessage());
        }
        try (Connection connection = teamDataSource(address, user, password).getConnection()) {
            String version = connection.getMetaData().getDatabaseProductVersion();
            return new TeamCheck(true, messages.format("team.test.ok", address.display(), user, version));
        } catch (SQLException e) {
            return new TeamCheck(false, translateTeam(e, address, user, messages).getMessage());
        }
    }

    /** What {@link #test} found: whether the connection worked, and the sentence to show. */
    public record TeamCheck(boolean ok, String message) {
    }

    private static PGSimpleDataSource teamDataSource(TeamAddress address, String user, char[] password) {
        PGSimpleDataSource dataSource = new PGSimpleDataSource();
        dataSource.setURL(address.jdbcUrl());
        dataSource.setUser(user);
        dataSource.setPassword(password == null ? "" : new String(password));
        dataSource.setApplicationName("Vocero");
        dataSource.setConnectTimeout(TEAM_CONNECT_TIMEOUT_SECONDS);
        dataSource.setLoginTimeout(TEAM_CONNECT_TIMEOUT_SECONDS);
        // every connection commits durably: see forceToDisk
        dataSource.setOptions("-c synchronous_commit=on");
        return dataSource;
    }

    /** A team database's failure as what the user can do about it; the detail goes to the log, never a stack trace. */
    static StartupException translateTeam(Exception e, TeamAddress address, String user, Messages messages) {
        SQLException sql = findSqlException(e);
        String state = sql == null || sql.getSQLState() == null ? "" : sql.getSQLState();
        LOG.warn("Team database {} as {}: SQLState {}: {}", address.display(), user, state, rootMessage(e));
        if (causedByTls(e)) {
            return new StartupException(messages.format("team.error.tls", address.display()), e);
        }
        if (state.equals("28P01") || state.equals("28000")) {
            return new StartupException(messages.format("team.error.auth", user, address.display()), e);
        }
        if (state.equals("3D000")) {
            return new StartupException(messages.format("team.error.noDatabase", address.database(),
                    String.join(",", address.hosts())), e);
        }
        if (state.equals("42501")) {
            return new StartupException(messages.format("team.error.permission", user, address.database()), e);
        }
        if (state.startsWith("08") || findCause(e, java.net.ConnectException.class)
                || findCause(e, java.net.UnknownHostException.class)
                || findCause(e, java.net.SocketTimeoutException.class)) {
            return new StartupException(messages.format("team.error.unreachable", address.display()), e);
        }
        return new StartupException(messages.format("team.error.failed", address.display(), rootMessage(e)), e);
    }

    private static boolean causedByTls(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String message = t.getMessage() == null ? "" : t.getMessage().toLowerCase(Locale.ROOT);
            if (t instanceof javax.net.ssl.SSLException || message.contains("does not support ssl")
                    || message.contains("no encryption")) {
                return true;
            }
        }
        return false;
    }

    private static boolean findCause(Throwable e, Class<? extends Throwable> type) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
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
     * Forces everything committed so far onto the disk. The submission journal calls this after every write, so a
     * request's row is on disk before the request's first byte leaves.
     *
     * <p>H2: {@code CHECKPOINT SYNC} (written, then fsync'd) — H2 writes a commit to its file from a background
     * thread up to a second later; a process killed in between, or one that ends without closing the database,
     * loses it.
     *
     * <p>PostgreSQL: nothing more to do. Every team connection is opened with {@code synchronous_commit=on}
     * ({@link #teamDataSource}), so the server answers a commit only once its write-ahead log is flushed to disk (and
     * to a synchronous standby, if the team has one): a committed row is durable when the driver returns — even if
     * the server's own default were {@code off}, which would let a crash of the server lose the last commits. This
     * {@link #openTeam} checks that the server honours it. The driver's commit (auto-commit included) has then
     * already waited for the disk, and there is nothing left to force.
     */
    public void forceToDisk(Connection connection) throws SQLException {
        if (dialect == Dialect.POSTGRESQL) {
            return;
        }
        try (Statement statement = connection.createStatement()) {
            statement.execute("CHECKPOINT SYNC");
        }
    }

    /** Which database this is, for the dialect bits of the repositories. */
    Dialect dialect() {
        return dialect;
    }

    /** Where it is, for the user: the file of the local database, or {@code host:port/database} of a team's. */
    public String where() {
        return where;
    }

    /** Whether this is a team's database on a server (not this computer's own file). */
    public boolean shared() {
        return dialect == Dialect.POSTGRESQL;
    }

    /** A new connection; the caller closes it. */
    public Connection connection() throws SQLException {
        return pool != null ? pool.connection() : dataSource.getConnection();
    }

    @Override
    public void close() {
        if (keepOpen == null) {
            pool.close(); // a team database: its idle connections
            return;
        }
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
