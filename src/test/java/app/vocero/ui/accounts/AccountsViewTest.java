package app.vocero.ui.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import app.vocero.VoceroApp;
import app.vocero.config.Messages;
import app.vocero.domain.Account;
import app.vocero.domain.campaign.ProviderId;
import app.vocero.ui.common.SyncTaskRunner;
import app.vocero.ui.common.ViewLoader;
import atlantafx.base.theme.PrimerLight;
import java.nio.file.Files;
import java.util.Locale;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The accounts screen: the sandbox accounts of a first start, their protection, and a connection test. */
@ExtendWith(ApplicationExtension.class)
class AccountsViewTest {

    private VoceroApp app;

    @Start
    void start(Stage stage) throws Exception {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        app = VoceroApp.open(Files.createTempDirectory("vocero-accounts"), Locale.forLanguageTag("es-CO"),
                creating -> java.util.Optional.of("clave-de-prueba".toCharArray()));
        Messages messages = Messages.of(Locale.forLanguageTag("es"));
        AccountsViewModel viewModel = new AccountsViewModel(app.uiServices().accounts(), app.uiServices().accountTester(),
                new SyncTaskRunner(), messages);
        ViewLoader views = new ViewLoader(messages.bundle(), type -> new AccountsController(viewModel));
        stage.setScene(new Scene(views.load(AccountsController.class), 1100, 600));
        stage.show();
    }

    @AfterEach
    void close() {
        app.close();
    }

    @Test
    void firstStartListsOneSandboxAccountPerProviderAndTestsThem(FxRobot robot) {
        TableView<Account> accounts = robot.lookup("#accountsTable").queryTableView();
        assertThat(accounts.getItems()).extracting(Account::name).containsExactlyInAnyOrder("Sandbox Saem",
                "Sandbox Meetzy", "Sandbox Routee", "Sandbox Octopush", "Sandbox Tata Smartflo");
        assertThat(robot.lookup("#protectionLabel").queryLabeled().getText()).startsWith("Los secretos nuevos en este computador se guardan");
        assertThat(robot.lookup("#testButton").query().isDisabled()).isTrue();

        robot.clickOn("Sandbox Routee");
        robot.clickOn("#testButton");
        assertThat(robot.lookup("#testResult").queryLabeled().getText()).isEqualTo("La cuenta funciona: Routee aceptó sus credenciales.");

        robot.clickOn("Sandbox Saem");
        robot.clickOn("#testButton");
        assertThat(robot.lookup("#testResult").queryLabeled().getText()).contains("no tiene una llamada inofensiva");
    }

    @Test
    void anAccountAddedInTheFormIsListedWithItsProtectionAndItsSecretLeavesTheForm(FxRobot robot) {
        robot.interact(() -> ((javafx.scene.control.TitledPane) robot.lookup("#addPane").query()).setExpanded(true));
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> robot.lookup("#providerChoice").queryComboBox().getSelectionModel()
                .select(ProviderId.OCTOPUSH));
        assertThat(robot.lookup("#loginField").queryTextInputControl().getPromptText()).contains("api-login");
        type(robot, "#nameField", "Octopush principal");
        type(robot, "#loginField", "cobros@empresa.co");
        type(robot, "#secretField", "clave-secreta-1");
        assertThat(robot.lookup("#addButton").query().isDisabled()).isFalse();

        robot.clickOn("#addButton");
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();

        assertThat(robot.lookup("#addResult").queryLabeled().getText())
                .isEqualTo("Se agregó \"Octopush principal\": su secreto se guarda cifradas con su frase de acceso de Vocero.");
        assertThat(robot.lookup("#secretField").queryTextInputControl().getText()).isEmpty();
        TableView<Account> accounts = robot.lookup("#accountsTable").queryTableView();
        assertThat(accounts.getItems()).extracting(Account::name).contains("Octopush principal");

        type(robot, "#nameField", "Octopush principal");
        type(robot, "#loginField", "x@y.co");
        type(robot, "#secretField", "otra");
        robot.clickOn("#addButton");
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#addResult").queryLabeled().getText()).isEqualTo("Ya hay una cuenta llamada \"Octopush principal\".");
    }

    private static void type(FxRobot robot, String field, String text) {
        robot.interact(() -> robot.lookup(field).queryTextInputControl().setText(text));
    }
}
