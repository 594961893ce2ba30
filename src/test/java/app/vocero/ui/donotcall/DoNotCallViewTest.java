package app.vocero.ui.donotcall;

import static org.assertj.core.api.Assertions.assertThat;

import app.vocero.VoceroApp;
import app.vocero.config.Messages;
import app.vocero.domain.DoNotCallEntry;
import app.vocero.ui.common.SyncTaskRunner;
import app.vocero.ui.common.ViewLoader;
import atlantafx.base.theme.PrimerLight;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Label;
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

/** The do-not-call screen on a real data directory: add, search, remove (asking first), import, export. */
@ExtendWith(ApplicationExtension.class)
class DoNotCallViewTest {

    private VoceroApp app;
    private DoNotCallViewModel viewModel;
    private Path folder;
    private Stage stage;
    private final Deque<Path> picks = new ArrayDeque<>();

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        folder = Files.createTempDirectory("vocero-dnc");
        app = VoceroApp.open(folder.resolve("data"), Locale.ENGLISH);
        show(Locale.ENGLISH);
        stage.setWidth(1280);
        stage.setHeight(800);
        stage.show();
    }

    private void show(Locale language) {
        Messages messages = Messages.of(language);
        viewModel = new DoNotCallViewModel(app.doNotCall(), app.settings(), new SyncTaskRunner(), messages);
        ViewLoader views = new ViewLoader(messages.bundle(), type -> new DoNotCallController(viewModel,
                (chooser, owner, save) -> picks.isEmpty() ? null : new File(picks.poll().toString())));
        stage.setScene(new Scene(views.load(DoNotCallController.class), 1280, 800));
    }

    @AfterEach
    void close() {
        app.close();
    }

    private List<String> numbers() {
        return app.doNotCall().entries().stream().map(DoNotCallEntry::e164).toList();
    }

    @Test
    void emptyListSaysSoThenTypedNumbersAreAddedAndInvalidOnesNamed(FxRobot robot) {
        TableView<DoNotCallEntry> table = robot.lookup("#numbersTable").queryTableView();
        assertThat(((Label) table.getPlaceholder()).getText()).startsWith("The do-not-call list is empty");
        assertThat(robot.lookup("#countLabel").queryLabeled().getText()).isEqualTo("No numbers on the list");
        assertThat(robot.lookup("#addButton").queryButton().isDisabled()).isTrue();

        robot.clickOn("#addField").write("+57 300 123 4567, 3101234567; 12");
        robot.clickOn("#addButton");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(numbers()).containsExactly("+573001234567", "+573101234567");
        assertThat(table.getItems()).extracting(DoNotCallEntry::e164).containsExactly("+573001234567", "+573101234567");
        assertThat(robot.lookup("#noticeLabel").queryLabeled().getText()).isEqualTo("2 numbers added.");
        assertThat(robot.lookup("#errorLabel").queryLabeled().getText()).startsWith("One number was not added: 12 (");
        assertThat(robot.lookup("#countLabel").queryLabeled().getText()).isEqualTo("2 numbers on the list");
        assertThat(robot.lookup("#addField").queryTextInputControl().getText()).isEqualTo("+57 300 123 4567, 3101234567; 12");
        assertThat(table.getItems().get(0).source()).isEqualTo("typed");
    }

    @Test
    void searchFiltersAndRemovingAsksFirst(FxRobot robot) {
        app.doNotCall().add(List.of("3001234567", "3101234567", "3151234567"), "CO", "en");
        robot.interact(viewModel::refresh);

        robot.clickOn("#searchField").write("310 123");
        WaitForAsyncUtils.waitForFxEvents();
        TableView<DoNotCallEntry> table = robot.lookup("#numbersTable").queryTableView();
        assertThat(table.getItems()).extracting(DoNotCallEntry::e164).containsExactly("+573101234567");
        assertThat(robot.lookup("#countLabel").queryLabeled().getText()).isEqualTo("One number of 3 match");
        assertThat(robot.lookup("#removeButton").queryButton().isDisabled()).isTrue();

        robot.clickOn(robot.lookup("#numbersTable .table-row-cell").nth(0).queryAs(javafx.scene.Node.class));
        robot.clickOn("#removeButton");
        assertThat(robot.lookup("#removeNumbersDialog .content").queryLabeled().getText())
                .isEqualTo("+573101234567 will be called again by campaigns that include it.");
        robot.clickOn("#removeNumbersDialogNo");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(numbers()).hasSize(3);
        robot.clickOn("#removeButton");
        robot.type(javafx.scene.input.KeyCode.ENTER); // Enter answers the safe way: nothing is removed
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#removeNumbersDialog").tryQuery()).isEmpty();
        assertThat(numbers()).hasSize(3);

        robot.clickOn(robot.lookup("#numbersTable .table-row-cell").nth(0).queryAs(javafx.scene.Node.class));
        robot.type(javafx.scene.input.KeyCode.DELETE); // the Delete key asks the same question
        robot.clickOn("#removeNumbersDialogYes");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(numbers()).containsExactly("+573001234567", "+573151234567");
        assertThat(table.getItems()).isEmpty();
        assertThat(((Label) table.getPlaceholder()).getText()).isEqualTo("No number matches the search.");
        assertThat(robot.lookup("#noticeLabel").queryLabeled().getText()).isEqualTo("One number removed.");
        robot.clickOn("#searchField").type(javafx.scene.input.KeyCode.ESCAPE);
        assertThat(table.getItems()).hasSize(2);
    }

    @Test
    void importAndExportUseTheSameServiceAsTheCommandLine(FxRobot robot) throws Exception {
        Path file = Files.writeString(folder.resolve("bloqueados.csv"), "Celular\n3001234567\n3101234567\n12\n");
        Path out = folder.resolve("no-llamar.csv");

        picks.add(file);
        robot.clickOn("#importButton");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(numbers()).containsExactly("+573001234567", "+573101234567");
        assertThat(robot.lookup("#noticeLabel").queryLabeled().getText())
                .isEqualTo("2 new numbers from bloqueados.csv; one invalid row skipped.");
        TableView<DoNotCallEntry> table = robot.lookup("#numbersTable").queryTableView();
        assertThat(table.getItems()).extracting(DoNotCallEntry::source).containsOnly("bloqueados.csv");

        picks.add(out);
        robot.clickOn("#exportButton");
        WaitForAsyncUtils.waitForFxEvents();

        List<String> lines = Files.readAllLines(out, StandardCharsets.UTF_8);
        assertThat(lines.get(0)).isEqualTo("\uFEFFnumber;added_at;source");
        assertThat(lines).hasSize(3).anySatisfy(line -> assertThat(line).startsWith("+573101234567;"));
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(out))).isEqualTo("rw-------");
        assertThat(robot.lookup("#noticeLabel").queryLabeled().getText()).isEqualTo("Saved 2 numbers in no-llamar.csv.");
    }

    @Test
    void aBigListIsShownInAWindowWithSpanishTexts(FxRobot robot) {
        List<String> many = new ArrayList<>();
        for (int i = 0; i < 20_000; i++) {
            many.add("+57300" + String.format("%07d", i));
        }
        // straight through the service, as `contacts dnc import` would
        app.doNotCall().add(many, "CO", "es");
        robot.interact(() -> show(Locale.forLanguageTag("es")));
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(robot.lookup("#countLabel").queryLabeled().getText()).isEqualTo("20.000 números en la lista");
        TableView<DoNotCallEntry> table = robot.lookup("#numbersTable").queryTableView();
        assertThat(table.getItems().size()).isBetween(1, 30);
        ScrollBar bar = robot.lookup("#numbersScroll").queryAs(ScrollBar.class);
        robot.interact(() -> bar.setValue(bar.getMax()));
        assertThat(table.getItems().get(table.getItems().size() - 1).e164()).isEqualTo("+573000019999");
        assertThat(table.getItems().get(0).source()).isEqualTo("typed");
        assertThat(robot.lookup("#doNotCallTitle").queryLabeled().getText()).isEqualTo("Lista de no llamar");
        assertThat(viewModel.shownProperty().get().get(0).addedAt()).isBefore(Instant.now().plusSeconds(1));
    }
}
