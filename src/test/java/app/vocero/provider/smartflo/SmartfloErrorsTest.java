package app.vocero.provider.smartflo;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SmartfloErrorsTest {

    @Test
    void anExpiredTokenSaysToLogInAgain() {
        assertThat(SmartfloErrors.explain("broadcast", 401, "{\"success\": false, \"message\": \"Token expired\"}"))
                .hasValueSatisfying(f -> {
                    assertThat(f.code()).isEqualTo("smartflo.http_401");
                    assertThat(f.field()).isEqualTo("broadcast");
                    assertThat(f.english()).contains("one hour", "Token expired");
                    assertThat(f.spanish()).contains("una hora", "Inicie sesión", "Token expired");
                });
    }

    @Test
    void successFalseInAnOkAnswerIsAFailure() {
        assertThat(SmartfloErrors.explain("timegroup", 200, "{\"success\": false, \"message\": \"Invalid days\"}"))
                .hasValueSatisfying(f -> {
                    assertThat(f.code()).isEqualTo("smartflo.failed");
                    assertThat(f.spanish()).contains("Invalid days", "[timegroup]");
                });
        assertThat(SmartfloErrors.explain("timegroup", 200, "{\"success\": true, \"message\": \"ok\"}")).isEmpty();
        assertThat(SmartfloErrors.explain("broadcast", 502, "<html>")).hasValueSatisfying(f ->
                assertThat(f.spanish()).contains("Espere unos minutos"));
        assertThat(SmartfloErrors.forStatus(404)).hasValueSatisfying(e -> assertThat(e.message("es")).contains("grupo horario"));
    }
}
