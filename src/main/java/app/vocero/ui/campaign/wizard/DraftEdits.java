package app.vocero.ui.campaign.wizard;

import app.vocero.domain.campaign.Draft;
import app.vocero.domain.campaign.Message;
import app.vocero.domain.campaign.ProviderId;
import app.vocero.domain.campaign.Schedule;
import java.util.List;
import java.util.Map;

/** One field of a {@link Draft} changed, everything else kept (the record has no withers). */
public final class DraftEdits {

    private DraftEdits() {
    }

    public static Draft name(Draft d, String name) {
        return new Draft(d.version(), name, d.provider(), d.account(), d.contacts(), d.message(), d.schedules(),
                d.timezone(), d.options(), d.extra());
    }

    public static Draft account(Draft d, ProviderId provider, String account) {
        return new Draft(d.version(), d.name(), provider, account, d.contacts(), d.message(), d.schedules(),
                d.timezone(), d.options(), d.extra());
    }

    public static Draft message(Draft d, Message message) {
        return new Draft(d.version(), d.name(), d.provider(), d.account(), d.contacts(), message, d.schedules(),
                d.timezone(), d.options(), d.extra());
    }

    public static Draft schedules(Draft d, List<Schedule> schedules) {
        return new Draft(d.version(), d.name(), d.provider(), d.account(), d.contacts(), d.message(), schedules,
                d.timezone(), d.options(), d.extra());
    }

    public static Draft timezone(Draft d, String timezone) {
        return new Draft(d.version(), d.name(), d.provider(), d.account(), d.contacts(), d.message(), d.schedules(),
                timezone, d.options(), d.extra());
    }

    public static Draft options(Draft d, Map<String, Object> options) {
        return new Draft(d.version(), d.name(), d.provider(), d.account(), d.contacts(), d.message(), d.schedules(),
                d.timezone(), options, d.extra());
    }
}
