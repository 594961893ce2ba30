package app.vocero.domain.campaign;

import java.util.List;
import java.util.Map;

/**
 * A campaign as the supervisor drafts it ({@code *.vocero.json}, version 1): shareable, editable by hand, the same
 * model the window's history and autosave use. Fields the file did not have, or had with a wrong type, are
 * {@code null}/empty here and reported as findings by the reader; keys Vocero does not know are kept in
 * {@code extra} and written back.
 *
 * @param timezone the zone of the schedules' local date-times: a {@code ±HH:MM} offset or an IANA zone
 * @param options  provider settings under the provider's own field names ({@code mailbox}, {@code playbook_id}…)
 */
public record Draft(int version, String name, ProviderId provider, String account, ContactSource contacts,
                    Message message, List<Schedule> schedules, String timezone, Map<String, Object> options,
                    Map<String, Object> extra) {

    public static final int CURRENT_VERSION = 1;

    public Draft {
        schedules = schedules == null ? List.of() : List.copyOf(schedules);
        options = options == null ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(options));
        extra = extra == null ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(extra));
    }

    public Object option(String key) {
        return options.get(key);
    }
}
