package app.vocero;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.vocero.config.Language;
import app.vocero.config.StartupException;
import app.vocero.domain.Account;
import app.vocero.domain.campaign.ProviderId;
import app.vocero.service.AccountService;
import app.vocero.store.TestPostgres;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two desktops (two data directories) on one team database: what a team shares is seen by both; what is each
 * desktop's own — secrets, language — stays on that desktop.
 */
class TeamCompositionTest {

    @TempDir
    Path dir;

    private VoceroApp desktop(String name, String url) throws StartupException {
        return VoceroApp.open(dir.resolve(name), Locale.ENGLISH, creating -> Optional.of("clave-de-prueba".toCharArray()),
                DatabaseChoice.of(url, Map.of("VOCERO_DB_USER", TestPostgres.USER)));
    }

    @Test
    void twoDesktopsShareListsDoNotCallAccountsAndPricesButNotSecretsOrLanguage() throws Exception {
        String url = TestPostgres.emptyDatabaseUrl();
        try (VoceroApp ana = desktop("ana", url); VoceroApp luis = desktop("luis", url)) {
            assertThat(ana.team().inUse()).contains(url.substring("jdbc:postgresql://".length()));

            ana.doNotCall().add(List.of("3001234567"), "CO", "en");
            assertThat(luis.doNotCall().entries()).extracting(entry -> entry.e164()).containsExactly("+573001234567");

            String draft = ana.drafts().create(new app.vocero.domain.campaign.Draft(1, "Cobranza del equipo",
                    ProviderId.SAEM, null, null, null, List.of(), "-05:00", Map.of(), Map.of()));
            assertThat(luis.drafts().list()).singleElement().satisfies(seen -> {
                assertThat(seen.id()).isEqualTo(draft);
                assertThat(seen.draft().name()).isEqualTo("Cobranza del equipo");
            });

            ana.accounts().add(new AccountService.NewAccount("Saem equipo", ProviderId.SAEM, "https://api.saem.example",
                    null, null, "sk-de-ana"));
            Account seen = luis.accounts().find("Saem equipo").orElseThrow();
            assertThat(ana.accounts().hasSecret(ana.accounts().find("Saem equipo").orElseThrow())).isTrue();
            assertThat(luis.accounts().hasSecret(seen)).as("the key stays on Ana's computer").isFalse();

            ana.prices().set("Saem equipo", app.vocero.domain.campaign.PriceTable.Unit.PER_CALL,
                    new java.math.BigDecimal("95"), "COP");
            assertThat(luis.prices().find("Saem equipo")).isPresent();

            ana.settings().setLanguage(Language.SPANISH);
            luis.settings().setLanguage(Language.ENGLISH);
            assertThat(ana.settings().language()).as("the language is each desktop's own").isEqualTo(Language.SPANISH);
        }
        try (VoceroApp alone = VoceroApp.open(dir.resolve("ana"), Locale.ENGLISH)) {
            assertThat(alone.team().inUse()).isEmpty();
            assertThat(alone.doNotCall().entries()).as("this computer's own database kept none of the team's").isEmpty();
        }
    }

    @Test
    void theTeamDatabaseSavedInSettingsIsUsedAndLocalOverridesIt() throws Exception {
        String url = TestPostgres.newDatabaseUrl();
        try (VoceroApp app = VoceroApp.open(dir.resolve("d"), Locale.ENGLISH,
                creating -> Optional.of("clave-de-prueba".toCharArray()))) {
            assertThat(app.team().save(url, TestPostgres.USER, "secreto".toCharArray(), Locale.ENGLISH).ok()).isTrue();
            assertThat(app.team().configured()).map(c -> c.user()).contains(TestPostgres.USER);
            assertThat(app.team().passwordKept(url, TestPostgres.USER, Locale.ENGLISH)).isTrue();
        }
        try (VoceroApp app = VoceroApp.open(dir.resolve("d"), Locale.ENGLISH, creating -> Optional.empty(),
                DatabaseChoice.of(null, Map.of()))) {
            assertThat(app.team().inUse()).as("Settings name the team database").isPresent();
            app.doNotCall().add(List.of("3109876543"), "CO", "en");
        }
        try (VoceroApp app = VoceroApp.open(dir.resolve("d"), Locale.ENGLISH, creating -> Optional.empty(),
                DatabaseChoice.of("local", Map.of()))) {
            assertThat(app.team().inUse()).isEmpty();
            assertThat(app.doNotCall().entries()).isEmpty();
            app.team().forget();
            assertThat(app.team().configured()).isEmpty();
        }
    }

    @Test
    void aRemoteAddressWithoutTlsIsRefusedBeforeAnythingConnects() {
        assertThatThrownBy(() -> desktop("x", "jdbc:postgresql://db.callcenter.example/vocero"))
                .isInstanceOf(StartupException.class).hasMessageContaining("sslmode=verify-full");
    }

    @Test
    void anUnreachableTeamDatabaseSaysSoAndLeavesTheDataDirectoryUsable() throws Exception {
        int closed;
        try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
            closed = socket.getLocalPort();
        }
        String url = "jdbc:postgresql://127.0.0.1:" + closed + "/vocero";
        assertThatThrownBy(() -> desktop("y", url)).isInstanceOf(StartupException.class)
                .hasMessageContaining("cannot be reached");
        try (VoceroApp local = VoceroApp.open(dir.resolve("y"), Locale.ENGLISH)) {
            assertThat(local.team().inUse()).isEmpty();
        }
    }
}
