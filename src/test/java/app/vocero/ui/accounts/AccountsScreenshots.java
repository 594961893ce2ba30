package app.vocero.ui.accounts;

import app.vocero.VoceroApp;
import app.vocero.config.Language;
import app.vocero.domain.campaign.PriceTable;
import app.vocero.domain.campaign.ProviderId;
import app.vocero.service.AccountService;
import app.vocero.ui.MainWindow;
import app.vocero.ui.common.SyncTaskRunner;
import app.vocero.ui.shell.Section;
import atlantafx.base.theme.PrimerLight;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicReference;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.stage.Stage;

/**
 * Screenshots of the accounts screen at 1280×800 in both languages (list, a test result, the edit form with a
 * price), from the real window under a display (Xvfb):
 * {@code java -cp <test class path> app.vocero.ui.accounts.AccountsScreenshots assets/screenshots}.
 */
public final class AccountsScreenshots {

    private AccountsScreenshots() {
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
            try (VoceroApp app = VoceroApp.open(data, language.locale(),
                    creating -> Optional.of("frase-de-prueba".toCharArray()))) {
                app.settings().setLanguage(language);
                app.accounts().add(new AccountService.NewAccount("Saem cobros", ProviderId.SAEM,
                        "https://apicallb.saem.tel", null, null, "clave-saem-de-prueba"));
                app.accounts().add(new AccountService.NewAccount("Routee Bogotá", ProviderId.ROUTEE, null, null,
                        "5c8f2a7e0cf2b5a4", "secreto-de-prueba"));
                app.prices().set("Saem cobros", PriceTable.Unit.PER_CALL, new BigDecimal("95"), "COP");
                app.prices().set("Sandbox Routee", PriceTable.Unit.PER_MINUTE, new BigDecimal("0.012"), "EUR");
                AtomicReference<Stage> stage = new AtomicReference<>();
                AtomicReference<MainWindow> window = new AtomicReference<>();
                onFx(() -> {
                    Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
                    stage.set(new Stage());
                    window.set(new MainWindow(stage.get(), app.uiServices(), new SyncTaskRunner()));
                    stage.get().setWidth(1280);
                    stage.get().setHeight(800);
                    stage.get().show();
                    window.get().shell().show(Section.ACCOUNTS);
                });
                AccountsViewModel accounts = window.get().accounts();
                onFx(() -> {
                    accounts.rows().stream().filter(row -> row.name().equals("Sandbox Routee")).findFirst()
                            .ifPresent(accounts.selectedProperty()::set);
                    accounts.testSelected();
                });
                onFx(() -> {
                    accounts.rows().stream().filter(row -> row.name().equals("Saem cobros")).findFirst()
                            .ifPresent(accounts.selectedProperty()::set);
                    accounts.startEdit();
                });
                shoot(stage.get(), out.resolve("accounts-" + language.code() + ".png"));
                onFx(() -> {
                    accounts.cancelForm();
                    accounts.askRemove();
                });
                shoot(stage.get(), out.resolve("accounts-remove-" + language.code() + ".png"));
                onFx(() -> {
                    accounts.keepAccount();
                    accounts.startAdd();
                    accounts.form().providerProperty().set(ProviderId.ROUTEE);
                    accounts.form().priceProperty().set(AccountForm.PriceChoice.PER_MINUTE);
                    accounts.save(); // without the application id: the form says what is missing
                });
                shoot(stage.get(), out.resolve("accounts-add-" + language.code() + ".png"));
                onFx(() -> stage.get().close());
            }
        }
        Platform.exit();
    }

    private static void onFx(Runnable action) throws Exception {
        app.vocero.ui.Screenshots.onFx(action);
    }

    private static void shoot(Stage stage, Path file) throws Exception {
        app.vocero.ui.Screenshots.shoot(stage, file, 400);
    }
}
