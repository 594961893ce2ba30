package app.vocero.ui.contacts;

import static org.assertj.core.api.Assertions.assertThat;

import app.vocero.VoceroApp;
import app.vocero.config.Messages;
import app.vocero.domain.ContactListSummary;
import app.vocero.domain.Reject;
import app.vocero.ui.common.BreakdownChart;
import app.vocero.ui.common.CountCard;
import app.vocero.ui.common.SyncTaskRunner;
import app.vocero.ui.common.ViewLoader;
import atlantafx.base.theme.PrimerLight;
import java.io.File;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The contact lists screen on a real data directory: import, report, exports, rename, delete. */
@ExtendWith(ApplicationExtension.class)
class ContactListsViewTest {

    private static final Path EXAMPLE = Path.of("assets/examples/contactos-con-errores.csv").toAbsolutePath();

    private VoceroApp app;
    private ContactListsViewModel viewModel;
    private Path folder;
    private Stage stage;
    /** What the file dialogs answer, in order. */
    private final Deque<Path> picks = new ArrayDeque<>();

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        folder = Files.createTempDirectory("vocero-lists");
        app = VoceroApp.open(folder.resolve("data"), Locale.ENGLISH);
        show(Locale.ENGLISH);
        stage.setWidth(1280);
        stage.setHeight(800);
        stage.show();
    }

    private void show(Locale language) {
        Messages messages = Messages.of(language);
        viewModel = new ContactListsViewModel(app.contactLists(), app.settings(), new SyncTaskRunner(), messages);
        ViewLoader views = new ViewLoader(messages.bundle(), type -> new ContactListsController(viewModel,
                (chooser, owner, save) -> picks.isEmpty() ? null : new File(picks.poll().toString())));
        stage.setScene(new Scene(views.load(ContactListsController.class), 1280, 800));
    }

    @AfterEach
    void close() {
        app.close();
    }

    private String card(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(CountCard.class).getCount();
    }

    @Test
    void importingShowsTheReportAsCardsRejectsAndCharts(FxRobot robot) {
        assertThat(robot.lookup("#contactListsEmpty").query().isVisible()).isTrue();
        assertThat(robot.lookup("#reportPane").query().isVisible()).isFalse();
        assertThat(((javafx.scene.control.Label) robot.lookup("#listsTable").queryTableView().getPlaceholder()).getText())
                .isEqualTo("No contact lists yet");
        assertThat(((javafx.scene.control.Label) robot.lookup("#rejectsTable").queryTableView().getPlaceholder()).getText())
                .isEqualTo("No rejected rows: every number can be called.");

        picks.add(EXAMPLE);
        robot.clickOn("#importButton");
        WaitForAsyncUtils.waitForFxEvents();

        TableView<ContactListSummary> lists = robot.lookup("#listsTable").queryTableView();
        ContactListSummary saved = app.contactLists().lists().get(0);
        assertThat(lists.getItems()).containsExactly(saved);
        assertThat(lists.getSelectionModel().getSelectedItem()).isEqualTo(saved);
        assertThat(robot.lookup("#reportPane").query().isVisible()).isTrue();
        assertThat(robot.lookup("#reportTitle").queryLabeled().getText()).isEqualTo("contactos-con-errores");
        assertThat(robot.lookup("#reportDetails").queryLabeled().getText())
                .startsWith("contactos-con-errores.csv · CSV").contains("12 rows").contains("imported");
        assertThat(card(robot, "#readyCard")).isEqualTo(String.valueOf(saved.contacts()));
        assertThat(card(robot, "#invalidCard")).isEqualTo(String.valueOf(saved.invalid()));
        assertThat(card(robot, "#duplicatesCard")).isEqualTo(String.valueOf(saved.duplicates()));
        assertThat(card(robot, "#suppressedCard")).isEqualTo("0");
        long rejected = saved.invalid() + saved.duplicates();
        assertThat(viewModel.rejectsProperty().get()).hasSize((int) rejected);
        TableView<Reject> rejects = robot.lookup("#rejectsTable").queryTableView();
        assertThat(rejects.getItems()).hasSize((int) rejected);
        assertThat(rejects.getItems()).anySatisfy(reject -> {
            assertThat(reject.value()).isEqualTo("5,73002E+11");
            assertThat(reject.reasonText("en")).contains("Excel");
        });
        assertThat(robot.lookup("#rejectsNote").query().isVisible()).isFalse();
        BreakdownChart countries = robot.lookup("#countryChart").queryAs(BreakdownChart.class);
        assertThat(countries.shown()).singleElement().satisfies(bar -> {
            assertThat(bar.label()).isEqualTo("Colombia");
            assertThat(bar.contacts()).isEqualTo(saved.contacts());
        });
        assertThat(robot.lookup("#operatorChart").queryAs(BreakdownChart.class).shown()).isNotEmpty();
        assertThat(robot.lookup("#importStatus").queryLabeled().getText())
                .isEqualTo("Saved: " + saved.contacts() + " contacts ready to call.");
    }

    @Test
    void rejectsAndReadyContactsAreExportedFormulaSafeAndPrivate(FxRobot robot) throws Exception {
        picks.add(EXAMPLE);
        robot.clickOn("#importButton");
        Path rejectsFile = folder.resolve("rechazados.csv");
        Path readyFile = folder.resolve("listos.csv");

        picks.add(rejectsFile);
        robot.clickOn("#exportRejectsButton");
        WaitForAsyncUtils.waitForFxEvents();
        picks.add(readyFile);
        robot.clickOn("#exportReadyButton");
        WaitForAsyncUtils.waitForFxEvents();

        List<String> rejects = Files.readAllLines(rejectsFile, StandardCharsets.UTF_8);
        assertThat(rejects.get(0)).isEqualTo("\uFEFFrow;value;reason_code;reason");
        assertThat(rejects).hasSize(viewModel.rejectsProperty().get().size() + 1)
                .anySatisfy(line -> assertThat(line).startsWith("9;'=1+2;"));
        List<String> ready = Files.readAllLines(readyFile, StandardCharsets.UTF_8);
        assertThat(ready.get(0)).startsWith("\uFEFFrow;phone;number;country;name");
        assertThat(ready).hasSize((int) app.contactLists().lists().get(0).contacts() + 1)
                .anySatisfy(line -> assertThat(line).contains("José").contains("'+573001234567").contains(";CO;"));
        for (Path file : List.of(rejectsFile, readyFile)) {
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        }
        assertThat(robot.lookup("#noticeLabel").queryLabeled().getText()).contains("contacts ready to call in listos.csv");
    }

    @Test
    void aListIsRenamedAfterTheDialogAndKeepsItsReport(FxRobot robot) {
        picks.add(EXAMPLE);
        robot.clickOn("#importButton");
        int rejects = viewModel.rejectsProperty().get().size();

        robot.clickOn("#renameButton");
        robot.lookup("#renameField").queryTextInputControl();
        robot.interact(() -> robot.lookup("#renameField").queryTextInputControl().setText("Cobranza diciembre"));
        robot.clickOn("#renameDialogYes");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(app.contactLists().lists()).singleElement()
                .satisfies(list -> assertThat(list.name()).isEqualTo("Cobranza diciembre"));
        TableView<ContactListSummary> lists = robot.lookup("#listsTable").queryTableView();
        assertThat(lists.getItems().get(0).name()).isEqualTo("Cobranza diciembre");
        assertThat(lists.getSelectionModel().getSelectedItem().name()).isEqualTo("Cobranza diciembre");
        assertThat(robot.lookup("#reportTitle").queryLabeled().getText()).isEqualTo("Cobranza diciembre");
        assertThat(viewModel.rejectsProperty().get()).hasSize(rejects);
        assertThat(robot.lookup("#noticeLabel").queryLabeled().getText())
                .isEqualTo("The list \"contactos-con-errores\" is now \"Cobranza diciembre\".");
    }

    @Test
    void deletingAsksFirstAndNoKeepsTheList(FxRobot robot) {
        picks.add(EXAMPLE);
        robot.clickOn("#importButton");

        robot.clickOn("#deleteButton");
        assertThat(robot.lookup("#deleteListDialog .content").queryLabeled().getText())
                .contains("\"contactos-con-errores\"").contains("cannot be undone");
        robot.clickOn("#deleteListDialogNo");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(app.contactLists().lists()).hasSize(1);

        robot.clickOn("#deleteButton");
        robot.clickOn("#deleteListDialogYes");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(app.contactLists().lists()).isEmpty();
        assertThat(robot.lookup("#contactListsEmpty").query().isVisible()).isTrue();
        assertThat(robot.lookup("#reportPane").query().isVisible()).isFalse();
        assertThat(robot.lookup("#noticeLabel").queryLabeled().getText())
                .isEqualTo("The list \"contactos-con-errores\" was deleted.");
    }

    @Test
    void aLongListShowsEveryRejectInAWindowAndSpanishNumbers(FxRobot robot) throws Exception {
        StringBuilder csv = new StringBuilder("Nombre;Celular\r\n");
        for (int i = 0; i < 1500; i++) {
            csv.append("Cliente ").append(i).append(";300").append(String.format("%07d", i)).append("\r\n");
        }
        for (int i = 0; i < 2500; i++) {
            csv.append("Malo ").append(i).append(";12").append(i).append("\r\n");
        }
        Path file = Files.write(folder.resolve("grande.csv"), csv.toString().getBytes(Charset.forName("windows-1252")));
        robot.interact(() -> show(Locale.forLanguageTag("es")));

        picks.add(file);
        robot.clickOn("#importButton");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(card(robot, "#readyCard")).isEqualTo("1.500");
        assertThat(card(robot, "#invalidCard")).isEqualTo("2.500");
        assertThat(viewModel.rejectsProperty().get()).hasSize(2500);
        TableView<Reject> rejects = robot.lookup("#rejectsTable").queryTableView();
        assertThat(rejects.getItems().size()).isBetween(1, 20);
        ScrollBar bar = robot.lookup("#rejectsScroll").queryAs(ScrollBar.class);
        robot.interact(() -> bar.setValue(bar.getMax()));
        assertThat(rejects.getItems().get(rejects.getItems().size() - 1).row()).isEqualTo(4001);
        assertThat(robot.lookup("#reportDetails").queryLabeled().getText()).contains("4.000 filas").contains("importada el");

        // the saved list, chosen again later, keeps every rejected row
        robot.interact(() -> show(Locale.forLanguageTag("es")));
        TableView<ContactListSummary> lists = robot.lookup("#listsTable").queryTableView();
        assertThat(robot.lookup("#reportPane").query().isVisible()).isFalse();
        assertThat(robot.lookup("#chooseHint").queryLabeled().getText()).startsWith("Elija una lista para ver su informe");
        assertThat(robot.lookup("#chooseHint").query().isVisible()).isTrue();
        robot.interact(() -> lists.getSelectionModel().select(0));
        assertThat(viewModel.rejectsProperty().get()).hasSize(2500);
        assertThat(viewModel.rejectsProperty().get().get(2499).row()).isEqualTo(4001);
        assertThat(robot.lookup("#chooseHint").query().isVisible()).isFalse();
        assertThat(robot.lookup("#rejectsNote").query().isVisible()).isFalse();
        assertThat(card(robot, "#invalidCard")).isEqualTo("2.500");
    }

    @Test
    void aFileThatCannotBeReadIsExplainedAndNothingIsSaved(FxRobot robot) throws Exception {
        Path file = Files.write(folder.resolve("lista.xlsx"), "Nombre;Celular\nJosé;3001234567\n".getBytes());

        robot.interact(() -> viewModel.importFile(file));

        assertThat(robot.lookup("#importError").queryLabeled().getText())
                .contains("lista.xlsx").contains("not an XLSX workbook");
        assertThat(robot.lookup("#importError").query().isVisible()).isTrue();
        assertThat(app.contactLists().lists()).isEmpty();
    }

    @Test
    void aMissingCountryIsAskedFor(FxRobot robot) throws Exception {
        Path file = Files.writeString(folder.resolve("l.csv"), "Celular\n3001234567\n");
        robot.interact(() -> robot.lookup("#countryField").queryTextInputControl().setText(""));

        robot.interact(() -> viewModel.importFile(file));

        assertThat(robot.lookup("#importError").queryLabeled().getText()).contains("country");
        assertThat(app.contactLists().lists()).isEmpty();
    }
}
