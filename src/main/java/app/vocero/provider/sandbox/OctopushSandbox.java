package app.vocero.provider.sandbox;

import app.vocero.provider.sandbox.SandboxRequest.BadJson;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Octopush Voice SMS: {@code POST /v1/public/voice-campaign/send} with headers {@code api-login} and
 * {@code api-key}. Validation errors answer the documented 400 body {@code {code: 400, message: "Payload
 * validation error.", errors: {field: {code, message}}}}; the per-field codes are the sandbox's own. A
 * {@code request_id} seen in the last 24 h creates nothing and is answered, as Octopush's public documentation
 * says, with a validation error on {@code request_id} ({@link #REPEATED_REQUEST_ID_CODE}) — or, when the sandbox
 * is built to replay, with the first answer again; with
 * {@code simulation_mode} the answer is made up and nothing is created, charged or remembered. Results are only
 * published by webhook at Octopush, so the sandbox has no tracking endpoint. Cost 0.05 a contact from a credit of
 * 150.00.
 */
final class OctopushSandbox implements ProviderSandbox {

    static final int MAX_RECIPIENTS = 500;
    static final Duration REQUEST_ID_MEMORY = Duration.ofHours(24);
    static final BigDecimal PRICE = new BigDecimal("0.05");
    static final BigDecimal START_CREDIT = new BigDecimal("150.00");
    static final Set<String> LANGUAGES = Set.of("en-US", "en-GB", "el-GR", "pl-PL", "hu-HU", "sv-SE", "de-DE",
            "es-ES", "es-LA", "fr-FR", "it-IT", "pt-BR", "ru-RU");

    private record Remembered(Instant at, SandboxResponse answer) {
    }

    /** The sandbox's own code for "this request_id was already used" (Octopush publishes none). */
    static final int REPEATED_REQUEST_ID_CODE = 440;

    private final Map<String, Remembered> byRequestId = new HashMap<>();
    private final boolean replayRepeats;
    private int campaigns;
    private final BigDecimal startCredit;
    private BigDecimal credit;

    OctopushSandbox() {
        this(START_CREDIT, false);
    }

    OctopushSandbox(BigDecimal startCredit, boolean replayRepeats) {
        this.replayRepeats = replayRepeats;
        this.startCredit = startCredit;
        this.credit = startCredit;
    }

    @Override
    public SandboxResponse handle(SandboxRequest request) {
        String login = request.header("api-login");
        String key = request.header("api-key");
        if (!SandboxCredentials.OCTOPUSH_LOGIN.equals(login) || !SandboxCredentials.OCTOPUSH_API_KEY.equals(key)) {
            ObjectNode out = SandboxResponse.object();
            out.put("code", 401);
            out.put("message", login == null || key == null ? "Missing api-login or api-key header."
                    : "Unauthorized: wrong api-login or api-key.");
            return SandboxResponse.json(401, out);
        }
        if (!request.is("POST", "/v1/public/voice-campaign/send")) {
            ObjectNode out = SandboxResponse.object();
            out.put("code", 404);
            out.put("message", "Not found: " + request.method() + " " + request.path());
            return SandboxResponse.json(404, out);
        }
        JsonNode body;
        try {
            body = request.json();
        } catch (BadJson e) {
            return invalid(Map.of("body", new Problem(400, e.getMessage())));
        }
        if (!body.isObject()) {
            return invalid(Map.of("body", new Problem(400, "The body must be a JSON object.")));
        }
        Map<String, Problem> problems = validate(body);
        if (!problems.isEmpty()) {
            return invalid(problems);
        }
        int contacts = body.get("recipients").size();
        if (body.path("simulation_mode").asBoolean(false)) {
            return success(contacts, body, credit);
        }
        String requestId = Json.text(body, "request_id");
        Instant now = request.now();
        synchronized (this) {
            if (requestId != null) {
                forgetOld(now);
                Remembered seen = byRequestId.get(requestId);
                if (seen != null) {
                    return replayRepeats ? seen.answer() : invalid(Map.of("request_id", new Problem(REPEATED_REQUEST_ID_CODE,
                            "This request_id was already used in the last 24 hours.")));
                }
            }
            BigDecimal cost = PRICE.multiply(BigDecimal.valueOf(contacts));
            if (cost.compareTo(credit) > 0) {
                ObjectNode out = SandboxResponse.object();
                out.put("code", 402);
                out.put("message", "Not enough credit: " + credit + " left, " + cost + " needed.");
                return SandboxResponse.json(402, out);
            }
            credit = credit.subtract(cost);
            campaigns++;
            SandboxResponse answer = success(contacts, body, credit);
            if (requestId != null) {
                byRequestId.put(requestId, new Remembered(now, answer));
            }
            return answer;
        }
    }

    private void forgetOld(Instant now) {
        for (Iterator<Remembered> it = byRequestId.values().iterator(); it.hasNext(); ) {
            if (!it.next().at().plus(REQUEST_ID_MEMORY).isAfter(now)) {
                it.remove();
            }
        }
    }

    private static SandboxResponse success(int contacts, JsonNode body, BigDecimal residual) {
        ObjectNode out = SandboxResponse.object();
        out.put("ticket_number", "voice_" + Long.toHexString(ThreadLocalRandom.current().nextLong() >>> 12));
        out.put("number_of_contacts", contacts);
        out.put("total_cost", PRICE.multiply(BigDecimal.valueOf(contacts)));
        out.put("estimated_duration", SaemSandbox.secondsOf(body.get("text").asText().length()));
        out.put("residual_credit", residual.setScale(2, RoundingMode.HALF_UP));
        return SandboxResponse.json(201, out);
    }

    record Problem(int code, String message) {
    }

    private static Map<String, Problem> validate(JsonNode body) {
        Map<String, Problem> problems = new LinkedHashMap<>();
        String text = Json.text(body, "text");
        if (text == null || text.isEmpty() || text.length() > 1224) {
            problems.put("text", new Problem(431, "Text must be 1 to 1224 characters."));
        }
        JsonNode recipients = body.get("recipients");
        if (recipients == null || !recipients.isArray() || recipients.isEmpty()) {
            problems.put("recipients", new Problem(432, "At least one recipient is required."));
        } else if (recipients.size() > MAX_RECIPIENTS) {
            problems.put("recipients", new Problem(433, "At most " + MAX_RECIPIENTS + " recipients a request."));
        } else {
            int i = 0;
            for (JsonNode r : recipients) {
                String phone = Json.text(r, "phone_number");
                if (phone == null || !phone.matches("\\+\\d{6,16}")) {
                    problems.put("recipients[" + i + "].phone_number",
                            new Problem(434, "Phone number must be international, e.g. +33600000000."));
                    break;
                }
                i++;
            }
        }
        String type = Json.text(body, "type");
        if (!"voice_sms".equals(type)) {
            problems.put("type", new Problem(435, "Type must be voice_sms."));
        }
        String purpose = Json.text(body, "purpose");
        if (purpose != null && !purpose.matches("alert|wholesale")) {
            problems.put("purpose", new Problem(436, "Purpose must be alert or wholesale."));
        }
        String sender = Json.text(body, "sender");
        if (sender != null && !sender.matches("[a-zA-Z0-9]{3,11}")) {
            problems.put("sender", new Problem(437, "Sender must be 3 to 11 alphanumeric characters."));
        }
        String gender = Json.text(body, "voice_gender");
        if (gender != null && !gender.matches("male|female")) {
            problems.put("voice_gender", new Problem(441, "Voice gender must be male or female."));
        }
        String language = Json.text(body, "voice_language");
        if (language != null && !LANGUAGES.contains(language)) {
            problems.put("voice_language", new Problem(442, "Voice language not supported."));
        }
        String sendAt = Json.text(body, "send_at");
        if (sendAt != null) {
            try {
                OffsetDateTime.parse(sendAt);
            } catch (DateTimeParseException e) {
                problems.put("send_at", new Problem(438, "send_at must be an ISO 8601 date-time with offset."));
            }
        }
        String requestId = Json.text(body, "request_id");
        if (requestId != null && (requestId.isEmpty() || requestId.length() > 20)) {
            problems.put("request_id", new Problem(439, "request_id must be 1 to 20 characters."));
        }
        return problems;
    }

    private static SandboxResponse invalid(Map<String, Problem> problems) {
        ObjectNode out = SandboxResponse.object();
        out.put("code", 400);
        out.put("message", "Payload validation error.");
        ObjectNode errors = out.putObject("errors");
        problems.forEach((field, p) -> {
            ObjectNode e = errors.putObject(field);
            e.put("code", p.code());
            e.put("message", p.message());
        });
        return SandboxResponse.json(400, out);
    }

    @Override
    public synchronized int campaignsCreated() {
        return campaigns;
    }

    @Override
    public synchronized void reset() {
        byRequestId.clear();
        campaigns = 0;
        credit = startCredit;
    }
}
