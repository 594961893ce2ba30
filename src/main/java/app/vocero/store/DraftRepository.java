package app.vocero.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The window's campaign drafts in the database ({@code draft}, migration V9): the draft's version-1 JSON, where the
 * wizard was, and what the list shows. Standard SQL only (no vendor upsert), so it runs on H2 and PostgreSQL alike.
 * Every write is committed and then {@linkplain Database#forceToDisk forced to the disk}: a process killed right
 * after a save never loses it.
 *
 * <p>Saves are optimistic: {@link #update} names the version it was based on and changes nothing when another
 * desktop saved in between ({@link Saved.Conflict}); the caller decides what happens to its copy.
 */
public final class DraftRepository {

    private static final Pattern ID = Pattern.compile("[A-Za-z0-9-]{1,64}");
    private static final String DUPLICATE_KEY = "23505"; // SQLState of a unique violation, H2 and PostgreSQL alike
    private static final String COLUMNS = "id, name, provider, contacts, contact_count, draft_json, wizard_step, version, "
            + "created_at, updated_at, made_by_user, made_by_host, changed_by_user, changed_by_host";

    private final Connections database;
    private final Clock clock;
    private final Author me;

    /**
     * @param me who saves from this process (recorded as the maker of new drafts and the author of each change)
     */
    public DraftRepository(Database database, Clock clock, Author me) {
        this(new Connections() {
            @Override
            public Connection connection() throws SQLException {
                return database.connection();
            }

            @Override
            public void forceToDisk(Connection connection) throws SQLException {
                database.forceToDisk(connection);
            }
        }, clock, me);
    }

    /** Over any database with the {@code draft} table (the same SQL runs on PostgreSQL: see its test). */
    DraftRepository(Connections connections, Clock clock, Author me) {
        this.database = connections;
        this.clock = clock;
        this.me = me;
    }

    /** Where connections come from, and how a committed write is made durable. */
    interface Connections {
        Connection connection() throws SQLException;

        void forceToDisk(Connection connection) throws SQLException;
    }

    /** Who saves from this process. */
    public Author me() {
        return me;
    }

    /** An operating-system user on a computer. */
    public record Author(String user, String host) {

        /** The user and computer of this process (the names the send leases use). */
        public static Author thisComputer() {
            SendLeases.Holder holder = SendLeases.Holder.thisProcess();
            return new Author(holder.osUser(), holder.host());
        }

        @Override
        public String toString() {
            return user + "@" + host;
        }
    }

    /** What a save writes: the draft's JSON and the summary the list shows. */
    public record Content(String name, String provider, String contacts, Long contactCount, String json) {
    }

    /** A stored draft. {@code madeBy}/{@code changedBy} are empty for drafts imported from an older Vocero's files. */
    public record Row(String id, Content content, Optional<String> step, long version, Instant createdAt,
                      Instant updatedAt, Optional<Author> madeBy, Optional<Author> changedBy) {
    }

    /** The outcome of a save based on a version. */
    public sealed interface Saved {
        /** Written: the draft is now at {@code version}. */
        record Written(long version) implements Saved {
        }

        /** Not written: the draft was changed (or deleted: {@code current} empty) since the version the save was based on. */
        record Conflict(Optional<Row> current) implements Saved {
        }
    }

    /** Stores a new draft at version 1. */
    public void insert(String id, Content content, Optional<String> step) {
        Instant now = clock.instant();
        try (Connection connection = database.connection()) {
            insert(connection, id, content, step, now, Optional.of(me));
            database.forceToDisk(connection);
        } catch (SQLException e) {
            throw new StoreException("Could not save the draft " + id, e);
        }
    }

    /**
     * Stores a draft from an older Vocero's files unless one with that id is stored already (importing twice adds
     * nothing twice).
     *
     * @return whether it was stored now
     */
    public boolean insertIfAbsent(String id, Content content, Optional<String> step, Instant changedAt) {
        try (Connection connection = database.connection()) {
            if (find(connection, id).isPresent()) {
                return false;
            }
            try {
                insert(connection, id, content, step, changedAt, Optional.empty());
            } catch (SQLException e) {
                if (DUPLICATE_KEY.equals(e.getSQLState())) {
                    return false; // another process imported it at the same moment
                }
                throw e;
            }
            database.forceToDisk(connection);
            return true;
        } catch (SQLException e) {
            throw new StoreException("Could not import the draft " + id, e);
        }
    }

    private void insert(Connection connection, String id, Content content, Optional<String> step, Instant at,
                        Optional<Author> author) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO draft (" + COLUMNS
                + ") VALUES (?, ?, ?, ?, ?, ?, ?, 1, ?, ?, ?, ?, ?, ?)")) {
            insert.setString(1, checked(id));
            setContent(insert, 2, content);
            insert.setString(7, step.orElse(null));
            insert.setObject(8, time(at));
            insert.setObject(9, time(at));
            insert.setString(10, author.map(Author::user).orElse(null));
            insert.setString(11, author.map(Author::host).orElse(null));
            insert.setString(12, author.map(Author::user).orElse(null));
            insert.setString(13, author.map(Author::host).orElse(null));
            insert.executeUpdate();
        }
    }

    /**
     * Writes the draft's content if it is still at {@code basedOn}: the version it was read or last saved at.
     */
    public Saved update(String id, Content content, long basedOn) {
        try (Connection connection = database.connection()) {
            int changed;
            try (PreparedStatement update = connection.prepareStatement("UPDATE draft SET name = ?, provider = ?, "
                    + "contacts = ?, contact_count = ?, draft_json = ?, version = version + 1, updated_at = ?, "
                    + "changed_by_user = ?, changed_by_host = ? WHERE id = ? AND version = ?")) {
                setContent(update, 1, content);
                update.setObject(6, time(clock.instant()));
                update.setString(7, me.user());
                update.setString(8, me.host());
                update.setString(9, checked(id));
                update.setLong(10, basedOn);
                changed = update.executeUpdate();
            }
            if (changed == 1) {
                database.forceToDisk(connection);
                return new Saved.Written(basedOn + 1);
            }
            return new Saved.Conflict(find(connection, id));
        } catch (SQLException e) {
            throw new StoreException("Could not save the draft " + id, e);
        }
    }

    /** Where the wizard is in the draft; not a change of its content (no new version). False when it is gone. */
    public boolean saveStep(String id, String step) {
        try (Connection connection = database.connection();
             PreparedStatement update = connection.prepareStatement("UPDATE draft SET wizard_step = ? WHERE id = ?")) {
            update.setString(1, step);
            update.setString(2, checked(id));
            boolean found = update.executeUpdate() == 1;
            database.forceToDisk(connection);
            return found;
        } catch (SQLException e) {
            throw new StoreException("Could not save the step of the draft " + id, e);
        }
    }

    public Optional<Row> find(String id) {
        try (Connection connection = database.connection()) {
            return find(connection, id);
        } catch (SQLException e) {
            throw new StoreException("Could not read the draft " + id, e);
        }
    }

    private static Optional<Row> find(Connection connection, String id) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("SELECT " + COLUMNS + " FROM draft WHERE id = ?")) {
            select.setString(1, checked(id));
            try (ResultSet rows = select.executeQuery()) {
                return rows.next() ? Optional.of(row(rows)) : Optional.empty();
            }
        }
    }

    /** Every draft, the latest change first. */
    public List<Row> list() {
        List<Row> drafts = new ArrayList<>();
        try (Connection connection = database.connection();
             PreparedStatement select = connection.prepareStatement(
                     "SELECT " + COLUMNS + " FROM draft ORDER BY updated_at DESC, version DESC, id");
             ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                drafts.add(row(rows));
            }
            return drafts;
        } catch (SQLException e) {
            throw new StoreException("Could not list the drafts", e);
        }
    }

    /** @return whether there was such a draft */
    public boolean delete(String id) {
        try (Connection connection = database.connection();
             PreparedStatement delete = connection.prepareStatement("DELETE FROM draft WHERE id = ?")) {
            delete.setString(1, checked(id));
            boolean found = delete.executeUpdate() == 1;
            database.forceToDisk(connection);
            return found;
        } catch (SQLException e) {
            throw new StoreException("Could not delete the draft " + id, e);
        }
    }

    private static void setContent(PreparedStatement statement, int first, Content content) throws SQLException {
        statement.setString(first, clip(content.name() == null ? "" : content.name(), 255));
        statement.setString(first + 1, content.provider());
        statement.setString(first + 2, content.contacts() == null ? null : clip(content.contacts(), 1000));
        if (content.contactCount() == null) {
            statement.setNull(first + 3, Types.BIGINT);
        } else {
            statement.setLong(first + 3, content.contactCount());
        }
        statement.setString(first + 4, content.json());
    }

    private static Row row(ResultSet rows) throws SQLException {
        long count = rows.getLong(5);
        Long contactCount = rows.wasNull() ? null : count;
        Content content = new Content(rows.getString(2), rows.getString(3), rows.getString(4), contactCount, rows.getString(6));
        return new Row(rows.getString(1), content, Optional.ofNullable(rows.getString(7)), rows.getLong(8),
                rows.getObject(9, OffsetDateTime.class).toInstant(), rows.getObject(10, OffsetDateTime.class).toInstant(),
                author(rows.getString(11), rows.getString(12)), author(rows.getString(13), rows.getString(14)));
    }

    private static Optional<Author> author(String user, String host) {
        return user == null || host == null ? Optional.empty() : Optional.of(new Author(user, host));
    }

    private static OffsetDateTime time(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    private static String clip(String text, int length) {
        return text.length() <= length ? text : text.substring(0, length);
    }

    static String checked(String id) {
        if (id == null || !ID.matcher(id).matches()) {
            throw new IllegalArgumentException("Not a draft id: " + id);
        }
        return id;
    }
}
