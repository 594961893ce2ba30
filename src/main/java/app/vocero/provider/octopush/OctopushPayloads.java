package app.vocero.provider.octopush;

import app.vocero.domain.ContactTable;
import app.vocero.domain.campaign.Message;
import app.vocero.domain.campaign.Schedule;
import app.vocero.domain.campaign.Template;
import app.vocero.provider.CampaignInput;
import app.vocero.provider.PlannedRequest;
import app.vocero.provider.RequestBody;
import app.vocero.provider.Secrets;
import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The exact {@code POST /v1/public/voice-campaign/send} bodies of a draft: one request ("frame") per at most
 * {@value #RECIPIENTS_PER_REQUEST} recipients, frames balanced in size (501 → 251 + 250, as the document advises
 * 200–500 a frame), each with a deterministic {@code request_id}.
 */
public final class OctopushPayloads {

    public static final String PATH = "/v1/public/voice-campaign/send";
    /**
     * Recipients per request. The document's text says "campaign (up to 500 contacts)" and warns that bigger
     * frames risk data loss, while its schema allows {@code recipients} up to 1000: we send at most 500.
     */
    public static final int RECIPIENTS_PER_REQUEST = 500;
    /** {@code purpose} when the draft's options have none: transactional/alert. */
    public static final String DEFAULT_PURPOSE = "alert";
    public static final String TYPE = "voice_sms";
    /** The schema limits {@code request_id} to 20 characters: 20 hex digits of a SHA-256. */
    public static final int REQUEST_ID_LENGTH = 20;
    /** {@code send_at}: ISO-8601 with the draft's offset ({@code 2018-10-03T07:42:39-07:00}). */
    public static final DateTimeFormatter SEND_AT = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ssxxx", Locale.ROOT);

    static final String SENDER = "sender";
    static final String PURPOSE = "purpose";
    static final String SIMULATION_MODE = "simulation_mode";
    static final String GET_BACK_PRESSED_KEYS = "get_back_pressed_keys";
    static final String AUTO_DELETE_OPTOUT = "auto_delete_optout_contacts";
    static final List<String> BOOLEAN_OPTIONS = List.of(SIMULATION_MODE, GET_BACK_PRESSED_KEYS, AUTO_DELETE_OPTOUT);

    private static final JsonFactory JSON = JsonFactory.builder().disable(StreamWriteFeature.AUTO_CLOSE_TARGET).build();

    private OctopushPayloads() {
    }

    /** How many requests {@code contacts} recipients take (0 for none). */
    public static int frames(int contacts) {
        return (contacts + RECIPIENTS_PER_REQUEST - 1) / RECIPIENTS_PER_REQUEST;
    }

    /** The first contact index of a frame; frame {@code frames} gives the end. Sizes differ by at most one. */
    static int frameStart(int contacts, int frame) {
        int frames = frames(contacts);
        return frames == 0 ? 0 : (int) ((long) contacts * frame / frames);
    }

    public static Map<String, String> headers() {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("api-key", Secrets.placeholder("apiKey"));
        headers.put("api-login", Secrets.placeholder("apiLogin"));
        headers.put("Content-Type", "application/json");
        return headers;
    }

    public static List<PlannedRequest> requests(CampaignInput input, String baseUrl) {
        int frames = frames(input.contacts().size());
        String url = trimSlash(baseUrl) + PATH;
        List<PlannedRequest> requests = new ArrayList<>();
        for (int frame = 0; frame < frames; frame++) {
            int index = frame;
            long records = frameStart(input.contacts().size(), frame + 1) - frameStart(input.contacts().size(), frame);
            requests.add(new PlannedRequest("voice-campaign/send " + (frame + 1) + "/" + frames, "POST", url,
                    headers(), "application/json", out -> write(input, index, out), records));
        }
        return requests;
    }

    /**
     * The frame's {@code request_id}: 20 hex digits of SHA-256 over the draft's name, the frame index and the
     * frame's whole body without the id. Resending the same frame (same contacts, text, time, options) reuses it,
     * so Octopush drops the duplicate for 24 h; a changed frame gets a new id. Sending the same campaign again on
     * purpose within 24 h therefore needs a change (another time, another name).
     */
    public static String requestId(CampaignInput input, int frame) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            String name = input.draft().name() == null ? "" : input.draft().name();
            digest.update(("vocero/octopush\n" + name + "\n" + frame + "\n").getBytes(StandardCharsets.UTF_8));
            try (OutputStream sink = new DigestOutputStream(OutputStream.nullOutputStream(), digest)) {
                writeBody(input, frame, null, sink);
            }
            return HexFormat.of().formatHex(digest.digest()).substring(0, REQUEST_ID_LENGTH);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void write(CampaignInput input, int frame, OutputStream out) throws IOException {
        writeBody(input, frame, requestId(input, frame), out);
    }

    private static void writeBody(CampaignInput input, int frame, String requestId, OutputStream out)
            throws IOException {
        Message.Tts tts = (Message.Tts) input.draft().message();
        OctopushTags tags = OctopushTags.of(input.template().orElseGet(() -> Template.of(tts)),
                input.draft());
        ContactTable contacts = input.contacts();
        try (JsonGenerator json = JSON.createGenerator(out, JsonEncoding.UTF8)) {
            json.writeStartObject();
            json.writeStringField("text", tags.text());
            json.writeArrayFieldStart("recipients");
            int end = frameStart(contacts.size(), frame + 1);
            for (int i = frameStart(contacts.size(), frame); i < end; i++) {
                json.writeStartObject();
                json.writeStringField("phone_number", contacts.e164(i));
                for (OctopushTags.Slot slot : tags.slots()) {
                    json.writeStringField(slot.key(), OctopushTags.value(slot, contacts, i));
                }
                json.writeEndObject();
            }
            json.writeEndArray();
            String sender = text(input, SENDER);
            if (sender != null) {
                json.writeStringField(SENDER, sender);
            }
            Optional<String> sendAt = sendAt(input);
            if (sendAt.isPresent()) {
                json.writeStringField("send_at", sendAt.get());
            }
            String purpose = text(input, PURPOSE);
            json.writeStringField(PURPOSE, purpose == null ? DEFAULT_PURPOSE : purpose.toLowerCase(Locale.ROOT));
            json.writeStringField("type", TYPE);
            if (blankToNull(tts.gender()) != null) {
                json.writeStringField("voice_gender", tts.gender().trim().toLowerCase(Locale.ROOT));
            }
            Optional<String> language = OctopushRules.language(tts.language());
            if (language.isPresent()) {
                json.writeStringField("voice_language", language.get());
            }
            for (String key : List.of(AUTO_DELETE_OPTOUT, GET_BACK_PRESSED_KEYS, SIMULATION_MODE)) {
                Optional<Boolean> value = bool(input.draft().option(key));
                if (value.isPresent()) {
                    json.writeBooleanField(key, value.get());
                }
            }
            if (requestId != null) {
                json.writeStringField("request_id", requestId);
            }
            json.writeEndObject();
        }
    }

    /** The first window's start in the draft's zone, empty when the draft has no window (send now). */
    public static Optional<String> sendAt(CampaignInput input) {
        List<Schedule> schedules = input.draft().schedules();
        if (schedules.isEmpty() || schedules.get(0).start() == null) {
            return Optional.empty();
        }
        return Optional.of(schedules.get(0).start().atZone(input.zone()).format(SEND_AT));
    }

    /** A boolean option: a JSON boolean or the text {@code true}/{@code false}; empty when absent or not one. */
    static Optional<Boolean> bool(Object value) {
        if (value instanceof Boolean) {
            return Optional.of((Boolean) value);
        }
        if (value instanceof String) {
            String text = ((String) value).trim().toLowerCase(Locale.ROOT);
            if (text.equals("true") || text.equals("false")) {
                return Optional.of(Boolean.parseBoolean(text));
            }
        }
        return Optional.empty();
    }

    static String text(CampaignInput input, String key) {
        return blankToNull(input.optionText(key));
    }

    static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    private static String trimSlash(String baseUrl) {
        return baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }
}
