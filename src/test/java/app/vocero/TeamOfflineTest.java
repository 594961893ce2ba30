package app.vocero;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.vocero.config.StartupException;
import app.vocero.domain.campaign.Draft;
import app.vocero.domain.campaign.ProviderId;
import app.vocero.provider.http.HttpTransport;
import app.vocero.service.Progress;
import app.vocero.service.DraftService;
import app.vocero.service.SendRefused;
import app.vocero.service.TeamStatus;
import app.vocero.store.TestPostgres;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The team database cannot be reached when the window opens: the window works offline on this computer's database,
 * drafts keep working, sending is refused in words; when the server answers again the drafts made meanwhile are
 * saved to it, once. Commands fail instead, saying why.
 */
class TeamOfflineTest {

    @TempDir
    Path dir;

    private static Draft draft(String name) {
        return new Draft(1, name, ProviderId.SAEM, null, null, null, List.of(), "-05:00", Map.of(), Map.of());
    }

    @Test
    void aWindowWorksOfflineAndItsDraftsReachTheTeamWhenItIsBack() throws Exception {
        String url = TestPostgres.newDatabaseUrl();
        String later = url.substring(0, url.lastIndexOf('/') + 1) + "later_" + ProcessHandle.current().pid();
        DatabaseChoice choice = DatabaseChoice.of(later, Map.of("VOCERO_DB_USER", TestPostgres.USER));
        String id;
        try (VoceroApp app = VoceroApp.openWindow(dir.resolve("ana"), Locale.ENGLISH,
                creating -> Optional.of("clave-de-prueba".toCharArray()), HttpTransport.standard(), choice)) {
            TeamStatus status = app.teamStatus();
            assertThat(status.isOffline()).isTrue();
            assertThat(status.unreachable()).hasValueSatisfying(where -> assertThat(where).contains("later_"));
            assertThat(status.reason()).isNotBlank().doesNotContain("Exception");

            id = app.drafts().create(draft("Cobranza sin conexión"));
            assertThat(app.drafts().list()).extracting(DraftService.Saved::id).contains(id);
            Path file = app.drafts().file(id);
            assertThatThrownBy(() -> app.sender().send(file, Optional.empty(), Progress.NONE))
                    .isInstanceOf(SendRefused.class)
                    .satisfies(refused -> assertThat(((SendRefused) refused).message("es"))
                            .contains("Para enviar se necesita la base del equipo"))
                    .hasMessageContaining("Sending needs the team database");
            assertThat(app.history()).isEmpty();

            assertThat(status.probe(Locale.ENGLISH)).isInstanceOf(TeamStatus.Probe.StillOffline.class);

            TestPostgres.execute("postgres", "CREATE DATABASE " + later.substring(later.lastIndexOf('/') + 1)
                    + " TEMPLATE vocero_template");
            assertThat(status.probe(Locale.ENGLISH)).isEqualTo(new TeamStatus.Probe.Back(1));
            assertThat(status.probe(Locale.ENGLISH)).as("saved once").isEqualTo(new TeamStatus.Probe.Back(0));
        }
        try (VoceroApp back = VoceroApp.openWindow(dir.resolve("luis"), Locale.ENGLISH,
                creating -> Optional.of("clave-de-prueba".toCharArray()), HttpTransport.standard(), choice)) {
            assertThat(back.teamStatus().isOffline()).isFalse();
            assertThat(back.drafts().list()).extracting(saved -> saved.draft().name())
                    .containsExactly("Cobranza sin conexión");
        }
    }

    @Test
    void aCommandDoesNotGoOfflineItSaysWhy() {
        DatabaseChoice choice = DatabaseChoice.of("postgresql://localhost:1/vocero", Map.of("VOCERO_DB_USER", "ana"));
        assertThatThrownBy(() -> VoceroApp.open(dir.resolve("cmd"), Locale.ENGLISH, creating -> Optional.empty(),
                choice)).isInstanceOf(StartupException.class).hasMessageContaining("localhost:1");
    }
}
