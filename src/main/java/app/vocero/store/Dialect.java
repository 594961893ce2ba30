package app.vocero.store;

import java.sql.SQLException;
import java.util.List;
import java.util.stream.Collectors;

/**
 * What differs between the two databases Vocero stores in — the embedded H2 file and a team's PostgreSQL server — in
 * one place: where their vendor migrations are, how a row is inserted-or-updated (H2 {@code MERGE … KEY}, PostgreSQL
 * 14 {@code INSERT … ON CONFLICT}: it has no {@code MERGE}), and how a duplicate key is recognised. Nothing outside
 * this package knows which one it talks to.
 */
enum Dialect {
    H2("db/vendor/h2"),
    POSTGRESQL("db/vendor/postgresql");

    /** Portable migrations, run on both (V8 on). */
    static final String COMMON_LOCATION = "db/migration";
    /** The SQLState of a unique-key violation: PostgreSQL's, and H2's too. */
    private static final String UNIQUE_VIOLATION = "23505";

    private final String vendorLocation;

    Dialect(String vendorLocation) {
        this.vendorLocation = vendorLocation;
    }

    /** The folders of this database's migrations: the common one and its vendor folder. */
    List<String> locations() {
        return List.of(COMMON_LOCATION, vendorLocation);
    }

    String vendorLocation() {
        return vendorLocation;
    }

    /**
     * Inserts a row, or updates the row with the same key: one {@code ?} per column, in {@code columns} order (the
     * key columns among them).
     */
    String upsert(String table, List<String> keys, List<String> columns) {
        String names = String.join(", ", columns);
        String values = columns.stream().map(column -> "?").collect(Collectors.joining(", "));
        if (this == H2) {
            return "MERGE INTO " + table + " (" + names + ") KEY (" + String.join(", ", keys) + ") VALUES (" + values + ")";
        }
        List<String> rest = columns.stream().filter(column -> !keys.contains(column)).toList();
        return "INSERT INTO " + table + " (" + names + ") VALUES (" + values + ") ON CONFLICT (" + String.join(", ", keys)
                + ") " + (rest.isEmpty() ? "DO NOTHING"
                : "DO UPDATE SET " + rest.stream().map(column -> column + " = EXCLUDED." + column)
                        .collect(Collectors.joining(", ")));
    }

    /** Whether an insert failed because the key is taken (the one way {@code send_lease} lets only one in). */
    boolean isDuplicateKey(SQLException e) {
        for (SQLException next = e; next != null; next = next.getNextException()) {
            if (UNIQUE_VIOLATION.equals(next.getSQLState())
                    || (this == H2 && next.getErrorCode() == org.h2.api.ErrorCode.DUPLICATE_KEY_1)) {
                return true;
            }
        }
        return false;
    }
}
