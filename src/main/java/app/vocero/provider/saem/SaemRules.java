package app.vocero.provider.saem;

import static app.vocero.provider.saem.SaemCampaign.GENERATE_AUDIO_OPTION;
import static app.vocero.provider.saem.SaemCampaign.JSON_LIMIT;
import static app.vocero.provider.saem.SaemCampaign.MAILBOX_OPTION;
import static app.vocero.provider.saem.SaemCampaign.MAX_REVIEWS;
import static app.vocero.provider.saem.SaemCampaign.MAX_WINDOWS;
import static app.vocero.provider.saem.SaemCampaign.PARQUET_LIMIT;
import static app.vocero.provider.saem.SaemCampaign.RESOURCE_NAME;

import app.vocero.domain.campaign.Draft;
import app.vocero.domain.campaign.Finding;
import app.vocero.domain.campaign.Message;
import app.vocero.domain.campaign.RetryCondition;
import app.vocero.domain.campaign.Schedule;
import app.vocero.provider.CampaignInput;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Saem's offline pre-flight: what its "API Call Blasting" document demands of a draft beyond the common checks
 * (past or overlapping windows, no contacts, calling hours, unknown or empty tags are checked elsewhere). Codes are
 * Saem's where the document has one ({@code CALLB_022}, {@code CALLB_AUD_001}), else {@code saem.*}.
 */
public final class SaemRules {

    private static final String CONDITIONS = Arrays.stream(RetryCondition.values()).map(RetryCondition::key)
            .collect(Collectors.joining(", "));

    public List<Finding> check(CampaignInput input) {
        List<Finding> findings = new ArrayList<>();
        Draft draft = input.draft();
        records(input.contacts().size(), findings);
        schedules(draft, findings);
        gmt(input, findings);
        message(draft, findings);
        prefix(input, findings);
        mailbox(draft, findings);
        if (draft.name() == null || draft.name().isBlank()) {
            findings.add(Finding.error("saem.nameCampaign", "name",
                    "Saem needs a campaign name (nameCampaign): give the campaign a name.",
                    "Saem necesita un nombre de campaña (nameCampaign): póngale un nombre a la campaña."));
        }
        return findings;
    }

    private static void records(int contacts, List<Finding> findings) {
        if (contacts > PARQUET_LIMIT) {
            findings.add(Finding.error("CALLB_022", "contacts", String.format(Locale.ROOT,
                    "%,d callable contacts: Saem takes at most %,d in one campaign. Split the list into lists of at most %,d and send one campaign for each.",
                    contacts, PARQUET_LIMIT, PARQUET_LIMIT),
                    "%s contactos para llamar: Saem acepta máximo %s por campaña. Divida la lista en listas de máximo %s y envíe una campaña por cada una."
                            .formatted(es(contacts), es(PARQUET_LIMIT), es(PARQUET_LIMIT))));
        } else if (contacts > JSON_LIMIT) {
            findings.add(Finding.info("saem.parquet", "contacts", String.format(Locale.ROOT,
                    "%,d callable contacts is more than the %,d Saem takes as JSON: Vocero sends them as a Parquet file (/send/massive/parquet, up to %,d).",
                    contacts, JSON_LIMIT, PARQUET_LIMIT),
                    "%s contactos para llamar superan los %s que Saem acepta en JSON: Vocero los envía como archivo Parquet (/send/massive/parquet, hasta %s)."
                            .formatted(es(contacts), es(JSON_LIMIT), es(PARQUET_LIMIT))));
        }
    }

    private static void schedules(Draft draft, List<Finding> findings) {
        List<Schedule> schedules = draft.schedules();
        if (schedules.isEmpty()) {
            findings.add(Finding.error("saem.schedules.missing", "schedules",
                    "Saem needs at least one calling window (configProgramming): add a window with start and end.",
                    "Saem necesita al menos un horario de llamada (configProgramming): agregue un horario con inicio y fin."));
        } else if (schedules.size() > MAX_WINDOWS) {
            findings.add(Finding.error("saem.schedules", "schedules",
                    schedules.size() + " calling windows: Saem takes at most " + MAX_WINDOWS
                            + " per campaign. Remove windows or send the rest as another campaign.",
                    schedules.size() + " horarios de llamada: Saem acepta máximo " + MAX_WINDOWS
                            + " por campaña. Quite horarios o envíe los demás como otra campaña."));
        } else if (schedules.size() > 1) {
            findings.add(Finding.info("saem.campaigns", "schedules",
                    schedules.size() + " calling windows: Saem creates a separate campaign for each, so "
                            + schedules.size() + " campaigns will be created, each calling the whole list.",
                    schedules.size() + " horarios de llamada: Saem crea una campaña aparte por cada uno, así que se crearán "
                            + schedules.size() + " campañas, cada una llamando a toda la lista."));
        }
        for (int i = 0; i < schedules.size(); i++) {
            Schedule schedule = schedules.get(i);
            String at = "schedules[" + i + "]";
            int window = i + 1;
            if (schedule.retries() < 0 || schedule.retries() > MAX_REVIEWS) {
                findings.add(Finding.error("saem.reviews", at + ".retries",
                        "Window " + window + " has " + schedule.retries() + " retries: Saem allows 0 to " + MAX_REVIEWS
                                + ". Choose a number from 0 to " + MAX_REVIEWS + ".",
                        "El horario " + window + " tiene " + schedule.retries() + " reintentos: Saem permite de 0 a "
                                + MAX_REVIEWS + ". Elija un número entre 0 y " + MAX_REVIEWS + "."));
            }
            List<String> unknown = schedule.retryOn().stream()
                    .filter(text -> RetryCondition.fromKey(text).isEmpty()).collect(Collectors.toList());
            if (!unknown.isEmpty()) {
                String list = unknown.stream().map(text -> "\"" + text + "\"").collect(Collectors.joining(", "));
                findings.add(Finding.error("saem.configReview", at + ".retryOn",
                        "Window " + window + " retries on " + list + ", which Saem does not know. Use only: " + CONDITIONS + ".",
                        "El horario " + window + " reintenta con " + list + ", que Saem no conoce. Use solo: " + CONDITIONS + "."));
            }
            if (schedule.retries() > 0 && schedule.retryOn().isEmpty()) {
                findings.add(Finding.warning("saem.configReview.empty", at + ".retryOn",
                        "Window " + window + " has " + schedule.retries() + " retries but no retry conditions: Saem may not retry any call."
                                + " Choose when to retry (for example nocontesta, buzon).",
                        "El horario " + window + " tiene " + schedule.retries() + " reintentos pero ninguna condición: es posible que Saem no reintente ninguna llamada."
                                + " Elija cuándo reintentar (por ejemplo nocontesta, buzon)."));
            }
        }
    }

    private static void gmt(CampaignInput input, List<Finding> findings) {
        Draft draft = input.draft();
        Optional<ZoneId> zone = SaemClock.zone(draft, input.zone());
        if (zone.isEmpty()) {
            String written = draft.timezone() == null ? "" : draft.timezone();
            findings.add(Finding.error("saem.gmt", "timezone",
                    "Saem needs the time zone as an offset (gmt, like -05:00), and \"" + written
                            + "\" is not a time zone. Write an offset like -05:00 or a zone like America/Bogota.",
                    "Saem necesita la zona horaria como desfase (gmt, por ejemplo -05:00), y \"" + written
                            + "\" no es una zona horaria. Escriba un desfase como -05:00 o una zona como America/Bogota."));
            return;
        }
        LocalDateTime first = SaemClock.firstStart(draft);
        LocalDateTime at = first != null ? first : LocalDateTime.ofInstant(input.now(), zone.get());
        Optional<ZoneOffset> gmt = SaemClock.gmt(zone.get(), first, at);
        if (gmt.isEmpty()) {
            findings.add(Finding.error("saem.gmt", "timezone",
                    "The offset of " + zone.get() + " on " + at.toLocalDate() + " is not whole minutes, and Saem's gmt must be ±HH:MM. Write an offset like -05:00.",
                    "El desfase de " + zone.get() + " el " + at.toLocalDate() + " no es de minutos exactos, y el gmt de Saem debe ser ±HH:MM. Escriba un desfase como -05:00."));
            return;
        }
        if (SaemClock.changesClock(zone.get(), at)) {
            String offset = SaemClock.text(gmt.get());
            boolean shifted = draft.schedules().stream().map(Schedule::start).filter(s -> s != null)
                    .anyMatch(start -> !zone.get().getRules().getOffset(start).equals(gmt.get()));
            findings.add(Finding.info("saem.gmt.dst", "timezone",
                    zone.get() + " changes its clock (daylight saving time), but Saem takes one fixed gmt per campaign: Vocero sends gmt "
                            + offset + ", the offset at the first window's start." + (shifted
                            ? " Windows after the clock change are converted to " + offset + " so calls still go out at the same real time."
                            : " Check the windows if the campaign runs past a clock change."),
                    zone.get() + " cambia la hora (horario de verano), pero Saem usa un solo gmt por campaña: Vocero envía gmt "
                            + offset + ", el desfase al inicio del primer horario." + (shifted
                            ? " Los horarios posteriores al cambio de hora se convierten a " + offset + " para que las llamadas salgan a la misma hora real."
                            : " Revise los horarios si la campaña pasa por un cambio de hora.")));
        }
    }

    private static void message(Draft draft, List<Finding> findings) {
        Message message = draft.message();
        Object generate = draft.option(GENERATE_AUDIO_OPTION);
        if (message == null) {
            findings.add(Finding.error("saem.message", "message",
                    "The campaign has no message: choose a recorded audio (audioId) or write a text-to-speech message.",
                    "La campaña no tiene mensaje: elija un audio grabado (audioId) o escriba un mensaje de texto a voz."));
        } else if (message instanceof Message.Tts) {
            voice(((Message.Tts) message).voice(), "message.voice", findings);
            if (generate != null) {
                findings.add(Finding.error("saem.generateAudio", "options.generateAudio",
                        "options.generateAudio makes a recorded audio, which only recorded-audio (standard) campaigns use; this message is text-to-speech. Remove options.generateAudio or change the message to audio.",
                        "options.generateAudio crea un audio grabado, que solo usan las campañas de audio (standard); este mensaje es de texto a voz. Quite options.generateAudio o cambie el mensaje a audio."));
            }
        } else {
            audio((Message.Audio) message, generate != null, findings);
        }
        if (generate != null && !(message instanceof Message.Tts)) {
            generateAudio(generate, findings);
        }
    }

    private static void audio(Message.Audio audio, boolean generated, List<Finding> findings) {
        boolean hasId = audio.audioId() != null && !audio.audioId().isBlank();
        boolean hasUrl = audio.fileUrl() != null && !audio.fileUrl().isBlank();
        if (hasId && generated) {
            findings.add(Finding.error("saem.audioId", "message.audioId",
                    "The message has an audioId and options.generateAudio creates another audio: keep only one of them.",
                    "El mensaje tiene un audioId y options.generateAudio crea otro audio: deje solo uno de los dos."));
        } else if (!hasId && !generated) {
            findings.add(Finding.error("saem.audioId", "message.audioId", hasUrl
                    ? "Saem plays recorded audio by its audioId; a fileUrl is Routee's way, not Saem's. Enter the audio's ID from Saem's Resources module (or generate the audio with options.generateAudio)."
                    : "A recorded-audio (standard) Saem campaign needs an audioId. Enter the audio's ID from Saem's Resources module (or generate the audio with options.generateAudio).",
                    hasUrl
                    ? "Saem reproduce audios grabados por su audioId; un fileUrl es de Routee, no de Saem. Ingrese el ID del audio del módulo Recursos de Saem (o genere el audio con options.generateAudio)."
                    : "Una campaña de Saem con audio grabado (standard) necesita un audioId. Ingrese el ID del audio del módulo Recursos de Saem (o genere el audio con options.generateAudio)."));
        } else if (hasUrl) {
            findings.add(Finding.warning("saem.fileUrl", "message.fileUrl",
                    "A fileUrl is Routee's way of giving the audio; Saem ignores it and plays the audioId.",
                    "Un fileUrl es la forma de Routee de indicar el audio; Saem lo ignora y reproduce el audioId."));
        }
    }

    private static void generateAudio(Object value, List<Finding> findings) {
        String at = "options.generateAudio";
        if (!(value instanceof Map)) {
            findings.add(Finding.error("saem.generateAudio", at,
                    "options.generateAudio must be an object {\"text\", \"voice\", \"resource_name\"}.",
                    "options.generateAudio debe ser un objeto {\"text\", \"voice\", \"resource_name\"}."));
            return;
        }
        Map<?, ?> map = (Map<?, ?>) value;
        Object text = map.get("text");
        if (!(text instanceof String) || ((String) text).isBlank()) {
            findings.add(Finding.error("saem.generateAudio", at + ".text",
                    "The audio to generate has no text: write what the voice should say.",
                    "El audio a generar no tiene texto: escriba lo que debe decir la voz."));
        }
        Object voice = map.get("voice");
        voice(voice instanceof String ? (String) voice : null, at + ".voice", findings);
        Object name = map.get("resource_name");
        String written = name instanceof String ? ((String) name).strip() : "";
        if (!RESOURCE_NAME.matcher(written).matches()) {
            boolean wav = written.toLowerCase(Locale.ROOT).endsWith(".wav");
            String base = wav ? written.substring(0, written.length() - 4) : written;
            findings.add(Finding.error("CALLB_AUD_001", at + ".resource_name", (wav
                    ? "The audio's resource name \"" + written + "\" must be the base name without .wav (\"" + base + "\")."
                    : "The audio's resource name \"" + written + "\" is not one Saem accepts.")
                    + " Use 1 to 60 letters, digits, '_' or '-', without spaces, accents or extension (for example cobro_diciembre).",
                    (wav
                    ? "El nombre del recurso de audio \"" + written + "\" debe ser el nombre base sin .wav (\"" + base + "\")."
                    : "El nombre del recurso de audio \"" + written + "\" no es uno que Saem acepte.")
                    + " Use de 1 a 60 letras, números, '_' o '-', sin espacios, tildes ni extensión (por ejemplo cobro_diciembre)."));
        } else {
            findings.add(Finding.info("saem.generateAudio", at,
                    "Before the campaign, Vocero asks Saem to generate the audio \"" + written
                            + "\" (/audio/generate) and uses its audioId. The name must not exist yet in Saem's Resources (CALLB_AUD_002).",
                    "Antes de la campaña, Vocero le pide a Saem generar el audio \"" + written
                            + "\" (/audio/generate) y usa su audioId. El nombre no debe existir todavía en Recursos de Saem (CALLB_AUD_002)."));
        }
    }

    private static void voice(String voice, String field, List<Finding> findings) {
        if (SaemVoice.fromText(voice).isPresent()) {
            return;
        }
        String written = voice == null || voice.isBlank() ? "" : " \"" + voice + "\"";
        findings.add(Finding.error("saem.voice", field,
                (written.isEmpty() ? "No voice chosen" : "The voice" + written + " is not a Saem voice")
                        + ": Saem reads text with the voice Juan or Maria. Choose one of them.",
                (written.isEmpty() ? "No se eligió una voz" : "La voz" + written + " no es una voz de Saem")
                        + ": Saem lee el texto con la voz Juan o Maria. Elija una de las dos."));
    }

    private static void prefix(CampaignInput input, List<Finding> findings) {
        CallingCodes codes = CallingCodes.of(input.contacts());
        if (codes.byCode().size() > 1) {
            String countries = codes.describe();
            findings.add(Finding.error("saem.prefix", "contacts",
                    "The list mixes country calling codes (" + countries + "), but Saem takes one prefix per campaign."
                            + " Split the list by country and send one campaign per country.",
                    "La lista mezcla códigos de país (" + countries + "), pero Saem usa un solo prefijo por campaña."
                            + " Divida la lista por país y envíe una campaña por cada país."));
        }
    }

    private static void mailbox(Draft draft, List<Finding> findings) {
        Object value = draft.option(MAILBOX_OPTION);
        if (value != null && !(value instanceof Boolean)) {
            findings.add(Finding.error("saem.mailbox", "options.mailbox",
                    "options.mailbox is " + describe(value) + ": it must be true (leave a voicemail when nobody answers) or false.",
                    "options.mailbox es " + describe(value) + ": debe ser true (dejar mensaje en el buzón si no contestan) o false."));
        }
    }

    private static String describe(Object value) {
        return value instanceof String ? "\"" + value + "\"" : String.valueOf(value);
    }

    /** 200.000 — the thousands separator Latin-American Spanish uses. */
    private static String es(long number) {
        return String.format(Locale.ROOT, "%,d", number).replace(',', '.');
    }
}
