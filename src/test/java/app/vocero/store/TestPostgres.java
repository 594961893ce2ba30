package app.vocero.store;

import app.vocero.config.Messages;
import app.vocero.config.StartupException;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A real PostgreSQL server for the tests: ONE per test JVM, started lazily from Maven jars (zonky's embedded
 * PostgreSQL 14: no apt, no Docker, root or not) on a random loopback port, stopped when the JVM ends. Each test gets
 * its own database on it ({@code CREATE DATABASE}): {@link #newDatabaseUrl()} copies a database Vocero's migrations
 * were run on once, {@link #emptyDatabaseUrl()} is empty (what a team's {@code createdb} leaves).
 */
public final class TestPostgres {

    /** The server's superuser; it needs no password on loopback (trust). */
    public static final String USER = "postgres";
    private static final AtomicInteger NEXT = new AtomicInteger();
    private static EmbeddedPostgres server;
    private static boolean templateMade;

    private TestPostgres() {
    }

    private static synchronized EmbeddedPostgres server() {
        if (server == null) {
            try {
                // its binaries and data under this build's target/, not the shared /tmp: another build's embedded
                // server sweeping /tmp for old data directories must never take this one's away mid-run; zonky stops
                // the server (and removes its data directory) in its own shutdown hook at JVM exit
                java.io.File home = java.nio.file.Path.of("target", "embedded-pg").toAbsolutePath().toFile();
                server = EmbeddedPostgres.builder()
                        .setOverrideWorkingDirectory(home)
                        .setDataDirectory(new java.io.File(home, "data-" + ProcessHandle.current().pid()))
                        .setRegisterShutdownHook(true)
                        .start();
            } catch (IOException e) {
                throw new UncheckedIOException("Could not start the embedded PostgreSQL for the tests", e);
            }
        }
        return server;
    }

    /** The port the test server listens on (loopback). */
    public static int port() {
        return server().getPort();
    }

    /** A new, empty database (as {@code createdb} leaves it); its JDBC URL. */
    public static String emptyDatabaseUrl() {
        return create("TEMPLATE template0");
    }

    /** A new database with every migration of this build already applied; its JDBC URL. */
    public static String newDatabaseUrl() {
        synchronized (TestPostgres.class) {
            if (!templateMade) {
                execute("postgres", "CREATE DATABASE vocero_template");
                try (Database migrated = open(url("vocero_template"))) {
                    // migrated on open; closed so it can be copied
                }
                templateMade = true;
            }
            return create("TEMPLATE vocero_template");
        }
    }

    /** Opens a database of the test server as Vocero opens a team's. */
    public static Database open(String url) {
        try {
            return Database.openTeam(TeamAddress.parse(url, Messages.of(Locale.ENGLISH)), USER, new char[0],
                    Messages.of(Locale.ENGLISH));
        } catch (StartupException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    /** A new, migrated database, open. */
    public static Database newDatabase() {
        return open(newDatabaseUrl());
    }

    static String url(String database) {
        return "jdbc:postgresql://localhost:" + port() + "/" + database;
    }

    private static String create(String from) {
        String name = "t" + ProcessHandle.current().pid() + "_" + NEXT.incrementAndGet();
        execute("postgres", "CREATE DATABASE " + name + " " + from);
        return url(name);
    }

    /** Runs one statement as the superuser on a database of the test server. */
    public static void execute(String database, String sql) {
        try (Connection connection = server().getDatabase(USER, database).getConnection();
             Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(sql + ": " + e.getMessage(), e);
        }
    }
}
