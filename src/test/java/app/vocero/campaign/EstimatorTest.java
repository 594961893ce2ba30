package app.vocero.campaign;

import static org.assertj.core.api.Assertions.assertThat;

import app.vocero.domain.ContactField;
import app.vocero.domain.ContactTable;
import app.vocero.domain.PhoneCheck;
import app.vocero.domain.campaign.Draft;
import app.vocero.domain.campaign.Estimate;
import app.vocero.domain.campaign.Message;
import app.vocero.domain.campaign.PriceTable;
import app.vocero.domain.campaign.ProviderId;
import app.vocero.domain.campaign.Template;
import app.vocero.provider.CampaignInput;
import app.vocero.provider.TemplateStats;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class EstimatorTest {

    private static ContactTable contacts(int count) {
        ContactTable.Builder builder = ContactTable.builder(Set.of(ContactField.PHONE), List.of());
        for (int i = 0; i < count; i++) {
            String national = Long.toString(3_001_000_000L + i);
            builder.add(i + 2, PhoneCheck.valid("+57" + national, national, "CO", "Claro"), new String[] {national},
                    new String[0]);
        }
        return builder.build();
    }

    private static CampaignInput input(Message message, int contacts) {
        Draft draft = new Draft(1, "E", ProviderId.SAEM, "cuenta", null, message, List.of(), "-05:00", Map.of(), Map.of());
        ContactTable table = contacts(contacts);
        Optional<Template> template = message instanceof Message.Tts
                ? Optional.of(Template.of((Message.Tts) message)) : Optional.empty();
        return new CampaignInput(draft, table, template, template.map(t -> TemplateStats.of(t, table)),
                ZoneOffset.UTC, Instant.EPOCH);
    }

    @Test
    void ttsLengthComesFromTheRenderedCharactersAtTheLanguagesRate() {
        // 32 characters in Spanish at 14.5 characters a second = 2.2 s per call
        Message tts = new Message.Tts("Su factura vence mañana. Gracias", "Maria", null, null, Map.of());
        Estimate estimate = Estimator.estimate(input(tts, 10), 1, 2, null,
                Optional.of(new PriceTable(PriceTable.Unit.PER_CALL, new BigDecimal("150"), "COP")));

        assertThat(estimate.records()).isEqualTo(10);
        assertThat(estimate.calls()).isEqualTo(20);
        assertThat(estimate.secondsPerCall()).isEqualTo(2.2);
        assertThat(estimate.cost()).isEqualByComparingTo("3000");
        assertThat(estimate.currency()).isEqualTo("COP");
        assertThat(estimate.basis()).contains("per call");
    }

    @Test
    void perMinutePricesCountStartedMinutesOfTheAudio() {
        Message audio = new Message.Audio("123", null, null, 75.0, Map.of());
        Estimate estimate = Estimator.estimate(input(audio, 4), 1, 1, 75.0,
                Optional.of(new PriceTable(PriceTable.Unit.PER_MINUTE, new BigDecimal("0.05"), "USD")));

        assertThat(estimate.totalSeconds()).isEqualTo(300.0);
        assertThat(estimate.cost()).isEqualByComparingTo("0.40");
        assertThat(estimate.basis()).contains("2 min per call");
    }

    @Test
    void withoutAPriceTableTheCostIsUnknownAndSaysWhy() {
        Estimate estimate = Estimator.estimate(input(new Message.Audio("1", null, null, null, Map.of()), 3), 1, 1, null,
                Optional.empty());
        assertThat(estimate.cost()).isNull();
        assertThat(estimate.secondsPerCall()).isNull();
        assertThat(estimate.basis()).isEqualTo("no price table for this account");
    }
}
