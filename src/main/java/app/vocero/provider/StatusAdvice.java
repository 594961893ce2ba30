package app.vocero.provider;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * A provider's HTTP error statuses and what the supervisor should do about each, in English and Spanish; an
 * unlisted 5xx reads like the provider's 500, anything else gets a generic "check and send again".
 */
public final class StatusAdvice {

    /** One status's meaning. */
    public record Entry(int status, String english, String spanish) {
        public String message(String language) {
            return "es".equalsIgnoreCase(language) ? spanish : english;
        }
    }

    private final String provider;
    private final Map<Integer, Entry> byStatus = new LinkedHashMap<>();

    public StatusAdvice(String provider) {
        this.provider = provider;
    }

    public StatusAdvice add(int status, String english, String spanish) {
        byStatus.put(status, new Entry(status, english, spanish));
        return this;
    }

    /** The listed meaning of a status. */
    public Optional<Entry> forStatus(int status) {
        return Optional.ofNullable(byStatus.get(status));
    }

    /** The meaning of any error status: the listed one, else the 500 entry for 5xx, else a generic one. */
    public Entry describe(int status) {
        Entry known = byStatus.get(status);
        if (known != null) {
            return known;
        }
        Entry server = byStatus.get(500);
        if (status >= 500 && server != null) {
            return new Entry(status, server.english(), server.spanish());
        }
        return new Entry(status, provider + " answered with status " + status + ": check the draft and the account, "
                + "then send again.", provider + " respondió con el estado " + status + ": revise el borrador y la "
                + "cuenta y envíe de nuevo.");
    }
}
