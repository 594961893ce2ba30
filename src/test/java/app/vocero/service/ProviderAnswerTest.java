package app.vocero.service;

import static org.assertj.core.api.Assertions.assertThat;

import app.vocero.config.Messages;
import app.vocero.domain.campaign.ProviderId;
import app.vocero.domain.campaign.Submission;
import app.vocero.domain.campaign.SubmissionState;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Provider answers read as sentences, never as raw maps. */
class ProviderAnswerTest {

    private static Map<String, Object> saemAnswer() {
        Map<String, Object> sends = new LinkedHashMap<>();
        sends.put("CLARO", 7);
        sends.put("TIGO", 3);
        sends.put("null", 1);
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("total_records", 11);
        summary.put("total_credits", 22);
        summary.put("seconds_aprox", 330);
        Map<String, Object> ids = new LinkedHashMap<>();
        ids.put("sends", sends);
        ids.put("summary", summary);
        ids.put("campaignId", "8841");
        return ids;
    }

    @Test
    void saemsSummaryIsASentenceInEachLanguage() {
        assertThat(ProviderAnswer.describe(ProviderId.SAEM, saemAnswer(), Messages.of(Locale.ENGLISH)))
                .isEqualTo("Saem: 7 Claro, 3 Tigo, 1 invalid; 11 records, 22 credits, ~330 s; campaign 8841");
        assertThat(ProviderAnswer.describe(ProviderId.SAEM, saemAnswer(), Messages.of(Locale.forLanguageTag("es"))))
                .isEqualTo("Saem: 7 Claro, 3 Tigo, 1 inválidos; 11 registros, 22 créditos, ~330 s; campaña 8841");
    }

    @Test
    void largeNumbersAreFormattedForTheLanguageAndOtherProvidersIdsAreNamed() {
        Map<String, Object> ids = new LinkedHashMap<>(saemAnswer());
        ids.put("summary", Map.of("total_records", 497000));
        assertThat(ProviderAnswer.describe(ProviderId.SAEM, ids, Messages.of(Locale.forLanguageTag("es"))))
                .contains("497.000 registros");
        assertThat(ProviderAnswer.describe(ProviderId.SMARTFLO, Map.of("listId", "77", "broadcastId", List.of(5, 6)),
                Messages.of(Locale.ENGLISH))).isEqualTo("Tata Smartflo: list 77, broadcast 5, 6");
        assertThat(ProviderAnswer.describe(ProviderId.OCTOPUSH, Map.of("statuses", Map.of("a", 1)),
                Messages.of(Locale.ENGLISH))).isEmpty();
    }

    @Test
    void aRefusalIsItsCodeAndMessage() {
        Submission refused = new Submission("c", 0, "campaign", "d", null, SubmissionState.REJECTED, Map.of(), 400,
                "CALLB_022", "Invalid date\nformat", 1, Instant.EPOCH, Instant.EPOCH);
        assertThat(ProviderAnswer.describe(ProviderId.SAEM, refused, Messages.of(Locale.ENGLISH)))
                .isEqualTo("CALLB_022: Invalid date format");
    }
}
