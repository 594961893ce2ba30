package app.vocero.store;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.sql.DataSource;

/**
 * A few connections to a team's server kept open for the next use: opening one costs a server process, the log-in
 * and TLS (some 8 ms on loopback, far more across a network), and every repository call asks for one. A connection
 * handed back is rolled back if a transaction was left open and reset ({@code DISCARD ALL}: session settings return
 * to those it was opened with, {@code synchronous_commit=on} included); one that no longer answers is dropped.
 */
final class ConnectionPool {

    /** Idle connections kept; more may be open at once, the extra ones are closed when handed back. */
    static final int IDLE = 4;

    private final DataSource source;
    private final Deque<Connection> idle = new ArrayDeque<>();
    private boolean closed;

    ConnectionPool(DataSource source) {
        this.source = source;
    }

    Connection connection() throws SQLException {
        Connection physical;
        while ((physical = take()) != null) {
            if (physical.isValid(2)) {
                return handle(physical);
            }
            closeQuietly(physical);
        }
        return handle(source.getConnection());
    }

    private synchronized Connection take() {
        return idle.pollFirst();
    }

    /** What the caller holds: closing it hands the connection back instead. */
    private Connection handle(Connection physical) {
        AtomicBoolean handedBack = new AtomicBoolean();
        return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(), new Class<?>[] {Connection.class},
                (proxy, method, arguments) -> {
                    switch (method.getName()) {
                        case "close":
                            if (handedBack.compareAndSet(false, true)) {
                                giveBack(physical);
                            }
                            return null;
                        case "isClosed":
                            return handedBack.get() || physical.isClosed();
                        case "equals":
                            return proxy == arguments[0];
                        case "hashCode":
                            return System.identityHashCode(proxy);
                        default:
                            if (handedBack.get()) {
                                throw new SQLException("This connection was closed");
                            }
                            try {
                                return method.invoke(physical, arguments);
                            } catch (InvocationTargetException e) {
                                throw e.getCause();
                            }
                    }
                });
    }

    private void giveBack(Connection physical) {
        try {
            if (!physical.getAutoCommit()) {
                physical.rollback();
                physical.setAutoCommit(true);
            }
            try (Statement statement = physical.createStatement()) {
                statement.execute("DISCARD ALL");
            }
        } catch (SQLException e) {
            closeQuietly(physical); // a connection in doubt is not reused
            return;
        }
        synchronized (this) {
            if (!closed && idle.size() < IDLE) {
                idle.addFirst(physical);
                return;
            }
        }
        closeQuietly(physical);
    }

    /** Closes the idle connections; those in use are closed when handed back. */
    void close() {
        synchronized (this) {
            closed = true;
        }
        Connection physical;
        while ((physical = take()) != null) {
            closeQuietly(physical);
        }
    }

    private static void closeQuietly(Connection connection) {
        try {
            connection.close();
        } catch (SQLException ignored) {
            // a connection that cannot even close is gone anyway
        }
    }
}
