package app.vocero.provider.routee;

import static app.vocero.provider.routee.RouteeInputs.FROM;
import static app.vocero.provider.routee.RouteeInputs.WAV;
import static app.vocero.provider.routee.RouteeInputs.contacts;
import static app.vocero.provider.routee.RouteeInputs.draft;
import static app.vocero.provider.routee.RouteeInputs.input;
import static org.assertj.core.api.Assertions.assertThat;

import app.vocero.domain.campaign.Finding;
import app.vocero.domain.campaign.Severity;
import java.util.List;
import org.junit.jupiter.api.Test;

/** One test per Routee finding: code, severity, field, and the key facts in both languages. */
class RouteeRulesTest {

    private static final String WINDOW = "[{\"start\": \"2025-03-01T10:00\", \"end\": \"2025-03-01T12:00\"}]";

    private static String tts(String template, String gender, String language) {
        return "{\"type\": \"tts\", \"template\": \"" + template + "\", \"gender\": \"" + gender + "\", \"language\": \""
                + language + "\"}";
    }

    private static List<Finding> check(String name, String message, String options, String schedules, int contacts) {
        return RouteeRules.check(input(draft(name, message, options, schedules), contacts(contacts)));
    }

    private static List<Finding> check(String message, String options) {
        return check("Aviso corte", message, options, WINDOW, 2);
    }

    private static Finding only(List<Finding> findings, String code) {
        List<Finding> matching = findings.stream().filter(f -> f.code().equals(code)).toList();
        assertThat(matching).as("findings " + code + " in " + findings).hasSize(1);
        return matching.get(0);
    }

    private static void assertFinding(Finding finding, Severity severity, String field, String... facts) {
        assertThat(finding.severity()).isEqualTo(severity);
        assertThat(finding.field()).isEqualTo(field);
        assertThat(finding.english()).contains(facts);
        assertThat(finding.spanish()).contains(facts);
    }

    @Test
    void aCleanDraftOnlyShowsTheUtcStart() {
        List<Finding> findings = check(WAV, FROM);
        assertThat(findings).extracting(Finding::code).containsExactly("routee.scheduled_date");
        assertFinding(findings.get(0), Severity.INFO, "schedules[0].start", "2025-03-01T15:00:00Z",
                "2025-03-01T10:00", "America/Bogota", "UTC");
    }

    @Test
    void fromIsRequired() {
        Finding finding = only(check(WAV, "{}"), "routee.from");
        assertFinding(finding, Severity.ERROR, "options.from", "options.from", "573001234567");
    }

    @Test
    void fromIsNumericAndShort() {
        assertFinding(only(check(WAV, "{\"from\": \"Vocero\"}"), "routee.from"), Severity.ERROR, "options.from",
                "\"Vocero\"", "16");
        assertFinding(only(check(WAV, "{\"from\": \"+57300123456789012\"}"), "routee.from"), Severity.ERROR,
                "options.from", "+57300123456789012", "16");
        assertThat(check(WAV, "{\"from\": 573001234567}")).extracting(Finding::code).doesNotContain("routee.from");
    }

    @Test
    void nameOffersACleanedOne() {
        Finding finding = only(check("Cobranza año_2025 / Bogotá", WAV, FROM, WINDOW, 2), "routee.name");
        assertFinding(finding, Severity.ERROR, "name", "Cobranza año_2025 / Bogotá", "\"Cobranza ano 2025 Bogota\"", "30");
        assertThat(finding.spanish()).contains("sin tildes");
        assertThat(only(check("Recordatorio de pago del mes de marzo 2025", WAV, FROM, WINDOW, 2), "routee.name")
                .english()).contains("\"Recordatorio de pago del mes d\"");
        assertThat(only(check("A", WAV, FROM, WINDOW, 2), "routee.name").english()).contains("2 to 30");
    }

    @Test
    void aMessageIsRequired() {
        Finding finding = only(check("null", FROM), "routee.message");
        assertFinding(finding, Severity.ERROR, "message", ".wav", "https", "tts");
    }

    @Test
    void audioNeedsAFileUrl() {
        Finding finding = only(check("{\"type\": \"audio\", \"audioId\": \"123\"}", FROM), "routee.file_url");
        assertFinding(finding, Severity.ERROR, "message.fileUrl", "message.fileUrl", ".wav", "audioId");
    }

    @Test
    void audioMustBeHttpsWav() {
        Finding http = only(check("{\"type\": \"audio\", \"fileUrl\": \"http://cdn.example.com/a.wav\"}", FROM),
                "routee.file_url");
        assertFinding(http, Severity.ERROR, "message.fileUrl", "http://cdn.example.com/a.wav", "https", ".wav");
        Finding mp3 = only(check("{\"type\": \"audio\", \"fileUrl\": \"https://cdn.example.com/a.mp3\"}", FROM),
                "routee.file_url");
        assertFinding(mp3, Severity.ERROR, "message.fileUrl", "a.mp3");
        assertThat(check("{\"type\": \"audio\", \"fileUrl\": \"https://cdn.example.com/A.WAV?sig=1\"}", FROM))
                .extracting(Finding::code).doesNotContain("routee.file_url");
    }

    @Test
    void textIsRequired() {
        Finding finding = only(check(tts("  ", "female", "es-LA"), FROM), "routee.text");
        assertFinding(finding, Severity.ERROR, "message.template", "message.template");
    }

    @Test
    void tagsThatChangePerContactAreAnError() {
        Finding finding = only(check(tts("Hola {N}, su factura vence el {Vence}", "female", "es-LA"), FROM),
                "routee.template");
        assertFinding(finding, Severity.ERROR, "message.template", "{N} {Vence}");
        assertThat(finding.english()).contains("one same text to every number");
        assertThat(finding.spanish()).contains("un mismo texto a todos los números");
    }

    @Test
    void tagsTheSameForEveryoneAreFine() {
        assertThat(check(tts("Su factura vence el {Vence}", "female", "es-LA"), FROM)).extracting(Finding::code)
                .doesNotContain("routee.template");
    }

    @Test
    void textLengthIsCheckedOnTheLongestRendering() {
        String text = "a".repeat(995) + " {Vence}"; // 996 + "5 de marzo" (10) = 1006
        Finding finding = only(check(tts(text, "female", "es-LA"), FROM), "routee.text.length");
        assertFinding(finding, Severity.ERROR, "message.template", "1000", "1006", "2");
        assertThat(check(tts("a".repeat(1000), "female", "es-LA"), FROM)).extracting(Finding::code)
                .doesNotContain("routee.text.length");
        assertThat(only(check(tts("a".repeat(1001), "female", "es-LA"), FROM), "routee.text.length").english())
                .contains("1001");
    }

    @Test
    void genderIsMaleOrFemale() {
        Finding finding = only(check(tts("Hola", "mujer", "es-LA"), FROM), "routee.gender");
        assertFinding(finding, Severity.ERROR, "message.gender", "\"male\"", "\"female\"", "\"mujer\"");
        assertThat(check(tts("Hola", "MALE", "es-LA"), FROM)).extracting(Finding::code).doesNotContain("routee.gender");
    }

    @Test
    void languageIsOneOfRoutees() {
        Finding finding = only(check(tts("Hola", "male", "es-CO"), FROM), "routee.language");
        assertFinding(finding, Severity.ERROR, "message.language", "es-LA", "es-ES", "ru-RU", "\"es-CO\"");
        assertThat(RouteeRules.language("es_la")).contains("es-LA");
    }

    @Test
    void saemVoiceIsIgnored() {
        String message = "{\"type\": \"tts\", \"template\": \"Hola\", \"voice\": \"Maria\", \"gender\": \"female\","
                + " \"language\": \"es-LA\"}";
        Finding finding = only(check(message, FROM), "routee.voice");
        assertFinding(finding, Severity.WARNING, "message.voice", "message.voice", "Maria", "gender", "language");
    }

    @Test
    void optionsAreTyped() {
        Finding quiet = only(check(WAV, "{\"from\": \"573001234567\", \"respectQuietHours\": \"si\"}"), "routee.option");
        assertFinding(quiet, Severity.ERROR, "options.respectQuietHours", "\"si\"", "true", "false");
        Finding delay = only(check(WAV, "{\"from\": \"573001234567\", \"hangupDelay\": -5}"), "routee.option");
        assertFinding(delay, Severity.ERROR, "options.hangupDelay", "-5");
        assertThat(delay.spanish()).contains("segundos");
        Finding await = only(check(WAV, "{\"from\": \"573001234567\", \"collectDtmfDigits\": true,"
                + " \"collectDtmfAwaitSeconds\": 2.5}"), "routee.option");
        assertFinding(await, Severity.ERROR, "options.collectDtmfAwaitSeconds", "2.5");
    }

    @Test
    void dtmfPauseWithoutCollectingDigits() {
        Finding finding = only(check(WAV, "{\"from\": \"573001234567\", \"collectDtmfAwaitSeconds\": 5}"), "routee.dtmf");
        assertFinding(finding, Severity.WARNING, "options.collectDtmfAwaitSeconds", "collectDtmfDigits", "true");
    }

    @Test
    void callbacksHaveAStrategyAndAnHttpsUrl() {
        List<Finding> findings = check(WAV, "{\"from\": \"573001234567\", \"callback\": {\"strategy\": \"onchange\","
                + " \"url\": \"http://crm.example.com/hook\"}, \"campaignCallback\": \"https://crm.example.com\"}");
        List<Finding> callbacks = findings.stream().filter(f -> f.code().equals("routee.callback")).toList();
        assertThat(callbacks).extracting(Finding::field)
                .containsExactly("options.callback.strategy", "options.callback.url", "options.campaignCallback");
        assertFinding(callbacks.get(0), Severity.ERROR, "options.callback.strategy", "\"onchange\"", "OnChange",
                "OnCompletion");
        assertFinding(callbacks.get(1), Severity.ERROR, "options.callback.url", "http://crm.example.com/hook", "https");
        assertFinding(callbacks.get(2), Severity.ERROR, "options.campaignCallback", "strategy", "url");
    }

    @Test
    void noWindowRunsImmediately() {
        Finding finding = only(check("Aviso corte", WAV, FROM, "[]", 2), "routee.immediate");
        assertFinding(finding, Severity.INFO, "schedules", "Routee");
        assertThat(finding.spanish()).contains("apenas");
    }

    @Test
    void moreThanOneWindowIsAnError() {
        String two = "[{\"start\": \"2025-03-01T10:00\", \"end\": \"2025-03-01T12:00\"},"
                + " {\"start\": \"2025-03-02T10:00\", \"end\": \"2025-03-02T12:00\"}]";
        Finding finding = only(check("Aviso corte", WAV, FROM, two, 2), "routee.schedules");
        assertFinding(finding, Severity.ERROR, "schedules[1]", "2");
        assertThat(finding.english()).contains("one draft per window");
        assertThat(finding.spanish()).contains("un borrador por horario");
    }

    @Test
    void retriesAreNotSent() {
        String window = "[{\"start\": \"2025-03-01T10:00\", \"end\": \"2025-03-01T12:00\", \"retries\": 2,"
                + " \"retryOn\": [\"nocontesta\"]}]";
        Finding finding = only(check("Aviso corte", WAV, FROM, window, 2), "routee.retries");
        assertFinding(finding, Severity.WARNING, "schedules[0].retries", "retries 2", "retryOn", "0");
    }

    @Test
    void moreThanAThousandNumbersAreSplit() {
        Finding finding = only(check("Aviso corte", WAV, FROM, WINDOW, 2500), "routee.split");
        assertFinding(finding, Severity.INFO, "contacts", "1000", "2500", "3", "\"Aviso corte 1 de 3\"");
    }
}
