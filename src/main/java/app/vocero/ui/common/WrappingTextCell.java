package app.vocero.ui.common;

import javafx.geometry.Insets;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.layout.Region;
import javafx.util.Callback;

/**
 * A table cell that shows its whole text, wrapped to the column's width: the row grows a line where the text needs
 * it, instead of cutting it with an ellipsis. For the few rows of a campaign's requests, whose provider answers
 * ("Saem: 157.723 Claro, 96.744 Movistar, …; 459.305 registros …") and error details are what a supervisor reads
 * there; a long table of calls keeps one line a row.
 */
public final class WrappingTextCell<S> extends TableCell<S, String> {

    /** Room the text leaves in the column: at least the cell's left and right padding (0.5em each). */
    private static final double PADDING = 16;

    private static final String STYLE = WrappingTextCell.class.getResource("WrappingTextCell.css").toExternalForm();

    private final Label label = new Label();

    private WrappingTextCell(TableColumn<S, String> column) {
        getStyleClass().add("wrapping-text-cell");
        getStylesheets().add(STYLE);
        label.setWrapText(true);
        label.setMinHeight(Region.USE_PREF_SIZE);
        label.maxWidthProperty().bind(column.widthProperty().subtract(PADDING));
        label.prefWidthProperty().bind(label.maxWidthProperty());
        setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
        setPrefHeight(Control.USE_COMPUTED_SIZE);
    }

    /** For {@code column.setCellFactory(WrappingTextCell.forColumn())}. */
    public static <S> Callback<TableColumn<S, String>, TableCell<S, String>> forColumn() {
        return WrappingTextCell::new;
    }

    /** The text shown, as a test reads it. */
    public String shownText() {
        return getGraphic() == null ? "" : label.getText();
    }

    /**
     * The height of the wrapped text at the column's width. A table row asks its cells for their height without a
     * width, at which a wrapping label answers one line; the row then stays one line high and cuts the rest.
     */
    @Override
    protected double computePrefHeight(double width) {
        if (getGraphic() == null || getTableColumn() == null) {
            return super.computePrefHeight(width);
        }
        Insets insets = getInsets();
        return insets.getTop() + label.prefHeight(Math.max(1, label.getPrefWidth())) + insets.getBottom();
    }

    @Override
    protected void updateItem(String item, boolean empty) {
        super.updateItem(item, empty);
        if (empty || item == null || item.isEmpty()) {
            label.setText("");
            setGraphic(null);
        } else {
            label.setText(item);
            setGraphic(label);
        }
    }
}
