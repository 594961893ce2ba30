package app.vocero.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Locale;
import javafx.scene.Scene;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** A Spanish window's calendar on an English computer names its months in Spanish, and leaves the computer's as it was. */
@ExtendWith(ApplicationExtension.class)
class CalendarLanguageTest {

    private DatePicker picker;

    @Start
    void start(Stage stage) {
        picker = new DatePicker(LocalDate.of(2026, 12, 6));
        CalendarLanguage.follow(picker, Locale.forLanguageTag("es-CO"));
        stage.setScene(new Scene(new StackPane(picker), 400, 400));
        stage.setWidth(400);
        stage.setHeight(400);
        stage.show();
    }

    @Test
    void theCalendarSpeaksTheWindowsLanguageWhileOpen(FxRobot robot) {
        Locale computer = Locale.getDefault(Locale.Category.FORMAT);
        try {
            robot.interact(() -> Locale.setDefault(Locale.Category.FORMAT, Locale.ENGLISH));
            robot.interact(picker::show);
            assertThat(robot.lookup(".month-year-pane .spinner-label").queryAll())
                    .extracting(node -> ((Label) node).getText())
                    .anySatisfy(text -> assertThat(text).isEqualToIgnoringCase("diciembre"));
            robot.interact(picker::hide);
            assertThat(Locale.getDefault(Locale.Category.FORMAT)).isEqualTo(Locale.ENGLISH);
        } finally {
            robot.interact(() -> Locale.setDefault(Locale.Category.FORMAT, computer));
        }
    }
}
