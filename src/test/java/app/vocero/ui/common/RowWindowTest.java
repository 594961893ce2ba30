package app.vocero.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.AbstractList;
import java.util.List;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.Scene;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Half a million rows shown through a table that holds only the rows on screen. */
@ExtendWith(ApplicationExtension.class)
class RowWindowTest {

    /** 500,000 rows that cost nothing: row i is the number i. */
    private static final List<Integer> ROWS = new AbstractList<>() {
        private final Integer[] boxed = new Integer[500_000];

        @Override
        public Integer get(int index) {
            if (boxed[index] == null) {
                boxed[index] = index; // the same object each time, as a list of records gives
            }
            return boxed[index];
        }

        @Override
        public int size() {
            return boxed.length;
        }
    };

    private TableView<Integer> table;
    private ScrollBar bar;
    private RowWindow<Integer> window;

    @Start
    void start(Stage stage) {
        table = new TableView<>();
        table.setFixedCellSize(30);
        table.setPrefHeight(300);
        table.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        TableColumn<Integer, Integer> column = new TableColumn<>("n");
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(cell.getValue()));
        table.getColumns().add(column);
        bar = new ScrollBar();
        window = new RowWindow<>(table, bar, new SyncTaskRunner());
        table.setMaxHeight(300); // TestFX reuses one stage: an earlier test may have left it 1280×800
        stage.setScene(new Scene(new HBox(table, bar), 400, 300));
        stage.show();
    }

    @Test
    void holdsOnlyTheRowsOnScreenAndScrollsToTheLast(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents(); // the table is laid out at its height first (a loaded machine is slow)
        robot.interact(() -> window.setRows(ROWS));
        WaitForAsyncUtils.waitForFxEvents();

        int shown = table.getItems().size();
        assertThat(shown).isBetween(5, 9);
        assertThat(table.getItems().get(0)).isZero();
        assertThat(bar.isVisible()).isTrue();
        assertThat(bar.getMax()).isEqualTo(500_000 - shown);

        robot.interact(() -> bar.setValue(bar.getMax()));

        assertThat(table.getItems()).hasSize(shown).last().isEqualTo(499_999);
    }

    @Test
    void theSelectionIsKeptWhileScrolling(FxRobot robot) {
        robot.interact(() -> window.setRows(ROWS));
        robot.interact(() -> {
            table.getSelectionModel().select(1);
            window.scrollTo(250_000);
            table.getSelectionModel().select(0);
        });

        assertThat(window.selected()).containsExactly(1, 250_000);
        assertThat(window.selectedCountProperty().get()).isEqualTo(2);

        robot.interact(() -> window.scrollTo(0));

        assertThat(table.getSelectionModel().getSelectedItems()).containsExactly(1);
    }

    @Test
    void theMouseWheelScrollsThreeRows(FxRobot robot) {
        robot.interact(() -> window.setRows(ROWS));

        robot.interact(() -> {
            for (int notch = 0; notch < 2; notch++) {
                javafx.event.Event.fireEvent(table, new javafx.scene.input.ScrollEvent(
                        javafx.scene.input.ScrollEvent.SCROLL, 10, 10, 10, 10, false, false, false, false, false,
                        false, 0, -40, 0, -40, javafx.scene.input.ScrollEvent.HorizontalTextScrollUnits.NONE, 0,
                        javafx.scene.input.ScrollEvent.VerticalTextScrollUnits.NONE, 0, 0, null));
            }
        });

        assertThat(table.getItems().get(0)).isEqualTo(6);
    }

    @Test
    void aShortListShowsEveryRowWithoutTheScrollBar(FxRobot robot) {
        robot.interact(() -> window.setRows(List.of(7, 8, 9)));

        assertThat(table.getItems()).containsExactly(7, 8, 9);
        assertThat(bar.isVisible()).isFalse();
    }
}
