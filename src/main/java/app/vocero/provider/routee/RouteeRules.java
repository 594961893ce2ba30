package app.vocero.provider.routee;

import app.vocero.domain.campaign.Draft;
import app.vocero.domain.campaign.Finding;
import app.vocero.domain.campaign.Message;
import app.vocero.domain.campaign.MessageOptions;
import app.vocero.domain.campaign.Schedule;
import app.vocero.domain.campaign.Template;
import app.vocero.provider.CampaignInput;
import app.vocero.provider.TemplateStats;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Routee's own pre-flight, beyond the common checks (past or overlapping windows, zero contacts, calling hours,
 * template tags), each finding in English and Spanish.
 *
 * <p><b>Calling windows.</b> A Routee campaign has one {@code scheduledDate} and no end or retries. A second window
 * is an error rather than a second set of campaigns: it would call every contact again, including those who heard
 * the whole message. A supervisor who wants that makes one draft per window.
 */
public final class RouteeRules {

    public static final int MAX_TEXT = MessageOptions.ROUTEE_MAX_TEXT;
    public static final int MAX_FROM = 16;
    /** Campaign names: 2 to 30 ASCII letters, digits, spaces and {@code -}. */
    static final Pattern NAME = Pattern.compile("[A-Za-z0-9 -]{2,30}");
    /** A numeric caller id; a leading {@code +} is accepted (E.164 as written). */
    static final Pattern FROM = Pattern.compile("\\+?[0-9]+");
    /** The TTS languages Routee lists. */
    public static final List<String> LANGUAGES = MessageOptions.ROUTEE_LANGUAGES;
    public static final List<String> GENDERS = List.of("male", "female");
    public static final List<String> STRATEGIES = List.of("OnChange", "OnCompletion");

    private RouteeRules() {
    }

    public static List<Finding> check(CampaignInput input) {
        List<Finding> findings = new ArrayList<>();
        Draft draft = input.draft();
        from(input.optionText("from"), findings);
        name(draft.name(), findings);
        if (draft.message() instanceof Message.Audio) {
            audio((Message.Audio) draft.message(), findings);
        } else if (draft.message() instanceof Message.Tts) {
            tts(input, (Message.Tts) draft.message(), findings);
        } else {
            findings.add(Finding.error("routee.message", "message",
                    "Routee needs a message: a text to read (type tts) or the https address of a .wav file (type audio).",
                    "Routee necesita un mensaje: un texto para leer (tipo tts) o la dirección https de un archivo .wav "
                            + "(tipo audio)."));
        }
        options(draft.options(), findings);
        schedules(input, findings);
        int size = input.contacts().size();
        int parts = RouteePayloads.parts(size);
        if (parts > 1) {
            String name = validName(draft.name()) ? draft.name().trim() : RouteePayloads.cleanName(draft.name());
            String first = RouteePayloads.campaignName(name, 1, parts);
            findings.add(Finding.info("routee.split", "contacts",
                    "Routee takes at most " + RouteePayloads.MAX_RECIPIENTS + " numbers per campaign: the " + size
                            + " contacts go as " + parts + " campaigns with the same message, named \"" + first
                            + "\" and so on.",
                    "Routee recibe máximo " + RouteePayloads.MAX_RECIPIENTS + " números por campaña: los " + size
                            + " contactos se envían como " + parts + " campañas con el mismo mensaje, llamadas \""
                            + first + "\" y así sucesivamente."));
        }
        return findings;
    }

    static boolean validName(String name) {
        return name != null && NAME.matcher(name.trim()).matches();
    }

    /** The language as Routee spells it ({@code es-la} → {@code es-LA}), if Routee has it. */
    public static Optional<String> language(String language) {
        return language == null ? Optional.empty()
                : LANGUAGES.stream().filter(known -> known.equalsIgnoreCase(language.trim().replace('_', '-'))).findFirst();
    }

    private static void from(String from, List<Finding> findings) {
        if (from == null || from.isBlank()) {
            findings.add(Finding.error("routee.from", "options.from",
                    "Routee needs the number the calls come from: write it in options.from, digits only "
                            + "(like \"573001234567\").",
                    "Routee necesita el número desde el que se llama: escríbalo en options.from, solo dígitos "
                            + "(como \"573001234567\")."));
        } else if (!FROM.matcher(from.trim()).matches() || from.trim().length() > MAX_FROM) {
            findings.add(Finding.error("routee.from", "options.from",
                    "The caller id \"" + from + "\" must be a number of at most " + MAX_FROM
                            + " characters, digits only (like \"573001234567\").",
                    "El número de origen \"" + from + "\" debe tener máximo " + MAX_FROM
                            + " caracteres, solo dígitos (como \"573001234567\")."));
        }
    }

    private static void name(String name, List<Finding> findings) {
        if (validName(name)) {
            return;
        }
        String clean = RouteePayloads.cleanName(name);
        findings.add(Finding.error("routee.name", "name",
                "Routee takes campaign names of 2 to 30 letters without accents, digits, spaces and \"-\": \""
                        + (name == null ? "" : name) + "\" is not one. Use \"" + clean + "\".",
                "Routee acepta nombres de campaña de 2 a 30 letras sin tildes, dígitos, espacios y \"-\": \""
                        + (name == null ? "" : name) + "\" no cumple. Use \"" + clean + "\"."));
    }

    private static void audio(Message.Audio audio, List<Finding> findings) {
        String url = audio.fileUrl() == null ? "" : audio.fileUrl().trim();
        if (url.isEmpty()) {
            findings.add(Finding.error("routee.file_url", "message.fileUrl",
                    "Routee plays a recording from an https address ending in .wav: write it in message.fileUrl"
                            + (audio.audioId() != null ? " (audioId is Saem's and does not work here)." : "."),
                    "Routee reproduce una grabación desde una dirección https terminada en .wav: escríbala en "
                            + "message.fileUrl" + (audio.audioId() != null ? " (audioId es de Saem y aquí no sirve)." : ".")));
            return;
        }
        String path = url;
        boolean https = false;
        try {
            URI uri = new URI(url);
            https = "https".equalsIgnoreCase(uri.getScheme()) && uri.getHost() != null;
            path = uri.getPath() == null ? "" : uri.getPath();
        } catch (URISyntaxException e) {
            https = false;
        }
        if (!https || !path.toLowerCase(Locale.ROOT).endsWith(".wav")) {
            findings.add(Finding.error("routee.file_url", "message.fileUrl",
                    "Routee needs the recording at an https address ending in .wav; \"" + url + "\" is not. Convert "
                            + "the audio to .wav and publish it over https.",
                    "Routee necesita la grabación en una dirección https terminada en .wav; \"" + url + "\" no lo es. "
                            + "Convierta el audio a .wav y publíquelo por https."));
        }
    }

    private static void tts(CampaignInput input, Message.Tts tts, List<Finding> findings) {
        if (tts.template() == null || tts.template().isBlank()) {
            findings.add(Finding.error("routee.text", "message.template",
                    "Routee needs the text to read: write it in message.template.",
                    "Routee necesita el texto que va a leer: escríbalo en message.template."));
        } else {
            Template template = input.template().orElseGet(() -> Template.of(tts));
            TemplateStats stats = input.templateStats().orElseGet(() -> TemplateStats.of(template, input.contacts()));
            if (template.isPersonalized() && !stats.sameForEveryone()) {
                String tags = String.join(" ", template.tags());
                findings.add(Finding.error("routee.template", "message.template",
                        "Routee reads one same text to every number of a campaign, so the tags " + tags
                                + " cannot change per contact. Remove them, or send this draft with a provider "
                                + "that personalizes each call.",
                        "Routee lee un mismo texto a todos los números de una campaña, así que las etiquetas " + tags
                                + " no pueden cambiar por contacto. Quítelas o envíe este borrador con un proveedor "
                                + "que personalice cada llamada."));
            }
            int longest = template.isPersonalized() ? stats.longest() : template.source().length();
            if (longest > MAX_TEXT) {
                findings.add(Finding.error("routee.text.length", "message.template",
                        "Routee reads at most " + MAX_TEXT + " characters; this text has " + longest
                                + (template.isPersonalized() ? " for the contact in row " + stats.longestRow() : "")
                                + ". Shorten it.",
                        "Routee lee máximo " + MAX_TEXT + " caracteres; este texto tiene " + longest
                                + (template.isPersonalized() ? " para el contacto de la fila " + stats.longestRow() : "")
                                + ". Acórtelo."));
            }
        }
        if (tts.gender() == null || !GENDERS.contains(tts.gender().trim().toLowerCase(Locale.ROOT))) {
            findings.add(Finding.error("routee.gender", "message.gender",
                    "Routee's voice is \"male\" or \"female\"" + given(tts.gender()) + ": choose one in message.gender.",
                    "La voz de Routee es \"male\" (hombre) o \"female\" (mujer)" + dado(tts.gender())
                            + ": elija una en message.gender."));
        }
        if (language(tts.language()).isEmpty()) {
            String known = String.join(", ", LANGUAGES);
            findings.add(Finding.error("routee.language", "message.language",
                    "Routee reads in one of " + known + given(tts.language())
                            + ": choose one in message.language (es-LA for Latin-American Spanish).",
                    "Routee lee en uno de estos idiomas: " + known + dado(tts.language())
                            + ". Elija uno en message.language (es-LA para español latinoamericano)."));
        }
        if (tts.voice() != null && !tts.voice().isBlank()) {
            findings.add(Finding.warning("routee.voice", "message.voice",
                    "Routee does not use message.voice (\"" + tts.voice() + "\"): it picks the voice from gender and "
                            + "language.",
                    "Routee no usa message.voice (\"" + tts.voice() + "\"): elige la voz según gender y language."));
        }
    }

    private static String given(String value) {
        return value == null || value.isBlank() ? "" : ", not \"" + value + "\"";
    }

    private static String dado(String value) {
        return value == null || value.isBlank() ? "" : ", no \"" + value + "\"";
    }

    private static void options(Map<String, Object> options, List<Finding> findings) {
        for (String key : List.of("respectQuietHours", "collectDtmfDigits")) {
            Object value = options.get(key);
            if (value != null && !(value instanceof Boolean)) {
                wrongType(key, value, "true or false, without quotes", "true o false, sin comillas", findings);
            }
        }
        for (String key : List.of("hangupDelay", "collectDtmfAwaitSeconds")) {
            Object value = options.get(key);
            boolean whole = value instanceof Integer || value instanceof Long;
            if (value != null && (!whole || ((Number) value).longValue() < 0)) {
                wrongType(key, value, "a whole number of seconds, 0 or more", "un número entero de segundos, 0 o más",
                        findings);
            }
        }
        if (options.get("collectDtmfAwaitSeconds") != null && !Boolean.TRUE.equals(options.get("collectDtmfDigits"))) {
            findings.add(Finding.warning("routee.dtmf", "options.collectDtmfAwaitSeconds",
                    "collectDtmfAwaitSeconds only counts when collectDtmfDigits is true: set it to true to collect the "
                            + "keys pressed, or remove collectDtmfAwaitSeconds.",
                    "collectDtmfAwaitSeconds solo sirve si collectDtmfDigits es true: póngalo en true para recoger las "
                            + "teclas marcadas, o quite collectDtmfAwaitSeconds."));
        }
        callback(options, "callback", findings);
        callback(options, "campaignCallback", findings);
    }

    private static void wrongType(String key, Object value, String en, String es, List<Finding> findings) {
        findings.add(Finding.error("routee.option", "options." + key,
                "options." + key + " is \"" + value + "\": write " + en + ".",
                "options." + key + " es \"" + value + "\": escriba " + es + "."));
    }

    private static void callback(Map<String, Object> options, String key, List<Finding> findings) {
        Object value = options.get(key);
        if (value == null) {
            return;
        }
        if (!(value instanceof Map)) {
            findings.add(Finding.error("routee.callback", "options." + key,
                    "options." + key + " must be an object {\"strategy\": \"OnChange\", \"url\": \"https://…\"}.",
                    "options." + key + " debe ser un objeto {\"strategy\": \"OnChange\", \"url\": \"https://…\"}."));
            return;
        }
        Map<?, ?> callback = (Map<?, ?>) value;
        Object strategy = callback.get("strategy");
        if (!STRATEGIES.contains(strategy)) {
            findings.add(Finding.error("routee.callback", "options." + key + ".strategy",
                    "options." + key + ".strategy is \"" + strategy + "\": write \"OnChange\" (every status change) or "
                            + "\"OnCompletion\" (only the final status).",
                    "options." + key + ".strategy es \"" + strategy + "\": escriba \"OnChange\" (cada cambio de estado) "
                            + "u \"OnCompletion\" (solo el estado final)."));
        }
        Object url = callback.get("url");
        boolean https = false;
        if (url instanceof String) {
            try {
                URI uri = new URI(((String) url).trim());
                https = "https".equalsIgnoreCase(uri.getScheme()) && uri.getHost() != null;
            } catch (URISyntaxException e) {
                https = false;
            }
        }
        if (!https) {
            findings.add(Finding.error("routee.callback", "options." + key + ".url",
                    "options." + key + ".url is \"" + url + "\": write the https address where Routee sends the "
                            + "statuses.",
                    "options." + key + ".url es \"" + url + "\": escriba la dirección https a la que Routee envía "
                            + "los estados."));
        }
    }

    private static void schedules(CampaignInput input, List<Finding> findings) {
        List<Schedule> schedules = input.draft().schedules();
        if (schedules.isEmpty()) {
            findings.add(Finding.info("routee.immediate", "schedules",
                    "No calling window: Routee starts calling as soon as the campaign is sent.",
                    "Sin horario de llamada: Routee empieza a llamar apenas se envíe la campaña."));
            return;
        }
        if (schedules.size() > 1) {
            findings.add(Finding.error("routee.schedules", "schedules[1]",
                    "A Routee campaign starts once, at one time: keep one calling window (" + schedules.size()
                            + " now), or make one draft per window (each one calls every contact again).",
                    "Una campaña de Routee arranca una sola vez, a una hora: deje un solo horario (hay "
                            + schedules.size() + ") o haga un borrador por horario (cada uno vuelve a llamar a todos "
                            + "los contactos)."));
        }
        Schedule first = schedules.get(0);
        if (first.start() != null) {
            String utc = RouteePayloads.scheduledDate(first.start(), input.zone());
            findings.add(Finding.info("routee.scheduled_date", "schedules[0].start",
                    "Routee receives the start in UTC: " + utc + " (" + first.start() + " in " + input.zone() + ").",
                    "Routee recibe el inicio en UTC: " + utc + " (" + first.start() + " en " + input.zone() + ")."));
        }
        if (first.retries() > 0 || !first.retryOn().isEmpty() || !first.retryAfterMinutes().isEmpty()) {
            findings.add(Finding.warning("routee.retries", "schedules[0].retries",
                    "Routee's voice campaigns have no retries: each number is called once (retries " + first.retries()
                            + ", retryOn and retryAfterMinutes are not sent). Set retries to 0.",
                    "Las campañas de voz de Routee no tienen reintentos: cada número se llama una vez (no se envían "
                            + "retries " + first.retries() + ", retryOn ni retryAfterMinutes). Ponga retries en 0."));
        }
    }
}
