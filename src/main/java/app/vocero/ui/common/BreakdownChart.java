package app.vocero.ui.common;

import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.util.StringConverter;

/**
 * A horizontal bar chart of contacts per country or operator, largest at the top, whole numbers in the window's
 * language. Usable from FXML: {@code <BreakdownChart fx:id="countryChart" title="%x" axisLabel="%y"/>}.
 */
public final class BreakdownChart extends BarChart<Number, String> {

    private final NumberAxis counts;
    private List<Breakdown> shown = List.of();

    public BreakdownChart() {
        super(new NumberAxis(), new CategoryAxis());
        counts = (NumberAxis) getXAxis();
        counts.setMinorTickVisible(false);
        setLegendVisible(false);
        setAnimated(false);
        getStyleClass().add("breakdown-chart");
        getStylesheets().add(BreakdownChart.class.getResource("BreakdownChart.css").toExternalForm());
        useLocale(Locale.getDefault(Locale.Category.FORMAT));
    }

    /** Numbers on the axis as the language writes them ({@code 1.000} in Spanish). */
    public void useLocale(Locale locale) {
        NumberFormat numbers = NumberFormat.getIntegerInstance(locale);
        counts.setTickLabelFormatter(new StringConverter<>() {
            @Override
            public String toString(Number number) {
                return number.doubleValue() == Math.rint(number.doubleValue()) ? numbers.format(number) : "";
            }

            @Override
            public Number fromString(String text) {
                return null;
            }
        });
    }

    public String getAxisLabel() {
        return counts.getLabel();
    }

    public void setAxisLabel(String label) {
        counts.setLabel(label);
    }

    /** The bars, largest first; the chart is redrawn only when they change. */
    public void show(List<Breakdown> bars) {
        if (bars.equals(shown)) {
            return;
        }
        shown = List.copyOf(bars);
        XYChart.Series<Number, String> series = new XYChart.Series<>();
        List<Breakdown> bottomUp = new ArrayList<>(bars);
        Collections.reverse(bottomUp);
        for (Breakdown bar : bottomUp) {
            series.getData().add(new XYChart.Data<>(bar.contacts(), bar.label()));
        }
        getData().setAll(List.of(series));
    }

    public List<Breakdown> shown() {
        return shown;
    }
}
