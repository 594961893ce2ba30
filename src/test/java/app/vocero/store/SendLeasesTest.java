package app.vocero.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.vocero.config.Messages;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SendLeasesTest {

    @TempDir
    Path dir;
    Database database;
    private final Set<Long> running = new HashSet<>();
    private final MutableClock clock = new MutableClock();

    private final SendLeases.Holder ana = new SendLeases.Holder("ana", "pc-1", 100, Instant.parse("2026-12-06T08:00:00Z"));
    private final SendLeases.Holder luis = new SendLeases.Holder("luis", "pc-1", 200, Instant.parse("2026-12-06T08:00:00Z"));
    private final SendLeases.Holder remote = new SendLeases.Holder("eva", "pc-2", 300, null);

    /** This computer's H2 file; {@code SendLeasesOnPostgresTest} runs every test on the team's PostgreSQL. */
    Database openDatabase() throws Exception {
        return Database.open(dir, Messages.of(Locale.ENGLISH));
    }

    @BeforeEach
    void open() throws Exception {
        database = openDatabase();
        running.add(100L);
        running.add(200L);
    }

    @AfterEach
    void close() {
        database.close();
    }

    private SendLeases as(SendLeases.Holder holder) {
        return new SendLeases(database, clock, holder, other -> running.contains(other.pid()));
    }

    @Test
    void aLiveHolderKeepsItAndTheOtherIsToldWho() {
        try (SendLeases.Lease lease = as(ana).take(SendLeases.campaignKey("c1"))) {
            assertThatThrownBy(() -> as(luis).take(SendLeases.campaignKey("c1")))
                    .isInstanceOfSatisfying(SendLeases.Taken.class, taken -> {
                        assertThat(taken.holder().osUser()).isEqualTo("ana");
                        assertThat(taken.holder().pid()).isEqualTo(100);
                        assertThat(taken.holder().host()).isEqualTo("pc-1");
                    });
            // the same process cannot send the same campaign twice at once either
            assertThatThrownBy(() -> as(ana).take(SendLeases.campaignKey("c1"))).isInstanceOf(SendLeases.Taken.class);
            // another campaign is free
            as(luis).take(SendLeases.campaignKey("c2")).close();
            lease.confirm();
        }
        as(luis).take(SendLeases.campaignKey("c1")).close();
    }

    @Test
    void theLeaseOfAProcessThatDiedOnThisHostIsTakenOverAndTheDeadOneCannotGoOn() {
        SendLeases.Lease orphan = as(ana).take(SendLeases.campaignKey("c1"));
        running.remove(100L); // kill -9
        try (SendLeases.Lease lease = as(luis).take(SendLeases.campaignKey("c1"))) {
            assertThat(as(luis).holder(SendLeases.campaignKey("c1"))).map(SendLeases.Holder::osUser).contains("luis");
            assertThatThrownBy(orphan::confirm).isInstanceOf(SendLeases.Lost.class);
            orphan.close(); // releasing what is no longer yours leaves the new holder's lease alone
            assertThat(as(luis).holder(SendLeases.campaignKey("c1"))).map(SendLeases.Holder::osUser).contains("luis");
            lease.confirm();
        }
    }

    @Test
    void aProcessIdReusedByANewerProcessDoesNotKeepTheLease() {
        as(ana).take(SendLeases.campaignKey("c1"));
        SendLeases.Holder sameIdLater = new SendLeases.Holder("ana", "pc-1", 100, Instant.parse("2026-12-06T09:00:00Z"));
        boolean alive = new SendLeases.Holder("ana", "pc-1", ProcessHandle.current().pid(), Instant.EPOCH).isAlive();
        assertThat(alive).as("this process, started long after 1970, is not the recorded one").isFalse();
        assertThat(SendLeases.Holder.thisProcess().isAlive()).isTrue();
        assertThat(sameIdLater.pid()).isEqualTo(100);
    }

    @Test
    void anotherHostsLeaseIsStaleOnlyWhenItsHeartbeatStops() {
        SendLeases.Lease far = as(remote).take(SendLeases.campaignKey("c1"));
        clock.advance(SendLeases.STALE_AFTER.minusSeconds(10));
        assertThatThrownBy(() -> as(ana).take(SendLeases.campaignKey("c1"))).isInstanceOf(SendLeases.Taken.class);
        far.confirm(); // a heartbeat
        clock.advance(SendLeases.STALE_AFTER.minusSeconds(10));
        assertThatThrownBy(() -> as(ana).take(SendLeases.campaignKey("c1"))).isInstanceOf(SendLeases.Taken.class);
        clock.advance(Duration.ofSeconds(20));
        as(ana).take(SendLeases.campaignKey("c1")).close();
    }

    @Test
    void aDraftIsKeyedByItsRealPath() throws Exception {
        Path draft = java.nio.file.Files.writeString(dir.resolve("a.vocero.json"), "{}");
        assertThat(SendLeases.draftKey(dir.resolve("x/../a.vocero.json")))
                .isEqualTo(SendLeases.draftKey(draft)).startsWith("draft:");
    }

    private static final class MutableClock extends Clock {
        private Instant now = Instant.parse("2026-12-06T10:00:00Z");

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
