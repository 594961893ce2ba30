package app.vocero.provider.saem;

import app.vocero.domain.ContactTable;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The country calling codes of a contact list ({@code 57} for +57 300…), with how many contacts each country has.
 * Saem's {@code prefix} is one per campaign, so a list must have exactly one code. The code is read from each
 * contact's checked number (E.164 minus its national digits), so +1 numbers of the US and Canada share one code.
 */
public final class CallingCodes {

    private final Map<String, Map<String, Long>> byCode;

    private CallingCodes(Map<String, Map<String, Long>> byCode) {
        this.byCode = byCode;
    }

    public static CallingCodes of(ContactTable contacts) {
        Map<String, Map<String, Long>> byCode = new LinkedHashMap<>();
        String lastCode = null;
        Map<String, Long> lastCountries = null;
        for (int i = 0; i < contacts.size(); i++) {
            String e164 = contacts.e164(i);
            int codeEnd = e164.length() - contacts.nationalDigits(i).length();
            if (lastCode == null || codeEnd - 1 != lastCode.length() || !e164.startsWith(lastCode, 1)) {
                lastCode = e164.substring(1, Math.max(1, codeEnd));
                lastCountries = byCode.computeIfAbsent(lastCode, code -> new LinkedHashMap<>());
            }
            String region = contacts.region(i);
            lastCountries.merge(region == null || region.isEmpty() ? "?" : region, 1L, Long::sum);
        }
        Map<String, Map<String, Long>> frozen = new LinkedHashMap<>();
        byCode.forEach((code, countries) -> frozen.put(code, Collections.unmodifiableMap(countries)));
        return new CallingCodes(Collections.unmodifiableMap(frozen));
    }

    /** Calling code → (ISO region → contacts), in order of first appearance. */
    public Map<String, Map<String, Long>> byCode() {
        return byCode;
    }

    public boolean isSingle() {
        return byCode.size() == 1;
    }

    /** The only calling code, or {@code null} when the list is empty or mixed. */
    public String single() {
        return isSingle() ? byCode.keySet().iterator().next() : null;
    }

    /** {@code CO +57: 120; MX +52: 3} — countries and counts, for a finding. */
    public String describe() {
        StringBuilder out = new StringBuilder();
        byCode.forEach((code, countries) -> countries.forEach((region, count) -> {
            if (out.length() > 0) {
                out.append("; ");
            }
            out.append(region).append(" +").append(code).append(": ").append(count);
        }));
        return out.toString();
    }
}
