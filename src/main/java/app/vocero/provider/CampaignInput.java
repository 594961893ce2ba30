package app.vocero.provider;

import app.vocero.domain.ContactTable;
import app.vocero.domain.campaign.Draft;
import app.vocero.domain.campaign.Template;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;

/**
 * What pre-flight and request building work on: the draft, its callable contacts, its parsed template and what it
 * renders to (when the message is text-to-speech), the zone of its schedules and the moment of the check.
 */
public record CampaignInput(Draft draft, ContactTable contacts, Optional<Template> template,
                            Optional<TemplateStats> templateStats, ZoneId zone, Instant now) {

    /** A draft option as text ({@code null} when absent); numbers and booleans as they print. */
    public String optionText(String key) {
        Object value = draft.option(key);
        return value == null ? null : value.toString();
    }
}
