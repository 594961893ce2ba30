package app.vocero.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import org.h2.engine.SessionRemote;
import org.h2.jdbc.JdbcConnection;

/**
 * How several Vocero processes (the window and commands) share one database file: H2's automatic mixed mode
 * ({@code AUTO_SERVER=TRUE}). The first process opens the file itself and serves it to the others on a TCP port of
 * the loopback interface only ({@code h2.bindAddress}); the port and a random key are in {@code vocero.lock.db},
 * inside the private data directory. When the serving process ends, another one takes the file over (H2 reconnects
 * its sessions). The mode needs H2's file-based lock ({@code FILE_LOCK=FILE}, the default), not {@code FS}.
 */
final class SharedOpening {

    static {
        // H2 reads this once, when its server first starts: serve the database to this computer only
        if (System.getProperty("h2.bindAddress") == null) {
            System.setProperty("h2.bindAddress", "127.0.0.1");
        }
    }

    private SharedOpening() {
    }

    static String url(Path fileBase) {
        return "jdbc:h2:file:" + fileBase + ";AUTO_SERVER=TRUE";
    }

    /** Whether this connection reaches a database another process serves (then this one must not shut it down). */
    static boolean servedByAnotherProcess(Connection connection) {
        try {
            return connection.unwrap(JdbcConnection.class).getSession() instanceof SessionRemote;
        } catch (SQLException | RuntimeException e) {
            return false;
        }
    }
}
