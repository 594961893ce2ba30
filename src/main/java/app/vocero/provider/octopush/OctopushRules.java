package app.vocero.provider.octopush;

import app.vocero.domain.campaign.Finding;
import app.vocero.domain.campaign.Message;
import app.vocero.domain.campaign.MessageOptions;
import app.vocero.domain.campaign.Schedule;
import app.vocero.domain.campaign.Template;
import app.vocero.provider.CampaignInput;
import app.vocero.provider.TemplateStats;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Octopush's own pre-flight rules (the common ones — past or overlapping windows, no contacts, calling hours,
 * unknown tags, empty tag values — are checked elsewhere). Codes are {@code octopush.*}; the document has no
 * codes of its own for these.
 *
 * <p>More than one calling window is an error ({@code octopush.schedules}): Octopush only takes a start moment
 * ({@code send_at}) and calls everyone once; a second window would call every recipient again, also those who
 * already listened, and nothing stops the calls at a window's end. One draft per window if that is really wanted.
 */
public final class OctopushRules {

    /** "Message text (from 1 to 1224 characters)". */
    public static final int MAX_TEXT = MessageOptions.OCTOPUSH_MAX_TEXT;
    public static final Pattern SENDER = Pattern.compile("[A-Za-z0-9]{3,11}");
    public static final List<String> PURPOSES = List.of("alert", "wholesale");
    public static final List<String> GENDERS = List.of("male", "female");
    /** The document's {@code voice_language} enum, in its order. */
    public static final List<String> LANGUAGES = MessageOptions.OCTOPUSH_LANGUAGES;

    private OctopushRules() {
    }

    /** The language as the enum spells it ({@code es-la} → {@code es-LA}); empty when blank or unknown. */
    public static Optional<String> language(String value) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        String wanted = value.trim().replace('_', '-');
        return LANGUAGES.stream().filter(language -> language.equalsIgnoreCase(wanted)).findFirst();
    }

    public static List<Finding> check(CampaignInput input) {
        List<Finding> findings = new ArrayList<>();
        message(input, findings);
        options(input, findings);
        schedules(input, findings);
        int frames = OctopushPayloads.frames(input.contacts().size());
        if (frames > 1) {
            findings.add(Finding.info("octopush.frames", "contacts",
                    input.contacts().size() + " contacts go in " + frames + " requests of at most "
                            + OctopushPayloads.RECIPIENTS_PER_REQUEST + " (Octopush's limit per request); each becomes its own Octopush campaign with its own ticket.",
                    "Los " + input.contacts().size() + " contactos se envían en " + frames + " solicitudes de máximo "
                            + OctopushPayloads.RECIPIENTS_PER_REQUEST + " (el límite de Octopush por solicitud); cada una queda como una campaña aparte en Octopush, con su propio ticket."));
        }
        return findings;
    }

    private static void message(CampaignInput input, List<Finding> findings) {
        Message message = input.draft().message();
        if (message instanceof Message.Audio) {
            findings.add(Finding.error("octopush.audio", "message",
                    "Octopush only reads text aloud (Voice SMS): it cannot play a recorded audio. Change the message to text-to-speech (\"type\": \"tts\") or pick another provider.",
                    "Octopush solo lee texto en voz alta (Voice SMS): no puede reproducir un audio grabado. Cambie el mensaje a texto a voz (\"type\": \"tts\") o elija otro proveedor."));
            return;
        }
        if (!(message instanceof Message.Tts) || ((Message.Tts) message).template() == null
                || ((Message.Tts) message).template().isBlank()) {
            findings.add(Finding.error("octopush.text", "message.template",
                    "Octopush needs the text to read (1 to " + MAX_TEXT + " characters). Write the message.",
                    "Octopush necesita el texto que va a leer (de 1 a " + MAX_TEXT + " caracteres). Escriba el mensaje."));
            return;
        }
        Message.Tts tts = (Message.Tts) message;
        Template template = input.template().orElseGet(() -> Template.of(tts));
        OctopushTags tags = OctopushTags.of(template, input.draft());
        if (!tags.overflow().isEmpty()) {
            List<String> params = new ArrayList<>();
            tags.slots().stream().filter(slot -> slot.key().startsWith("param")).forEach(slot -> params.add(slot.tag()));
            String extra = String.join(", ", tags.overflow());
            findings.add(Finding.error("octopush.params", "message.template",
                    "Octopush carries at most " + OctopushTags.MAX_PARAMS + " personal values besides the name ({param1}…{param5}); this message already uses "
                            + String.join(", ", params) + " and also " + extra + ". Remove " + extra + " from the message or merge columns in the contact file.",
                    "Octopush admite máximo " + OctopushTags.MAX_PARAMS + " datos personalizados además del nombre ({param1}…{param5}); este mensaje ya usa "
                            + String.join(", ", params) + " y además " + extra + ". Quite " + extra + " del mensaje o junte columnas en el archivo de contactos."));
        }
        int longest = Math.max(tags.text().length(), input.templateStats().map(TemplateStats::longest).orElse(0));
        if (longest > MAX_TEXT) {
            String row = input.templateStats().filter(stats -> stats.longest() == longest && stats.longestRow() >= 0)
                    .map(stats -> " (row " + stats.longestRow() + ")").orElse("");
            String fila = row.isEmpty() ? "" : " (fila " + row.replaceAll("\\D", "") + ")";
            findings.add(Finding.error("octopush.text_length", "message.template",
                    "The longest message is " + longest + " characters" + row + "; Octopush reads at most " + MAX_TEXT
                            + ". Shorten the text by " + (longest - MAX_TEXT) + " characters or use shorter values.",
                    "El mensaje más largo tiene " + longest + " caracteres" + fila + "; Octopush lee máximo " + MAX_TEXT
                            + ". Acorte el texto en " + (longest - MAX_TEXT) + " caracteres o use valores más cortos."));
        }
        if (tts.gender() != null && !tts.gender().isBlank()
                && !GENDERS.contains(tts.gender().trim().toLowerCase(Locale.ROOT))) {
            findings.add(Finding.error("octopush.voice_gender", "message.gender",
                    "Octopush's voice is \"male\" or \"female\", not \"" + tts.gender() + "\". Choose one of them.",
                    "La voz de Octopush es \"male\" (masculina) o \"female\" (femenina), no \"" + tts.gender() + "\". Elija una de las dos."));
        }
        if (tts.language() == null || tts.language().isBlank()) {
            findings.add(Finding.warning("octopush.voice_language", "message.language",
                    "No voice language: Octopush will use its default, which may not be Spanish. Set the language, e.g. \"es-LA\" (Latin-American Spanish).",
                    "No hay idioma de voz: Octopush usará el suyo por defecto, que puede no ser español. Indique el idioma, por ejemplo \"es-LA\" (español latinoamericano)."));
        } else if (language(tts.language()).isEmpty()) {
            String known = String.join(", ", LANGUAGES);
            findings.add(Finding.error("octopush.voice_language", "message.language",
                    "Octopush has no voice for \"" + tts.language() + "\". Use one of: " + known + " (\"es-LA\" for Latin-American Spanish).",
                    "Octopush no tiene voz para \"" + tts.language() + "\". Use uno de: " + known + " (\"es-LA\" para español latinoamericano)."));
        }
    }

    private static void options(CampaignInput input, List<Finding> findings) {
        String sender = OctopushPayloads.text(input, OctopushPayloads.SENDER);
        if (sender != null && !SENDER.matcher(sender).matches()) {
            findings.add(Finding.error("octopush.sender", "options.sender",
                    "The sender \"" + sender + "\" is not valid for Octopush: use 3 to 11 letters or digits (a-z, A-Z, 0-9), without spaces or accents.",
                    "El remitente \"" + sender + "\" no es válido para Octopush: use de 3 a 11 letras o números (a-z, A-Z, 0-9), sin espacios ni tildes."));
        }
        String purpose = OctopushPayloads.text(input, OctopushPayloads.PURPOSE);
        if (purpose != null && !PURPOSES.contains(purpose.toLowerCase(Locale.ROOT))) {
            findings.add(Finding.error("octopush.purpose", "options.purpose",
                    "The purpose \"" + purpose + "\" is not one Octopush knows: use \"alert\" (transactional) or \"wholesale\" (marketing).",
                    "El propósito \"" + purpose + "\" no lo reconoce Octopush: use \"alert\" (transaccional) o \"wholesale\" (mercadeo)."));
        }
        for (String key : OctopushPayloads.BOOLEAN_OPTIONS) {
            Object value = input.draft().option(key);
            if (value != null && OctopushPayloads.bool(value).isEmpty()) {
                findings.add(Finding.error("octopush.boolean", "options." + key,
                        "The option \"" + key + "\" must be true or false, not \"" + value + "\".",
                        "La opción \"" + key + "\" debe ser true o false, no \"" + value + "\"."));
            }
        }
        if (OctopushPayloads.bool(input.draft().option(OctopushPayloads.SIMULATION_MODE)).orElse(false)) {
            findings.add(Finding.info("octopush.simulation", "options.simulation_mode",
                    "Simulation mode is on: Octopush will answer with a fake result and call no one. Set \"simulation_mode\" to false to really send.",
                    "El modo simulación está activo: Octopush responderá con un resultado ficticio y no llamará a nadie. Ponga \"simulation_mode\" en false para enviar de verdad."));
        }
    }

    private static void schedules(CampaignInput input, List<Finding> findings) {
        List<Schedule> schedules = input.draft().schedules();
        if (schedules.size() > 1) {
            findings.add(Finding.error("octopush.schedules", "schedules[1]",
                    "Octopush takes one start time and calls everyone once; this draft has " + schedules.size()
                            + " calling windows. Keep one window, or make one draft per window (each would call every contact again).",
                    "Octopush recibe una sola hora de inicio y llama una vez a cada contacto; este borrador tiene " + schedules.size()
                            + " horarios. Deje un solo horario, o haga un borrador por horario (cada uno volvería a llamar a todos los contactos)."));
        }
        for (int i = 0; i < schedules.size(); i++) {
            if (schedules.get(i).retries() > 0) {
                findings.add(Finding.warning("octopush.retries", "schedules[" + i + "].retries",
                        "Octopush has no retries: the " + schedules.get(i).retries() + " retries of this window will not happen; each contact is called once. Set retries to 0 or pick another provider.",
                        "Octopush no hace reintentos: los " + schedules.get(i).retries() + " reintentos de este horario no se harán; cada contacto se llama una vez. Ponga los reintentos en 0 o elija otro proveedor."));
            }
        }
        if (!schedules.isEmpty() && schedules.get(0).start() != null && schedules.get(0).end() != null) {
            String start = schedules.get(0).start().toString().replace('T', ' ');
            String end = schedules.get(0).end().toString().replace('T', ' ');
            findings.add(Finding.info("octopush.window_end", "schedules[0].end",
                    "Octopush starts calling at " + start + " and has no end time: calls are not stopped at " + end + ".",
                    "Octopush empieza a llamar a las " + start + " y no tiene hora de fin: las llamadas no se detienen a las " + end + "."));
        }
    }
}
