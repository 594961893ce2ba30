package app.vocero.ui;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.ToggleButton;
import javafx.scene.image.Image;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The start's warm-up: its view loads and styles (a failure would only be logged, so it is checked here). */
@ExtendWith(ApplicationExtension.class)
class WarmUpTest {

    @Start
    void start(Stage stage) {
        stage.setWidth(400);
        stage.setHeight(300);
    }

    @Test
    void theWarmUpViewLoadsAndIsStyled(FxRobot robot) {
        Parent[] root = new Parent[1];
        robot.interact(() -> {
            root[0] = WarmUp.load();
            new Scene(root[0], 400, 300);
            root[0].applyCss();
            root[0].layout();
        });

        assertThat(root[0]).isNotNull();
        assertThat(root[0].lookup(".nav")).isInstanceOf(ToggleButton.class);
        assertThat(((ToggleButton) root[0].lookup(".nav")).getSkin()).isNotNull();
    }

    @Test
    void theWindowIconIsDecoded() {
        Image icon = WarmUp.icon();

        assertThat(icon).isNotNull();
        assertThat(icon.isError()).isFalse();
        assertThat(icon.getWidth()).isPositive();
    }
}
