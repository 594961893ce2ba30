package app.vocero.provider.sandbox;

import app.vocero.provider.sandbox.SandboxOutcomes.Stage;
import app.vocero.provider.sandbox.SmartfloSandbox.Failure;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Smartflo's state: lead lists, time groups and broadcasts. Every method holds the object's lock. */
final class SmartfloLists {

    private static final long FIRST_ID = 1001;

    private record Lead(long leadId, String number, ObjectNode fields) {
    }

    private record LeadList(long id, String name, String description, List<Lead> leads) {
    }

    private record Broadcast(long id, long listId, String name, Instant launch, Instant end) {
    }

    private final Map<Long, LeadList> lists = new HashMap<>();
    private final Set<Long> timeGroups = new HashSet<>();
    private final Map<Long, Broadcast> broadcasts = new HashMap<>();
    private long nextId = FIRST_ID;

    synchronized long createList(String name, String description) {
        long id = nextId++;
        lists.put(id, new LeadList(id, name, description == null ? "" : description, new ArrayList<>()));
        return id;
    }

    synchronized SandboxResponse addLeads(String listId, JsonNode body) throws Failure {
        LeadList list = list(listId);
        String option = Json.text(body, "duplicate_option");
        if (option == null) {
            option = "skip";
        }
        if (!option.matches("skip|overwrite|clone")) {
            throw new Failure(400, "duplicate_option must be skip, overwrite or clone.");
        }
        JsonNode data = body.get("data");
        if (data == null || !data.isArray() || data.isEmpty()) {
            throw new Failure(400, "The data field must be a non-empty array of leads.");
        }
        int i = 0;
        for (JsonNode lead : data) {
            String phone = Json.text(lead, "field_0");
            if (!lead.isObject() || phone == null || !phone.trim().matches("\\+?\\d{6,15}")) {
                throw new Failure(400, "data[" + i + "].field_0 must be a phone number.");
            }
            i++;
        }
        int added = 0;
        int skipped = 0;
        for (JsonNode lead : data) {
            String number = Json.text(lead, "field_0").trim();
            int existing = indexOf(list, number);
            if (existing >= 0 && option.equals("skip")) {
                skipped++;
            } else if (existing >= 0 && option.equals("overwrite")) {
                list.leads().set(existing, new Lead(list.leads().get(existing).leadId(), number, lead.deepCopy()));
                added++;
            } else {
                list.leads().add(new Lead(nextId++, number, ((ObjectNode) lead).deepCopy()));
                added++;
            }
        }
        ObjectNode out = SandboxResponse.object();
        out.put("success", true);
        out.put("message", "Leads uploaded successfully");
        out.put("batch_id", nextId++);
        out.put("added", added);
        out.put("skipped", skipped);
        return SandboxResponse.json(200, out);
    }

    private static int indexOf(LeadList list, String number) {
        for (int i = 0; i < list.leads().size(); i++) {
            if (list.leads().get(i).number().equals(number)) {
                return i;
            }
        }
        return -1;
    }

    synchronized long createTimeGroup(JsonNode body) throws Failure {
        SmartfloSandbox.required(body, "name");
        JsonNode from = body.get("from_time");
        JsonNode to = body.get("to_time");
        if (from == null || to == null || !from.isArray() || !to.isArray() || from.isEmpty()
                || from.size() != to.size()) {
            throw new Failure(400, "from_time and to_time must be arrays of the same, non-zero length.");
        }
        for (int i = 0; i < from.size(); i++) {
            try {
                if (!LocalTime.parse(from.get(i).asText()).isBefore(LocalTime.parse(to.get(i).asText()))) {
                    throw new Failure(400, "from_time must be before to_time (slot " + i + ").");
                }
            } catch (DateTimeParseException e) {
                throw new Failure(400, "Times must be HH:MM (slot " + i + ").");
            }
        }
        JsonNode days = body.get("days");
        if (days == null || !days.isArray() || days.isEmpty()) {
            throw new Failure(400, "days must be a non-empty array of mon..sun.");
        }
        for (JsonNode day : days) {
            if (!SmartfloSandbox.days().contains(day.asText())) {
                throw new Failure(400, "Unknown day " + day + "; use mon, tue, wed, thu, fri, sat, sun.");
            }
        }
        long id = nextId++;
        timeGroups.add(id);
        return id;
    }

    synchronized long createBroadcast(JsonNode body, Instant now) throws Failure {
        String name = SmartfloSandbox.required(body, "name");
        SmartfloSandbox.required(body, "description");
        LeadList list = list(SmartfloSandbox.required(body, "phone_number_list"));
        String destination = SmartfloSandbox.required(body, "destination");
        if (!destination.matches("ivr\\|\\|\\d+")) {
            throw new Failure(400, "destination must be ivr||<IVR id>.");
        }
        number(body, "timeout", 40, Long.MAX_VALUE, "The timeout must be at least 40.");
        number(body, "concurrent_limit", 1, Long.MAX_VALUE, "concurrent_limit must be at least 1.");
        number(body, "numberof retry", 0, 5, "The numberof retry must be between 0 and 5.");
        integers(body, "retry_after_minutes", 0, Integer.MAX_VALUE);
        String caller = SmartfloSandbox.required(body, "caller_id_number");
        if (!caller.matches("\\+?\\d{4,15}")) {
            throw new Failure(400, "caller_id_number must be a phone number.");
        }
        Instant start = dateTime(body, "start_date_time");
        Instant end = dateTime(body, "end_date_time");
        if (!start.isBefore(end)) {
            throw new Failure(400, "start_date_time must be before end_date_time.");
        }
        Long group = Json.integer(body.get("time_group"));
        if (group == null || !timeGroups.contains(group)) {
            throw new Failure(404, "Time group not found: " + Json.text(body, "time_group"));
        }
        integers(body, "dialstatus", 1, 5);
        integers(body, "retry_dialstatus", 1, 5);
        long id = nextId++;
        broadcasts.put(id, new Broadcast(id, list.id(), name, start.isAfter(now) ? start : now, end));
        return id;
    }

    private static void number(JsonNode body, String field, long min, long max, String message) throws Failure {
        SmartfloSandbox.required(body, field);
        Long value = Json.integer(body.get(field));
        if (value == null || value < min || value > max) {
            throw new Failure(400, message);
        }
    }

    private static void integers(JsonNode body, String field, int min, int max) throws Failure {
        JsonNode array = body.get(field);
        if (array == null || !array.isArray() || array.isEmpty()) {
            throw new Failure(400, "The " + field + " field is required (an array of integers).");
        }
        for (JsonNode n : array) {
            Long v = Json.integer(n);
            if (v == null || v < min || v > max) {
                throw new Failure(400, field + " values must be integers from " + min + " to " + max + ".");
            }
        }
    }

    private static Instant dateTime(JsonNode body, String field) throws Failure {
        String text = SmartfloSandbox.required(body, field);
        try {
            return LocalDateTime.parse(text, SmartfloSandbox.DATE_TIME).toInstant(ZoneOffset.UTC);
        } catch (DateTimeParseException e) {
            throw new Failure(400, field + " must be yyyy-mm-dd hh:mm:ss, not " + text + ".");
        }
    }

    private LeadList list(String id) throws Failure {
        Long key = Json.integer(SandboxRequest.JSON.getNodeFactory().textNode(id));
        LeadList list = key == null ? null : lists.get(key);
        if (list == null) {
            throw new Failure(404, "List not found: " + id);
        }
        return list;
    }

    /** The latest broadcast that dials this list, or null. */
    private Broadcast broadcastOf(long listId) {
        Broadcast latest = null;
        for (Broadcast b : broadcasts.values()) {
            if (b.listId() == listId && (latest == null || b.id() > latest.id())) {
                latest = b;
            }
        }
        return latest;
    }

    synchronized SandboxResponse leads(String listId, String number, Instant now) throws Failure {
        LeadList list = list(listId);
        Broadcast broadcast = broadcastOf(list.id());
        String wanted = number == null || number.isBlank() ? null : Json.digits(number);
        ObjectNode out = SandboxResponse.object();
        out.put("success", true);
        out.put("list_id", list.id());
        ArrayNode data = SmartfloSandbox.array();
        for (Lead lead : list.leads()) {
            String digits = Json.digits(lead.number());
            if (wanted != null && !digits.endsWith(wanted) && !wanted.endsWith(digits)) {
                continue;
            }
            ObjectNode row = data.addObject();
            row.put("lead_id", lead.leadId());
            row.setAll(lead.fields());
            Stage stage = broadcast == null ? Stage.QUEUED : SandboxOutcomes.stage(broadcast.launch(), now);
            SmartfloSandbox.leadStatus(row, lead.number(), stage);
            if (broadcast != null) {
                row.put("broadcast_id", broadcast.id());
            }
        }
        out.put("count", data.size());
        out.set("data", data);
        return SandboxResponse.json(200, out);
    }

    synchronized SandboxResponse records(String broadcastId, Instant from, Instant to, Instant now) throws Failure {
        Long only = null;
        if (broadcastId != null && !broadcastId.isBlank()) {
            only = Json.integer(SandboxRequest.JSON.getNodeFactory().textNode(broadcastId));
            if (only == null || !broadcasts.containsKey(only)) {
                throw new Failure(404, "Broadcast not found: " + broadcastId);
            }
        }
        ArrayNode results = SmartfloSandbox.array();
        for (Broadcast b : broadcasts.values().stream().sorted((x, y) -> Long.compare(x.id(), y.id())).toList()) {
            Instant started = b.launch().plus(SandboxOutcomes.RINGING_AFTER);
            Instant ended = SandboxOutcomes.endOf(b.launch());
            if (only != null && b.id() != only || ended.isAfter(now) || from != null && started.isBefore(from)
                    || to != null && started.isAfter(to)) {
                continue;
            }
            for (Lead lead : lists.get(b.listId()).leads()) {
                ObjectNode row = results.addObject();
                row.put("id", nextIdFor(b, lead));
                row.put("call_id", b.id() + "-" + lead.leadId());
                row.put("broadcast_id", b.id());
                row.put("broadcast_name", b.name());
                row.put("client_number", lead.number());
                int seconds = SandboxOutcomes.durationSeconds(lead.number());
                row.put("status", seconds > 0 ? "answered" : "missed");
                SmartfloSandbox.leadStatus(row, lead.number(), Stage.FINAL);
                row.remove("call_count");
                row.remove("retry_count");
                row.put("start_stamp", SmartfloSandbox.DATE_TIME.format(started.atOffset(ZoneOffset.UTC)));
                row.put("end_stamp", SmartfloSandbox.DATE_TIME.format(ended.atOffset(ZoneOffset.UTC)));
                row.put("duration", seconds);
            }
        }
        ObjectNode out = SandboxResponse.object();
        out.put("success", true);
        out.put("count", results.size());
        out.set("results", results);
        return SandboxResponse.json(200, out);
    }

    private static long nextIdFor(Broadcast b, Lead lead) {
        return b.id() * 1_000_000L + lead.leadId();
    }

    /** The time groups' ids, oldest first (what Smartflo's portal shows a user). */
    synchronized List<Long> timeGroupIds() {
        return timeGroups.stream().sorted().collect(java.util.stream.Collectors.toList());
    }

    synchronized int listsCreated() {
        return lists.size();
    }

    synchronized int broadcastsCreated() {
        return broadcasts.size();
    }

    synchronized void reset() {
        lists.clear();
        timeGroups.clear();
        broadcasts.clear();
        nextId = FIRST_ID;
    }

    /** {@code GET /v1/broadcast/lists}: every lead list, newest last (Smartflo's listing; a harmless read). */
    synchronized SandboxResponse allLists() {
        com.fasterxml.jackson.databind.node.ObjectNode out = SandboxResponse.object();
        out.put("success", true);
        com.fasterxml.jackson.databind.node.ArrayNode data = out.putArray("data");
        lists.values().stream().sorted(java.util.Comparator.comparingLong(LeadList::id)).forEach(list -> data.addObject()
                .put("id", list.id()).put("name", list.name()).put("description", list.description())
                .put("leads", list.leads().size()));
        return SandboxResponse.json(200, out);
    }
}
