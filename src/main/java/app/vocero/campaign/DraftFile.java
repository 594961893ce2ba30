package app.vocero.campaign;

import app.vocero.domain.campaign.ContactSource;
import app.vocero.domain.campaign.Draft;
import app.vocero.domain.campaign.Finding;
import app.vocero.domain.campaign.Message;
import app.vocero.domain.campaign.ProviderId;
import app.vocero.domain.campaign.Schedule;
import app.vocero.domain.campaign.TagFormat;
import app.vocero.domain.campaign.TagFormats;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Reads and writes {@code *.vocero.json} drafts (UTF-8, version 1). A wrong type or a missing field is a finding
 * naming the field, never a crash; keys Vocero does not know are kept and written back as they were.
 */
public final class DraftFile {

    /** A draft names its contacts, it does not hold them: a few KB. Bigger files are refused before parsing. */
    public static final long MAX_DRAFT_BYTES = 1024 * 1024;
    /** Drafts nest four levels; deeper is not a draft. */
    public static final int MAX_NESTING = 32;
    /** The longest text in a draft (a long TTS template is ~1,000 characters). */
    public static final int MAX_TEXT = 100_000;
    /** Windows read from a draft; more is one finding (a provider takes at most 5), never thousands of objects. */
    public static final int MAX_WINDOWS_READ = 50;

    private static final ObjectMapper JSON = new ObjectMapper(com.fasterxml.jackson.core.JsonFactory.builder()
            .streamReadConstraints(com.fasterxml.jackson.core.StreamReadConstraints.builder()
                    .maxNestingDepth(MAX_NESTING).maxStringLength(MAX_TEXT).maxNumberLength(100).build())
            .enable(com.fasterxml.jackson.core.StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build()).enable(SerializationFeature.INDENT_OUTPUT);
    private static final Set<String> TOP = Set.of("version", "name", "provider", "account", "contacts", "message",
            "schedules", "timezone", "options");
    private static final Set<String> CONTACTS = Set.of("file", "list", "country", "columns", "sheet");
    private static final Set<String> TTS = Set.of("type", "template", "voice", "gender", "language");
    private static final Set<String> AUDIO = Set.of("type", "audioId", "fileUrl", "file", "durationSeconds");
    private static final Set<String> SCHEDULE = Set.of("start", "end", "retries", "retryOn", "retryAfterMinutes");

    private DraftFile() {
    }

    public static DraftReading read(Path file) throws DraftException {
        String text;
        try {
            if (Files.isRegularFile(file) && Files.size(file) > MAX_DRAFT_BYTES) {
                throw new DraftException(file, file + ": " + Files.size(file) / 1024 + " KB is not a draft (a draft is at most "
                        + MAX_DRAFT_BYTES / 1024 + " KB; its contacts stay in their own file)", null);
            }
            text = Files.readString(file);
        } catch (NoSuchFileException e) {
            throw new DraftException(file, file + ": draft not found", e);
        } catch (IOException e) {
            throw new DraftException(file, file + ": cannot be read (" + e.getMessage() + ")", e);
        }
        JsonNode root;
        try {
            root = JSON.readTree(text);
        } catch (com.fasterxml.jackson.core.exc.StreamConstraintsException e) {
            throw new DraftException(file, file + ": not a draft: it is nested deeper than " + MAX_NESTING
                    + " levels or holds a text longer than " + MAX_TEXT + " characters" + where(e), e);
        } catch (JsonProcessingException e) {
            String said = String.valueOf(e.getOriginalMessage());
            if (said.startsWith("Duplicate field")) {
                throw new DraftException(file, file + ": " + said.replace("Duplicate field", "the key")
                        + " is written twice" + where(e) + "; keep one", e);
            }
            throw new DraftException(file, file + ": not valid JSON" + where(e) + " (" + said + ")", e);
        }
        if (root == null || !root.isObject()) {
            throw new DraftException(file, file + ": a draft is a JSON object ({\"version\": 1, \"name\": …})", null);
        }
        Path folder = file.toAbsolutePath().getParent();
        return fromJson((ObjectNode) root, folder);
    }

    /** " at line L, column C" when Jackson knows where; nothing when it does not (it may not: a constraint). */
    private static String where(JsonProcessingException e) {
        com.fasterxml.jackson.core.JsonLocation location = e.getLocation();
        return location == null || location.getLineNr() < 1 ? ""
                : " at line " + location.getLineNr() + ", column " + location.getColumnNr();
    }

    /** Reads a draft from its JSON tree (also used for drafts kept in the history). */
    public static DraftReading fromJson(ObjectNode root, Path folder) {
        Fields fields = new Fields();
        Integer version = fields.integer(root, "version", "version", true);
        if (version != null && version != Draft.CURRENT_VERSION) {
            fields.error("draft.version", "version", "Version " + version + " drafts are not known to this Vocero (it reads version 1).",
                    "Este Vocero no conoce borradores de versión " + version + " (lee la versión 1).");
        }
        String name = fields.text(root, "name", "name", true);
        String providerKey = fields.text(root, "provider", "provider", true);
        ProviderId provider = null;
        if (providerKey != null) {
            provider = ProviderId.fromKey(providerKey).orElse(null);
            if (provider == null) {
                String known = Arrays.stream(ProviderId.values()).map(ProviderId::key).collect(Collectors.joining(", "));
                fields.error("draft.provider", "provider", "Unknown provider \"" + providerKey + "\". Use one of: " + known + ".",
                        "Proveedor desconocido \"" + providerKey + "\". Use uno de: " + known + ".");
            }
        }
        String account = fields.text(root, "account", "account", false);
        ContactSource contacts = contacts(root, fields);
        Message message = message(root, fields);
        List<Schedule> schedules = schedules(root, fields);
        String timezone = fields.text(root, "timezone", "timezone", false);
        Map<String, Object> options = fields.object(root, "options", "options");
        Draft draft = new Draft(version == null ? Draft.CURRENT_VERSION : version, name, provider, account, contacts,
                message, schedules, timezone, options, extra(root, TOP));
        return new DraftReading(draft, fields.findings, folder);
    }

    private static ContactSource contacts(ObjectNode root, Fields fields) {
        JsonNode node = root.get("contacts");
        if (node == null || node.isNull()) {
            fields.error("draft.missing", "contacts", "The draft has no \"contacts\": name a file or a saved list.",
                    "El borrador no tiene \"contacts\": indique un archivo o una lista guardada.");
            return null;
        }
        if (!node.isObject()) {
            fields.wrongType("contacts", "an object", "un objeto");
            return null;
        }
        String file = fields.text(node, "file", "contacts.file", false);
        String list = fields.text(node, "list", "contacts.list", false);
        if ((file == null) == (list == null)) {
            fields.error("draft.contacts", "contacts", "\"contacts\" needs exactly one of \"file\" or \"list\".",
                    "\"contacts\" necesita exactamente uno de \"file\" o \"list\".");
        }
        String country = fields.text(node, "country", "contacts.country", false);
        Map<String, String> columns = new LinkedHashMap<>();
        JsonNode columnNode = node.get("columns");
        if (columnNode != null && !columnNode.isNull()) {
            if (!columnNode.isObject()) {
                fields.wrongType("contacts.columns", "an object {\"phone\": \"Celular\"}", "un objeto {\"phone\": \"Celular\"}");
            } else {
                columnNode.fields().forEachRemaining(entry -> {
                    if (entry.getValue().isTextual()) {
                        columns.put(entry.getKey(), entry.getValue().asText());
                    } else {
                        fields.wrongType("contacts.columns." + entry.getKey(), "a column name (text)", "un nombre de columna (texto)");
                    }
                });
            }
        }
        String sheet = fields.text(node, "sheet", "contacts.sheet", false);
        return new ContactSource(file, list, country, columns, sheet, extra(node, CONTACTS));
    }

    private static Message message(ObjectNode root, Fields fields) {
        JsonNode node = root.get("message");
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.isObject()) {
            fields.wrongType("message", "an object", "un objeto");
            return null;
        }
        String type = fields.text(node, "type", "message.type", true);
        if ("tts".equals(type)) {
            tagFormats(node.get(TagFormats.FIELD), fields);
            return new Message.Tts(fields.text(node, "template", "message.template", true),
                    fields.text(node, "voice", "message.voice", false), fields.text(node, "gender", "message.gender", false),
                    fields.text(node, "language", "message.language", false), extra(node, TTS));
        }
        if ("audio".equals(type)) {
            JsonNode duration = node.get("durationSeconds");
            Double seconds = null;
            if (duration != null && !duration.isNull()) {
                if (duration.isNumber()) {
                    seconds = duration.asDouble();
                } else {
                    fields.wrongType("message.durationSeconds", "a number of seconds", "un número de segundos");
                }
            }
            return new Message.Audio(fields.text(node, "audioId", "message.audioId", false),
                    fields.text(node, "fileUrl", "message.fileUrl", false), fields.text(node, "file", "message.file", false),
                    seconds, extra(node, AUDIO));
        }
        if (type != null) {
            fields.error("draft.message", "message.type", "Unknown message type \"" + type + "\": use \"tts\" or \"audio\".",
                    "Tipo de mensaje desconocido \"" + type + "\": use \"tts\" o \"audio\".");
        }
        return null;
    }

    /** {@code message.tagFormats}: {"S": "amount", …}; kept in the message's extra, checked here. */
    private static void tagFormats(JsonNode node, Fields fields) {
        if (node == null || node.isNull()) {
            return;
        }
        String at = "message." + TagFormats.FIELD;
        if (!node.isObject()) {
            fields.wrongType(at, "an object {\"S\": \"amount\"}", "un objeto {\"S\": \"amount\"}");
            return;
        }
        String known = Arrays.stream(TagFormat.values()).map(TagFormat::key).collect(Collectors.joining(", "));
        node.fields().forEachRemaining(entry -> {
            JsonNode value = entry.getValue();
            if (!value.isTextual() || TagFormat.fromKey(value.asText()).isEmpty()) {
                String written = value.isTextual() ? "\"" + value.asText() + "\"" : value.toString();
                fields.error("draft.tagFormat", at + "." + entry.getKey(),
                        "The format " + written + " of {" + entry.getKey() + "} is unknown. Use one of: " + known
                                + " (amount: $1.250.000; digits: one by one; written: as in the file).",
                        "El formato " + written + " de {" + entry.getKey() + "} es desconocido. Use uno de: " + known
                                + " (amount: $1.250.000; digits: uno por uno; written: como en el archivo).");
            }
        });
    }

    private static List<Schedule> schedules(ObjectNode root, Fields fields) {
        JsonNode node = root.get("schedules");
        List<Schedule> schedules = new ArrayList<>();
        if (node == null || node.isNull()) {
            return schedules;
        }
        if (!node.isArray()) {
            fields.wrongType("schedules", "a list of calling windows", "una lista de horarios de llamada");
            return schedules;
        }
        if (node.size() > MAX_WINDOWS_READ) {
            fields.error("schedule.tooMany", "schedules",
                    node.size() + " calling windows: at most " + CampaignChecks.MAX_WINDOWS + ". Merge or remove some.",
                    node.size() + " horarios de llamada: máximo " + CampaignChecks.MAX_WINDOWS + ". Una o quite algunos.");
            return schedules;
        }
        for (int i = 0; i < node.size(); i++) {
            JsonNode item = node.get(i);
            String at = "schedules[" + i + "]";
            if (!item.isObject()) {
                fields.wrongType(at, "an object {\"start\", \"end\", \"retries\"}", "un objeto {\"start\", \"end\", \"retries\"}");
                continue;
            }
            LocalDateTime start = fields.dateTime(item, "start", at + ".start");
            LocalDateTime end = fields.dateTime(item, "end", at + ".end");
            Integer retries = fields.integer(item, "retries", at + ".retries", false);
            List<String> retryOn = fields.texts(item, "retryOn", at + ".retryOn");
            List<Integer> after = fields.integers(item, "retryAfterMinutes", at + ".retryAfterMinutes");
            schedules.add(new Schedule(start, end, retries == null ? 0 : retries, retryOn, after, extra(item, SCHEDULE)));
        }
        return schedules;
    }

    private static Map<String, Object> extra(JsonNode node, Set<String> known) {
        Map<String, Object> extra = new LinkedHashMap<>();
        node.fields().forEachRemaining(entry -> {
            if (!known.contains(entry.getKey())) {
                extra.put(entry.getKey(), JSON.convertValue(entry.getValue(), Object.class));
            }
        });
        return extra;
    }

    /** Writes a draft as pretty UTF-8 JSON, unknown keys included. */
    public static void write(Draft draft, Path file) throws IOException {
        Files.writeString(file, JSON.writeValueAsString(toJson(draft)) + System.lineSeparator());
    }

    public static ObjectNode toJson(Draft draft) {
        ObjectNode root = JSON.createObjectNode();
        root.put("version", draft.version());
        putText(root, "name", draft.name());
        putText(root, "provider", draft.provider() == null ? null : draft.provider().key());
        putText(root, "account", draft.account());
        if (draft.contacts() != null) {
            ContactSource source = draft.contacts();
            ObjectNode contacts = root.putObject("contacts");
            putText(contacts, "file", source.file());
            putText(contacts, "list", source.list());
            putText(contacts, "country", source.country());
            if (!source.columns().isEmpty()) {
                ObjectNode columns = contacts.putObject("columns");
                source.columns().forEach(columns::put);
            }
            putText(contacts, "sheet", source.sheet());
            putExtra(contacts, source.extra());
        }
        if (draft.message() instanceof Message.Tts) {
            Message.Tts tts = (Message.Tts) draft.message();
            ObjectNode message = root.putObject("message");
            message.put("type", "tts");
            putText(message, "template", tts.template());
            putText(message, "voice", tts.voice());
            putText(message, "gender", tts.gender());
            putText(message, "language", tts.language());
            putExtra(message, tts.extra());
        } else if (draft.message() instanceof Message.Audio) {
            Message.Audio audio = (Message.Audio) draft.message();
            ObjectNode message = root.putObject("message");
            message.put("type", "audio");
            putText(message, "audioId", audio.audioId());
            putText(message, "fileUrl", audio.fileUrl());
            putText(message, "file", audio.file());
            if (audio.durationSeconds() != null) {
                message.put("durationSeconds", audio.durationSeconds());
            }
            putExtra(message, audio.extra());
        }
        ArrayNode schedules = root.putArray("schedules");
        for (Schedule schedule : draft.schedules()) {
            ObjectNode window = schedules.addObject();
            putText(window, "start", schedule.start() == null ? null : schedule.start().toString());
            putText(window, "end", schedule.end() == null ? null : schedule.end().toString());
            window.put("retries", schedule.retries());
            ArrayNode retryOn = window.putArray("retryOn");
            schedule.retryOn().forEach(retryOn::add);
            if (!schedule.retryAfterMinutes().isEmpty()) {
                ArrayNode after = window.putArray("retryAfterMinutes");
                schedule.retryAfterMinutes().forEach(after::add);
            }
            putExtra(window, schedule.extra());
        }
        putText(root, "timezone", draft.timezone());
        root.set("options", JSON.valueToTree(draft.options()));
        putExtra(root, draft.extra());
        return root;
    }

    private static void putText(ObjectNode node, String key, String value) {
        if (value != null) {
            node.put(key, value);
        }
    }

    private static void putExtra(ObjectNode node, Map<String, Object> extra) {
        extra.forEach((key, value) -> node.set(key, JSON.valueToTree(value)));
    }
}
