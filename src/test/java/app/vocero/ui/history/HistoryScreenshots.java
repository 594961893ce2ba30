package app.vocero.ui.history;

import app.vocero.config.Language;
import app.vocero.domain.campaign.CampaignRecord;
import app.vocero.domain.campaign.ProviderId;
import app.vocero.service.TrackedCampaign;
import app.vocero.ui.MainWindow;
import app.vocero.ui.common.SyncTaskRunner;
import app.vocero.ui.shell.Section;
import atlantafx.base.theme.PrimerLight;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicReference;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.stage.Stage;

/**
 * Screenshots of the history at 1280×800 in both languages, from the real window under a display (Xvfb), with a
 * tracked Routee campaign and a Saem one sent to the sandbox by two people of a team ({@link TeamHistory}):
 * {@code java -cp <test class path> app.vocero.ui.history.HistoryScreenshots assets/screenshots}.
 */
public final class HistoryScreenshots {

    private HistoryScreenshots() {
    }

    public static void main(String[] args) throws Exception {
        Path out = Path.of(args.length > 0 ? args[0] : "assets/screenshots");
        Files.createDirectories(out);
        CompletableFuture<Void> started = new CompletableFuture<>();
        Platform.startup(() -> started.complete(null));
        started.get();
        Platform.setImplicitExit(false);
        for (Language language : Language.values()) {
            Path dir = Files.createTempDirectory("vocero-history-shots");
            try (TrackedCampaign campaign = TrackedCampaign.tracked(dir)) {
                TeamHistory.of(campaign, dir); // sent by two people of a team
                campaign.app.settings().setLanguage(language);
                AtomicReference<Stage> stage = new AtomicReference<>();
                AtomicReference<MainWindow> window = new AtomicReference<>();
                onFx(() -> {
                    Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
                    Stage shown = new Stage();
                    window.set(new MainWindow(shown, campaign.app.uiServices(), new SyncTaskRunner()));
                    shown.setWidth(1280);
                    shown.setHeight(800);
                    shown.show();
                    stage.set(shown);
                });
                onFx(() -> window.get().shell().show(Section.CAMPAIGNS));
                onFx(() -> {
                    CampaignsViewModel history = window.get().campaigns();
                    history.refresh();
                    CampaignRecord routee = history.campaigns().stream()
                            .filter(c -> c.provider() == ProviderId.ROUTEE).findFirst().orElseThrow();
                    history.selectedProperty().set(routee);
                    history.refreshFromButton();
                });
                shoot(stage.get(), out.resolve("history-" + language.code() + ".png"));
                onFx(() -> {
                    CampaignsViewModel history = window.get().campaigns();
                    history.callAgainSelected();
                    ((javafx.scene.control.TabPane) stage.get().getScene().lookup("#detailTabs")).getSelectionModel().select(1);
                });
                shoot(stage.get(), out.resolve("history-requests-" + language.code() + ".png"));
                onFx(() -> {
                    CampaignsViewModel history = window.get().campaigns();
                    history.campaigns().stream().filter(c -> c.provider() == ProviderId.SAEM).findFirst()
                            .ifPresent(history.selectedProperty()::set);
                    ((javafx.scene.control.TabPane) stage.get().getScene().lookup("#detailTabs")).getSelectionModel().select(2);
                });
                shoot(stage.get(), out.resolve("history-message-" + language.code() + ".png"));
                onFx(() -> {
                    window.get().campaigns().byFilterProperty().set("ana");
                    ((javafx.scene.control.TabPane) stage.get().getScene().lookup("#detailTabs")).getSelectionModel().select(0);
                });
                shoot(stage.get(), out.resolve("history-by-" + language.code() + ".png"));
                onFx(() -> stage.get().close());
            }
        }
        Platform.exit();
    }

    private static void onFx(Runnable action) throws Exception {
        app.vocero.ui.Screenshots.onFx(action);
    }

    private static void shoot(Stage stage, Path file) throws Exception {
        app.vocero.ui.Screenshots.shoot(stage, file, 600);
    }
}
