package app.vocero.ui.contacts;

import app.vocero.VoceroApp;
import app.vocero.domain.Operator;
import app.vocero.store.OtherDesktop;
import app.vocero.config.Language;
import app.vocero.service.Progress;
import app.vocero.ui.MainWindow;
import app.vocero.ui.common.SyncTaskRunner;
import app.vocero.ui.shell.Section;
import atlantafx.base.theme.PrimerLight;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.stage.Stage;

/**
 * Screenshots of the contact lists and do-not-call screens at 1280×800 in both languages, from the real window
 * under a display (Xvfb): {@code java -cp <test class path> app.vocero.ui.contacts.ListsScreenshots assets/screenshots}.
 */
public final class ListsScreenshots {

    private static final Map<String, Object> SHOTS = new ConcurrentHashMap<>();

    private ListsScreenshots() {
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
                String lang = language.code();
                // a do-not-call list with numbers typed and from a file, so that the screens have something to show
                app.doNotCall().add(List.of("+57 320 987 6543", "3005550101", "3115550102"), "CO", lang);
                Path complaints = Files.writeString(data.resolve("es".equals(lang) ? "quejas-noviembre.csv"
                        : "complaints-november.csv"), "Celular\n3165550103\n3175550104\n3185550105\n3195550106\n");
                app.doNotCall().importFile(complaints, "CO", Progress.NONE);
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
                onFx(() -> window.shell().show(Section.CONTACT_LISTS));
                onFx(() -> window.contactLists().importFile(Path.of("assets/examples/contactos.csv").toAbsolutePath()));
                onFx(() -> window.contactLists().importFile(
                        Path.of("assets/examples/contactos-con-errores.csv").toAbsolutePath()));
                // imported on two desktops of a team: the table and the report say who imported each list
                for (var list : app.contactLists().lists()) {
                    OtherDesktop.listMadeBy(data, list.id(), list.name().equals("contactos")
                            ? new Operator("ana", "PC-VENTAS-3")
                            : new Operator("luis", "PC-COBROS-1"));
                }
                onFx(() -> window.contactLists().refresh());
                shoot(stage, out.resolve("contact-lists-" + lang + ".png"));
                onFx(() -> window.shell().show(Section.DO_NOT_CALL));
                shoot(stage, out.resolve("do-not-call-" + lang + ".png"));
                onFx(stage::close);
            }
        }
        Platform.exit();
    }

    private static void onFx(Runnable action) throws Exception {
        app.vocero.ui.Screenshots.onFx(action);
    }

    private static void shoot(Stage stage, Path file) throws Exception {
        app.vocero.ui.Screenshots.shoot(stage, file, 500);
    }
}
