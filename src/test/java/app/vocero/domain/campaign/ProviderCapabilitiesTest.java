package app.vocero.domain.campaign;

import static org.assertj.core.api.Assertions.assertThat;

import app.vocero.domain.campaign.ProviderCapabilities.MessageType;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ProviderCapabilitiesTest {

    @Test
    void eachProviderOffersOnlyTheMessageTypesItsDocumentDescribes() {
        assertThat(ProviderCapabilities.of(ProviderId.SAEM).offered()).containsExactly(MessageType.AUDIO, MessageType.TTS);
        assertThat(ProviderCapabilities.of(ProviderId.ROUTEE).offered()).containsExactly(MessageType.AUDIO, MessageType.TTS);
        assertThat(ProviderCapabilities.of(ProviderId.OCTOPUSH).offered()).containsExactly(MessageType.TTS);
        assertThat(ProviderCapabilities.of(ProviderId.MEETZY).needsMessage()).isFalse();
        assertThat(ProviderCapabilities.of(ProviderId.SMARTFLO).needsMessage()).isFalse();
        assertThat(ProviderCapabilities.typeOf(new Message.Audio("1", null, null, null, Map.of()))).isEqualTo(MessageType.AUDIO);
        assertThat(ProviderCapabilities.typeOf(null)).isNull();
    }

    @Test
    void windowsRetriesAndIntervalsFollowTheProviders() {
        assertThat(ProviderCapabilities.of(ProviderId.SAEM).maxWindows()).isEqualTo(5);
        assertThat(ProviderCapabilities.of(ProviderId.OCTOPUSH).maxWindows()).isEqualTo(1);
        assertThat(ProviderCapabilities.of(ProviderId.ROUTEE).retries()).isFalse();
        assertThat(ProviderCapabilities.of(ProviderId.SMARTFLO).retryIntervals()).isTrue();
        assertThat(ProviderCapabilities.of(ProviderId.MEETZY).retryConditions()).isFalse();
    }

    @Test
    void optionsValidateTheirValues() {
        var smartflo = ProviderCapabilities.of(ProviderId.SMARTFLO).options();
        var destination = smartflo.stream().filter(o -> o.key().equals("destination")).findFirst().orElseThrow();
        assertThat(destination.accepts("ivr||27845")).isTrue();
        assertThat(destination.accepts("27845")).isFalse();
        assertThat(destination.accepts("")).isFalse();
        var timeout = smartflo.stream().filter(o -> o.key().equals("timeout")).findFirst().orElseThrow();
        assertThat(timeout.accepts("45")).isTrue();
        assertThat(timeout.accepts("20")).isFalse();
        assertThat(timeout.accepts("")).isTrue();
        var purpose = ProviderCapabilities.of(ProviderId.OCTOPUSH).options().stream()
                .filter(o -> o.key().equals("purpose")).findFirst().orElseThrow();
        assertThat(purpose.accepts("alert")).isTrue();
        assertThat(purpose.accepts("spam")).isFalse();
        var sender = ProviderCapabilities.of(ProviderId.OCTOPUSH).options().stream()
                .filter(o -> o.key().equals("sender")).findFirst().orElseThrow();
        assertThat(sender.accepts("Vocero")).isTrue();
        assertThat(sender.accepts("Vocero Cobros")).isFalse();
    }
}
