package app.vocero.provider.meetzy;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MeetzyErrorsTest {

    @Test
    void everyDocumentedStatusSaysWhatToDoInBothLanguages() {
        for (int status : new int[] {400, 401, 403, 429, 500}) {
            app.vocero.provider.StatusAdvice.Entry entry = MeetzyErrors.forStatus(status).orElseThrow();
            assertThat(entry.english()).isNotBlank();
            assertThat(entry.message("es")).isEqualTo(entry.spanish()).isNotEqualTo(entry.english());
        }
        assertThat(MeetzyErrors.forStatus(403).orElseThrow().spanish()).contains("options.playbook_id");
        assertThat(MeetzyErrors.forStatus(429).orElseThrow().english()).contains("100 a minute");
    }

    @Test
    void undocumentedStatusesFallBack() {
        assertThat(MeetzyErrors.forStatus(502)).isEmpty();
        assertThat(MeetzyErrors.describe(502).spanish()).isEqualTo(MeetzyErrors.describe(500).spanish());
        assertThat(MeetzyErrors.describe(418).english()).contains("418");
    }

    @Test
    void readsBothErrorBodies() {
        assertThat(MeetzyErrors.detail("{\"error\": \"Each contact must have a non-empty phone field\"}"))
                .contains("Each contact must have a non-empty phone field");
        assertThat(MeetzyErrors.detail("{\"success\": false, \"error\": {\"code\": \"RATE_LIMIT\", \"message\": \"Slow down\"}}"))
                .contains("RATE_LIMIT: Slow down");
        assertThat(MeetzyErrors.detail("<html>Bad gateway</html>")).isEmpty();
        assertThat(MeetzyErrors.detail("")).isEmpty();
    }
}
