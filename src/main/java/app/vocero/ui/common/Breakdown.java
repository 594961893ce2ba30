package app.vocero.ui.common;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** One bar of a country or operator chart: its label in the window's language and how many contacts. */
public record Breakdown(String label, long contacts) {

    /**
     * The first {@code most} counts as bars (in the map's order, most first), the rest summed as one bar named
     * {@code othersLabel}.
     */
    public static List<Breakdown> bars(Map<String, Long> counts, Function<String, String> label, int most,
                                       String othersLabel) {
        List<Breakdown> bars = new ArrayList<>();
        long others = 0;
        int index = 0;
        for (Map.Entry<String, Long> entry : counts.entrySet()) {
            if (index++ < most) {
                bars.add(new Breakdown(label.apply(entry.getKey()), entry.getValue()));
            } else {
                others += entry.getValue();
            }
        }
        if (others > 0) {
            bars.add(new Breakdown(othersLabel, others));
        }
        return List.copyOf(bars);
    }
}
