package app.vocero.provider.saem;

import static org.assertj.core.api.Assertions.assertThat;

import app.vocero.provider.saem.SaemErrors.SaemError;
import org.junit.jupiter.api.Test;

class SaemErrorsTest {

    @Test
    void everyCodeOfTheDocumentIsKnownWithItsStatus() {
        assertThat(SaemErrors.all()).extracting(SaemError::code).containsExactly("AUTH.TOKEN_MISSING",
                "API_KEY_NOT_FOUND", "USER_NOT_FOUND", "USER_INACTIVE", "CALLB_015", "CALLB_016", "CALLB_018",
                "CALLB_019", "CALLB_021", "CALLB_022", "CALLB_AUD_001", "CALLB_AUD_002");
        assertThat(SaemErrors.all()).extracting(SaemError::httpStatus)
                .containsExactly(400, 400, 404, 401, 404, 404, 400, 400, 402, 400, 400, 409);
        assertThat(SaemErrors.all()).allSatisfy(error -> {
            assertThat(error.english()).isNotBlank();
            assertThat(error.spanish()).isNotBlank().isNotEqualTo(error.english());
        });
    }

    @Test
    void messagesSayWhatToDo() {
        SaemError credits = SaemErrors.forCode("callb_021").orElseThrow();
        assertThat(credits.message("en")).contains("Buy credits", "lower the number of contacts");
        assertThat(credits.message("es")).contains("Compre créditos", "reduzca la cantidad de contactos");
        assertThat(SaemErrors.forCode(" CALLB_018 ").orElseThrow().message("es")).contains("Mueva el horario", "horas permitidas");
        assertThat(SaemErrors.forCode("CALLB_022").orElseThrow().english()).contains("Split the list");
        assertThat(SaemErrors.forCode("auth.token_missing")).isPresent();
    }

    @Test
    void unknownCodesAreEmpty() {
        assertThat(SaemErrors.forCode("CALLB_999")).isEmpty();
        assertThat(SaemErrors.forCode(null)).isEmpty();
    }
}
