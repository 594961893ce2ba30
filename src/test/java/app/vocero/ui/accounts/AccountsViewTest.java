package app.vocero.ui.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import app.vocero.VoceroApp;
import app.vocero.config.Messages;
import app.vocero.domain.campaign.PriceTable;
import app.vocero.domain.campaign.ProviderId;
import app.vocero.ui.common.SyncTaskRunner;
import app.vocero.ui.common.ViewLoader;
import atlantafx.base.theme.PrimerLight;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.util.Locale;
import java.util.Optional;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The accounts screen in Spanish: list, add, edit (price included), test, remove after asking. */
@ExtendWith(ApplicationExtension.class)
class AccountsViewTest {

    private VoceroApp app;
    private AccountsViewModel viewModel;

    @Start
    void start(Stage stage) throws Exception {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        app = VoceroApp.open(Files.createTempDirectory("vocero-accounts"), Locale.forLanguageTag("es-CO"),
                creating -> Optional.of("clave-de-prueba".toCharArray()));
        Messages messages = Messages.of(Locale.forLanguageTag("es"));
        viewModel = new AccountsViewModel(app.uiServices().accounts(), app.uiServices().accountTester(),
                app.uiServices().prices(), new SyncTaskRunner(), messages);
        ViewLoader views = new ViewLoader(messages.bundle(), type -> new AccountsController(viewModel));
        stage.setScene(new Scene(views.load(AccountsController.class), 1050, 760));
        stage.show();
    }

    @AfterEach
    void close() {
        app.close();
    }

    @Test
    void firstStartListsOneSandboxAccountPerProviderAndTestsThemWithTheWholeMessageShown(FxRobot robot) {
        TableView<AccountRow> accounts = robot.lookup("#accountsTable").queryTableView();
        assertThat(accounts.getItems()).extracting(AccountRow::name).containsExactlyInAnyOrder("Sandbox Saem",
                "Sandbox Meetzy", "Sandbox Routee", "Sandbox Octopush", "Sandbox Tata Smartflo");
        assertThat(cell(accounts, 0, 3)).isEqualTo("Claves públicas");
        assertThat(cell(accounts, 0, 4)).isEqualTo("Sin precio");
        assertThat(label(robot, "#protectionLabel")).startsWith("Los secretos nuevos en este computador se guardan cifrados");
        assertThat(robot.lookup("#testButton").query().isDisabled()).isTrue();

        robot.clickOn("Sandbox Routee");
        assertThat(robot.lookup("#removeButton").query().isDisabled()).as("sandbox accounts stay").isTrue();
        robot.clickOn("#testButton");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(label(robot, "#testResult")).isEqualTo("La cuenta funciona: Routee aceptó sus credenciales.");
        assertThat(robot.lookup("#testResult").query().getStyleClass()).contains("test-ok");

        robot.clickOn("Sandbox Saem");
        robot.clickOn("#testButton");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(label(robot, "#testResult")).contains("no tiene una llamada inofensiva");
        assertWhole(robot.lookup("#testResult").query());
        Button test = robot.lookup("#testButton").query();
        assertThat(test.getWidth()).as("the Test button never shrinks to …").isGreaterThanOrEqualTo(test.prefWidth(-1));
    }

    @Test
    void anAccountAddedInTheFormIsListedWithItsSecretStoredAndTheSecretLeavesTheForm(FxRobot robot) {
        robot.clickOn("#addButton");
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> robot.lookup("#providerChoice").queryComboBox().getSelectionModel().select(ProviderId.OCTOPUSH));
        assertThat(robot.lookup("#loginField").queryTextInputControl().getPromptText()).contains("api-login");
        type(robot, "#nameField", "Octopush principal");
        type(robot, "#secretField", "clave-secreta-1");
        robot.clickOn("#saveButton");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(label(robot, "#formProblem")).isEqualTo("Octopush necesita el api-login (su correo de Octopush) como usuario.");

        type(robot, "#loginField", "cobros@empresa.co");
        robot.clickOn("#saveButton");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(label(robot, "#testResult"))
                .isEqualTo("Se agregó \"Octopush principal\": su secreto se guarda cifrado con su frase de acceso de Vocero.");
        assertThat(robot.lookup("#formPane").query().isVisible()).isFalse();
        assertThat(app.uiServices().accounts().find("Octopush principal")).isPresent();
        TableView<AccountRow> accounts = robot.lookup("#accountsTable").queryTableView();
        int row = rowOf(accounts, "Octopush principal");
        assertThat(accounts.getSelectionModel().getSelectedItem().name()).isEqualTo("Octopush principal");
        assertThat(cell(accounts, row, 3)).isEqualTo("Guardado (frase de acceso)");
        assertThat(cell(accounts, row, 2)).isEqualTo("https://api.octopush.com");
        for (int r = 0; r < accounts.getItems().size(); r++) {
            for (int c = 0; c < accounts.getColumns().size(); c++) {
                assertThat(cell(accounts, r, c)).as("never the secret").doesNotContain("clave-secreta-1");
            }
        }

        robot.clickOn("#addButton");
        type(robot, "#nameField", "Octopush principal");
        type(robot, "#secretField", "otra");
        robot.interact(() -> robot.lookup("#providerChoice").queryComboBox().getSelectionModel().select(ProviderId.SAEM));
        robot.clickOn("#saveButton");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(label(robot, "#formProblem")).isEqualTo("Ya hay una cuenta llamada \"Octopush principal\".");
        robot.type(javafx.scene.input.KeyCode.ESCAPE); // Escape closes the form
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#formPane").query().isVisible()).isFalse();
        assertThat(robot.lookup("#secretField").queryTextInputControl().getText()).as("the secret leaves the form").isEmpty();
    }

    @Test
    void editingChangesTheAddressAndThePriceButNeverTheName(FxRobot robot) {
        app.accounts().add(new app.vocero.service.AccountService.NewAccount("Saem cobros", ProviderId.SAEM, null, null,
                null, "clave-saem"));
        refresh(robot);
        robot.clickOn("Saem cobros");
        robot.clickOn("#editButton");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(label(robot, "#formTitle")).isEqualTo("Editar \"Saem cobros\"");
        assertThat(robot.lookup("#nameField").query().isDisabled()).isTrue();
        assertThat(robot.lookup("#secretField").queryTextInputControl().getPromptText())
                .isEqualTo("Vacío = conservar el guardado");
        type(robot, "#baseUrlField", "http://127.0.0.1:8787/saem");
        robot.interact(() -> robot.lookup("#priceChoice").queryComboBox().getSelectionModel()
                .select(AccountForm.PriceChoice.PER_MINUTE));
        type(robot, "#amountField", "1.234,5");
        type(robot, "#currencyField", "COP");
        robot.clickOn("#saveButton");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(label(robot, "#formProblem")).isEmpty();
        assertThat(label(robot, "#testResult")).isEqualTo("Se guardaron los cambios de \"Saem cobros\".");
        assertThat(app.accounts().find("Saem cobros").orElseThrow().baseUrl()).isEqualTo("http://127.0.0.1:8787/saem");
        assertThat(app.prices().find("Saem cobros")).contains(new PriceTable(PriceTable.Unit.PER_MINUTE,
                new BigDecimal("1234.5"), "COP"));
        TableView<AccountRow> accounts = robot.lookup("#accountsTable").queryTableView();
        assertThat(cell(accounts, rowOf(accounts, "Saem cobros"), 4)).isEqualTo("1,234.5 COP por minuto");
        assertThat(cell(accounts, rowOf(accounts, "Saem cobros"), 2)).isEqualTo("http://127.0.0.1:8787/saem");
    }

    @Test
    void removingAsksFirstAndKeepingItChangesNothing(FxRobot robot) {
        app.accounts().add(new app.vocero.service.AccountService.NewAccount("Meetzy viejo", ProviderId.MEETZY, null, null,
                null, "token-viejo"));
        app.prices().set("Meetzy viejo", PriceTable.Unit.PER_CALL, new BigDecimal("90"), "COP");
        refresh(robot);
        robot.clickOn("Meetzy viejo");
        robot.clickOn("#removeButton");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#removeBar").query().isVisible()).isTrue();
        assertThat(label(robot, "#removeQuestion")).startsWith("¿Quitar \"Meetzy viejo\" y su secreto?");
        robot.clickOn("#keepButton");
        assertThat(robot.lookup("#removeBar").query().isVisible()).isFalse();
        assertThat(app.accounts().find("Meetzy viejo")).isPresent();

        robot.clickOn("#removeButton");
        robot.clickOn("#confirmRemoveButton");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(app.accounts().find("Meetzy viejo")).isEmpty();
        assertThat(app.prices().find("Meetzy viejo")).as("its price goes with it").isEmpty();
        assertThat(label(robot, "#testResult")).startsWith("Se quitó \"Meetzy viejo\" con su secreto.");
        TableView<AccountRow> accounts = robot.lookup("#accountsTable").queryTableView();
        assertThat(accounts.getItems()).extracting(AccountRow::name).doesNotContain("Meetzy viejo");
    }

    /** Reads the accounts again, as the screen does after each action. */
    private void refresh(FxRobot robot) {
        robot.interact(viewModel::refresh);
    }

    private static String cell(TableView<AccountRow> table, int row, int column) {
        return String.valueOf(table.getColumns().get(column).getCellData(row));
    }

    private static int rowOf(TableView<AccountRow> table, String name) {
        for (int i = 0; i < table.getItems().size(); i++) {
            if (table.getItems().get(i).name().equals(name)) {
                return i;
            }
        }
        throw new AssertionError("no row " + name);
    }

    private static String label(FxRobot robot, String id) {
        return robot.lookup(id).queryLabeled().getText();
    }

    /** A wrapping label gets the height its whole text needs: nothing is cut. */
    private static void assertWhole(Labeled label) {
        assertThat(label.getHeight()).isGreaterThanOrEqualTo(label.prefHeight(label.getWidth()) - 0.5);
    }

    private static void type(FxRobot robot, String field, String text) {
        robot.interact(() -> robot.lookup(field).queryTextInputControl().setText(text));
    }
}
