package app.vocero.ui.campaign.wizard.provider;

import static org.assertj.core.api.Assertions.assertThat;

import app.vocero.VoceroApp;
import app.vocero.domain.Account;
import app.vocero.domain.campaign.Message;
import app.vocero.domain.campaign.ProviderCapabilities.MessageType;
import app.vocero.domain.campaign.ProviderId;
import app.vocero.ui.campaign.wizard.CampaignWizardModel;
import app.vocero.ui.campaign.wizard.DraftEdits;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProviderStepViewModelTest {

    @TempDir
    Path dir;
    private VoceroApp app;
    private CampaignWizardModel model;
    private ProviderStepViewModel step;

    @BeforeEach
    void open() throws Exception {
        app = VoceroApp.open(dir, Locale.ENGLISH);
        model = new CampaignWizardModel();
        step = new ProviderStepViewModel(model, app.accounts());
    }

    @AfterEach
    void close() {
        app.close();
    }

    private Account account(ProviderId provider) {
        return step.accounts().stream().filter(a -> a.provider() == provider).findFirst().orElseThrow();
    }

    @Test
    void everyAccountIsOfferedGroupedByProviderSandboxIncluded() {
        assertThat(step.accounts()).extracting(Account::provider).containsExactly(ProviderId.SAEM, ProviderId.MEETZY,
                ProviderId.ROUTEE, ProviderId.OCTOPUSH, ProviderId.SMARTFLO);
        assertThat(step.accounts()).allMatch(Account::sandbox);
    }

    @Test
    void theMessageTypesAreThoseOfTheProviderAndSwitchingBackKeepsTheMessage() {
        step.nameProperty().set("Cobro");
        step.accountProperty().set(account(ProviderId.SAEM));
        assertThat(step.messageTypes()).containsExactly(MessageType.AUDIO, MessageType.TTS);
        step.messageTypeProperty().set(MessageType.TTS);
        assertThat(model.draft().message()).isInstanceOfSatisfying(Message.Tts.class,
                tts -> assertThat(tts.voice()).isEqualTo("Maria"));
        model.update(draft -> DraftEdits.message(draft,
                new Message.Tts("Hola {N}", "Juan", null, null, java.util.Map.of())));
        step.messageTypeProperty().set(MessageType.AUDIO);
        assertThat(model.draft().message()).isInstanceOf(Message.Audio.class);
        step.messageTypeProperty().set(MessageType.TTS);
        assertThat(((Message.Tts) model.draft().message()).template()).isEqualTo("Hola {N}");
        assertThat(step.completeProperty().get()).isTrue();

        step.accountProperty().set(account(ProviderId.OCTOPUSH));
        assertThat(step.messageTypes()).containsExactly(MessageType.TTS);
        assertThat(model.draft().provider()).isEqualTo(ProviderId.OCTOPUSH);
        assertThat(model.draft().message()).isInstanceOfSatisfying(Message.Tts.class, tts -> {
            assertThat(tts.template()).isEqualTo("Hola {N}");
            assertThat(tts.voice()).isNull();
            assertThat(tts.gender()).isEqualTo("female");
            assertThat(tts.language()).isEqualTo("es-LA");
        });
        assertThat(model.draft().options()).containsEntry("purpose", "alert").doesNotContainKey("mailbox");

        step.accountProperty().set(account(ProviderId.MEETZY));
        assertThat(model.draft().message()).isNull();
        assertThat(step.messageTypeProperty().get()).isEqualTo(MessageType.NONE);
        assertThat(step.completeProperty().get()).isTrue();
    }

    @Test
    void aNameAndAnAccountAreNeeded() {
        step.accountProperty().set(account(ProviderId.SAEM));
        step.messageTypeProperty().set(MessageType.AUDIO);
        assertThat(step.completeProperty().get()).isFalse();
        step.nameProperty().set("Cobro");
        assertThat(step.completeProperty().get()).isTrue();
        assertThat(model.draft().timezone()).isNotBlank();
    }
}
