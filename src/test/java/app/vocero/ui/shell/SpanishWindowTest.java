package app.vocero.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import app.vocero.VoceroApp;
import app.vocero.config.BundleWords;
import app.vocero.config.Language;
import app.vocero.service.ImportRequest;
import app.vocero.service.Progress;
import app.vocero.ui.MainWindow;
import app.vocero.ui.common.SyncTaskRunner;
import atlantafx.base.theme.PrimerLight;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import javafx.application.Application;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ComboBoxBase;
import javafx.scene.control.Control;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListView;
import javafx.scene.control.TableColumnBase;
import javafx.scene.control.TableView;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.TreeTableView;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The window in Spanish, every section of the sidebar (found in the window, so a new section is walked with no
 * change here): no visible text, prompt, tooltip, column header or placeholder is an English value of the bundles
 * or a raw key ({@code history.title}).
 */
@ExtendWith(ApplicationExtension.class)
class SpanishWindowTest {

    private static final Pattern RAW_KEY = Pattern.compile("[a-z][a-zA-Z0-9]*(\\.[a-zA-Z0-9]+)+");

    private static final Pattern FILE_NAME = Pattern.compile(".*\\.(csv|json|xlsx|parquet|txt|log|wav|mp3)");

    private VoceroApp app;
    private Path data;

    @Start
    void start(Stage stage) throws Exception {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        data = Files.createTempDirectory("vocero-spanish");
        app = VoceroApp.open(data.resolve("data"), Locale.ENGLISH);
        app.settings().setLanguage(Language.SPANISH);
        // something in every screen: a contact list, a campaign sent to the built-in sandbox
        Path contacts = Files.writeString(data.resolve("clientes.csv"), "Nombre;Celular\nAna;3001234567\nLuis;3101234567\n");
        app.contactLists().importFile(new ImportRequest(contacts, "CO", java.util.Map.of(), Optional.empty(),
                Optional.of("Clientes"), true), "es", Progress.NONE);
        Path draft = Files.writeString(data.resolve("cobro.vocero.json"), """
                {"version": 1, "name": "Cobro", "provider": "saem", "account": "Sandbox Saem",
                 "contacts": {"file": "clientes.csv", "country": "CO"},
                 "message": {"type": "tts", "template": "Hola {N}", "voice": "Maria"},
                 "schedules": [{"start": "2030-12-01T08:00", "end": "2030-12-01T18:00", "retries": 0}],
                 "timezone": "-05:00"}
                """);
        app.sender().send(draft, Optional.empty(), Progress.NONE);
        stage.setWidth(1280);
        stage.setHeight(800);
        new MainWindow(stage, app.uiServices(), new SyncTaskRunner()).show();
    }

    @AfterEach
    void closeApp() {
        app.close();
    }

    @Test
    void everySectionSpeaksSpanishOnly(FxRobot robot) {
        Set<String> english = BundleWords.englishValues();
        List<ToggleButton> sections = robot.lookup(".nav").queryAllAs(ToggleButton.class).stream().toList();
        assertThat(sections).hasSizeGreaterThanOrEqualTo(Section.values().length);
        List<String> problems = new ArrayList<>();
        List<String> everything = new ArrayList<>();
        for (ToggleButton section : sections) {
            robot.clickOn(section);
            WaitForAsyncUtils.waitForFxEvents();
            List<String> texts = new ArrayList<>();
            visibleTexts(section.getScene().getRoot(), texts);
            for (String text : texts) {
                String shown = text.strip();
                if (english.contains(shown)) {
                    problems.add(section.getId() + ": English «" + shown + "»");
                } else if (RAW_KEY.matcher(shown).matches() && !FILE_NAME.matcher(shown).matches()) {
                    problems.add(section.getId() + ": raw key «" + shown + "»");
                }
            }
            assertThat(texts).as(section.getId()).isNotEmpty();
            everything.addAll(texts);
        }
        assertThat(problems).as("texts of the Spanish window").isEmpty();
        assertThat(everything).as("the walk reads the window").contains("Campañas", "Cobro", "Clientes");
    }

    /** What a user can read: labels, texts, prompts, tooltips, column headers and empty-table placeholders. */
    private static void visibleTexts(Node node, List<String> texts) {
        if (!node.isVisible()) {
            return;
        }
        if (node instanceof Labeled) {
            add(texts, ((Labeled) node).getText());
        }
        if (node instanceof Text && !(node.getParent() instanceof Labeled)) {
            add(texts, ((Text) node).getText());
        }
        if (node instanceof TextInputControl) {
            add(texts, ((TextInputControl) node).getPromptText());
        }
        if (node instanceof ComboBoxBase) {
            add(texts, ((ComboBoxBase<?>) node).getPromptText());
        }
        if (node instanceof Control && ((Control) node).getTooltip() != null) {
            add(texts, ((Control) node).getTooltip().getText());
        }
        if (node instanceof TableView) {
            ((TableView<?>) node).getColumns().forEach(column -> columns(column, texts));
            placeholder(((TableView<?>) node).getPlaceholder(), texts);
        }
        if (node instanceof TreeTableView) {
            ((TreeTableView<?>) node).getColumns().forEach(column -> columns(column, texts));
            placeholder(((TreeTableView<?>) node).getPlaceholder(), texts);
        }
        if (node instanceof ListView) {
            placeholder(((ListView<?>) node).getPlaceholder(), texts);
        }
        if (node instanceof Parent) {
            for (Node child : ((Parent) node).getChildrenUnmodifiable()) {
                visibleTexts(child, texts);
            }
        }
    }

    private static void columns(TableColumnBase<?, ?> column, List<String> texts) {
        add(texts, column.getText());
        column.getColumns().forEach(child -> columns(child, texts));
    }

    private static void placeholder(Node placeholder, List<String> texts) {
        if (placeholder != null && placeholder.getParent() == null) {
            boolean wasVisible = placeholder.isVisible();
            visibleTexts(placeholder, texts);
            placeholder.setVisible(wasVisible);
        }
    }

    private static void add(List<String> texts, String text) {
        if (text != null && !text.isBlank()) {
            texts.add(text);
        }
    }
}
