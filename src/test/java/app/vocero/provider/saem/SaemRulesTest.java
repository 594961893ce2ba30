package app.vocero.provider.saem;

import static app.vocero.provider.saem.SaemTestDrafts.custom;
import static app.vocero.provider.saem.SaemTestDrafts.debtors;
import static app.vocero.provider.saem.SaemTestDrafts.input;
import static app.vocero.provider.saem.SaemTestDrafts.standard;
import static org.assertj.core.api.Assertions.assertThat;

import app.vocero.domain.ContactField;
import app.vocero.domain.ContactTable;
import app.vocero.domain.PhoneCheck;
import app.vocero.domain.campaign.Draft;
import app.vocero.domain.campaign.Finding;
import app.vocero.domain.campaign.Severity;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Set;
import org.assertj.core.api.AbstractObjectAssert;
import org.junit.jupiter.api.Test;

/** One test per Saem pre-flight finding: code, severity, field, and the key facts in both languages. */
class SaemRulesTest {

    private final SaemRules rules = new SaemRules();

    private List<Finding> check(Draft draft, ContactTable contacts) {
        return rules.check(input(draft, contacts));
    }

    private List<Finding> check(Draft draft) {
        return check(draft, debtors());
    }

    private static AbstractObjectAssert<?, Finding> finding(List<Finding> findings, String code, Severity severity,
                                                            String field, List<String> english, List<String> spanish) {
        assertThat(findings).as("findings").extracting(Finding::code).contains(code);
        Finding finding = findings.stream().filter(f -> f.code().equals(code)).findFirst().orElseThrow();
        assertThat(finding.severity()).as(code).isEqualTo(severity);
        assertThat(finding.field()).as(code).isEqualTo(field);
        assertThat(finding.english()).as(code + " in English").contains(english);
        assertThat(finding.spanish()).as(code + " in Spanish").contains(spanish);
        return assertThat(finding);
    }

    @Test
    void goodDraftsHaveNoFindings() {
        assertThat(check(custom(SaemTestDrafts::none))).isEmpty();
        assertThat(check(standard(root -> ((ArrayNode) root.get("schedules")).remove(1)))).isEmpty();
    }

    @Test
    void moreThan500000ContactsIsCallb022() {
        finding(check(custom(SaemTestDrafts::none), SaemTestDrafts.copies(500_001)), "CALLB_022", Severity.ERROR,
                "contacts", List.of("500,001", "500,000", "Split the list"), List.of("500.001", "500.000", "Divida la lista"));
    }

    @Test
    void from200001To500000ContactsGoAsParquet() {
        assertThat(check(custom(SaemTestDrafts::none), SaemTestDrafts.copies(200_000))).isEmpty();
        List<Finding> findings = check(custom(SaemTestDrafts::none), SaemTestDrafts.copies(500_000));
        finding(findings, "saem.parquet", Severity.INFO, "contacts",
                List.of("500,000", "200,000", "Parquet", "/send/massive/parquet"), List.of("500.000", "200.000", "Parquet"));
        assertThat(findings).noneMatch(Finding::isError);
    }

    @Test
    void severalWindowsBecomeSeveralCampaigns() {
        finding(check(standard(SaemTestDrafts::none)), "saem.campaigns", Severity.INFO, "schedules",
                List.of("2 campaigns will be created"), List.of("se crearán 2 campañas"));
    }

    @Test
    void moreThanFiveWindowsIsAnError() {
        Draft draft = standard(root -> {
            ArrayNode schedules = (ArrayNode) root.get("schedules");
            for (int day = 3; day <= 6; day++) {
                schedules.addObject().put("start", "2026-12-0" + day + "T08:00").put("end", "2026-12-0" + day + "T10:00");
            }
        });
        finding(check(draft), "saem.schedules", Severity.ERROR, "schedules",
                List.of("6 calling windows", "at most 5"), List.of("6 horarios", "máximo 5"));
    }

    @Test
    void atLeastOneWindowIsNeeded() {
        finding(check(custom(root -> root.putArray("schedules"))), "saem.schedules.missing", Severity.ERROR,
                "schedules", List.of("at least one calling window"), List.of("al menos un horario"));
    }

    @Test
    void retriesGoFrom0To5() {
        List<Finding> findings = check(custom(root -> ((ObjectNode) root.get("schedules").get(0)).put("retries", 6)));
        finding(findings, "saem.reviews", Severity.ERROR, "schedules[0].retries",
                List.of("6 retries", "0 to 5"), List.of("6 reintentos", "de 0 a 5"));
        assertThat(check(custom(root -> ((ObjectNode) root.get("schedules").get(0)).put("retries", 5))))
                .extracting(Finding::code).doesNotContain("saem.reviews");
    }

    @Test
    void retryConditionsAreSaems() {
        Draft draft = custom(root -> ((ObjectNode) root.get("schedules").get(0)).putArray("retryOn")
                .add("nocontesta").add("ocupado"));
        finding(check(draft), "saem.configReview", Severity.ERROR, "schedules[0].retryOn",
                List.of("\"ocupado\"", "buzon, colgo, congestion, fallo, maquina, mcolgo, msatisfactorio, nocontesta, satisfactorio"),
                List.of("\"ocupado\"", "Use solo: buzon"));
    }

    @Test
    void retriesWithoutConditionsAreWorthALook() {
        Draft draft = custom(root -> ((ObjectNode) root.get("schedules").get(0)).putArray("retryOn"));
        finding(check(draft), "saem.configReview.empty", Severity.WARNING, "schedules[0].retryOn",
                List.of("2 retries", "no retry conditions"), List.of("2 reintentos", "ninguna condición"));
    }

    @Test
    void aTimeZoneThatIsNotOneIsAnError() {
        finding(check(custom(root -> root.put("timezone", "Hora de Bogotá"))), "saem.gmt", Severity.ERROR, "timezone",
                List.of("\"Hora de Bogotá\"", "-05:00", "America/Bogota"), List.of("\"Hora de Bogotá\"", "-05:00", "America/Bogota"));
    }

    @Test
    void aZoneWithDaylightSavingIsSaidOnce() {
        finding(check(custom(root -> root.put("timezone", "America/Santiago"))), "saem.gmt.dst", Severity.INFO,
                "timezone", List.of("America/Santiago", "daylight saving", "gmt -03:00"),
                List.of("America/Santiago", "horario de verano", "gmt -03:00"));
        assertThat(check(custom(root -> root.put("timezone", "America/Bogota")))).isEmpty();
        assertThat(check(custom(root -> root.put("timezone", "-05:00")))).isEmpty();
    }

    @Test
    void standardNeedsAnAudioIdNotAFileUrl() {
        finding(check(standard(root -> ((ObjectNode) root.get("message")).remove("audioId"))), "saem.audioId",
                Severity.ERROR, "message.audioId", List.of("needs an audioId", "Resources"), List.of("necesita un audioId", "Recursos"));
        Draft routeeStyle = standard(root -> ((ObjectNode) root.get("message")).put("fileUrl", "https://x.co/a.wav")
                .remove("audioId"));
        finding(check(routeeStyle), "saem.audioId", Severity.ERROR, "message.audioId",
                List.of("fileUrl is Routee's", "audioId"), List.of("fileUrl es de Routee", "audioId"));
        Draft both = standard(root -> ((ObjectNode) root.get("message")).put("fileUrl", "https://x.co/a.wav"));
        finding(check(both), "saem.fileUrl", Severity.WARNING, "message.fileUrl", List.of("Routee", "ignores"),
                List.of("Routee", "ignora"));
    }

    @Test
    void textToSpeechNeedsJuanOrMaria() {
        finding(check(custom(root -> ((ObjectNode) root.get("message")).put("voice", "Pedro"))), "saem.voice",
                Severity.ERROR, "message.voice", List.of("\"Pedro\"", "Juan or Maria"), List.of("\"Pedro\"", "Juan o Maria"));
        finding(check(custom(root -> ((ObjectNode) root.get("message")).remove("voice"))), "saem.voice",
                Severity.ERROR, "message.voice", List.of("No voice", "Juan or Maria"), List.of("No se eligió", "Juan o Maria"));
        for (String voice : List.of("María", "MARIA", " juan ", "Maria")) {
            assertThat(check(custom(root -> ((ObjectNode) root.get("message")).put("voice", voice)))).as(voice).isEmpty();
        }
    }

    private static Draft generating(String name) {
        return standard(root -> {
            ((ObjectNode) root.get("message")).remove("audioId");
            ((ObjectNode) root.get("options")).putObject("generateAudio").put("text", "Hola").put("voice", "Maria")
                    .put("resource_name", name);
        });
    }

    @Test
    void generatedAudioNeedsAPlainResourceName() {
        finding(check(generating("saludo.wav")), "CALLB_AUD_001", Severity.ERROR, "options.generateAudio.resource_name",
                List.of("without .wav", "\"saludo\""), List.of("sin .wav", "\"saludo\""));
        finding(check(generating("cobro de diciembre")), "CALLB_AUD_001", Severity.ERROR,
                "options.generateAudio.resource_name", List.of("\"cobro de diciembre\"", "without spaces"),
                List.of("\"cobro de diciembre\"", "sin espacios"));
        finding(check(generating("cobro_diciembre-2026")), "saem.generateAudio", Severity.INFO, "options.generateAudio",
                List.of("/audio/generate", "cobro_diciembre-2026", "CALLB_AUD_002"), List.of("/audio/generate", "CALLB_AUD_002"));
        assertThat(check(generating("cobro_diciembre-2026"))).noneMatch(Finding::isError);
    }

    @Test
    void generatedAudioIsForRecordedAudioCampaignsOnly() {
        Draft draft = custom(root -> ((ObjectNode) root.get("options")).putObject("generateAudio").put("text", "Hola")
                .put("voice", "Juan").put("resource_name", "hola"));
        finding(check(draft), "saem.generateAudio", Severity.ERROR, "options.generateAudio",
                List.of("text-to-speech", "Remove options.generateAudio"), List.of("texto a voz", "Quite options.generateAudio"));
        Draft both = standard(root -> ((ObjectNode) root.get("options")).putObject("generateAudio").put("text", "Hola")
                .put("voice", "Juan").put("resource_name", "hola"));
        finding(check(both), "saem.audioId", Severity.ERROR, "message.audioId", List.of("only one"), List.of("solo uno"));
        Draft noText = standard(root -> {
            ((ObjectNode) root.get("message")).remove("audioId");
            ((ObjectNode) root.get("options")).putObject("generateAudio").put("voice", "Lupe").put("resource_name", "hola");
        });
        List<Finding> findings = check(noText);
        finding(findings, "saem.generateAudio", Severity.ERROR, "options.generateAudio.text", List.of("no text"), List.of("no tiene texto"));
        finding(findings, "saem.voice", Severity.ERROR, "options.generateAudio.voice", List.of("\"Lupe\""), List.of("\"Lupe\""));
    }

    @Test
    void oneCountryCallingCodePerCampaign() {
        ContactTable.Builder builder = ContactTable.builder(Set.of(ContactField.PHONE), List.of());
        for (int i = 0; i < 3; i++) {
            builder.add(i + 2, SaemTestDrafts.co("300123456" + i), new String[] {""}, new String[0]);
        }
        builder.add(9, PhoneCheck.valid("+525512345678", "5512345678", "MX", "Telcel"), new String[] {""}, new String[0]);
        finding(check(custom(SaemTestDrafts::none), builder.build()), "saem.prefix", Severity.ERROR, "contacts",
                List.of("CO +57: 3", "MX +52: 1", "one prefix per campaign", "Split the list by country"),
                List.of("CO +57: 3", "MX +52: 1", "un solo prefijo", "Divida la lista por país"));
    }

    @Test
    void mailboxIsTrueOrFalse() {
        finding(check(custom(root -> ((ObjectNode) root.get("options")).put("mailbox", "si"))), "saem.mailbox",
                Severity.ERROR, "options.mailbox", List.of("\"si\"", "true", "false"), List.of("\"si\"", "true", "false", "buzón"));
    }

    @Test
    void aCampaignNeedsAName() {
        finding(check(custom(root -> root.put("name", " "))), "saem.nameCampaign", Severity.ERROR, "name",
                List.of("nameCampaign"), List.of("nameCampaign"));
    }
}
