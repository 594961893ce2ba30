package app.vocero.domain.campaign;

import app.vocero.domain.ContactTable;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a template gives over a list, for the message step: the longest message (to hold against the provider's
 * limit) and, per tag, the contacts that have no value for it (counted, and the first ones listed by position in
 * the list so the window can jump to them). One pass, no texts kept.
 *
 * @param longest      the longest rendering's length in characters (0 for no contacts)
 * @param longestIndex its contact's position in the list, -1 for no contacts
 * @param missing      tag ({@code {N}}) → the contacts without a value for it, in the order tags are first used
 * @param sameForEveryone whether every contact gets the very same text (Routee reads one text to everyone)
 */
public record TemplateCoverage(int longest, int longestIndex, Map<String, Missing> missing, boolean sameForEveryone) {

    /** The contacts with no value for one tag: how many, and the positions of the first ones. */
    public record Missing(String tag, long count, List<Integer> firstIndexes) {
        public Missing {
            firstIndexes = List.copyOf(firstIndexes);
        }
    }

    public TemplateCoverage {
        missing = Collections.unmodifiableMap(new LinkedHashMap<>(missing));
    }

    /**
     * @param listed how many contacts to list per tag
     * @param cancelled checked now and then; a long pass stops early when it says so
     */
    public static TemplateCoverage of(Template template, ContactTable contacts, int listed,
                                      java.util.function.BooleanSupplier cancelled) {
        int longest = contacts.isEmpty() ? 0 : -1;
        int longestIndex = -1;
        Map<String, long[]> counts = new LinkedHashMap<>();
        Map<String, List<Integer>> firsts = new LinkedHashMap<>();
        String first = contacts.isEmpty() ? "" : template.render(contacts, 0);
        boolean same = true;
        for (int i = 0; i < contacts.size(); i++) {
            if ((i & 0x3FFF) == 0 && cancelled.getAsBoolean()) {
                break;
            }
            int length = 0;
            for (Template.Part part : template.parts()) {
                String value = Template.valueOf(part, contacts, i);
                same = same && first.regionMatches(length, value, 0, value.length());
                length += value.length();
                if (!(part instanceof Template.Text) && value.isBlank()) {
                    String tag = tagOf(part);
                    long[] count = counts.computeIfAbsent(tag, key -> new long[] {0, -1});
                    if (count[1] != i) { // a tag used twice counts its contact once
                        count[0]++;
                        count[1] = i;
                        List<Integer> listedSoFar = firsts.computeIfAbsent(tag, key -> new ArrayList<>());
                        if (listedSoFar.size() < listed) {
                            listedSoFar.add(i);
                        }
                    }
                }
            }
            same = same && length == first.length();
            if (length > longest) {
                longest = length;
                longestIndex = i;
            }
        }
        Map<String, Missing> missing = new LinkedHashMap<>();
        counts.forEach((tag, count) -> missing.put(tag, new Missing(tag, count[0], firsts.get(tag))));
        return new TemplateCoverage(Math.max(longest, 0), longestIndex, missing, same);
    }

    /** A tag as written canonically: {@code {N}}, {@code {Ciudad}}. */
    public static String tagOf(Template.Part part) {
        if (part instanceof Template.FieldTag) {
            return "{" + ((Template.FieldTag) part).field().tagLetter().orElseThrow() + "}";
        }
        if (part instanceof Template.ColumnTag) {
            return "{" + ((Template.ColumnTag) part).column() + "}";
        }
        return "";
    }

    /** How many contacts have no value for {@code tag} ({@code {N}}). */
    public long missingCount(String tag) {
        Missing entry = missing.get(tag);
        return entry == null ? 0 : entry.count();
    }
}
