package app.vocero.store;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Types;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BooleanSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Copies what a team shares from one database to another: a supervisor's local history into the team database
 * ("copy my local history to the team"), or the team's back into the local one (a laptop going offline). A row is
 * copied only when the target has no row with its primary key, so running the copy twice copies nothing twice, and
 * nothing in the target is ever changed or deleted: where both have a row (an account of the same name, a price
 * table) the target's stays. The shared tables are copied parents first, so foreign keys hold; per-desktop tables —
 * secrets, settings, send leases, Flyway's history — are never copied. Only the columns both databases have are
 * copied (an older schema on one side loses nothing it has); types are read and written by their JDBC kind, so H2's
 * CLOB/BLOB and PostgreSQL's TEXT/BYTEA meet.
 */
public final class DatabaseCopy {

    /**
     * The shared tables, parents before children. Tables missing on either side (a migration not there yet) are
     * skipped and reported as such.
     */
    static final List<String> SHARED_TABLES = List.of(
            "account", "price_table", "do_not_call", "contact_list", "contact_list_rejects",
            "campaign", "submission", "tracking_status", "call_outcome", "draft");

    /**
     * A batch is sent after this many rows or bytes, whichever comes first: bounded memory for a big history (one
     * contact list's data can be tens of megabytes).
     */
    private static final int BATCH = 50;
    private static final long BATCH_BYTES = 16L * 1024 * 1024;

    private static final Logger LOG = LoggerFactory.getLogger(DatabaseCopy.class);

    private final Database from;
    private final Database to;

    public DatabaseCopy(Database from, Database to) {
        this.from = from;
        this.to = to;
    }

    /** What one table gave: rows copied, rows the target already had. */
    public record TableCount(String table, long copied, long alreadyThere) {
    }

    /** What a copy did, table by table (only the tables both databases have). */
    public record Outcome(List<TableCount> tables, boolean cancelled) {

        public long copied() {
            return tables.stream().mapToLong(TableCount::copied).sum();
        }

        public long alreadyThere() {
            return tables.stream().mapToLong(TableCount::alreadyThere).sum();
        }

        /** Rows copied of one table (0 when it was not copied). */
        public long copied(String table) {
            return tables.stream().filter(t -> t.table().equals(table)).mapToLong(TableCount::copied).sum();
        }
    }

    /**
     * Copies every shared row the target lacks. Each table is committed on its own (and forced to the disk): a copy
     * cancelled or cut off half-way leaves whole tables, parents first, and the next run copies the rest.
     *
     * @param cancelled asked between batches
     * @throws StoreException when either database fails (the message names the table)
     */
    public Outcome copy(BooleanSupplier cancelled) {
        List<TableCount> counts = new ArrayList<>();
        try (Connection source = from.connection(); Connection target = to.connection()) {
            for (String table : SHARED_TABLES) {
                if (cancelled.getAsBoolean()) {
                    return new Outcome(List.copyOf(counts), true);
                }
                Map<String, String> sourceColumns = columns(source, table);
                Map<String, String> targetColumns = columns(target, table);
                if (sourceColumns.isEmpty() || targetColumns.isEmpty()) {
                    continue;
                }
                List<String> shared = new ArrayList<>();
                for (String column : sourceColumns.keySet()) {
                    if (targetColumns.containsKey(column)) {
                        shared.add(column);
                    }
                }
                List<String> key = primaryKey(target, targetColumns, table);
                if (key.isEmpty() || !shared.containsAll(key)) {
                    throw new StoreException("table " + table + " has no primary key both databases share", null);
                }
                TableCount count = copyTable(source, target, table, shared, key, cancelled);
                counts.add(count);
                if (cancelled.getAsBoolean()) {
                    return new Outcome(List.copyOf(counts), true);
                }
            }
        } catch (SQLException e) {
            throw new StoreException("copy between databases failed: " + e.getMessage(), e);
        }
        LOG.info("Copied {} rows ({} already there)", counts.stream().mapToLong(TableCount::copied).sum(),
                counts.stream().mapToLong(TableCount::alreadyThere).sum());
        return new Outcome(List.copyOf(counts), false);
    }

    private TableCount copyTable(Connection source, Connection target, String table, List<String> columns,
                                 List<String> key, BooleanSupplier cancelled) throws SQLException {
        String columnList = String.join(", ", columns);
        String keyTest = String.join(" AND ", key.stream().map(k -> k + " = ?").toList());
        String placeholders = String.join(", ", columns.stream().map(c -> "?").toList());
        long copied = 0;
        long already = 0;
        boolean autoCommit = target.getAutoCommit();
        boolean sourceAutoCommit = source.getAutoCommit();
        target.setAutoCommit(false);
        source.setAutoCommit(false); // PostgreSQL reads in batches (a cursor) only inside a transaction
        // one statement, batched: the row goes in unless the target has its key (portable SQL, H2 and PostgreSQL);
        // its update count says which it was
        try (PreparedStatement read = source.prepareStatement("SELECT " + columnList + " FROM " + table);
             PreparedStatement insert = target.prepareStatement("INSERT INTO " + table + " (" + columnList
                     + ") SELECT " + placeholders + " WHERE NOT EXISTS (SELECT 1 FROM " + table + " WHERE "
                     + keyTest + ")")) {
            read.setFetchSize(BATCH);
            int pending = 0;
            long pendingBytes = 0;
            try (ResultSet rows = read.executeQuery()) {
                ResultSetMetaData meta = rows.getMetaData();
                while (rows.next()) {
                    for (int i = 1; i <= columns.size(); i++) {
                        pendingBytes += transfer(rows, meta, i, insert, i);
                    }
                    for (int k = 0; k < key.size(); k++) {
                        transfer(rows, meta, columns.indexOf(key.get(k)) + 1, insert, columns.size() + k + 1);
                    }
                    insert.addBatch();
                    if (++pending == BATCH || pendingBytes >= BATCH_BYTES) {
                        long[] counted = count(insert.executeBatch());
                        copied += counted[0];
                        already += counted[1];
                        pending = 0;
                        pendingBytes = 0;
                        if (cancelled.getAsBoolean()) {
                            break;
                        }
                    }
                }
            }
            if (pending > 0) {
                long[] counted = count(insert.executeBatch());
                copied += counted[0];
                already += counted[1];
            }
            target.commit();
            to.forceToDisk(target);
        } catch (SQLException e) {
            target.rollback();
            throw new SQLException(table + ": " + e.getMessage(), e.getSQLState(), e.getErrorCode(), e);
        } finally {
            source.commit();
            source.setAutoCommit(sourceAutoCommit);
            target.setAutoCommit(autoCommit);
        }
        return new TableCount(table, copied, already);
    }

    /** Rows a batch inserted, and rows it left out because the target had them. */
    private static long[] count(int[] updates) {
        long inserted = 0;
        long skipped = 0;
        for (int update : updates) {
            if (update == 0) {
                skipped++;
            } else {
                inserted++; // 1, or a driver's "done, count unknown"
            }
        }
        return new long[] {inserted, skipped};
    }

    /**
     * One value from a row into a statement, by its JDBC kind: binary as bytes, text as a string, instants exact.
     *
     * @return about how many bytes the value holds (for the batch's bound)
     */
    private static long transfer(ResultSet rows, ResultSetMetaData meta, int column, PreparedStatement statement,
                                 int parameter) throws SQLException {
        int type = meta.getColumnType(column);
        switch (type) {
            case Types.BLOB, Types.BINARY, Types.VARBINARY, Types.LONGVARBINARY -> {
                byte[] bytes = rows.getBytes(column);
                if (bytes == null) {
                    statement.setNull(parameter, Types.BINARY);
                    return 0;
                }
                statement.setBytes(parameter, bytes);
                return bytes.length;
            }
            case Types.CLOB, Types.NCLOB, Types.LONGVARCHAR, Types.LONGNVARCHAR, Types.VARCHAR, Types.NVARCHAR,
                    Types.CHAR, Types.NCHAR -> {
                String text = rows.getString(column);
                statement.setString(parameter, text);
                return text == null ? 0 : 2L * text.length();
            }
            case Types.TIMESTAMP_WITH_TIMEZONE, Types.TIMESTAMP -> {
                OffsetDateTime time = rows.getObject(column, OffsetDateTime.class);
                if (time == null) {
                    statement.setNull(parameter, Types.TIMESTAMP_WITH_TIMEZONE);
                } else {
                    statement.setObject(parameter, time);
                }
                return 16;
            }
            default -> {
                Object value = rows.getObject(column);
                if (value == null) {
                    statement.setNull(parameter, type);
                } else {
                    statement.setObject(parameter, value);
                }
                return 16;
            }
        }
    }

    /** The table's columns (lower case, in their order), empty when the table does not exist. */
    private static Map<String, String> columns(Connection connection, String table) throws SQLException {
        Map<String, String> columns = new LinkedHashMap<>();
        DatabaseMetaData meta = connection.getMetaData();
        for (String name : new String[] {table.toUpperCase(Locale.ROOT), table}) {
            try (ResultSet rows = meta.getColumns(null, null, name, null)) {
                while (rows.next()) {
                    if (isUserSchema(rows.getString("TABLE_SCHEM"))) {
                        columns.put(rows.getString("COLUMN_NAME").toLowerCase(Locale.ROOT),
                                rows.getString("COLUMN_NAME"));
                    }
                }
            }
            if (!columns.isEmpty()) {
                break;
            }
        }
        return columns;
    }

    private static List<String> primaryKey(Connection connection, Map<String, String> columns, String table)
            throws SQLException {
        Map<Short, String> ordered = new java.util.TreeMap<>();
        DatabaseMetaData meta = connection.getMetaData();
        for (String name : new String[] {table.toUpperCase(Locale.ROOT), table}) {
            try (ResultSet rows = meta.getPrimaryKeys(null, null, name)) {
                while (rows.next()) {
                    if (isUserSchema(rows.getString("TABLE_SCHEM"))) {
                        ordered.put(rows.getShort("KEY_SEQ"), rows.getString("COLUMN_NAME").toLowerCase(Locale.ROOT));
                    }
                }
            }
            if (!ordered.isEmpty()) {
                break;
            }
        }
        return ordered.values().stream().filter(columns::containsKey).toList();
    }

    private static boolean isUserSchema(String schema) {
        return schema == null || schema.equalsIgnoreCase("PUBLIC");
    }
}
