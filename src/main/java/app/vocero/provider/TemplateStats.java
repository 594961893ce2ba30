package app.vocero.provider;

import app.vocero.domain.ContactTable;
import app.vocero.domain.campaign.Template;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a template becomes over all contacts, measured in one pass without building the texts: the longest and
 * shortest rendering (with a row), total characters (for the speaking-time estimate), whether everyone gets the
 * same text, and which tags are empty for which contacts.
 */
public final class TemplateStats {

    /** Rows kept as examples per finding. */
    public static final int EXAMPLES = 5;

    private int longest = -1;
    private long longestRow = -1;
    private int shortest = Integer.MAX_VALUE;
    private long shortestRow = -1;
    private long totalCharacters;
    private long emptyRenderings;
    private final List<Long> emptyExamples = new ArrayList<>();
    private boolean sameForEveryone = true;
    private final Map<String, long[]> missingByTag = new LinkedHashMap<>();
    private final Map<String, List<Long>> missingExamples = new LinkedHashMap<>();

    public static TemplateStats of(Template template, ContactTable contacts) {
        TemplateStats stats = new TemplateStats();
        String first = contacts.isEmpty() ? null : template.render(contacts, 0);
        for (int i = 0; i < contacts.size(); i++) {
            int length = 0;
            boolean same = stats.sameForEveryone;
            int offset = 0;
            for (Template.Part part : template.parts()) {
                String value = Template.valueOf(part, contacts, i);
                if (!(part instanceof Template.Text) && value.isBlank()) {
                    stats.missing(tagOf(part), contacts.row(i));
                }
                if (same) {
                    same = first.regionMatches(offset, value, 0, value.length());
                }
                offset += value.length();
                length += value.length();
            }
            stats.sameForEveryone = same && offset == first.length();
            stats.add(length, contacts.row(i));
        }
        if (contacts.isEmpty()) {
            stats.shortest = 0;
        }
        return stats;
    }

    private static String tagOf(Template.Part part) {
        if (part instanceof Template.FieldTag) {
            return "{" + ((Template.FieldTag) part).field().tagLetter().orElseThrow() + "}";
        }
        return "{" + ((Template.ColumnTag) part).column() + "}";
    }

    private void missing(String tag, long row) {
        missingByTag.computeIfAbsent(tag, key -> new long[1])[0]++;
        List<Long> examples = missingExamples.computeIfAbsent(tag, key -> new ArrayList<>());
        if (examples.size() < EXAMPLES) {
            examples.add(row);
        }
    }

    private void add(int length, long row) {
        totalCharacters += length;
        if (length > longest) {
            longest = length;
            longestRow = row;
        }
        if (length < shortest) {
            shortest = length;
            shortestRow = row;
        }
        if (length == 0) {
            emptyRenderings++;
            if (emptyExamples.size() < EXAMPLES) {
                emptyExamples.add(row);
            }
        }
    }

    public int longest() {
        return Math.max(longest, 0);
    }

    public long longestRow() {
        return longestRow;
    }

    public int shortest() {
        return shortest;
    }

    public long shortestRow() {
        return shortestRow;
    }

    public long totalCharacters() {
        return totalCharacters;
    }

    public long emptyRenderings() {
        return emptyRenderings;
    }

    public List<Long> emptyExamples() {
        return List.copyOf(emptyExamples);
    }

    public boolean sameForEveryone() {
        return sameForEveryone;
    }

    /** Tag → how many contacts have no value for it. */
    public Map<String, Long> missingByTag() {
        Map<String, Long> counts = new LinkedHashMap<>();
        missingByTag.forEach((tag, count) -> counts.put(tag, count[0]));
        return counts;
    }

    public List<Long> missingExamples(String tag) {
        return List.copyOf(missingExamples.getOrDefault(tag, List.of()));
    }
}
