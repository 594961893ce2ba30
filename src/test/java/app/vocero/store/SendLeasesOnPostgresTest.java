package app.vocero.store;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/**
 * Every test of {@link SendLeasesTest} on a real PostgreSQL (a fresh database each). There the leases' times are the
 * server's clock, one for every desktop: time passing is played by moving the stored heartbeat back.
 */
class SendLeasesOnPostgresTest extends SendLeasesTest {

    @Override
    Database openDatabase() {
        return TestPostgres.newDatabase();
    }

    @Override
    @Test
    void anotherHostsLeaseIsStaleOnlyWhenItsHeartbeatStops() {
        SendLeases.Holder eva = new SendLeases.Holder("eva", "pc-2", 300, null);
        SendLeases.Holder ana = new SendLeases.Holder("ana", "pc-1", 100, null);
        SendLeases.Lease far = leases(eva, Instant.now()).take(SendLeases.campaignKey("c1"));
        age(SendLeases.STALE_AFTER.minusSeconds(10));
        assertThatThrownBy(() -> leases(ana, Instant.now()).take(SendLeases.campaignKey("c1")))
                .isInstanceOf(SendLeases.Taken.class);
        far.confirm(); // a heartbeat, on the server's clock
        age(SendLeases.STALE_AFTER.minusSeconds(10));
        assertThatThrownBy(() -> leases(ana, Instant.now()).take(SendLeases.campaignKey("c1")))
                .isInstanceOf(SendLeases.Taken.class);
        age(Duration.ofSeconds(20));
        leases(ana, Instant.now()).take(SendLeases.campaignKey("c1")).close();
    }

    @Test
    void aDesktopWhoseClockRunsAheadDoesNotTakeALiveLeaseOfAnotherHost() {
        SendLeases.Holder eva = new SendLeases.Holder("eva", "pc-2", 300, null);
        SendLeases.Holder ana = new SendLeases.Holder("ana", "pc-1", 100, null);
        try (SendLeases.Lease lease = leases(eva, Instant.now()).take(SendLeases.campaignKey("c1"))) {
            // ana's computer thinks it is ten minutes later (more than STALE_AFTER): the server's clock decides
            assertThatThrownBy(() -> leases(ana, Instant.now().plus(Duration.ofMinutes(10)))
                    .take(SendLeases.campaignKey("c1"))).isInstanceOf(SendLeases.Taken.class);
            lease.confirm();
        }
    }

    private SendLeases leases(SendLeases.Holder holder, Instant desktopClock) {
        return new SendLeases(database, Clock.fixed(desktopClock, ZoneOffset.UTC), holder, other -> true);
    }

    /** As if {@code time} had passed since every lease's last heartbeat. */
    private void age(Duration time) {
        try (java.sql.Connection connection = database.connection();
             java.sql.PreparedStatement update = connection.prepareStatement(
                     "UPDATE send_lease SET heartbeat_at = heartbeat_at - make_interval(secs => ?)")) {
            update.setLong(1, time.toSeconds());
            update.executeUpdate();
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
