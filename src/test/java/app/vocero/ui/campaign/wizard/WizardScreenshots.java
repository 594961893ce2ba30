package app.vocero.ui.campaign.wizard;

import app.vocero.VoceroApp;
import app.vocero.config.Language;
import app.vocero.domain.campaign.ContactSource;
import app.vocero.domain.campaign.Draft;
import app.vocero.domain.campaign.Message;
import app.vocero.domain.campaign.ProviderId;
import app.vocero.domain.campaign.Schedule;
import app.vocero.provider.sandbox.SandboxCredentials;
import app.vocero.ui.MainWindow;
import app.vocero.ui.common.SyncTaskRunner;
import app.vocero.ui.shell.Section;
import atlantafx.base.theme.PrimerLight;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.stage.Stage;

/**
 * Screenshots of the wizard's steps at 1280×800 in both languages, from the real window under a display (Xvfb):
 * {@code java -cp <test class path> app.vocero.ui.campaign.wizard.WizardScreenshots assets/screenshots}.
 */
public final class WizardScreenshots {

    private WizardScreenshots() {
    }

    public static void main(String[] args) throws Exception {
        Path out = Path.of(args.length > 0 ? args[0] : "assets/screenshots");
        Files.createDirectories(out);
        CompletableFuture<Void> started = new CompletableFuture<>();
        Platform.startup(() -> started.complete(null));
        started.get();
        Platform.setImplicitExit(false);
        for (Language language : Language.values()) {
            Path data = Files.createTempDirectory("vocero-shots");
            try (VoceroApp app = VoceroApp.open(data, language.locale())) {
                app.settings().setLanguage(language);
                onFx(() -> {
                    Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
                    Stage stage = new Stage();
                    MainWindow window = new MainWindow(stage, app.uiServices(), new SyncTaskRunner());
                    stage.setWidth(Integer.getInteger("shots.width", 1280));
                    stage.setHeight(Integer.getInteger("shots.height", 800));
                    stage.show();
                    shots.put("stage", stage);
                    shots.put("window", window);
                });
                MainWindow window = (MainWindow) shots.get("window");
                Stage stage = (Stage) shots.get("stage");
                String lang = language.code();
                onFx(() -> {
                    window.shell().show(Section.NEW_CAMPAIGN);
                    window.newCampaign().newCampaign();
                });
                onFx(() -> window.wizard().model().update(draft -> new Draft(1,
                        "es".equals(lang) ? "Cobranza diciembre" : "December collections", ProviderId.SAEM, "Sandbox Saem",
                        draft.contacts(), draft.message(), draft.schedules(), "America/Bogota", Map.of("mailbox", false), Map.of())));
                onFx(() -> window.wizard().model().update(draft -> new Draft(1, draft.name(), draft.provider(), draft.account(),
                        new ContactSource(Path.of("assets/examples/contactos.csv").toAbsolutePath().toString(), null, "CO", Map.of(), null, Map.of()),
                        new Message.Audio(SandboxCredentials.SAEM_SANDBOX_AUDIO_ID, null, null, 30.0, Map.of()),
                        List.of(new Schedule(LocalDate.now().plusDays(1).atTime(8, 0), LocalDate.now().plusDays(1).atTime(18, 0), 2,
                                        List.of("nocontesta", "buzon"), List.of(), Map.of()),
                                new Schedule(LocalDate.now().plusDays(2).atTime(19, 0), LocalDate.now().plusDays(2).atTime(22, 0), 2,
                                        List.of("nocontesta", "buzon"), List.of(), Map.of())),
                        draft.timezone(), draft.options(), draft.extra())));
                shoot(stage, out.resolve("wizard-provider-" + lang + ".png"));
                onFx(() -> window.contactsStep().enter()); // the contacts are checked as a reopened draft's are
                onFx(() -> window.wizard().go(WizardStep.CONTACTS));
                shoot(stage, out.resolve("wizard-contacts-" + lang + ".png"));
                onFx(() -> window.wizard().go(WizardStep.MESSAGE));
                shoot(stage, out.resolve("wizard-message-audio-" + lang + ".png"));
                Message audio = window.wizard().model().draft().message();
                onFx(() -> window.wizard().model().update(draft -> DraftEdits.message(draft, new Message.Tts(
                        "es".equals(lang) ? "Hola <N>, le recordamos que su saldo de {S} vence mañana." 
                                : "Hola <N>, le recordamos que su saldo de {S} vence mañana.", "Maria", null, null, Map.of()))));
                shoot(stage, out.resolve("wizard-message-" + lang + ".png"));
                onFx(() -> window.wizard().model().update(draft -> DraftEdits.message(draft, audio)));
                for (WizardStep step : List.of(WizardStep.SCHEDULE, WizardStep.REVIEW)) {
                    onFx(() -> window.wizard().go(step));
                    if (step == WizardStep.SCHEDULE) {
                        onFx(() -> ((javafx.scene.control.TitledPane) stage.getScene().lookup("#optionsPane")).setExpanded(true));
                    }
                    shoot(stage, out.resolve("wizard-" + step.name().toLowerCase(Locale.ROOT) + "-" + lang + ".png"));
                    if (step == WizardStep.SCHEDULE) {
                        // the shot shows the calling-hours warning; the campaign sent keeps within the hours
                        onFx(() -> ((javafx.scene.control.TextField) stage.getScene().lookup("#endTime2")).setText("20:30"));
                    }
                }
                // acknowledge the warnings, then send through the sandbox
                onFx(() -> stage.getScene().getRoot().lookupAll(".check-box").forEach(node -> {
                    if (node.getId() != null && node.getId().startsWith("acknowledge")) {
                        ((javafx.scene.control.CheckBox) node).setSelected(true);
                    }
                }));
                onFx(() -> window.wizard().go(WizardStep.SEND));
                shoot(stage, out.resolve("wizard-send-ready-" + lang + ".png"));
                onFx(() -> {
                    var send = (app.vocero.ui.campaign.wizard.send.SendStepViewModel) window.wizard().stepModel(WizardStep.SEND).orElseThrow();
                    send.send();
                });
                shoot(stage, out.resolve("wizard-send-" + lang + ".png"));
                onFx(() -> window.newCampaign().showList());
                shoot(stage, out.resolve("wizard-drafts-" + lang + ".png"));
                onFx(stage::close);
            }
        }
        Platform.exit();
    }

    private static final Map<String, Object> shots = new java.util.concurrent.ConcurrentHashMap<>();

    private static void onFx(Runnable action) throws Exception {
        app.vocero.ui.Screenshots.onFx(action);
    }

    private static void shoot(Stage stage, Path file) throws Exception {
        app.vocero.ui.Screenshots.shoot(stage, file, 400);
    }
}
