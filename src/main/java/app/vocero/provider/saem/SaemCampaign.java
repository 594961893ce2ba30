package app.vocero.provider.saem;

import app.vocero.domain.ContactTable;
import app.vocero.domain.campaign.Draft;
import app.vocero.domain.campaign.Message;
import app.vocero.domain.campaign.RetryCondition;
import app.vocero.domain.campaign.Schedule;
import app.vocero.domain.campaign.Template;
import app.vocero.provider.CampaignInput;
import java.text.Normalizer;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A draft as Saem's fields: what {@link SaemPayloads} writes, resolved once from a draft that passed
 * {@link SaemRules} ({@link #of} throws {@link IllegalStateException} on a draft with errors).
 *
 * @param voice      {@code Juan}/{@code Maria} for custom, {@code null} for standard
 * @param audioId    for standard: the draft's, or {@value #GENERATED_AUDIO_ID} when {@code /audio/generate} makes it
 * @param prefix     the contacts' country calling code ({@code 57})
 * @param gmt        {@code ±HH:MM}
 * @param template   the text-to-speech template (custom), {@code null} for standard
 */
public record SaemCampaign(SubService subService, String voice, String audioId, String prefix, String gmt,
                           String nameCampaign, boolean mailbox, List<Window> windows,
                           Optional<AudioGeneration> audioGeneration, Template template, ContactTable contacts) {

    /** Saem's two campaign kinds. */
    public enum SubService {
        STANDARD("standard"), CUSTOM("custom");

        private final String key;

        SubService(String key) {
            this.key = key;
        }

        public String key() {
            return key;
        }
    }

    /** One entry of {@code configProgramming}. */
    public record Window(String dateStart, String dateEnd, int reviews, List<String> configReview) {
        public Window {
            configReview = List.copyOf(configReview);
        }
    }

    /** The body of {@code POST /audio/generate}. */
    public record AudioGeneration(String text, String voice, String resourceName) {
    }

    /** Most records in one {@code /send/massive} JSON body (document: "Maximum 200,000 records"). */
    public static final int JSON_LIMIT = 200_000;
    /** Most records in one {@code /send/massive/parquet} file (document: "Maximum 500,000 records"). */
    public static final int PARQUET_LIMIT = 500_000;
    /** Most entries of {@code configProgramming} (document: "maximum 5 configurations"). */
    public static final int MAX_WINDOWS = 5;
    /** Most retries per window (document: "max 5 retries"). */
    public static final int MAX_REVIEWS = 5;
    /** The draft option that sends {@code mailbox} ({@code true}/{@code false}, default false). */
    public static final String MAILBOX_OPTION = "mailbox";
    /** The draft option {@code {"text", "voice", "resource_name"}} that generates the audio first. */
    public static final String GENERATE_AUDIO_OPTION = "generateAudio";
    /** The audioId of a standard campaign whose audio {@code /audio/generate} creates: filled from its answer. */
    public static final String GENERATED_AUDIO_ID = "{audioId}";
    /**
     * The {@code resource_name} Vocero lets through (Saem rejects bad ones with {@code CALLB_AUD_001} without saying
     * which are bad). A conservative reading: the base name of the .wav (no extension), ASCII letters, digits,
     * {@code _} and {@code -}, starting with a letter or digit, at most 60 characters.
     */
    public static final Pattern RESOURCE_NAME = app.vocero.domain.campaign.MessageOptions.SAEM_RESOURCE_NAME;

    public SaemCampaign {
        windows = List.copyOf(windows);
    }

    /** The Saem fields of a draft without errors. */
    public static SaemCampaign of(CampaignInput input) {
        Draft draft = input.draft();
        ZoneId zone = SaemClock.zone(draft, input.zone())
                .orElseThrow(() -> new IllegalStateException("no time zone for gmt: " + draft.timezone()));
        LocalDateTime now = LocalDateTime.ofInstant(input.now(), zone);
        ZoneOffset gmt = SaemClock.gmt(zone, SaemClock.firstStart(draft), now)
                .orElseThrow(() -> new IllegalStateException("no ±HH:MM offset for " + zone));
        List<Window> windows = new ArrayList<>();
        for (Schedule schedule : draft.schedules()) {
            if (schedule.start() == null || schedule.end() == null) {
                throw new IllegalStateException("a window without start or end");
            }
            windows.add(new Window(SaemClock.saemDate(schedule.start(), zone, gmt),
                    SaemClock.saemDate(schedule.end(), zone, gmt), schedule.retries(), conditions(schedule)));
        }
        CallingCodes codes = CallingCodes.of(input.contacts());
        if (!codes.isSingle()) {
            throw new IllegalStateException("contacts need exactly one country calling code: " + codes.describe());
        }
        Optional<AudioGeneration> generation = audioGeneration(draft);
        Message message = draft.message();
        if (message instanceof Message.Tts) {
            Message.Tts tts = (Message.Tts) message;
            String voice = SaemVoice.fromText(tts.voice())
                    .orElseThrow(() -> new IllegalStateException("not a Saem voice: " + tts.voice())).spelling();
            Template template = input.template().orElseGet(() -> Template.of(tts));
            return new SaemCampaign(SubService.CUSTOM, voice, null, codes.single(), SaemClock.text(gmt),
                    draft.name(), mailbox(draft), windows, Optional.empty(), template, input.contacts());
        }
        if (message instanceof Message.Audio) {
            String audioId = ((Message.Audio) message).audioId();
            if (generation.isPresent()) {
                audioId = GENERATED_AUDIO_ID;
            } else if (audioId == null || audioId.isBlank()) {
                throw new IllegalStateException("a standard campaign needs an audioId");
            }
            return new SaemCampaign(SubService.STANDARD, null, audioId.strip(), codes.single(), SaemClock.text(gmt),
                    draft.name(), mailbox(draft), windows, generation, null, input.contacts());
        }
        throw new IllegalStateException("a Saem campaign needs a message");
    }

    /** The retry conditions of a window as Saem spells them, without repeats. */
    static List<String> conditions(Schedule schedule) {
        Set<String> keys = new LinkedHashSet<>();
        for (String text : schedule.retryOn()) {
            keys.add(RetryCondition.fromKey(text)
                    .orElseThrow(() -> new IllegalStateException("not a Saem retry condition: " + text)).key());
        }
        return List.copyOf(keys);
    }

    /** {@code options.mailbox}: absent → false. */
    static boolean mailbox(Draft draft) {
        Object value = draft.option(MAILBOX_OPTION);
        if (value == null) {
            return false;
        }
        if (value instanceof Boolean) {
            return (Boolean) value;
        }
        throw new IllegalStateException("options.mailbox must be true or false");
    }

    /** {@code options.generateAudio}, with the voice spelled Saem's way. */
    static Optional<AudioGeneration> audioGeneration(Draft draft) {
        Object value = draft.option(GENERATE_AUDIO_OPTION);
        if (value == null) {
            return Optional.empty();
        }
        if (!(value instanceof Map)) {
            throw new IllegalStateException("options.generateAudio must be an object");
        }
        Map<?, ?> map = (Map<?, ?>) value;
        String voice = SaemVoice.fromText(String.valueOf(map.get("voice")))
                .orElseThrow(() -> new IllegalStateException("not a Saem voice: " + map.get("voice"))).spelling();
        return Optional.of(new AudioGeneration(String.valueOf(map.get("text")), voice,
                String.valueOf(map.get("resource_name")).strip()));
    }

    /** Whether the body goes as Parquet ({@code /send/massive/parquet}): more than {@value #JSON_LIMIT} contacts. */
    public boolean parquet() {
        return contacts.size() > JSON_LIMIT;
    }

    /** The name of the Parquet file part: the campaign name in ASCII letters, digits, {@code -} and {@code _}. */
    public String fileName() {
        String plain = Normalizer.normalize(nameCampaign == null ? "" : nameCampaign, Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "").replaceAll("[^A-Za-z0-9_-]+", "-").replaceAll("^-+|-+$", "");
        return (plain.isEmpty() ? "campaign" : plain) + ".parquet";
    }
}
