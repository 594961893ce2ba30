package app.vocero.store;

import app.vocero.domain.Operator;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Who is sending what, held in the database every process of a data directory shares ({@code send_lease}): a
 * process that sends, resumes or settles a campaign first inserts the row of that campaign (or of the draft it
 * sends); the table's primary key lets only one process in, and the row says who holds it so the other one can
 * tell the user. A row left behind by a process that died is recognised and taken over: on the same host, its
 * process id is gone (or is a newer process with that id); on another host, it stopped renewing its heartbeat.
 */
public final class SendLeases {

    /** How often a held lease is renewed, and after how long without renewal another host's lease is stale. */
    static final Duration HEARTBEAT = Duration.ofSeconds(20);
    static final Duration STALE_AFTER = Duration.ofMinutes(3);

    private static final Logger LOG = LoggerFactory.getLogger(SendLeases.class);

    private final Database database;
    private final Clock clock;
    private final Holder me;
    private final Predicate<Holder> alive;
    private final Map<String, Lease> held = new ConcurrentHashMap<>();
    private ScheduledExecutorService heartbeat;
    /** Why nothing may be sent from this process now (English, Spanish), or null when sending may go. */
    private volatile String[] refusal;

    public SendLeases(Database database, Clock clock) {
        this(database, clock, Holder.thisProcess(), Holder::isAlive);
    }

    /** With another identity and liveness test: tests play several processes in one. */
    SendLeases(Database database, Clock clock, Holder me, Predicate<Holder> alive) {
        this.database = database;
        this.clock = clock;
        this.me = me;
        this.alive = alive;
    }

    /**
     * From now on every {@link #take} is refused with this reason: a Vocero working offline on this computer's copy
     * of a team's data must not send, because only the team database's lease keeps two desktops from sending one
     * campaign twice.
     */
    public SendLeases refuseAll(String english, String spanish) {
        this.refusal = new String[] {english, spanish};
        return this;
    }

    /** The key of a campaign in the history. */
    public static String campaignKey(String campaignId) {
        return "campaign:" + campaignId;
    }

    /**
     * The key of a draft of the database ({@code draft:<id>}): one send of that draft at a time on every desktop that
     * shares the database, whichever file copy each one sends. Never equal to a {@link #draftKey(java.nio.file.Path)
     * file's key}, which is an absolute path.
     */
    public static String draftIdKey(String draftId) {
        return "draft:" + DraftRepository.checked(draftId);
    }

    /** The key of a draft file given to the command line: one send of the same file at a time. */
    public static String draftKey(java.nio.file.Path draftFile) {
        java.nio.file.Path path = draftFile.toAbsolutePath().normalize();
        try {
            path = path.toRealPath();
        } catch (java.io.IOException | SecurityException e) {
            // a file that cannot be resolved is refused later by the draft reader; its plain path is the key
        }
        String key = "draft:" + path;
        return key.length() > 4000 ? key.substring(0, 4000) : key;
    }

    /**
     * Takes the lease of {@code key} for this process.
     *
     * @throws Taken when a live process holds it (this one included: one send of a campaign at a time)
     */
    public Lease take(String key) {
        String[] refused = refusal;
        if (refused != null) {
            throw new Unavailable(refused[0], refused[1]);
        }
        try (Connection connection = database.connection()) {
            for (int attempt = 0; attempt < 3; attempt++) {
                String token = UUID.randomUUID().toString();
                Instant now = now(connection);
                try (PreparedStatement insert = connection.prepareStatement("INSERT INTO send_lease (lease_key, token, "
                        + "os_user, host, pid, process_start, taken_at, heartbeat_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
                    insert.setString(1, key);
                    insert.setString(2, token);
                    insert.setString(3, me.osUser());
                    insert.setString(4, me.host());
                    insert.setLong(5, me.pid());
                    insert.setTimestamp(6, me.processStart() == null ? null : Timestamp.from(me.processStart()));
                    insert.setTimestamp(7, Timestamp.from(now));
                    insert.setTimestamp(8, Timestamp.from(now));
                    insert.executeUpdate();
                    database.forceToDisk(connection);
                    Lease lease = new Lease(this, key, token);
                    held.put(token, lease);
                    startHeartbeat();
                    return lease;
                } catch (SQLException e) {
                    if (!database.dialect().isDuplicateKey(e)) {
                        throw e;
                    }
                }
                Optional<Row> holder = find(connection, key);
                if (holder.isEmpty()) {
                    continue; // released meanwhile
                }
                if (!stale(holder.get(), now)) {
                    throw new Taken(holder.get().holder(), holder.get().takenAt());
                }
                LOG.warn("Taking over the send lease {} left by {} (process gone)", key, holder.get().holder());
                try (PreparedStatement delete = connection.prepareStatement(
                        "DELETE FROM send_lease WHERE lease_key = ? AND token = ?")) {
                    delete.setString(1, key);
                    delete.setString(2, holder.get().token());
                    delete.executeUpdate();
                }
            }
            Optional<Row> holder = find(connection, key);
            throw new Taken(holder.map(Row::holder).orElse(me), holder.map(Row::takenAt).orElse(clock.instant()));
        } catch (SQLException e) {
            throw new StoreException("Could not take the send lease " + key, e);
        }
    }

    /** Who holds {@code key} now, if anyone. */
    public Optional<Holder> holder(String key) {
        try (Connection connection = database.connection()) {
            return find(connection, key).map(Row::holder);
        } catch (SQLException e) {
            throw new StoreException("Could not read the send lease " + key, e);
        }
    }

    private boolean stale(Row row, Instant now) {
        if (row.holder().host().equals(me.host())) {
            return !alive.test(row.holder());
        }
        return row.heartbeatAt().plus(STALE_AFTER).isBefore(now);
    }

    private static Optional<Row> find(Connection connection, String key) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("SELECT token, os_user, host, pid, process_start, "
                + "taken_at, heartbeat_at FROM send_lease WHERE lease_key = ?")) {
            select.setString(1, key);
            try (ResultSet rows = select.executeQuery()) {
                if (!rows.next()) {
                    return Optional.empty();
                }
                Timestamp start = rows.getTimestamp(5);
                return Optional.of(new Row(rows.getString(1), new Holder(rows.getString(2), rows.getString(3),
                        rows.getLong(4), start == null ? null : start.toInstant()), rows.getTimestamp(6).toInstant(),
                        rows.getTimestamp(7).toInstant()));
            }
        }
    }

    /**
     * Now, for the leases' times. On a team's server the desktops' own clocks may disagree by minutes, and a desktop
     * whose clock runs ahead would take a live lease of another host for stale: there the server's clock is the one
     * clock of every desktop. On this computer's own database, this process's clock.
     */
    private Instant now(Connection connection) throws SQLException {
        if (!database.shared()) {
            return clock.instant();
        }
        try (java.sql.Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT clock_timestamp()")) {
            rows.next();
            return rows.getTimestamp(1).toInstant();
        }
    }

    /** Renews the lease; false when it is no longer this holder's (taken over): nothing more may be sent under it. */
    boolean renew(Lease lease) {
        try (Connection connection = database.connection();
             PreparedStatement update = connection.prepareStatement(
                     "UPDATE send_lease SET heartbeat_at = ? WHERE lease_key = ? AND token = ?")) {
            update.setTimestamp(1, Timestamp.from(now(connection)));
            update.setString(2, lease.key());
            update.setString(3, lease.token);
            return update.executeUpdate() == 1;
        } catch (SQLException e) {
            throw new StoreException("Could not renew the send lease " + lease.key(), e);
        }
    }

    void release(Lease lease) {
        held.remove(lease.token);
        try (Connection connection = database.connection();
             PreparedStatement delete = connection.prepareStatement(
                     "DELETE FROM send_lease WHERE lease_key = ? AND token = ?")) {
            delete.setString(1, lease.key());
            delete.setString(2, lease.token);
            delete.executeUpdate();
        } catch (SQLException | RuntimeException e) {
            // a lease that cannot be released is taken over once this process is gone
            LOG.warn("Could not release the send lease {}: {}", lease.key(), e.getMessage());
        }
    }

    private synchronized void startHeartbeat() {
        if (heartbeat != null) {
            return;
        }
        heartbeat = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "vocero-send-lease");
            thread.setDaemon(true);
            return thread;
        });
        heartbeat.scheduleWithFixedDelay(() -> held.values().forEach(lease -> {
            try {
                renew(lease);
            } catch (RuntimeException e) {
                LOG.warn("Could not renew the send lease {}: {}", lease.key(), e.getMessage());
            }
        }), HEARTBEAT.toSeconds(), HEARTBEAT.toSeconds(), TimeUnit.SECONDS);
    }

    /** Stops renewing (the data directory is closing). */
    public synchronized void close() {
        if (heartbeat != null) {
            heartbeat.shutdownNow();
            heartbeat = null;
        }
    }

    private record Row(String token, Holder holder, Instant takenAt, Instant heartbeatAt) {
    }

    /** A process that may hold leases: who runs it, where, and its id. */
    public record Holder(String osUser, String host, long pid, Instant processStart) {

        public static Holder thisProcess() {
            ProcessHandle self = ProcessHandle.current();
            Operator desktop = Operator.thisDesktop();
            return new Holder(desktop.user(), desktop.host(), self.pid(), self.info().startInstant().orElse(null));
        }

        /** Who runs the process, and where. */
        public Operator operator() {
            return new Operator(osUser, host);
        }

        /** Whether the process is still running on this host (the same id started at the same time). */
        boolean isAlive() {
            Optional<ProcessHandle> process = ProcessHandle.of(pid);
            if (process.isEmpty() || !process.get().isAlive()) {
                return false;
            }
            Optional<Instant> started = process.get().info().startInstant();
            return processStart == null || started.isEmpty()
                    || Duration.between(started.get(), processStart).abs().compareTo(Duration.ofSeconds(2)) < 0;
        }
    }

    /** A lease this process holds; closing releases it. */
    public static final class Lease implements AutoCloseable {
        private final SendLeases leases;
        private final String key;
        private final String token;

        private Lease(SendLeases leases, String key, String token) {
            this.leases = leases;
            this.key = key;
            this.token = token;
        }

        public String key() {
            return key;
        }

        /**
         * Checks that this process still holds the lease (and renews it), right before a request is journaled.
         *
         * @throws Lost when another process took it over: nothing more may leave under it
         */
        public void confirm() {
            if (!leases.renew(this)) {
                throw new Lost(key);
            }
        }

        @Override
        public void close() {
            leases.release(this);
        }
    }

    /** Another live process holds the lease. */
    public static final class Taken extends RuntimeException {
        private final transient Holder holder;
        private final Instant since;

        Taken(Holder holder, Instant since) {
            super("Already being sent by " + holder.osUser() + " on " + holder.host() + " (process " + holder.pid() + ")");
            this.holder = holder;
            this.since = since;
        }

        public Holder holder() {
            return holder;
        }

        public Instant since() {
            return since;
        }
    }

    /** No lease can be taken by this process now (see {@link #refuseAll}); the reason in English and Spanish. */
    public static final class Unavailable extends RuntimeException {
        private final String spanish;

        Unavailable(String english, String spanish) {
            super(english);
            this.spanish = spanish;
        }

        public String spanish() {
            return spanish;
        }
    }

    /** This process's lease was taken over by another process (it was thought dead). */
    public static final class Lost extends RuntimeException {
        Lost(String key) {
            super("The send lease " + key + " was taken over by another process");
        }
    }
}
