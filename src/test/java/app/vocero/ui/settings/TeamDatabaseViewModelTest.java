package app.vocero.ui.settings;

import static org.assertj.core.api.Assertions.assertThat;

import app.vocero.config.Messages;
import app.vocero.service.TeamCopyService;
import app.vocero.service.TeamDatabaseService;
import app.vocero.store.Database;
import app.vocero.store.DoNotCallRepository;
import app.vocero.store.PassphraseSecretStore;
import app.vocero.store.SettingsRepository;
import app.vocero.store.TestPostgres;
import app.vocero.ui.common.SyncTaskRunner;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Settings → Team database against a real PostgreSQL server: try, save, copy there and back, forget. */
class TeamDatabaseViewModelTest {

    @TempDir
    Path dir;
    private Database local;
    private SettingsRepository settings;
    private TeamDatabaseService team;
    private final Messages english = Messages.of(Locale.ENGLISH);

    @BeforeEach
    void open() throws Exception {
        local = Database.open(dir, english);
        settings = new SettingsRepository(local);
        team = new TeamDatabaseService(settings, new PassphraseSecretStore(local,
                creating -> Optional.of("una frase larga".toCharArray())), null);
    }

    @AfterEach
    void close() {
        local.close();
    }

    private TeamDatabaseViewModel viewModel(Messages messages) {
        TeamCopyService copies = new TeamCopyService(local, () -> team.configured().map(saved -> {
            Database opened = TestPostgres.open(saved.url());
            return new TeamCopyService.TeamHandle(opened, saved.url(), true);
        }));
        return new TeamDatabaseViewModel(team, copies, new SyncTaskRunner(), messages);
    }

    @Test
    void aServerThatAnswersIsSavedForTheNextStartAndTheHistoryGoesThereOnce() {
        String url = TestPostgres.newDatabaseUrl();
        new DoNotCallRepository(local).add(List.of("+573001234567", "+573101234567"), "typed", Instant.now());
        TeamDatabaseViewModel model = viewModel(english);
        assertThat(model.inUseProperty().get()).isEqualTo("In use now: this computer's own database.");
        assertThat(model.canCopyProperty().get()).isFalse();

        model.urlProperty().set(url);
        model.userProperty().set(TestPostgres.USER);
        model.test();
        assertThat(model.resultOkProperty().get()).isTrue();
        assertThat(settings.get(TeamDatabaseService.URL_SETTING)).isEmpty(); // a test saves nothing

        model.save();
        assertThat(model.resultOkProperty().get()).isTrue();
        assertThat(model.resultProperty().get()).contains("from its next start");
        assertThat(team.configured()).isPresent();
        assertThat(model.canCopyProperty().get()).isTrue();

        model.copyToTeam();
        assertThat(model.resultProperty().get()).contains("2 do-not-call numbers").doesNotContain("there already");
        model.copyToTeam();
        assertThat(model.resultProperty().get()).startsWith("Nothing new to copy").contains("were there already");
        try (Database shared = TestPostgres.open(url)) {
            assertThat(new DoNotCallRepository(shared).numbers()).hasSize(2);
        }

        model.forget();
        assertThat(team.configured()).isEmpty();
        assertThat(model.canCopyProperty().get()).isFalse();
    }

    @Test
    void aServerThatDoesNotAnswerIsNotSavedAndTheReasonIsInTheWindowsLanguage() {
        TeamDatabaseViewModel model = viewModel(Messages.of(Locale.forLanguageTag("es")));
        model.urlProperty().set("postgresql://localhost:1/vocero");
        model.userProperty().set("ana");

        model.save();

        assertThat(model.resultOkProperty().get()).isFalse();
        assertThat(model.resultProperty().get()).isNotBlank().doesNotContain("Exception");
        assertThat(team.configured()).isEmpty();
    }

    @Test
    void aRemoteServerWithoutTlsIsRefusedBeforeConnecting() {
        TeamDatabaseViewModel model = viewModel(english);
        model.urlProperty().set("postgresql://db.example.com:5432/vocero");
        model.userProperty().set("ana");

        model.test();

        assertThat(model.resultOkProperty().get()).isFalse();
        assertThat(model.resultProperty().get()).contains("db.example.com");
    }
}
