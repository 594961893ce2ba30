package app.vocero.ui.campaign.wizard.contacts;

import static org.assertj.core.api.Assertions.assertThat;

import app.vocero.VoceroApp;
import app.vocero.config.Messages;
import app.vocero.domain.Contact;
import app.vocero.domain.ContactField;
import app.vocero.domain.Reject;
import app.vocero.domain.RejectReason;
import app.vocero.domain.campaign.Draft;
import app.vocero.domain.campaign.ProviderId;
import app.vocero.ui.campaign.wizard.CampaignWizardModel;
import app.vocero.ui.common.SyncTaskRunner;
import app.vocero.ui.common.ViewLoader;
import atlantafx.base.theme.PrimerLight;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The contacts step as the user sees it, on a real data directory, looked up by fx:id. */
@ExtendWith(ApplicationExtension.class)
class ContactsStepViewTest {

    private VoceroApp app;
    private CampaignWizardModel model;
    private ContactsStepViewModel viewModel;
    private Path folder;
    private File nextSave;

    @Start
    void start(Stage stage) throws Exception {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        folder = Files.createTempDirectory("vocero-wizard-contacts");
        app = VoceroApp.open(folder.resolve("data"), Locale.ENGLISH);
        app.settings().setDefaultCountry("CO");
        Messages messages = Messages.of(Locale.ENGLISH);
        model = new CampaignWizardModel();
        viewModel = new ContactsStepViewModel(model, app.contactLists(), app.doNotCall(), app.settings(),
                new SyncTaskRunner(), messages);
        ViewLoader views = new ViewLoader(messages.bundle(),
                type -> new ContactsStepController(model, viewModel, (chooser, owner, save) -> nextSave));
        stage.setScene(new Scene(views.load(ContactsStepController.class), 1100, 760));
        stage.setWidth(1100); // TestFX reuses one stage: an earlier test may have left it smaller
        stage.setHeight(760);
        stage.show();
    }

    @AfterEach
    void close() {
        app.close();
    }

    private void saem() {
        model.update(draft -> new Draft(draft.version(), "Cobranza", ProviderId.SAEM, null, draft.contacts(),
                draft.message(), draft.schedules(), draft.timezone(), draft.options(), draft.extra()));
    }

    @Test
    void importingTheExampleFillsTheCardsAndTheRejectTable(FxRobot robot) {
        assertThat(robot.lookup("#resultPane").query().isVisible()).isFalse();
        assertThat(robot.lookup("#hintLabel").queryLabeled().getText()).startsWith("Drop a contact file");

        robot.interact(() -> viewModel.chooseFile(ContactsStepViewModelTest.EXAMPLE));

        assertThat(robot.lookup("#resultPane").query().isVisible()).isTrue();
        assertThat(robot.lookup("#readyCount").queryLabeled().getText()).isEqualTo("6");
        assertThat(robot.lookup("#invalidCount").queryLabeled().getText()).isEqualTo("4");
        assertThat(robot.lookup("#duplicatesCount").queryLabeled().getText()).isEqualTo("2");
        assertThat(robot.lookup("#suppressedCount").queryLabeled().getText()).isEqualTo("0");
        assertThat(robot.lookup("#setAsideCard").query().isVisible()).isFalse();
        assertThat(robot.lookup("#sourceLabel").queryLabeled().getText()).isEqualTo("Contacts from contactos-con-errores.csv");
        TableView<Reject> rejects = robot.lookup("#rejectsTable").queryTableView();
        assertThat(rejects.getItems()).hasSize(6).first().satisfies(reject -> {
            assertThat(reject.row()).isEqualTo(5);
            assertThat(reject.reasonText("en")).isEqualTo("duplicate of row 2");
        });
        assertThat(robot.lookup(".table-cell").queryAll()).anySatisfy(cell ->
                assertThat(((javafx.scene.control.Labeled) cell).getText()).isEqualTo("digits lost by Excel"));
        assertThat(robot.lookup("#hintLabel").queryLabeled().getText()).isEqualTo("6 contacts will be called.");
        assertThat(viewModel.completeProperty().get()).isTrue();
    }

    @Test
    void theHiddenPartsWarmedUpAfterTheStepShowsStayHiddenAndEmptyAndAFileThenShowsItsOwn(FxRobot robot)
            throws Exception {
        // the warm-up makes every mapping line (hidden) a second after the step is made, one part every 100 ms
        org.testfx.util.WaitForAsyncUtils.waitFor(10, java.util.concurrent.TimeUnit.SECONDS,
                () -> robot.lookup("#column-" + ContactField.values()[ContactField.values().length - 1].key())
                        .tryQuery().isPresent());
        Thread.sleep(1_000); // the charts and the rejects table come after the mapping
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
        for (String part : java.util.List.of("#columnsPane", "#countryChart", "#operatorChart", "#rejectsPane",
                "#resultPane", "#progressRow")) {
            assertThat(robot.lookup(part).query().isVisible()).as(part).isFalse();
        }
        for (ContactField field : ContactField.values()) {
            assertThat(robot.lookup("#column-" + field.key()).query().isVisible()).as(field.key()).isFalse();
        }
        assertThat(robot.lookup("#rejectsTable").queryTableView().getItems()).isEmpty();
        javafx.scene.chart.BarChart<?, ?> countries = robot.lookup("#countryChart").query();
        assertThat(countries.getData()).allSatisfy(series -> assertThat(series.getData()).isEmpty());

        robot.interact(() -> viewModel.chooseFile(ContactsStepViewModelTest.EXAMPLE));

        assertThat(robot.lookup("#columnsPane").query().isVisible()).isTrue();
        ComboBox<String> phone = robot.lookup("#column-phone").queryComboBox();
        assertThat(phone.isVisible()).isTrue();
        assertThat(phone.getItems()).doesNotContain("1").contains(phone.getValue());
        assertThat(robot.lookup("#rejectsTable").queryTableView().getItems()).hasSize(6)
                .noneSatisfy(row -> assertThat(((Reject) row).value()).isEqualTo("1"));
        assertThat(countries.getData()).singleElement().satisfies(series -> assertThat(series.getData())
                .noneSatisfy(bar -> assertThat(bar.getYValue()).isEqualTo("1")));
    }

    @Test
    void changingAColumnRoleChecksAgainAtOnce(FxRobot robot) throws Exception {
        Path file = Files.writeString(folder.resolve("saldos.csv"), "Nombre;Celular;Saldo;Deuda\nAna;3001234567;10;99\n");
        robot.interact(() -> viewModel.chooseFile(file));
        ComboBox<String> balance = robot.lookup("#column-balance").queryComboBox();
        assertThat(balance.getValue()).isEqualTo("Saldo");

        robot.interact(() -> balance.getSelectionModel().select("Deuda"));

        assertThat(model.draft().contacts().columns()).containsEntry("balance", "Deuda");
        assertThat(model.imported().contacts().field(ContactField.BALANCE, 0)).isEqualTo("99");
        assertThat(robot.lookup("#column-balance").<String>queryComboBox().getValue()).isEqualTo("Deuda");
    }

    @Test
    void aMixedCountryListIsSplitForSaemAndTheSetAsideNumberIsListed(FxRobot robot) throws Exception {
        robot.interact(this::saem);
        Path mixed = ContactsStepViewModelTest.mixedFile(folder);
        robot.interact(() -> viewModel.chooseFile(mixed));
        assertThat(robot.lookup("#splitPane").query().isVisible()).isTrue();
        assertThat(robot.lookup("#keepOnlyButton").queryButton().getText())
                .isEqualTo("Keep only +57 numbers (21), set the other 1 aside");
        assertThat(viewModel.completeProperty().get()).isFalse();

        robot.clickOn("#keepOnlyButton");

        assertThat(robot.lookup("#splitPane").query().isVisible()).isFalse();
        assertThat(robot.lookup("#readyCount").queryLabeled().getText()).isEqualTo("21");
        assertThat(robot.lookup("#setAsideCount").queryLabeled().getText()).isEqualTo("1");
        TableView<Contact> setAside = robot.lookup("#setAsideTable").queryTableView();
        assertThat(setAside.isVisible()).isTrue();
        assertThat(setAside.getItems()).singleElement().satisfies(contact -> {
            assertThat(contact.e164()).isEqualTo("+12125550123");
            assertThat(contact.row()).isEqualTo(23);
        });
        assertThat(robot.lookup(".table-cell").queryAll()).anySatisfy(cell ->
                assertThat(((javafx.scene.control.Labeled) cell).getText()).isEqualTo("United States"));
        assertThat(model.draft().contacts().extra()).containsEntry("onlyCallingCode", "57");
        assertThat(model.imported().uniqueValid()).isEqualTo(21);
        assertThat(viewModel.completeProperty().get()).isTrue();

        nextSave = folder.resolve("apartados.csv").toFile();
        robot.interact(() -> robot.lookup("#contactsStep").<javafx.scene.control.ScrollPane>query().setVvalue(1));
        robot.clickOn("#exportSetAsideButton");
        assertThat(Files.readString(nextSave.toPath(), StandardCharsets.UTF_8))
                .contains("23;'+1 212 555 0123;'+12125550123;US;John;5");
    }

    @Test
    void exportWritesAFormulaSafeCsv(FxRobot robot) throws Exception {
        robot.interact(() -> viewModel.chooseFile(ContactsStepViewModelTest.EXAMPLE));
        nextSave = folder.resolve("rechazados.csv").toFile();

        robot.clickOn("#exportRejectsButton");

        String csv = Files.readString(nextSave.toPath(), StandardCharsets.UTF_8);
        assertThat(csv).startsWith("\uFEFFrow;value;reason_code;reason\r\n")
                .contains("\r\n9;'=1+2;stray_characters;letters or symbols that are not part of a phone number\r\n")
                .contains("\r\n7;5,73002E+11;excel_scientific;digits lost by Excel\r\n");
        assertThat(robot.lookup("#noticeLabel").queryLabeled().getText())
                .isEqualTo("Saved 6 rejected rows in rechazados.csv.");
    }

    @Test
    void theSelectedRowsAreAddedToTheDoNotCallList(FxRobot robot) {
        robot.interact(() -> viewModel.chooseFile(ContactsStepViewModelTest.EXAMPLE));
        assertThat(robot.lookup("#addToDoNotCallButton").queryButton().isDisabled()).isTrue();
        TableView<Reject> rejects = robot.lookup("#rejectsTable").queryTableView();
        int duplicate = rejects.getItems().indexOf(rejects.getItems().stream()
                .filter(reject -> reject.reason() == RejectReason.DUPLICATE).findFirst().orElseThrow());

        robot.interact(() -> rejects.getSelectionModel().select(duplicate));
        robot.clickOn("#addToDoNotCallButton");

        assertThat(app.doNotCall().entries()).singleElement()
                .satisfies(entry -> assertThat(entry.e164()).isEqualTo("+573001234567"));
        assertThat(robot.lookup("#suppressedCount").queryLabeled().getText()).isEqualTo("1");
        assertThat(robot.lookup("#readyCount").queryLabeled().getText()).isEqualTo("5");
        assertThat(robot.lookup("#noticeLabel").queryLabeled().getText())
                .isEqualTo("Added 1 numbers to the do-not-call list.");
    }
}
