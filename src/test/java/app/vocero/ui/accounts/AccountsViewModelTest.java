package app.vocero.ui.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import app.vocero.VoceroApp;
import app.vocero.config.Messages;
import app.vocero.domain.campaign.ProviderId;
import app.vocero.service.AccountService;
import app.vocero.ui.common.SyncTaskRunner;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A missing or wrong passphrase is a clear message on the accounts screen, and changes nothing. */
class AccountsViewModelTest {

    @TempDir
    Path dir;
    private final AtomicInteger asked = new AtomicInteger();

    @BeforeEach
    void addAnAccount() throws Exception {
        try (VoceroApp app = VoceroApp.open(dir, Locale.forLanguageTag("es-CO"),
                creating -> Optional.of("clave-de-prueba".toCharArray()))) {
            app.accounts().add(new AccountService.NewAccount("Meetzy cobros", ProviderId.MEETZY,
                    "http://127.0.0.1:9/meetzy", null, null, "token-1"));
        }
    }

    private VoceroApp openWith(String passphrase) throws Exception {
        return VoceroApp.open(dir, Locale.forLanguageTag("es-CO"), creating -> {
            asked.incrementAndGet();
            return passphrase == null ? Optional.empty() : Optional.of(passphrase.toCharArray());
        });
    }

    private static AccountsViewModel screen(VoceroApp app, String language) {
        AccountsViewModel viewModel = new AccountsViewModel(app.accounts(), app.accountTester(), app.prices(),
                new SyncTaskRunner(), Messages.of(Locale.forLanguageTag(language)));
        viewModel.refresh();
        return viewModel;
    }

    private static void select(AccountsViewModel viewModel, String name) {
        viewModel.rows().stream().filter(row -> row.name().equals(name)).findFirst()
                .ifPresent(viewModel.selectedProperty()::set);
    }

    @Test
    void listingTellsTheSecretIsStoredWithoutAskingForThePassphrase() throws Exception {
        try (VoceroApp app = openWith("clave-de-prueba")) {
            AccountsViewModel viewModel = screen(app, "en");
            AccountRow row = viewModel.rows().stream().filter(r -> r.name().equals("Meetzy cobros")).findFirst().orElseThrow();
            assertThat(viewModel.secretText(row)).isEqualTo("Stored (your passphrase)");
            assertThat(asked).as("no passphrase to list").hasValue(0);
        }
    }

    @Test
    void aWrongPassphraseIsSaidPlainlyWhenTesting() throws Exception {
        try (VoceroApp app = openWith("otra-clave-mala")) {
            AccountsViewModel viewModel = screen(app, "es");
            select(viewModel, "Meetzy cobros");
            viewModel.testSelected();
            assertThat(viewModel.statusProperty().get()).isEqualTo("No se pudo hacer la prueba: Frase de acceso "
                    + "incorrecta: con ella no se pueden leer los secretos de los proveedores.");
            assertThat(viewModel.toneProperty().get()).isEqualTo(AccountsViewModel.Tone.FAILED);
            assertThat(viewModel.busyProperty().get()).isFalse();
        }
    }

    @Test
    void aDeclinedPassphraseIsSaidPlainlyInEnglishToo() throws Exception {
        try (VoceroApp app = openWith(null)) {
            AccountsViewModel viewModel = screen(app, "en");
            select(viewModel, "Meetzy cobros");
            viewModel.testSelected();
            assertThat(viewModel.statusProperty().get())
                    .startsWith("The test could not run: Vocero needs your passphrase to read provider secrets")
                    .doesNotContain("unexpected").doesNotContain("Exception");
        }
    }

    @Test
    void aWrongPassphraseRemovesNothingAndChangesNoSecret() throws Exception {
        try (VoceroApp app = openWith("otra-clave-mala")) {
            AccountsViewModel viewModel = screen(app, "es");
            select(viewModel, "Meetzy cobros");
            viewModel.askRemove();
            viewModel.confirmRemove();
            assertThat(viewModel.statusProperty().get()).isEqualTo("No se quitó \"Meetzy cobros\": Frase de acceso "
                    + "incorrecta: con ella no se pueden leer los secretos de los proveedores.");
            assertThat(app.accounts().find("Meetzy cobros")).isPresent();

            select(viewModel, "Meetzy cobros");
            viewModel.startEdit();
            viewModel.form().secretProperty().set("token-2");
            viewModel.form().baseUrlProperty().set("http://127.0.0.1:10/otra");
            viewModel.save();
            assertThat(viewModel.form().problemProperty().get()).startsWith("Frase de acceso incorrecta");
            assertThat(viewModel.form().modeProperty().get()).isEqualTo(AccountForm.Mode.EDIT);
            assertThat(app.accounts().find("Meetzy cobros").orElseThrow().baseUrl()).isEqualTo("http://127.0.0.1:9/meetzy");
        }
    }

    @Test
    void aPriceThatIsNotANumberIsRefusedInWordsAndNothingIsSaved() throws Exception {
        try (VoceroApp app = openWith("clave-de-prueba")) {
            AccountsViewModel viewModel = screen(app, "es");
            select(viewModel, "Sandbox Saem");
            viewModel.startEdit();
            assertThat(viewModel.form().sandboxProperty().get()).isTrue();
            viewModel.form().priceProperty().set(AccountForm.PriceChoice.PER_CALL);
            viewModel.form().amountProperty().set("diez");
            viewModel.form().currencyProperty().set("COP");
            viewModel.save();
            assertThat(viewModel.form().problemProperty().get()).startsWith("Escriba el precio como un número");
            viewModel.form().amountProperty().set("0,75");
            viewModel.form().currencyProperty().set(" ");
            viewModel.save();
            assertThat(viewModel.form().problemProperty().get()).startsWith("Indique la moneda del precio");
            assertThat(app.prices().find("Sandbox Saem")).isEmpty();
            viewModel.form().currencyProperty().set("USD");
            viewModel.save();
            assertThat(app.prices().find("Sandbox Saem").orElseThrow().amount()).isEqualByComparingTo("0.75");
            assertThat(asked).as("a sandbox price needs no passphrase").hasValue(0);
        }
    }
}
