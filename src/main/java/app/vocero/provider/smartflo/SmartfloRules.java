package app.vocero.provider.smartflo;

import static app.vocero.provider.smartflo.SmartfloPayloads.integer;

import app.vocero.domain.campaign.Finding;
import app.vocero.domain.campaign.Message;
import app.vocero.domain.campaign.Schedule;
import app.vocero.provider.CampaignInput;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Smartflo's own pre-flight rules for a broadcast (common checks are done elsewhere). Codes are
 * {@code smartflo.*}. The windows must make one broadcast ({@link SmartfloWindows}); retries, their waits and
 * their conditions come from the first window and must be the same in all.
 */
public final class SmartfloRules {

    public static final int MIN_TIMEOUT_SECONDS = 40;
    public static final int MAX_RETRIES = 5;
    /** A caller id: the digits of a Smartflo DID, with an optional {@code +}. */
    public static final Pattern CALLER_ID = Pattern.compile("\\+?\\d{6,15}");

    private SmartfloRules() {
    }

    public static List<Finding> check(CampaignInput input) {
        List<Finding> findings = new ArrayList<>();
        message(input, findings);
        options(input, findings);
        schedules(input, findings);
        if (!input.draft().schedules().isEmpty()) {
            String zone = input.draft().timezone() == null ? input.zone().getId() : input.draft().timezone();
            findings.add(Finding.info("smartflo.timezone", "timezone",
                    "Smartflo reads the start and end times in the time zone of the Smartflo account: check that the account uses " + zone + ", or calls will go out at other hours.",
                    "Smartflo lee las horas de inicio y fin en la zona horaria de la cuenta Smartflo: verifique que la cuenta use " + zone + ", o las llamadas saldrán a otras horas."));
        }
        return findings;
    }

    private static void message(CampaignInput input, List<Finding> findings) {
        Message message = input.draft().message();
        if (message == null) {
            return;
        }
        boolean tags = input.template().map(t -> t.isPersonalized()).orElse(false);
        String english = "A Smartflo broadcast plays the IVR of \"destination\"; it ignores the draft's message"
                + (tags ? ", and its per-contact tags cannot be read to anyone" : "") + ". Record the message in the IVR, or remove it from the draft.";
        String spanish = "Una difusión de Smartflo reproduce el IVR de \"destination\"; ignora el mensaje del borrador"
                + (tags ? ", y sus etiquetas por contacto no se le leerán a nadie" : "") + ". Grabe el mensaje en el IVR, o quítelo del borrador.";
        findings.add(Finding.warning("smartflo.message", "message", english, spanish));
    }

    private static void options(CampaignInput input, List<Finding> findings) {
        String destination = SmartfloPayloads.text(input, SmartfloPayloads.OPT_DESTINATION);
        if (SmartfloPayloads.destination(destination).isEmpty()) {
            String was = destination == null ? "" : " (\"" + destination + "\")";
            findings.add(Finding.error("smartflo.destination", "options.destination",
                    "Smartflo needs the IVR the calls land on, as \"ivr||<IVR id>\" (for example \"ivr||27845\")" + was + ". Copy the IVR id from the Smartflo portal.",
                    "Smartflo necesita el IVR al que llegan las llamadas, como \"ivr||<id del IVR>\" (por ejemplo \"ivr||27845\")" + was + ". Copie el id del IVR desde el portal de Smartflo."));
        }
        Object timeout = input.draft().option(SmartfloPayloads.OPT_TIMEOUT);
        if (timeout != null && integer(timeout).filter(seconds -> seconds >= MIN_TIMEOUT_SECONDS).isEmpty()) {
            findings.add(Finding.error("smartflo.timeout", "options.timeout",
                    "The ring time \"timeout\" is " + timeout + "; Smartflo needs at least " + MIN_TIMEOUT_SECONDS + " seconds (a whole number). Set it to " + MIN_TIMEOUT_SECONDS + " or more.",
                    "El tiempo de timbre \"timeout\" es " + timeout + "; Smartflo exige mínimo " + MIN_TIMEOUT_SECONDS + " segundos (número entero). Póngalo en " + MIN_TIMEOUT_SECONDS + " o más."));
        }
        Object limit = input.draft().option(SmartfloPayloads.OPT_CONCURRENT_LIMIT);
        if (integer(limit).filter(channels -> channels > 0).isEmpty()) {
            String was = limit == null ? "missing" : "\"" + limit + "\"";
            String era = limit == null ? "falta" : "es \"" + limit + "\"";
            findings.add(Finding.error("smartflo.concurrent_limit", "options.concurrent_limit",
                    "\"concurrent_limit\" (channels used at once) is " + was + ": set a whole number from 1 up to the channels of your Smartflo account.",
                    "\"concurrent_limit\" (canales simultáneos) " + era + ": indique un número entero desde 1 hasta los canales de su cuenta Smartflo."));
        }
        String callerId = SmartfloPayloads.text(input, SmartfloPayloads.OPT_CALLER_ID);
        if (callerId == null || !CALLER_ID.matcher(callerId).matches()) {
            String was = callerId == null ? "" : " (\"" + callerId + "\" is not one)";
            String era = callerId == null ? "" : " (\"" + callerId + "\" no lo es)";
            findings.add(Finding.error("smartflo.caller_id_number", "options.caller_id_number",
                    "Smartflo needs \"caller_id_number\", the number the called person sees" + was + ": write one of your Smartflo numbers, digits only.",
                    "Smartflo necesita \"caller_id_number\", el número que ve la persona llamada" + era + ": escriba uno de sus números de Smartflo, solo dígitos."));
        }
        Object timeGroup = input.draft().option(SmartfloPayloads.OPT_TIME_GROUP);
        if (timeGroup != null && (timeGroup instanceof java.util.Map || timeGroup instanceof List
                || timeGroup.toString().isBlank())) {
            findings.add(Finding.error("smartflo.time_group", "options.time_group",
                    "\"time_group\" must be the id of an existing Smartflo time group, or be left out so Vocero creates one from the calling windows.",
                    "\"time_group\" debe ser el id de un grupo horario que ya existe en Smartflo, o quitarse para que Vocero cree uno con los horarios de llamada."));
        } else if (timeGroup != null) {
            findings.add(Finding.info("smartflo.time_group", "options.time_group",
                    "Smartflo time group " + timeGroup + " decides the hours and weekdays; the draft's windows only set the first and last day.",
                    "El grupo horario " + timeGroup + " de Smartflo decide las horas y los días; los horarios del borrador solo fijan el primer y el último día."));
        }
        for (String key : List.of(SmartfloPayloads.OPT_DIALSTATUS, SmartfloPayloads.OPT_RETRY_DIALSTATUS)) {
            Object value = input.draft().option(key);
            if (value != null && SmartfloPayloads.codes(value).isEmpty()) {
                findings.add(Finding.error("smartflo.dialstatus", "options." + key,
                        "\"" + key + "\" must be a list of dial status codes from 1 to 5, e.g. [1, 3]; it is " + value + ".",
                        "\"" + key + "\" debe ser una lista de códigos de estado de 1 a 5, por ejemplo [1, 3]; es " + value + "."));
            }
        }
    }

    private static void schedules(CampaignInput input, List<Finding> findings) {
        List<Schedule> schedules = input.draft().schedules();
        if (schedules.isEmpty()) {
            findings.add(Finding.error("smartflo.schedule", "schedules",
                    "A Smartflo broadcast needs a calling window (start and end). Add one.",
                    "Una difusión de Smartflo necesita un horario de llamada (inicio y fin). Agregue uno."));
            return;
        }
        boolean windowsOk = true;
        for (int i = 0; i < schedules.size(); i++) {
            Schedule schedule = schedules.get(i);
            if (schedule.start() != null && schedule.end() != null && !schedule.start().isBefore(schedule.end())) {
                windowsOk = false;
                findings.add(Finding.error("smartflo.window", "schedules[" + i + "].end",
                        "Window " + (i + 1) + " ends (" + show(schedule.end()) + ") before it starts (" + show(schedule.start()) + "). Set an end after the start.",
                        "El horario " + (i + 1) + " termina (" + show(schedule.end()) + ") antes de empezar (" + show(schedule.start()) + "). Ponga un fin posterior al inicio."));
            } else if (schedule.start() != null && schedule.end() != null && !SmartfloWindows.withinOneDay(schedule)) {
                windowsOk = false;
                findings.add(Finding.error("smartflo.schedules", "schedules[" + i + "]",
                        "Window " + (i + 1) + " runs past midnight; a Smartflo time group has daily hours. Split it into one window per day.",
                        "El horario " + (i + 1) + " pasa de la medianoche; un grupo horario de Smartflo tiene horas por día. Divídalo en un horario por día."));
            }
        }
        if (windowsOk && schedules.stream().allMatch(s -> s.start() != null && s.end() != null)
                && SmartfloWindows.of(schedules).isEmpty()) {
            findings.add(Finding.error("smartflo.schedules", "schedules",
                    "These " + schedules.size() + " windows cannot be one Smartflo broadcast: it calls the same hours on every chosen weekday between its first and last day. Use the same hours on consecutive days (or the same weekdays), or make one draft per window.",
                    "Estos " + schedules.size() + " horarios no caben en una sola difusión de Smartflo: llama en las mismas horas cada día de la semana elegido entre su primer y último día. Use las mismas horas en días seguidos (o los mismos días de la semana), o haga un borrador por horario."));
        }
        Schedule first = schedules.get(0);
        for (int i = 1; i < schedules.size(); i++) {
            Schedule other = schedules.get(i);
            if (other.retries() != first.retries() || !other.retryOn().equals(first.retryOn())
                    || !Objects.equals(other.retryAfterMinutes(), first.retryAfterMinutes())) {
                findings.add(Finding.error("smartflo.schedule_retries", "schedules[" + i + "]",
                        "Window " + (i + 1) + " has other retry settings than window 1; one Smartflo broadcast has one setting. Use the same retries in every window, or one draft per window.",
                        "El horario " + (i + 1) + " tiene otros reintentos que el horario 1; una difusión de Smartflo tiene una sola configuración. Use los mismos reintentos en todos los horarios, o un borrador por horario."));
            }
        }
        retries(first, input, findings);
    }

    private static void retries(Schedule first, CampaignInput input, List<Finding> findings) {
        if (first.retries() < 0 || first.retries() > MAX_RETRIES) {
            findings.add(Finding.error("smartflo.retries", "schedules[0].retries",
                    first.retries() + " retries: Smartflo allows 0 to " + MAX_RETRIES + ". Choose a number in that range.",
                    first.retries() + " reintentos: Smartflo permite de 0 a " + MAX_RETRIES + ". Elija un número en ese rango."));
        }
        if (first.retries() > 0 && first.retryAfterMinutes().isEmpty()) {
            findings.add(Finding.error("smartflo.retry_after", "schedules[0].retryAfterMinutes",
                    "Smartflo needs the minutes to wait before retrying (\"retryAfterMinutes\", e.g. [30]). Add them.",
                    "Smartflo necesita los minutos de espera antes de reintentar (\"retryAfterMinutes\", por ejemplo [30]). Agréguelos."));
        } else if (first.retryAfterMinutes().stream().anyMatch(minutes -> minutes == null || minutes <= 0)) {
            findings.add(Finding.error("smartflo.retry_after", "schedules[0].retryAfterMinutes",
                    "The waits before retrying must be whole minutes greater than 0, not " + first.retryAfterMinutes() + ".",
                    "Las esperas antes de reintentar deben ser minutos enteros mayores que 0, no " + first.retryAfterMinutes() + "."));
        }
        List<String> unmapped = first.retryOn().stream()
                .filter(condition -> SmartfloDialStatus.codesFor(condition).isEmpty()).toList();
        if (!unmapped.isEmpty()) {
            findings.add(Finding.warning("smartflo.retry_on", "schedules[0].retryOn",
                    "Smartflo has no dial status for " + String.join(", ", unmapped) + ": those calls will not be retried. Retry on no answer, congestion or failed instead.",
                    "Smartflo no tiene estado de marcación para " + String.join(", ", unmapped) + ": esas llamadas no se reintentarán. Reintente mejor por no contesta, congestión o falló."));
        }
        boolean own = input.draft().option(SmartfloPayloads.OPT_RETRY_DIALSTATUS) != null;
        if (first.retries() > 0 && !own) {
            List<Integer> codes = SmartfloPayloads.retryDialStatus(input);
            findings.add(Finding.info("smartflo.retry_dialstatus", "schedules[0].retryOn",
                    "Smartflo will retry dial statuses " + SmartfloDialStatus.describe(codes, "en") + ". Smartflo does not document these codes: confirm them in the portal, or set \"retry_dialstatus\" in the options.",
                    "Smartflo reintentará los estados " + SmartfloDialStatus.describe(codes, "es") + ". Smartflo no documenta estos códigos: confírmelos en el portal, o indique \"retry_dialstatus\" en las opciones."));
        }
    }

    private static String show(java.time.LocalDateTime time) {
        return Optional.ofNullable(time).map(SmartfloWindows.DATE_TIME::format).orElse("?");
    }
}
