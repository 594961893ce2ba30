package app.vocero.ui.common;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import javafx.application.Platform;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.ScrollEvent;

/**
 * Shows a very long list (500,000 rejected rows) in a {@link TableView} that only ever holds the rows on screen,
 * scrolled by a scroll bar of its own. JavaFX 21's {@code VirtualFlow} walks a size cache of every row several
 * times per frame when it scrolls (measured: tens of milliseconds a frame at 500,000 rows, even with a fixed cell
 * size); a window of a dozen rows costs nothing whatever the list's length. The table needs a fixed cell size.
 * The selection is kept by row across scrolling; a shift-click selects within what is on screen.
 */
public final class RowWindow<T> {

    private final TableView<T> table;
    private final ScrollBar bar;
    private final ObservableList<T> window = FXCollections.observableArrayList();
    private final Set<T> selected = Collections.newSetFromMap(new IdentityHashMap<>());
    private final javafx.beans.property.IntegerProperty selectedCount = new javafx.beans.property.SimpleIntegerProperty();
    private List<T> rows = List.of();
    private boolean refilling;

    /** Rows a table gets at most per frame until it has had all it shows (each new row is CSS and layout work). */
    private static final int NEW_ROWS_A_FRAME = 3;

    /** Spreads a table's first rows over frames; null: all at once. */
    private final TaskRunner frames;
    /** The most rows the table has shown so far: rows up to that count cost nothing new. */
    private int rowsMade;

    public RowWindow(TableView<T> table, ScrollBar bar) {
        this(table, bar, null);
    }

    /**
     * @param frames spreads the table's first rows over a few frames: a table's first nine rows at once cost JavaFX
     *               40 ms of cold CSS and layout in one frame (measured with the 500,000-row wizard benchmark)
     */
    public RowWindow(TableView<T> table, ScrollBar bar, TaskRunner frames) {
        this.table = table;
        this.bar = bar;
        this.frames = frames;
        table.setItems(window);
        bar.setOrientation(Orientation.VERTICAL);
        bar.setMin(0);
        bar.setUnitIncrement(1);
        bar.valueProperty().addListener((observable, before, now) -> refill());
        table.heightProperty().addListener((observable, before, now) -> refill());
        table.skinProperty().addListener((observable, before, now) -> Platform.runLater(this::refill));
        table.addEventFilter(ScrollEvent.SCROLL, event -> {
            if (event.getDeltaY() != 0) {
                scrollBy(-Math.signum(event.getDeltaY()) * 3);
                event.consume();
            }
        });
        table.addEventFilter(KeyEvent.KEY_PRESSED, this::keyPressed);
        table.getSelectionModel().getSelectedItems().addListener((ListChangeListener<T>) change -> {
            if (!refilling) {
                for (T row : window) {
                    if (table.getSelectionModel().getSelectedItems().contains(row)) {
                        selected.add(row);
                    } else {
                        selected.remove(row);
                    }
                }
                selectedCount.set(selected.size());
            }
        });
    }

    /** The whole list; the window goes back to its first row and the selection is cleared. */
    public void setRows(List<T> all) {
        rows = all;
        selected.clear();
        selectedCount.set(0);
        if (bar.getValue() != 0) {
            bar.setValue(0);
        }
        refill();
    }

    /** The selected rows, in list order when they are few, else in no particular order. */
    public List<T> selected() {
        List<T> chosen = new ArrayList<>(selected);
        if (chosen.size() <= 10_000) {
            chosen.sort(java.util.Comparator.comparingInt(row -> indexOf(row)));
        }
        return chosen;
    }

    /** How many rows are selected, on screen or not. */
    public javafx.beans.property.ReadOnlyIntegerProperty selectedCountProperty() {
        return selectedCount;
    }

    /** The whole list, as last set. */
    public List<T> rows() {
        return rows;
    }

    /** Brings a row to the top of the window. */
    public void scrollTo(int index) {
        bar.setValue(Math.max(bar.getMin(), Math.min(bar.getMax(), index)));
    }

    /** The index of the window's first row in the whole list. */
    public int first() {
        return (int) Math.round(bar.getValue());
    }

    private int indexOf(T row) {
        int at = window.indexOf(row);
        if (at >= 0) {
            return first() + at;
        }
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i) == row) {
                return i;
            }
        }
        return Integer.MAX_VALUE;
    }

    private void scrollBy(double amount) {
        scrollTo((int) Math.round(bar.getValue() + amount));
    }

    private void keyPressed(KeyEvent event) {
        int focused = table.getFocusModel().getFocusedIndex();
        int visible = window.size();
        switch (event.getCode()) {
            case DOWN:
                if (focused == visible - 1 && first() < bar.getMax()) {
                    scrollBy(1);
                    table.getFocusModel().focus(visible - 1);
                    event.consume();
                }
                break;
            case UP:
                if (focused == 0 && first() > 0) {
                    scrollBy(-1);
                    table.getFocusModel().focus(0);
                    event.consume();
                }
                break;
            case PAGE_DOWN:
                scrollBy(visible);
                event.consume();
                break;
            case PAGE_UP:
                scrollBy(-visible);
                event.consume();
                break;
            case HOME:
                if (event.isControlDown()) {
                    scrollTo(0);
                    event.consume();
                }
                break;
            case END:
                if (event.isControlDown()) {
                    scrollTo(rows.size());
                    event.consume();
                }
                break;
            default:
                break;
        }
    }

    /** How many rows fit under the header without a scroll bar of the table's own. */
    private int visibleRows() {
        double cell = table.getFixedCellSize() > 0 ? table.getFixedCellSize() : 24;
        Node header = table.lookup(".column-header-background");
        double headerHeight = header == null ? cell + 8 : header.getLayoutBounds().getHeight();
        double inside = table.getHeight() - headerHeight - table.snappedTopInset() - table.snappedBottomInset();
        return Math.max(1, (int) Math.floor((inside - 1) / cell));
    }

    private void refill() {
        if (refilling) {
            return;
        }
        int visible = table.getHeight() > 0 ? visibleRows() : 12;
        int max = Math.max(0, rows.size() - visible);
        boolean more = false;
        refilling = true;
        try {
            bar.setMax(max);
            bar.setVisibleAmount(Math.max(1, max == 0 ? 1 : (double) max * visible / rows.size()));
            bar.setBlockIncrement(visible);
            bar.setVisible(rows.size() > visible);
            bar.setManaged(true);
            int start = (int) Math.max(0, Math.min(Math.round(bar.getValue()), max));
            // the very first row alone: it brings the table's cold code (row and cell skins) into play
            int allowed = frames == null ? visible : Math.min(visible, rowsMade == 0 ? 1 : rowsMade + NEW_ROWS_A_FRAME);
            List<T> shown = rows.subList(Math.min(start, rows.size()), Math.min(rows.size(), start + allowed));
            rowsMade = Math.max(rowsMade, shown.size());
            more = allowed < visible && shown.size() == allowed;
            if (!shown.equals(window)) {
                window.setAll(shown);
            }
            table.getSelectionModel().clearSelection();
            for (int i = 0; i < window.size(); i++) {
                if (selected.contains(window.get(i))) {
                    table.getSelectionModel().select(i);
                }
            }
        } finally {
            refilling = false;
        }
        if (more) {
            frames.inNextFrame(this, this::refill);
        }
    }
}
