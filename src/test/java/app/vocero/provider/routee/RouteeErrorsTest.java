package app.vocero.provider.routee;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RouteeErrorsTest {

    @Test
    void everyListedStatusSaysWhatToDoInBothLanguages() {
        for (int status : new int[] {400, 401, 403, 404, 500}) {
            app.vocero.provider.StatusAdvice.Entry entry = RouteeErrors.forStatus(status).orElseThrow();
            assertThat(entry.english()).isNotBlank();
            assertThat(entry.message("es")).isEqualTo(entry.spanish()).isNotEqualTo(entry.english());
        }
        assertThat(RouteeErrors.forStatus(403).orElseThrow().english()).contains("not authenticated");
        assertThat(RouteeErrors.forStatus(404).orElseThrow().spanish()).contains("no encontró el usuario");
    }

    @Test
    void undocumentedStatusesFallBack() {
        assertThat(RouteeErrors.forStatus(503)).isEmpty();
        assertThat(RouteeErrors.describe(503).english()).isEqualTo(RouteeErrors.describe(500).english());
        assertThat(RouteeErrors.describe(409).spanish()).contains("409");
    }

    @Test
    void readsRouteesCodeAndMessage() {
        assertThat(RouteeErrors.detail("{\"code\": \"400005000\", \"developerMessage\": \"Invalid from\"}"))
                .contains("400005000: Invalid from");
        assertThat(RouteeErrors.detail("{\"error\": \"invalid_client\", \"error_description\": \"Bad credentials\"}"))
                .contains("Bad credentials");
        assertThat(RouteeErrors.detail("not json")).isEmpty();
    }
}
