package app.vocero.provider.octopush;

import static org.assertj.core.api.Assertions.assertThat;

import app.vocero.domain.campaign.Finding;
import java.util.List;
import org.junit.jupiter.api.Test;

class OctopushErrorsTest {

    @Test
    void theDocumentedFieldErrorIsExplainedByItsCode() {
        String body = "{\"code\": 400, \"message\": \"Payload validation error.\", \"errors\": {\"voice_language\":"
                + " {\"code\": 442, \"message\": \"Voice language not supported.\"}}}";

        List<Finding> findings = OctopushErrors.explain(400, body);

        assertThat(findings).singleElement().satisfies(finding -> {
            assertThat(finding.code()).isEqualTo("octopush.442");
            assertThat(finding.field()).isEqualTo("voice_language");
            assertThat(finding.isError()).isTrue();
            assertThat(finding.english()).contains("es-LA", "Voice language not supported.");
            assertThat(finding.spanish()).contains("es-LA", "idioma");
        });
    }

    @Test
    void statusesWithoutFieldErrorsSayWhatToDo() {
        assertThat(OctopushErrors.explain(401, "{\"message\": \"Unauthorized\"}")).singleElement().satisfies(f -> {
            assertThat(f.code()).isEqualTo("octopush.http_401");
            assertThat(f.english()).contains("API key", "API login");
            assertThat(f.spanish()).contains("API key", "API login");
        });
        assertThat(OctopushErrors.explain(403, "")).singleElement().satisfies(f -> {
            assertThat(f.english()).contains("Voice SMS");
            assertThat(f.spanish()).contains("Voice SMS", "Active");
        });
        assertThat(OctopushErrors.explain(503, "not json")).singleElement().satisfies(f -> {
            assertThat(f.code()).isEqualTo("octopush.http_503");
            assertThat(f.spanish()).contains("Espere unos minutos");
        });
        assertThat(OctopushErrors.forField("sender")).isPresent();
    }
}
