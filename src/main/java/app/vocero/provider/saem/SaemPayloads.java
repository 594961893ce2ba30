package app.vocero.provider.saem;

import app.vocero.domain.ContactTable;
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
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The exact requests of a Saem campaign: optionally {@code POST /audio/generate}, then {@code POST /send/massive}
 * (JSON, up to {@value SaemCampaign#JSON_LIMIT} contacts) or {@code POST /send/massive/parquet} (multipart, up to
 * {@value SaemCampaign#PARQUET_LIMIT}). ONE request carries all calling windows in {@code configProgramming}; Saem
 * itself splits them into one campaign each, all with the same {@code nameCampaign}.
 *
 * <p>Bodies are streamed with Jackson's {@link JsonGenerator} straight into the output stream: no JSON tree, never
 * every message in memory. Readings of the document: {@code prefix} is sent as text ({@code "57"}), like the
 * numbers; {@code numbers} are national digits without symbols; {@code configReview} is an array of the condition
 * strings and is always present (empty for no retries); dates are {@link SaemClock#DATE_TIME}.
 */
public final class SaemPayloads {

    public static final String SEND_MASSIVE = "/send/massive";
    public static final String SEND_MASSIVE_PARQUET = "/send/massive/parquet";
    public static final String AUDIO_GENERATE = "/audio/generate";
    /** The secret the sender puts in {@code x-auth}. */
    public static final String API_KEY = "apiKey";
    public static final String JSON_TYPE = "application/json";

    private static final JsonFactory JSON = JsonFactory.builder()
            .disable(StreamWriteFeature.AUTO_CLOSE_TARGET).build();

    private SaemPayloads() {
    }

    /** The requests in the order they are sent. Only for a draft {@link SaemRules} found no errors in. */
    public static List<PlannedRequest> requests(CampaignInput input, String baseUrl) {
        SaemCampaign campaign = SaemCampaign.of(input);
        String base = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
        List<PlannedRequest> requests = new ArrayList<>();
        campaign.audioGeneration().ifPresent(generation -> requests.add(new PlannedRequest(step(AUDIO_GENERATE), "POST",
                base + AUDIO_GENERATE, headers(JSON_TYPE), JSON_TYPE, audioGenerate(generation), 0)));
        long records = campaign.contacts().size();
        if (campaign.parquet()) {
            requests.add(new PlannedRequest(step(SEND_MASSIVE_PARQUET), "POST", base + SEND_MASSIVE_PARQUET,
                    headers(SaemMultipart.CONTENT_TYPE), SaemMultipart.CONTENT_TYPE,
                    out -> SaemMultipart.write(campaign, out), records));
        } else {
            requests.add(new PlannedRequest(step(SEND_MASSIVE), "POST", base + SEND_MASSIVE, headers(JSON_TYPE),
                    JSON_TYPE, massiveJson(campaign), records));
        }
        return requests;
    }

    /** {@code send/massive}: the path without its leading slash, as {@link PlannedRequest#step()} names steps. */
    private static String step(String path) {
        return path.substring(1);
    }

    private static Map<String, String> headers(String contentType) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("x-auth", Secrets.placeholder(API_KEY));
        headers.put("Content-Type", contentType);
        return headers;
    }

    /** {@code {"text", "voice", "resource_name"}}. */
    public static RequestBody audioGenerate(SaemCampaign.AudioGeneration generation) {
        return out -> {
            try (JsonGenerator json = JSON.createGenerator(out, JsonEncoding.UTF8)) {
                json.writeStartObject();
                json.writeStringField("text", generation.text());
                json.writeStringField("voice", generation.voice());
                json.writeStringField("resource_name", generation.resourceName());
                json.writeEndObject();
            }
        };
    }

    /** The JSON body of {@code /send/massive}, written contact by contact. */
    public static RequestBody massiveJson(SaemCampaign campaign) {
        return out -> writeMassive(campaign, out);
    }

    private static void writeMassive(SaemCampaign campaign, OutputStream out) throws IOException {
        boolean custom = campaign.subService() == SaemCampaign.SubService.CUSTOM;
        ContactTable contacts = campaign.contacts();
        try (JsonGenerator json = JSON.createGenerator(out, JsonEncoding.UTF8)) {
            json.writeStartObject();
            json.writeStringField("subService", campaign.subService().key());
            if (custom) {
                json.writeStringField("voice", campaign.voice());
            }
            json.writeStringField("prefix", campaign.prefix());
            json.writeStringField("gmt", campaign.gmt());
            json.writeStringField("nameCampaign", campaign.nameCampaign());
            json.writeBooleanField("mailbox", campaign.mailbox());
            if (!custom) {
                json.writeStringField("audioId", campaign.audioId());
            }
            json.writeFieldName("configProgramming");
            writeProgramming(json, campaign.windows());
            json.writeArrayFieldStart("numbers");
            if (custom) {
                Contents contents = new Contents(campaign.template(), contacts);
                for (int i = 0; i < contacts.size(); i++) {
                    json.writeStartObject();
                    json.writeStringField("number", contacts.nationalDigits(i));
                    json.writeStringField("content", contents.of(i));
                    json.writeEndObject();
                }
            } else {
                for (int i = 0; i < contacts.size(); i++) {
                    json.writeString(contacts.nationalDigits(i));
                }
            }
            json.writeEndArray();
            json.writeEndObject();
        }
    }

    /** {@code configProgramming} as the JSON string the Parquet form sends. */
    public static String configProgramming(SaemCampaign campaign) {
        StringWriter text = new StringWriter();
        try (JsonGenerator json = JSON.createGenerator(text)) {
            writeProgramming(json, campaign.windows());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return text.toString();
    }

    private static void writeProgramming(JsonGenerator json, List<SaemCampaign.Window> windows) throws IOException {
        json.writeStartArray();
        for (SaemCampaign.Window window : windows) {
            json.writeStartObject();
            json.writeStringField("dateStart", window.dateStart());
            json.writeStringField("dateEnd", window.dateEnd());
            json.writeNumberField("reviews", window.reviews());
            json.writeArrayFieldStart("configReview");
            for (String condition : window.configReview()) {
                json.writeString(condition);
            }
            json.writeEndArray();
            json.writeEndObject();
        }
        json.writeEndArray();
    }
}
