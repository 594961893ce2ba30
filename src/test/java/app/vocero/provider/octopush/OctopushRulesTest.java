package app.vocero.provider.octopush;

import static app.vocero.provider.octopush.OctopushFixtures.draft;
import static app.vocero.provider.octopush.OctopushFixtures.input;
import static org.assertj.core.api.Assertions.assertThat;

import app.vocero.domain.ContactTable;
import app.vocero.domain.campaign.Draft;
import app.vocero.domain.campaign.Finding;
import app.vocero.domain.campaign.Severity;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

class OctopushRulesTest {

    private final OctopushPlan plan = new OctopushPlan();

    private List<Finding> check(Consumer<ObjectNode> change) {
        return check(draft(change), OctopushFixtures.threeContacts());
    }

    private List<Finding> check(Draft draft, ContactTable contacts) {
        return plan.check(input(draft, contacts));
    }

    private static Finding only(List<Finding> findings, String code) {
        assertThat(findings).extracting(Finding::code).containsOnlyOnce(code);
        return findings.stream().filter(f -> f.code().equals(code)).findFirst().orElseThrow();
    }

    private static ObjectNode message(ObjectNode root) {
        return (ObjectNode) root.get("message");
    }

    private static ObjectNode options(ObjectNode root) {
        return (ObjectNode) root.get("options");
    }

    @Test
    void theFixtureDraftOnlyGetsTheWindowEndInfo() {
        assertThat(check(root -> { })).extracting(Finding::code).containsExactly("octopush.window_end");
    }

    @Test
    void anAudioMessageIsAnError() {
        Finding finding = only(check(root -> root.putObject("message").put("type", "audio").put("audioId", "123")),
                "octopush.audio");
        assertThat(finding.severity()).isEqualTo(Severity.ERROR);
        assertThat(finding.field()).isEqualTo("message");
        assertThat(finding.english()).contains("recorded audio", "text-to-speech");
        assertThat(finding.spanish()).contains("audio grabado", "texto a voz");
    }

    @Test
    void aMissingTextIsAnError() {
        Finding finding = only(check(root -> root.remove("message")), "octopush.text");
        assertThat(finding.severity()).isEqualTo(Severity.ERROR);
        assertThat(finding.field()).isEqualTo("message.template");
        assertThat(finding.english()).contains("1 to 1224");
        assertThat(finding.spanish()).contains("de 1 a 1224");
    }

    @Test
    void theLongestRenderingOver1224IsAnError() {
        String template = "{Vence} " + "a".repeat(1220);
        Finding finding = only(check(root -> message(root).put("template", template)), "octopush.text_length");
        // row 2 (first of the two 11-character dates) renders longest: 11 + 1 + 1220 = 1232 characters (the sent "{param1} …" has 1229)
        assertThat(finding.severity()).isEqualTo(Severity.ERROR);
        assertThat(finding.field()).isEqualTo("message.template");
        assertThat(finding.english()).contains("1232", "1224", "row 2", "by 8");
        assertThat(finding.spanish()).contains("1232", "1224", "fila 2", "en 8");
    }

    @Test
    void sixOtherTagsAreOneTooMany() {
        String template = "{N} {S} {I} {E} {C} {Vence} {Ciudad} {last_name}";
        Finding finding = only(check(root -> message(root).put("template", template)), "octopush.params");
        assertThat(finding.severity()).isEqualTo(Severity.ERROR);
        assertThat(finding.field()).isEqualTo("message.template");
        assertThat(finding.english()).contains("at most 5", "{S}, {I}, {E}, {C}, {Vence}", "Remove {Ciudad}");
        assertThat(finding.spanish()).contains("máximo 5", "{S}, {I}, {E}, {C}, {Vence}", "Quite {Ciudad}");
    }

    @Test
    void theMappingIsNameFirstLastNameThenParamsInOrderOfUse() {
        OctopushTags tags = OctopushTags.of(app.vocero.domain.campaign.Template.parse(
                "{Vence} {S} <N> {last_name} {S}"), null);
        assertThat(tags.text()).isEqualTo("{param1} {param2} {first_name} {last_name} {param2}");
        assertThat(tags.describe()).containsExactly("{N} → {first_name}", "{last_name} → {last_name}",
                "{Vence} → {param1}", "{S} → {param2}");
        assertThat(tags.overflow()).isEmpty();
    }

    @Test
    void anUnknownVoiceGenderIsAnError() {
        Finding finding = only(check(root -> message(root).put("gender", "mujer")), "octopush.voice_gender");
        assertThat(finding.severity()).isEqualTo(Severity.ERROR);
        assertThat(finding.field()).isEqualTo("message.gender");
        assertThat(finding.english()).contains("\"male\"", "\"female\"", "mujer");
        assertThat(finding.spanish()).contains("\"male\"", "\"female\"", "mujer");
    }

    @Test
    void anUnknownLanguageIsAnErrorAndNoneIsAWarning() {
        Finding unknown = only(check(root -> message(root).put("language", "es-CO")), "octopush.voice_language");
        assertThat(unknown.severity()).isEqualTo(Severity.ERROR);
        assertThat(unknown.field()).isEqualTo("message.language");
        assertThat(unknown.english()).contains("es-CO", "es-LA", "pt-BR");
        assertThat(unknown.spanish()).contains("es-CO", "es-LA", "español latinoamericano");

        Finding none = only(check(root -> message(root).remove("language")), "octopush.voice_language");
        assertThat(none.severity()).isEqualTo(Severity.WARNING);
        assertThat(none.english()).contains("es-LA");
        assertThat(none.spanish()).contains("es-LA", "español");
    }

    @Test
    void aSenderMustBe3To11LettersOrDigits() {
        for (String bad : List.of("AB", "Vocero Cobros", "Cobranza2025X", "Año")) {
            Finding finding = only(check(root -> options(root).put("sender", bad)), "octopush.sender");
            assertThat(finding.severity()).isEqualTo(Severity.ERROR);
            assertThat(finding.field()).isEqualTo("options.sender");
            assertThat(finding.english()).contains(bad, "3 to 11 letters or digits");
            assertThat(finding.spanish()).contains(bad, "de 3 a 11 letras o números");
        }
        assertThat(check(root -> options(root).put("sender", "ABC"))).extracting(Finding::code)
                .doesNotContain("octopush.sender");
    }

    @Test
    void anUnknownPurposeIsAnError() {
        Finding finding = only(check(root -> options(root).put("purpose", "marketing")), "octopush.purpose");
        assertThat(finding.severity()).isEqualTo(Severity.ERROR);
        assertThat(finding.field()).isEqualTo("options.purpose");
        assertThat(finding.english()).contains("marketing", "\"alert\"", "\"wholesale\"");
        assertThat(finding.spanish()).contains("marketing", "\"alert\"", "\"wholesale\"");
    }

    @Test
    void aBooleanOptionThatIsNotOneIsAnError() {
        Finding finding = only(check(root -> options(root).put("get_back_pressed_keys", "sí")), "octopush.boolean");
        assertThat(finding.severity()).isEqualTo(Severity.ERROR);
        assertThat(finding.field()).isEqualTo("options.get_back_pressed_keys");
        assertThat(finding.english()).contains("true or false", "sí");
        assertThat(finding.spanish()).contains("true o false", "sí");
    }

    @Test
    void simulationModeIsWorthKnowing() {
        Finding finding = only(check(root -> options(root).put("simulation_mode", true)), "octopush.simulation");
        assertThat(finding.severity()).isEqualTo(Severity.INFO);
        assertThat(finding.field()).isEqualTo("options.simulation_mode");
        assertThat(finding.english()).contains("fake result", "call no one");
        assertThat(finding.spanish()).contains("resultado ficticio", "no llamará a nadie");
    }

    @Test
    void retriesAreAWarning() {
        Finding finding = only(check(root -> ((ObjectNode) root.get("schedules").get(0)).put("retries", 2)),
                "octopush.retries");
        assertThat(finding.severity()).isEqualTo(Severity.WARNING);
        assertThat(finding.field()).isEqualTo("schedules[0].retries");
        assertThat(finding.english()).contains("no retries", "2 retries", "called once");
        assertThat(finding.spanish()).contains("no hace reintentos", "2 reintentos", "una vez");
    }

    @Test
    void aSecondWindowIsAnError() {
        Finding finding = only(check(root -> root.withArray("schedules").addObject()
                .put("start", "2025-03-11T09:00:00").put("end", "2025-03-11T12:00:00")), "octopush.schedules");
        assertThat(finding.severity()).isEqualTo(Severity.ERROR);
        assertThat(finding.field()).isEqualTo("schedules[1]");
        assertThat(finding.english()).contains("2 calling windows", "one draft per window");
        assertThat(finding.spanish()).contains("2 horarios", "un borrador por horario");
    }

    @Test
    void theWindowEndIsNotSent() {
        Finding finding = only(check(root -> { }), "octopush.window_end");
        assertThat(finding.severity()).isEqualTo(Severity.INFO);
        assertThat(finding.field()).isEqualTo("schedules[0].end");
        assertThat(finding.english()).contains("2025-03-10 09:00", "no end time", "2025-03-10 12:00");
        assertThat(finding.spanish()).contains("2025-03-10 09:00", "no tiene hora de fin", "2025-03-10 12:00");
    }

    @Test
    void moreThan500ContactsSayHowManyRequests() {
        Finding finding = only(check(OctopushPayloadsTest.frameDraft(), OctopushFixtures.numbered(1001)),
                "octopush.frames");
        assertThat(finding.severity()).isEqualTo(Severity.INFO);
        assertThat(finding.field()).isEqualTo("contacts");
        assertThat(finding.english()).contains("1001 contacts", "3 requests", "500");
        assertThat(finding.spanish()).contains("1001 contactos", "3 solicitudes", "500");
        assertThat(check(OctopushPayloadsTest.frameDraft(), OctopushFixtures.numbered(500)))
                .extracting(Finding::code).doesNotContain("octopush.frames");
    }
}
