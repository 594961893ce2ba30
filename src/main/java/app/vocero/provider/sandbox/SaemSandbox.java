package app.vocero.provider.sandbox;

import app.vocero.provider.sandbox.SandboxRequest.BadJson;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;

/**
 * Saem "API Call Blasting": {@code POST /send/massive}, {@code POST /send/massive/parquet},
 * {@code POST /audio/generate}. Error bodies (their shape is not documented): {@code {"code", "message"}} with the
 * documented code and HTTP status; checks the document does not name a code for answer {@code VALIDATION_ERROR}
 * 400. Undocumented choices: {@code dateStart}/{@code dateEnd} are {@code yyyy-MM-dd HH:mm:ss} or ISO local
 * date-times in the campaign's {@code gmt}; a schedule starting before 07:00 or ending after 21:00 local is
 * {@code CALLB_018}; one credit per valid number and schedule.
 */
final class SaemSandbox implements ProviderSandbox {

    static final int MAX_JSON_RECORDS = 200_000;
    static final int MAX_PARQUET_RECORDS = 500_000;
    static final int MAX_SCHEDULES = 5;
    static final int MAX_REVIEWS = 5;
    static final LocalTime EARLIEST = LocalTime.of(7, 0);
    static final LocalTime LATEST = LocalTime.of(21, 0);
    static final Set<String> REVIEW_CONDITIONS = Set.of("buzon", "colgo", "congestion", "fallo", "maquina", "mcolgo",
            "msatisfactorio", "nocontesta", "satisfactorio");
    /** Calling codes the sandbox account is configured for; others get CALLB_016. */
    static final Set<String> PREFIXES = Set.of("1", "34", "51", "52", "53", "54", "55", "56", "57", "58", "501",
            "502", "503", "504", "505", "506", "507", "591", "593", "595", "598");
    private static final Pattern GMT = Pattern.compile("[+-](0\\d|1[0-4]):[0-5]\\d");
    private static final Pattern RESOURCE_NAME = Pattern.compile("[A-Za-z0-9_-]{1,100}");
    private static final DateTimeFormatter SPACED = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm[:ss]");

    private final AtomicInteger campaigns = new AtomicInteger();
    private final AtomicInteger nextAudioId = new AtomicInteger(2001);
    /** Audio ids → seconds of audio. */
    private final Map<String, Integer> audios = new ConcurrentHashMap<>();
    /** Lower-cased resource names → audio ids. */
    private final Map<String, String> resourceNames = new ConcurrentHashMap<>();

    SaemSandbox() {
        reset();
    }

    /** A Saem error: documented code, HTTP status, message. */
    static final class SaemError extends Exception {
        private static final long serialVersionUID = 1L;
        final String code;
        final int status;

        SaemError(String code, int status, String message) {
            super(message);
            this.code = code;
            this.status = status;
        }

        static SaemError invalid(String message) {
            return new SaemError("VALIDATION_ERROR", 400, message);
        }

        SandboxResponse response() {
            ObjectNode body = SandboxResponse.object();
            body.put("code", code);
            body.put("message", getMessage());
            return SandboxResponse.json(status, body);
        }
    }

    @Override
    public SandboxResponse handle(SandboxRequest request) {
        try {
            String key = request.header("x-auth");
            if (Json.blank(key)) {
                throw new SaemError("AUTH.TOKEN_MISSING", 400, "x-auth header was not sent");
            }
            if (!key.trim().equals(SandboxCredentials.SAEM_API_KEY)) {
                throw new SaemError("API_KEY_NOT_FOUND", 400, "API key does not exist or is invalid");
            }
            if (request.is("POST", "/send/massive")) {
                return massive(request);
            }
            if (request.is("POST", "/send/massive/parquet")) {
                return SaemParquet.send(this, request);
            }
            if (request.is("POST", "/audio/generate")) {
                return generateAudio(request);
            }
            throw new SaemError("NOT_FOUND", 404, "no such endpoint: " + request.method() + " " + request.path());
        } catch (SaemError e) {
            return e.response();
        }
    }

    private SandboxResponse massive(SandboxRequest request) throws SaemError {
        JsonNode body = object(request);
        Campaign campaign = campaign(body);
        JsonNode numbers = body.get("numbers");
        if (numbers == null || !numbers.isArray() || numbers.isEmpty()) {
            throw SaemError.invalid("numbers must be a non-empty array");
        }
        if (numbers.size() > MAX_JSON_RECORDS) {
            throw new SaemError("CALLB_022", 400, String.format(Locale.ROOT,
                    "maximum number of records exceeded: %d, at most %d for JSON", numbers.size(), MAX_JSON_RECORDS));
        }
        Tally tally = campaign.tally();
        int index = 0;
        for (JsonNode item : numbers) {
            if (campaign.custom) {
                if (!item.isObject()) {
                    throw SaemError.invalid("numbers[" + index + "] must be an object {number, content}");
                }
                String number = Json.text(item, "number");
                String content = Json.text(item, "content");
                if (Json.blank(number) || Json.blank(content)) {
                    throw SaemError.invalid("numbers[" + index + "] needs a number and a non-empty content");
                }
                tally.add(number, content.length());
            } else {
                if (!item.isTextual() && !item.isIntegralNumber()) {
                    throw SaemError.invalid("numbers[" + index + "] must be a phone number");
                }
                tally.add(item.asText(), 0);
            }
            index++;
        }
        return created(campaign, tally);
    }

    SandboxResponse created(Campaign campaign, Tally tally) {
        campaigns.addAndGet(campaign.schedules);
        ObjectNode body = SandboxResponse.object();
        ObjectNode sends = body.putObject("sends");
        tally.byOperator.forEach(sends::put);
        ObjectNode summary = body.putObject("summary");
        summary.put("total_records", tally.records);
        summary.put("total_credits", (long) tally.valid * campaign.schedules);
        summary.put("seconds_aprox", tally.seconds * campaign.schedules);
        return SandboxResponse.json(200, body);
    }

    /** Checks the campaign fields shared by JSON and Parquet sends. */
    Campaign campaign(JsonNode body) throws SaemError {
        String subService = Json.text(body, "subService");
        if (!"standard".equals(subService) && !"custom".equals(subService)) {
            throw SaemError.invalid("subService must be \"standard\" or \"custom\"");
        }
        String prefix = Json.text(body, "prefix");
        if (prefix == null || !prefix.matches("\\d{1,4}")) {
            throw SaemError.invalid("prefix must be the country calling code, digits only (e.g. 57)");
        }
        if (!PREFIXES.contains(prefix)) {
            throw new SaemError("CALLB_016", 404, "no configuration exists for the prefix " + prefix);
        }
        String gmt = Json.text(body, "gmt");
        if (gmt == null || !GMT.matcher(gmt).matches()) {
            throw SaemError.invalid("gmt must be +HH:MM or -HH:MM (e.g. -05:00)");
        }
        JsonNode name = body.get("nameCampaign");
        if (name != null && !name.isNull() && (!name.isTextual() || name.asText().isBlank())) {
            throw SaemError.invalid("nameCampaign must be a non-empty text");
        }
        JsonNode mailbox = body.get("mailbox");
        if (mailbox != null && !mailbox.isNull() && !mailbox.isBoolean()
                && !mailbox.asText().matches("true|false")) {
            throw SaemError.invalid("mailbox must be true or false");
        }
        int schedules = schedules(body.get("configProgramming"));
        boolean custom = subService.equals("custom");
        int audioSeconds = 0;
        if (custom) {
            String voice = Json.text(body, "voice");
            if (!"Juan".equals(voice) && !"Maria".equals(voice)) {
                throw SaemError.invalid("voice must be \"Juan\" or \"Maria\" for a custom campaign");
            }
        } else {
            String audioId = Json.text(body, "audioId");
            if (Json.blank(audioId)) {
                throw SaemError.invalid("audioId is required for a standard campaign");
            }
            Integer seconds = audios.get(audioId.trim());
            if (seconds == null) {
                throw new SaemError("CALLB_015", 404, "multimedia resource not found: audioId " + audioId);
            }
            audioSeconds = seconds;
        }
        return new Campaign(custom, prefix, schedules, audioSeconds);
    }

    private static int schedules(JsonNode list) throws SaemError {
        if (list == null || !list.isArray() || list.isEmpty()) {
            throw SaemError.invalid("configProgramming must be a non-empty array of schedules");
        }
        if (list.size() > MAX_SCHEDULES) {
            throw SaemError.invalid("configProgramming has " + list.size() + " schedules; at most " + MAX_SCHEDULES);
        }
        int i = 0;
        for (JsonNode schedule : list) {
            String where = "configProgramming[" + i++ + "]";
            if (!schedule.isObject()) {
                throw SaemError.invalid(where + " must be an object");
            }
            LocalDateTime start = dateTime(schedule, "dateStart", where);
            LocalDateTime end = dateTime(schedule, "dateEnd", where);
            if (!start.isBefore(end)) {
                throw SaemError.invalid(where + ": dateStart must be before dateEnd");
            }
            if (start.toLocalTime().isBefore(EARLIEST) || end.toLocalTime().isAfter(LATEST)
                    || !start.toLocalDate().equals(end.toLocalDate()) && end.toLocalTime().isBefore(EARLIEST)) {
                throw new SaemError("CALLB_018", 400, where + ": the schedule is outside the allowed range "
                        + EARLIEST + "–" + LATEST + " local time");
            }
            JsonNode reviewsNode = schedule.get("reviews");
            Long reviews = reviewsNode == null || reviewsNode.isNull() ? Long.valueOf(0) : Json.integer(reviewsNode);
            if (reviews == null || reviews < 0 || reviews > MAX_REVIEWS) {
                throw SaemError.invalid(where + ": reviews must be 0 to " + MAX_REVIEWS);
            }
            JsonNode conditions = schedule.get("configReview");
            if (conditions != null && !conditions.isNull()) {
                if (!conditions.isArray() || conditions.size() > MAX_REVIEWS) {
                    throw SaemError.invalid(where + ": configReview must be an array of at most " + MAX_REVIEWS
                            + " conditions");
                }
                for (JsonNode c : conditions) {
                    if (!c.isTextual() || !REVIEW_CONDITIONS.contains(c.asText())) {
                        throw SaemError.invalid(where + ": configReview value " + c + " is not one of "
                                + String.join(", ", new TreeSet<>(REVIEW_CONDITIONS)));
                    }
                }
            }
        }
        return list.size();
    }

    private static LocalDateTime dateTime(JsonNode schedule, String field, String where) throws SaemError {
        String value = Json.text(schedule, field);
        if (Json.blank(value)) {
            throw SaemError.invalid(where + ": " + field + " is required");
        }
        try {
            return value.contains("T") ? LocalDateTime.parse(value.trim()) : LocalDateTime.parse(value.trim(), SPACED);
        } catch (DateTimeParseException e) {
            throw SaemError.invalid(where + ": " + field + " \"" + value + "\" is not yyyy-MM-dd HH:mm:ss");
        }
    }

    private SandboxResponse generateAudio(SandboxRequest request) throws SaemError {
        JsonNode body;
        String type = request.header("Content-Type");
        if (type != null && type.toLowerCase(Locale.ROOT).startsWith("application/x-www-form-urlencoded")) {
            body = SandboxRequest.JSON.valueToTree(request.form());
        } else {
            body = object(request);
        }
        String text = Json.text(body, "text");
        String voice = Json.text(body, "voice");
        String name = Json.text(body, "resource_name");
        if (Json.blank(text)) {
            throw SaemError.invalid("text is required");
        }
        if (!"Juan".equals(voice) && !"Maria".equals(voice)) {
            throw SaemError.invalid("voice must be \"Juan\" or \"Maria\"");
        }
        if (name == null || !RESOURCE_NAME.matcher(name).matches()) {
            throw new SaemError("CALLB_AUD_001", 400, "resource_name must be 1–100 letters, digits, _ or -"
                    + " (the base name of the .wav file, without extension)");
        }
        String id = Integer.toString(nextAudioId.get());
        if (resourceNames.putIfAbsent(name.toLowerCase(Locale.ROOT), id) != null) {
            throw new SaemError("CALLB_AUD_002", 409, "audio resource already exists: " + name);
        }
        nextAudioId.incrementAndGet();
        int seconds = secondsOf(text.length());
        audios.put(id, seconds);
        ObjectNode out = SandboxResponse.object();
        out.put("audioId", id);
        out.put("resource_name", name);
        out.put("file", name + ".wav");
        out.put("seconds", seconds);
        return SandboxResponse.json(200, out);
    }

    /** Seconds of speech for that many characters (about 15 a second, at least 3). */
    static int secondsOf(int characters) {
        return Math.max(3, (characters + 14) / 15);
    }

    private static JsonNode object(SandboxRequest request) throws SaemError {
        try {
            JsonNode node = request.json();
            if (!node.isObject()) {
                throw SaemError.invalid("the body must be a JSON object");
            }
            return node;
        } catch (BadJson e) {
            throw SaemError.invalid(e.getMessage());
        }
    }

    @Override
    public int campaignsCreated() {
        return campaigns.get();
    }

    @Override
    public synchronized void reset() {
        campaigns.set(0);
        audios.clear();
        resourceNames.clear();
        nextAudioId.set(2001);
        audios.put(SandboxCredentials.SAEM_SANDBOX_AUDIO_ID, 30);
        resourceNames.put("sandbox", SandboxCredentials.SAEM_SANDBOX_AUDIO_ID);
    }

    /** The checked campaign fields. */
    record Campaign(boolean custom, String prefix, int schedules, int audioSeconds) {
        Tally tally() {
            return new Tally(this);
        }
    }

    /** Counts numbers per operator ({@code "null"} = invalid) and the seconds of the valid ones. */
    static final class Tally {
        private final Campaign campaign;
        final Map<String, Integer> byOperator = new TreeMap<>();
        int records;
        int valid;
        long seconds;

        Tally(Campaign campaign) {
            this.campaign = campaign;
        }

        void add(String number, int contentLength) {
            records++;
            String operator = operatorOf(campaign.prefix, number);
            byOperator.merge(operator, 1, Integer::sum);
            if (!operator.equals("null")) {
                valid++;
                seconds += campaign.custom ? secondsOf(contentLength) : campaign.audioSeconds;
            }
        }
    }

    /** A fake but stable operator for a number ({@code "null"} when it is not a plausible number). */
    static String operatorOf(String prefix, String raw) {
        String number = raw.trim();
        if (!number.matches("\\d{7,15}")) {
            return "null";
        }
        if (!prefix.equals("57")) {
            return number.length() <= 12 ? "OTRO" : "null";
        }
        if (number.length() == 12 && number.startsWith("57")) {
            number = number.substring(2);
        }
        if (number.length() != 10) {
            return "null";
        }
        if (number.startsWith("60")) {
            return "FIJO";
        }
        if (!number.startsWith("3")) {
            return "null";
        }
        int block = Integer.parseInt(number.substring(0, 3));
        if (block >= 300 && block <= 305) {
            return "TIGO";
        }
        if (block >= 310 && block <= 314 || block >= 320 && block <= 324) {
            return "CLARO";
        }
        if (block >= 315 && block <= 318) {
            return "MOVISTAR";
        }
        if (block == 350 || block == 351) {
            return "WOM";
        }
        return "OTRO";
    }
}
