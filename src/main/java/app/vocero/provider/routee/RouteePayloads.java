package app.vocero.provider.routee;

import app.vocero.domain.ContactTable;
import app.vocero.domain.campaign.Message;
import app.vocero.domain.campaign.Schedule;
import app.vocero.domain.campaign.Template;
import app.vocero.provider.CampaignInput;
import app.vocero.provider.RequestBody;
import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import java.io.IOException;
import java.text.Normalizer;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Map;

/**
 * The exact bodies of Routee's requests: the token form, and {@code POST /voice/campaign} as
 * {@code {"campaignName", "from", "to": [E.164…], "fileURL" | "message": {"text", "gender", "language"},
 * "respectQuietHours", "scheduledDate", "hangupDelay", "collectDtmfDigits", "collectDtmfAwaitSeconds", "callback",
 * "campaignCallback"}} — options only when the draft has them.
 *
 * <p><b>Readings chosen.</b> {@code scheduledDate} is the first window's start in the draft's zone, converted to
 * UTC ({@code 2025-03-01T15:00:00Z}). More than {@value #MAX_RECIPIENTS} recipients become several complete
 * campaigns with the same message and settings, named {@code "<name> 1 de 3"} ({@link #PART_SUFFIX}: {@code /} is
 * not allowed in a Routee name), the name cut so the whole stays within {@value #MAX_NAME} characters. The audio
 * goes in {@code fileURL}, spelled as Routee's document spells it.
 */
public final class RouteePayloads {

    public static final String TOKEN_FORM = "grant_type=client_credentials";
    /** Routee takes at most 1,000 numbers in {@code to} per request. */
    public static final int MAX_RECIPIENTS = 1000;
    public static final int MAX_NAME = 30;
    /** Appended to the campaign name when a draft is split: part, parts. */
    public static final String PART_SUFFIX = " %d de %d";

    private static final JsonFactory JSON = JsonFactory.builder().disable(StreamWriteFeature.AUTO_CLOSE_TARGET).build();

    private RouteePayloads() {
    }

    /** How many requests (and Routee campaigns) a number of recipients needs. */
    public static int parts(int recipients) {
        return Math.max(1, (recipients + MAX_RECIPIENTS - 1) / MAX_RECIPIENTS);
    }

    /** The campaign body for recipients {@code (part-1)*1000} up to {@code part*1000} (1-based part). */
    public static RequestBody campaign(CampaignInput input, int part, int parts) {
        String name = campaignName(RouteeRules.validName(input.draft().name()) ? input.draft().name().trim()
                : cleanName(input.draft().name()), part, parts);
        String from = input.optionText("from");
        ContactTable contacts = input.contacts();
        int start = (part - 1) * MAX_RECIPIENTS;
        int end = Math.min(contacts.size(), start + MAX_RECIPIENTS);
        Message message = input.draft().message();
        String text = message instanceof Message.Tts ? text(input) : null;
        String scheduled = input.draft().schedules().stream().findFirst().map(Schedule::start)
                .map(startAt -> scheduledDate(startAt, input.zone())).orElse(null);
        Map<String, Object> options = input.draft().options();
        return out -> {
            try (JsonGenerator json = JSON.createGenerator(out, JsonEncoding.UTF8)) {
                json.writeStartObject();
                json.writeStringField("campaignName", name);
                json.writeStringField("from", from == null ? null : from.trim());
                json.writeArrayFieldStart("to");
                for (int i = start; i < end; i++) {
                    json.writeString(contacts.e164(i));
                }
                json.writeEndArray();
                if (message instanceof Message.Audio) {
                    json.writeStringField("fileURL", ((Message.Audio) message).fileUrl().trim());
                } else if (message instanceof Message.Tts) {
                    Message.Tts tts = (Message.Tts) message;
                    json.writeObjectFieldStart("message");
                    json.writeStringField("text", text);
                    json.writeStringField("gender", tts.gender() == null ? null : tts.gender().trim().toLowerCase(Locale.ROOT));
                    json.writeStringField("language", RouteeRules.language(tts.language()).orElse(tts.language()));
                    json.writeEndObject();
                }
                writeOption(json, options, "respectQuietHours");
                if (scheduled != null) {
                    json.writeStringField("scheduledDate", scheduled);
                }
                writeOption(json, options, "hangupDelay");
                writeOption(json, options, "collectDtmfDigits");
                writeOption(json, options, "collectDtmfAwaitSeconds");
                writeCallback(json, options, "callback");
                writeCallback(json, options, "campaignCallback");
                json.writeEndObject();
            }
        };
    }

    private static void writeOption(JsonGenerator json, Map<String, Object> options, String key) throws IOException {
        Object value = options.get(key);
        if (value instanceof Boolean) {
            json.writeBooleanField(key, (Boolean) value);
        } else if (value instanceof Number) {
            json.writeNumberField(key, ((Number) value).longValue());
        }
    }

    private static void writeCallback(JsonGenerator json, Map<String, Object> options, String key) throws IOException {
        if (options.get(key) instanceof Map) {
            Map<?, ?> callback = (Map<?, ?>) options.get(key);
            json.writeObjectFieldStart(key);
            json.writeStringField("strategy", String.valueOf(callback.get("strategy")));
            json.writeStringField("url", String.valueOf(callback.get("url")).trim());
            json.writeEndObject();
        }
    }

    /** The text everyone hears: the template rendered for the first contact (rules make sure it is everyone's). */
    public static String text(CampaignInput input) {
        Message.Tts tts = (Message.Tts) input.draft().message();
        Template template = input.template().orElseGet(() -> Template.of(tts));
        return input.contacts().isEmpty() ? template.source() : template.render(input.contacts(), 0);
    }

    /** A window's local start, in the draft's zone, as Routee's UTC {@code scheduledDate}. */
    public static String scheduledDate(LocalDateTime start, ZoneId zone) {
        return start.atZone(zone).toInstant().truncatedTo(ChronoUnit.SECONDS).toString();
    }

    /** The name for one part: the name itself when not split, else cut to fit {@code " 1 de 3"} in 30. */
    public static String campaignName(String name, int part, int parts) {
        if (parts <= 1) {
            return name;
        }
        String suffix = String.format(Locale.ROOT, PART_SUFFIX, part, parts);
        String base = name.length() + suffix.length() <= MAX_NAME ? name
                : name.substring(0, Math.max(0, MAX_NAME - suffix.length())).replaceAll("[ -]+$", "");
        return base + suffix;
    }

    /** A name Routee accepts, made from any text: accents dropped, other signs as spaces, cut to 30. */
    public static String cleanName(String name) {
        String plain = Normalizer.normalize(name == null ? "" : name, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        String clean = plain.replaceAll("[^A-Za-z0-9 -]+", " ").replaceAll(" {2,}", " ").trim();
        if (clean.length() > MAX_NAME) {
            clean = clean.substring(0, MAX_NAME).trim();
        }
        return clean.length() < 2 ? "Campana Vocero" : clean;
    }
}
