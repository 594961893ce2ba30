package app.vocero.provider.meetzy;

import app.vocero.domain.campaign.Draft;
import app.vocero.domain.campaign.Finding;
import app.vocero.domain.campaign.Schedule;
import app.vocero.provider.CampaignInput;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Meetzy's own pre-flight, beyond the common checks (past or overlapping windows, zero contacts, calling hours,
 * template tags), each finding in English and Spanish.
 *
 * <p><b>Calling windows.</b> A Meetzy campaign has one launch time ({@code launch_at}) and no end; later attempts
 * are its {@code recall} delays. A second window is an error rather than a second campaign: a second campaign
 * would have the agent call again, from the start of the conversation, every contact of the first one, including
 * those who already talked to it. A supervisor who wants that makes one draft per window.
 */
public final class MeetzyRules {

    /** A playbook id as Meetzy shows it: a UUID, 8-4-4-4-12 hexadecimal digits. */
    static final Pattern UUID = Pattern.compile(
            "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

    private MeetzyRules() {
    }

    public static List<Finding> check(CampaignInput input) {
        List<Finding> findings = new ArrayList<>();
        Draft draft = input.draft();
        playbook(input, findings);
        if (draft.message() != null) {
            findings.add(Finding.warning("meetzy.message", "message",
                    "Meetzy ignores the message: the agent says what the playbook says. Edit the playbook in Meetzy, "
                            + "or remove the message from the draft.",
                    "Meetzy no usa el mensaje: el agente dice lo que indica el playbook. Edite el playbook en Meetzy "
                            + "o quite el mensaje del borrador."));
        }
        customColumns(input, findings);
        List<Schedule> schedules = draft.schedules();
        if (schedules.isEmpty()) {
            findings.add(Finding.info("meetzy.immediate", "schedules",
                    "No calling window: Meetzy starts calling as soon as the campaign is sent.",
                    "Sin horario de llamada: Meetzy empieza a llamar apenas se envíe la campaña."));
            return findings;
        }
        if (schedules.size() > 1) {
            findings.add(Finding.error("meetzy.schedules", "schedules[1]",
                    "Meetzy launches a campaign once, at one time: keep one calling window (" + schedules.size()
                            + " now) and use retryAfterMinutes for later attempts, or make one draft per window "
                            + "(each one calls every contact again).",
                    "Meetzy lanza la campaña una sola vez, a una hora: deje un solo horario (hay " + schedules.size()
                            + ") y use retryAfterMinutes para reintentar más tarde, o haga un borrador por horario "
                            + "(cada uno vuelve a llamar a todos los contactos)."));
        }
        Schedule first = schedules.get(0);
        if (first.start() != null) {
            findings.add(Finding.info("meetzy.launch_at", "schedules[0].start",
                    "Meetzy receives the launch time " + MeetzyPayloads.launchAt(first.start())
                            + " without a time zone: check that the Meetzy account uses the draft's zone ("
                            + input.zone() + ").",
                    "Meetzy recibe la hora de inicio " + MeetzyPayloads.launchAt(first.start())
                            + " sin zona horaria: verifique que la cuenta de Meetzy use la zona del borrador ("
                            + input.zone() + ")."));
        }
        recall(first, findings);
        if (!first.retryOn().isEmpty()) {
            findings.add(Finding.warning("meetzy.retry_on", "schedules[0].retryOn",
                    "Meetzy does not let you choose which call results are retried (" + String.join(", ", first.retryOn())
                            + "): it decides itself, for example when nobody answers. Remove retryOn.",
                    "Meetzy no permite elegir qué resultados se reintentan (" + String.join(", ", first.retryOn())
                            + "): lo decide Meetzy, por ejemplo cuando no contestan. Quite retryOn."));
        }
        return findings;
    }

    private static void playbook(CampaignInput input, List<Finding> findings) {
        String playbook = input.optionText("playbook_id");
        if (playbook == null || playbook.isBlank()) {
            findings.add(Finding.error("meetzy.playbook", "options.playbook_id",
                    "Meetzy needs the playbook the agent follows: copy its id from Meetzy into options.playbook_id "
                            + "(like 550e8400-e29b-41d4-a716-446655440000).",
                    "Meetzy necesita el playbook que sigue el agente: copie su id desde Meetzy en options.playbook_id "
                            + "(como 550e8400-e29b-41d4-a716-446655440000)."));
        } else if (!UUID.matcher(playbook.trim()).matches() || !(input.draft().option("playbook_id") instanceof String)) {
            findings.add(Finding.error("meetzy.playbook", "options.playbook_id",
                    "The playbook id \"" + playbook + "\" is not a UUID: copy it again from Meetzy, as text in quotes "
                            + "(like 550e8400-e29b-41d4-a716-446655440000).",
                    "El id de playbook \"" + playbook + "\" no es un UUID: cópielo de nuevo desde Meetzy, como texto "
                            + "entre comillas (como 550e8400-e29b-41d4-a716-446655440000)."));
        }
    }

    private static void customColumns(CampaignInput input, List<Finding> findings) {
        for (String name : MeetzyPayloads.shadowedCustomColumns(input.contacts())) {
            findings.add(Finding.warning("meetzy.custom_fields", "contacts",
                    "The column \"" + name + "\" is not sent: custom_fields already has \"" + name
                            + "\" from a contact field. Rename the column in the file.",
                    "La columna \"" + name + "\" no se envía: custom_fields ya tiene \"" + name
                            + "\" de un campo del contacto. Cambie el nombre de la columna en el archivo."));
        }
    }

    private static void recall(Schedule schedule, List<Finding> findings) {
        List<Integer> after = schedule.retryAfterMinutes();
        String field = "schedules[0].retryAfterMinutes";
        for (int i = 0; i < after.size(); i++) {
            int minutes = after.get(i);
            if (minutes <= 0 || (i > 0 && minutes <= after.get(i - 1))) {
                findings.add(Finding.error("meetzy.recall", field,
                        "Meetzy calls again at each delay counted from the first call, so retryAfterMinutes must be "
                                + "positive and growing, like [30, 120]: " + after + " is not.",
                        "Meetzy vuelve a llamar a cada demora contada desde la primera llamada, así que "
                                + "retryAfterMinutes debe ser positivo y creciente, como [30, 120]: " + after + " no lo es."));
                return;
            }
        }
        int retries = Math.max(schedule.retries(), 0);
        if (after.size() > retries) {
            findings.add(Finding.warning("meetzy.recall.extra", field,
                    "retries is " + retries + " but retryAfterMinutes has " + after.size() + " delays: only "
                            + MeetzyPayloads.recallText(MeetzyPayloads.recall(schedule))
                            + " is sent. Raise retries or remove the extra delays.",
                    "retries es " + retries + " pero retryAfterMinutes tiene " + after.size() + " demoras: solo se envía "
                            + MeetzyPayloads.recallText(MeetzyPayloads.recall(schedule))
                            + ". Suba retries o quite las demoras de más."));
        } else if (after.size() < retries) {
            findings.add(Finding.warning("meetzy.recall.missing", field,
                    "retries is " + retries + " but Meetzy calls again only once per delay in retryAfterMinutes ("
                            + after.size() + "): add the missing delays in minutes, like [30, 120].",
                    "retries es " + retries + " pero Meetzy vuelve a llamar solo una vez por cada demora de "
                            + "retryAfterMinutes (" + after.size() + "): agregue las demoras que faltan en minutos, "
                            + "como [30, 120]."));
        }
        List<Integer> sent = MeetzyPayloads.recall(schedule);
        if (!sent.isEmpty() && schedule.start() != null && schedule.end() != null) {
            LocalDateTime last = schedule.start().plusMinutes(sent.get(sent.size() - 1));
            if (last.isAfter(schedule.end())) {
                String at = MeetzyPayloads.launchAt(last);
                String end = MeetzyPayloads.launchAt(schedule.end());
                findings.add(Finding.warning("meetzy.recall.after_end", field,
                        "The last recall comes at " + at + " or later, after the window ends (" + end + "): Meetzy does not "
                                + "stop at the end of the window. Shorten the delays or end the window later.",
                        "La última rellamada será a las " + at + " o más tarde, después del fin del horario (" + end
                                + "): Meetzy no se detiene al final del horario. Acorte las demoras o amplíe el horario."));
            }
        }
    }
}
