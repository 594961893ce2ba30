package app.vocero.contacts.read;

import java.util.HashMap;
import java.util.Map;

/**
 * Picks the field delimiter of a CSV/TXT sample among {@code ;}, {@code ,}, tab and {@code |}: for each candidate,
 * counts its occurrences outside double quotes on each of the first lines, takes the most frequent non-zero count
 * (the mode), and chooses the candidate whose mode covers the largest share of the lines; ties go to the larger
 * mode, then to the order above. A sample with none of them is a one-column file (delimiter {@code ,}).
 */
final class DelimiterDetector {

    static final char[] CANDIDATES = {';', ',', '\t', '|'};
    private static final int MAX_LINES = 200;

    private DelimiterDetector() {
    }

    /**
     * @param sample   the first characters of the file
     * @param complete whether the sample is the whole file (otherwise its last, possibly cut, line is
     *                 ignored, unless it is the only one)
     */
    static char detect(String sample, boolean complete) {
        int[][] counts = new int[CANDIDATES.length][MAX_LINES];
        int lines = 0;
        int[] current = new int[CANDIDATES.length];
        boolean inQuotes = false;
        boolean lineHasText = false;
        int n = sample.length();
        for (int i = 0; i < n && lines < MAX_LINES; i++) {
            char c = sample.charAt(i);
            if (c == '"') {
                inQuotes = !inQuotes;
                lineHasText = true;
            } else if (!inQuotes && (c == '\n' || c == '\r')) {
                if (lineHasText) {
                    for (int k = 0; k < CANDIDATES.length; k++) {
                        counts[k][lines] = current[k];
                    }
                    lines++;
                }
                java.util.Arrays.fill(current, 0);
                lineHasText = false;
            } else if (!inQuotes) {
                for (int k = 0; k < CANDIDATES.length; k++) {
                    if (c == CANDIDATES[k]) {
                        current[k]++;
                    }
                }
                if (!Character.isWhitespace(c) || c == '\t') {
                    lineHasText = true;
                }
            }
        }
        // a first line longer than the sample (a 1,000,000-column header) is all there is to go by
        if ((complete || lines == 0) && lineHasText && lines < MAX_LINES) {
            for (int k = 0; k < CANDIDATES.length; k++) {
                counts[k][lines] = current[k];
            }
            lines++;
        }
        char best = ',';
        double bestShare = 0;
        int bestMode = 0;
        for (int k = 0; k < CANDIDATES.length; k++) {
            Map<Integer, Integer> freq = new HashMap<>();
            for (int l = 0; l < lines; l++) {
                if (counts[k][l] > 0) {
                    freq.merge(counts[k][l], 1, Integer::sum);
                }
            }
            int mode = 0;
            int modeLines = 0;
            for (Map.Entry<Integer, Integer> e : freq.entrySet()) {
                if (e.getValue() > modeLines || (e.getValue() == modeLines && e.getKey() > mode)) {
                    mode = e.getKey();
                    modeLines = e.getValue();
                }
            }
            if (mode == 0) {
                continue;
            }
            double share = (double) modeLines / lines;
            if (share > bestShare + 1e-9 || (Math.abs(share - bestShare) <= 1e-9 && mode > bestMode)) {
                best = CANDIDATES[k];
                bestShare = share;
                bestMode = mode;
            }
        }
        return best;
    }
}
