package app.vocero.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Comparator;
import java.util.List;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** A provider's long answer shows whole, over as many lines as it needs, and a short one keeps a row of one line. */
@ExtendWith(ApplicationExtension.class)
class WrappingTextCellTest {

    private static final String LONG = "Saem: 157.723 Claro, 96.744 Movistar, 89.037 operador desconocido, 55.178 Tigo, "
            + "41.167 Avantel, 19.456 Partners Telecom Colombia; 459.305 registros, 918.610 créditos, ~2.755.830 s";

    private TableView<String> table;

    @Start
    void start(Stage stage) {
        table = new TableView<>(FXCollections.observableArrayList("aceptada", LONG));
        TableColumn<String, String> answer = new TableColumn<>("Respuesta del proveedor");
        answer.setCellValueFactory(cell -> new ReadOnlyStringWrapper(cell.getValue()));
        answer.setCellFactory(WrappingTextCell.forColumn());
        table.getColumns().add(answer);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY);
        table.setMaxSize(320, 400); // TestFX reuses one stage: an earlier test may have left it bigger
        stage.setScene(new Scene(new StackPane(table), 320, 400));
        stage.show();
    }

    @Test
    void aLongAnswerIsShownWholeOnSeveralLinesAndItsRowGrows(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        List<WrappingTextCell<?>> cells = robot.lookup(".wrapping-text-cell").queryAllAs(cellType()).stream()
                .filter(cell -> !cell.isEmpty()).sorted(Comparator.comparingInt(cell -> cell.getIndex())).toList();
        assertThat(cells).extracting(WrappingTextCell::shownText).containsExactly("aceptada", LONG);

        double shortRow = rowHeight(robot, 0);
        double longRow = rowHeight(robot, 1);
        assertThat(longRow).as("the long answer's row").isGreaterThan(shortRow * 2.5);
        WrappingTextCell<?> longCell = cells.get(1);
        Node text = longCell.getGraphic();
        assertThat(text.getBoundsInParent().getMaxY()).as("the text's last line inside its cell")
                .isLessThanOrEqualTo(longCell.getHeight());
        assertThat(text.getBoundsInParent().getMaxX()).as("no line wider than the column")
                .isLessThanOrEqualTo(longCell.getWidth());
    }

    private static double rowHeight(FxRobot robot, int index) {
        return robot.lookup(".table-row-cell").queryAllAs(tableRowType()).stream()
                .filter(row -> row.getIndex() == index).findFirst().orElseThrow().getHeight();
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Class<WrappingTextCell<?>> cellType() {
        return (Class) WrappingTextCell.class;
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Class<TableRow<?>> tableRowType() {
        return (Class) TableRow.class;
    }
}
