package app.vocero.campaign;

import app.vocero.domain.ContactTable;
import app.vocero.domain.campaign.Finding;
import app.vocero.domain.campaign.Message;
import app.vocero.domain.campaign.RetryCondition;
import app.vocero.domain.campaign.Schedule;
import app.vocero.provider.CampaignInput;
import java.text.NumberFormat;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The checks every provider shares: who would be called, the calling windows (order, past, overlap, retries,
 * calling hours in the recipients' own time) and what the template renders to. Provider rules add theirs.
 */
public final class CampaignChecks {

    /** Calling windows any draft may have; each provider may allow fewer. */
    public static final int MAX_WINDOWS = 5;
    public static final int MAX_RETRIES = 5;

    private static final NumberFormat EN = NumberFormat.getIntegerInstance(Locale.US);
    private static final NumberFormat ES = NumberFormat.getIntegerInstance(Locale.forLanguageTag("es-CO"));

    private final java.util.function.Supplier<CallingHours> callingHours;

    public CampaignChecks(CallingHours hours) {
        this(() -> hours);
    }

    /** @param callingHours read at each check: the user may change them in Settings */
    public CampaignChecks(java.util.function.Supplier<CallingHours> callingHours) {
        this.callingHours = callingHours;
    }

    /**
     * @param numbersInFile rows of the contact file (for "0 of 1,240 numbers are valid")
     * @param maxLength     the provider's longest text, or -1
     */
    public List<Finding> check(CampaignInput input, long numbersInFile, int maxLength) {
        List<Finding> findings = new ArrayList<>();
        contacts(input.contacts(), numbersInFile, findings);
        windows(input, findings);
        input.template().ifPresent(template -> TemplateChecks.check(template, input, maxLength, findings));
        if (input.draft().message() instanceof Message.Tts && input.template().isEmpty()) {
            findings.add(Finding.error("template.missing", "message.template", "The text-to-speech message has no template.",
                    "El mensaje de texto a voz no tiene plantilla."));
        }
        return findings;
    }

    private static void contacts(ContactTable contacts, long numbersInFile, List<Finding> findings) {
        if (contacts.isEmpty()) {
            findings.add(Finding.error("contacts.none", "contacts",
                    "Nothing would be called: 0 of " + EN.format(numbersInFile) + " numbers are valid and callable.",
                    "No se llamaría a nadie: 0 de " + ES.format(numbersInFile) + " números son válidos y se pueden llamar."));
        }
    }

    private void windows(CampaignInput input, List<Finding> findings) {
        List<Schedule> schedules = input.draft().schedules();
        if (schedules.size() > MAX_WINDOWS) {
            findings.add(Finding.error("schedule.tooMany", "schedules",
                    schedules.size() + " calling windows: at most " + MAX_WINDOWS + ". Merge or remove some.",
                    schedules.size() + " horarios de llamada: máximo " + MAX_WINDOWS + ". Una o quite algunos."));
        }
        String timezone = input.draft().timezone();
        if (!schedules.isEmpty() && CampaignZone.parse(timezone).isEmpty()) {
            findings.add(Finding.error("draft.timezone", "timezone", timezone == null
                            ? "The draft has no \"timezone\" for its calling windows: write an offset like -05:00 or a zone like America/Bogota."
                            : "\"" + timezone + "\" is not a time zone: write an offset like -05:00 or a zone like America/Bogota.",
                    timezone == null
                            ? "El borrador no tiene \"timezone\" para sus horarios: escriba un desfase como -05:00 o una zona como America/Bogota."
                            : "\"" + timezone + "\" no es una zona horaria: escriba un desfase como -05:00 o una zona como America/Bogota."));
        }
        for (int i = 0; i < schedules.size(); i++) {
            Schedule window = schedules.get(i);
            String at = "schedules[" + i + "]";
            retries(window, at, findings);
            if (window.start() == null || window.end() == null) {
                continue;
            }
            if (!window.end().isAfter(window.start())) {
                findings.add(Finding.error("schedule.order", at + ".end",
                        "Window " + (i + 1) + " ends (" + window.end() + ") before it starts (" + window.start() + ").",
                        "El horario " + (i + 1) + " termina (" + window.end() + ") antes de empezar (" + window.start() + ")."));
                continue;
            }
            LocalDateTime now = LocalDateTime.ofInstant(input.now(), input.zone());
            if (!window.end().isAfter(now)) {
                findings.add(Finding.error("schedule.past", at + ".end",
                        "Window " + (i + 1) + " is already over (it ended " + window.end() + "). Move it to a future date.",
                        "El horario " + (i + 1) + " ya pasó (terminó " + window.end() + "). Muévalo a una fecha futura."));
            } else if (window.start().isBefore(now)) {
                findings.add(Finding.warning("schedule.started", at + ".start",
                        "Window " + (i + 1) + " has already started (" + window.start() + "): calls would begin at once.",
                        "El horario " + (i + 1) + " ya empezó (" + window.start() + "): las llamadas empezarían de inmediato."));
            }
            // past the limit the overlaps of every pair would bury the one finding that matters
            for (int j = i + 1; j < schedules.size() && schedules.size() <= MAX_WINDOWS; j++) {
                if (window.overlaps(schedules.get(j))) {
                    findings.add(Finding.warning("schedule.overlap", at,
                            "Windows " + (i + 1) + " and " + (j + 1) + " overlap: the same people could be called twice at once.",
                            "Los horarios " + (i + 1) + " y " + (j + 1) + " se cruzan: las mismas personas podrían recibir dos llamadas a la vez."));
                }
            }
            callingHours(input, window, i, findings);
        }
    }

    private static void retries(Schedule window, String at, List<Finding> findings) {
        if (window.retries() < 0 || window.retries() > MAX_RETRIES) {
            findings.add(Finding.error("schedule.retries", at + ".retries",
                    window.retries() + " retries: use 0 to " + MAX_RETRIES + ".",
                    window.retries() + " reintentos: use de 0 a " + MAX_RETRIES + "."));
        }
        List<String> unknown = window.retryOn().stream()
                .filter(condition -> RetryCondition.fromKey(condition).isEmpty()).collect(Collectors.toList());
        if (!unknown.isEmpty()) {
            String allowed = Arrays.stream(RetryCondition.values()).map(RetryCondition::key).collect(Collectors.joining(", "));
            findings.add(Finding.error("schedule.retryOn", at + ".retryOn",
                    "Unknown retry condition " + unknown + ". Allowed: " + allowed + ".",
                    "Condición de reintento desconocida " + unknown + ". Permitidas: " + allowed + "."));
        }
        if (window.retryAfterMinutes().stream().anyMatch(minutes -> minutes <= 0)) {
            findings.add(Finding.error("schedule.retryAfter", at + ".retryAfterMinutes",
                    "Minutes before a retry must be positive: " + window.retryAfterMinutes() + ".",
                    "Los minutos antes de un reintento deben ser positivos: " + window.retryAfterMinutes() + "."));
        }
    }

    private void callingHours(CampaignInput input, Schedule window, int index, List<Finding> findings) {
        CallingHours hours = callingHours.get();
        Set<String> outside = new LinkedHashSet<>();
        ZoneId draftZone = input.zone();
        for (String region : regions(input.contacts())) {
            for (ZoneId zone : CallingHours.zonesOf(region, draftZone)) {
                ZonedDateTime start = window.start().atZone(draftZone).withZoneSameInstant(zone);
                ZonedDateTime end = window.end().atZone(draftZone).withZoneSameInstant(zone);
                boolean spansDays = !start.toLocalDate().equals(end.toLocalDate());
                if (spansDays || !hours.allows(start.toLocalTime()) || !hours.allows(end.toLocalTime())) {
                    outside.add(region + " " + start.toLocalTime() + "–" + end.toLocalTime() + " (" + zone.getId() + ")");
                }
            }
        }
        if (!outside.isEmpty()) {
            String where = String.join("; ", outside);
            findings.add(Finding.warning("schedule.hours", "schedules[" + index + "]",
                    "Window " + (index + 1) + " calls outside " + hours.from() + "–" + hours.to()
                            + " in the recipients' local time: " + where + ".",
                    "El horario " + (index + 1) + " llama fuera de " + hours.from() + "–" + hours.to()
                            + " en la hora local de los destinatarios: " + where + "."));
        }
    }

    private static Set<String> regions(ContactTable contacts) {
        Set<String> regions = new LinkedHashSet<>();
        for (int i = 0; i < contacts.size(); i++) {
            regions.add(contacts.region(i));
        }
        return regions;
    }
}
