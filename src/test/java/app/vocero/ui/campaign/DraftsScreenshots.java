package app.vocero.ui.campaign;

import app.vocero.VoceroApp;
import app.vocero.config.Language;
import app.vocero.config.Messages;
import app.vocero.domain.campaign.ContactSource;
import app.vocero.domain.campaign.Draft;
import app.vocero.domain.campaign.ProviderId;
import app.vocero.service.DraftService;
import app.vocero.service.ImportRequest;
import app.vocero.service.Progress;
import app.vocero.service.TestDrafts;
import app.vocero.store.Database;
import app.vocero.store.DraftRepository;
import app.vocero.ui.MainWindow;
import app.vocero.ui.Screenshots;
import app.vocero.ui.campaign.wizard.DraftEdits;
import app.vocero.ui.common.SyncTaskRunner;
import app.vocero.ui.shell.Section;
import atlantafx.base.theme.PrimerLight;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.stage.Stage;

/**
 * Screenshots of the New campaign section's drafts — shared in the database, one of them last changed on another
 * computer — and of the wizard after another desktop saved the draft being edited, from the real window at
 * 1280×800 in both languages ({@code drafts-list-*.png}, {@code drafts-conflict-*.png}). Run like
 * {@code WizardScreenshots}, under Xvfb.
 */
public final class DraftsScreenshots {

    private DraftsScreenshots() {
    }

    public static void main(String[] args) throws Exception {
        Path out = Path.of(args.length > 0 ? args[0] : "assets/screenshots");
        Files.createDirectories(out);
        CompletableFuture<Void> started = new CompletableFuture<>();
        Platform.startup(() -> started.complete(null));
        started.get();
        Platform.setImplicitExit(false);
        Path contacts = Path.of("assets/examples/contactos.csv").toAbsolutePath();
        for (Language language : Language.values()) {
            boolean es = language == Language.SPANISH;
            Path data = Files.createTempDirectory("vocero-drafts-shots");
            VoceroApp app = VoceroApp.open(data, language.locale());
            Database other = Database.open(data, Messages.of(language.locale()));
            try {
                app.settings().setLanguage(language);
                String list = es ? "Clientes Bogotá" : "Bogotá customers";
                app.contactLists().importFile(new ImportRequest(contacts, "CO", Map.of(), Optional.empty(),
                        Optional.of(list), true), language.code(), Progress.NONE);
                DraftService drafts = app.drafts();
                String mine = drafts.create(draft(es ? "Cobranza diciembre" : "December collections", ProviderId.SAEM,
                        new ContactSource(contacts.toString(), null, "CO", Map.of(), null, Map.of())));
                drafts.create(draft(es ? "Aviso de corte" : "Service cut notice", ProviderId.ROUTEE,
                        new ContactSource(null, list, "CO", Map.of(), null, Map.of())));
                DraftService eva = TestDrafts.on(other, data.resolve("eva"), Clock.systemUTC(),
                        new DraftRepository.Author("eva", "SUPERVISION-2"));
                eva.create(draft(es ? "Recordatorio de cita" : "Appointment reminder", ProviderId.MEETZY,
                        new ContactSource(contacts.toString(), null, "CO", Map.of(), null, Map.of())));

                onFx(() -> {
                    Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
                    Stage stage = new Stage();
                    MainWindow window = new MainWindow(stage, app.uiServices(), new SyncTaskRunner());
                    stage.setWidth(1280);
                    stage.setHeight(800);
                    stage.show();
                    SHOTS.put("stage", stage);
                    SHOTS.put("window", window);
                });
                MainWindow window = (MainWindow) SHOTS.get("window");
                Stage stage = (Stage) SHOTS.get("stage");
                onFx(() -> {
                    window.shell().show(Section.NEW_CAMPAIGN);
                    window.newCampaign().showList();
                });
                Screenshots.shoot(stage, out.resolve("drafts-list-" + language.code() + ".png"), 400);

                // the draft continued here is saved meanwhile on the other computer
                onFx(() -> {
                    window.newCampaign().drafts().stream().filter(row -> row.id().equals(mine)).findFirst()
                            .ifPresent(window.newCampaign().selectedProperty()::set);
                    window.newCampaign().continueSelected();
                });
                eva.open(mine);
                eva.save(mine, DraftEdits.name(eva.open(mine).orElseThrow().draft(), es ? "Cobranza diciembre (Eva)" : "December collections (Eva)"));
                onFx(() -> {
                    window.wizard().model().update(draft -> new Draft(draft.version(), draft.name(), draft.provider(),
                            draft.account(), draft.contacts(), draft.message(), draft.schedules(), "America/Lima",
                            draft.options(), draft.extra()));
                    window.wizard().flush();
                });
                Screenshots.shoot(stage, out.resolve("drafts-conflict-" + language.code() + ".png"), 400);
                onFx(() -> {
                    window.newCampaign().showList();
                });
                Screenshots.shoot(stage, out.resolve("drafts-after-conflict-" + language.code() + ".png"), 400);
                onFx(stage::close);
            } finally {
                app.close();
                other.close();
            }
        }
        Platform.exit();
    }

    private static Draft draft(String name, ProviderId provider, ContactSource contacts) {
        return new Draft(1, name, provider, null, contacts, null, List.of(), "America/Bogota", Map.of(), Map.of());
    }

    private static final Map<String, Object> SHOTS = new java.util.concurrent.ConcurrentHashMap<>();

    private static void onFx(Runnable action) throws Exception {
        Screenshots.onFx(action);
    }
}
