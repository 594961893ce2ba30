package app.vocero.ui.campaign.wizard.message;

import app.vocero.config.Messages;
import app.vocero.domain.ContactField;
import app.vocero.domain.ContactTable;
import app.vocero.domain.ImportResult;
import app.vocero.domain.PhoneCheck;
import app.vocero.domain.campaign.Draft;
import app.vocero.domain.campaign.ProviderId;
import app.vocero.service.KnownAudios;
import app.vocero.service.LocalSpeech;
import app.vocero.ui.campaign.wizard.CampaignWizardModel;
import app.vocero.ui.common.FxTaskRunner;
import app.vocero.ui.common.ViewLoader;
import atlantafx.base.theme.PrimerLight;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import javafx.animation.PauseTransition;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.ToggleButton;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import javafx.util.Duration;
import javax.imageio.ImageIO;

/**
 * Screenshots of the message step for the README, from a real window (run it under Xvfb, see the README):
 * {@code java -cp … app.vocero.ui.campaign.wizard.message.MessageStepScreenshots assets/screenshots}.
 */
public final class MessageStepScreenshots {

    private static Path folder;

    public static void main(String[] args) {
        folder = Path.of(args.length > 0 ? args[0] : "assets/screenshots");
        Application.launch(Window.class, args);
    }

    /** The window that takes the screenshots (a launcher class must not extend Application on the classpath). */
    public static final class Window extends Application {

    @Override
    public void start(Stage stage) throws Exception {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        Files.createDirectories(folder);
        List<Runnable> shots = new java.util.ArrayList<>();
        for (String language : List.of("es", "en")) {
            shots.add(() -> shoot(stage, language, false));
            shots.add(() -> shoot(stage, language, true));
        }
        next(shots, 0);
    }

    private void next(List<Runnable> shots, int index) {
        if (index == shots.size()) {
            Platform.exit();
            return;
        }
        shots.get(index).run();
        PauseTransition wait = new PauseTransition(Duration.millis(1200));
        wait.setOnFinished(event -> {
            save(index);
            next(shots, index + 1);
        });
        wait.play();
    }

    private String pending;
    private Scene scene;

    private void shoot(Stage stage, String language, boolean audio) {
        Messages messages = Messages.of(Locale.forLanguageTag(language));
        CampaignWizardModel model = new CampaignWizardModel();
        model.update(draft -> new Draft(1, "Cobranza diciembre", ProviderId.SAEM, "Sandbox Saem", null, null, List.of(),
                null, Map.of(), Map.of()));
        model.setImported(imported(contacts()));
        KnownAudios.KnownAudio used = new KnownAudios.KnownAudio("48213", "Sandbox Saem", "Cobranza noviembre",
                Instant.parse("2026-11-20T15:00:00Z"));
        MessageStepViewModel viewModel = new MessageStepViewModel(model, LocalSpeech.forThisComputer(), new MediaPlayback(),
                account -> List.of(used), new FxTaskRunner(), messages);
        ViewLoader views = new ViewLoader(messages.bundle(), type -> new MessageStepController(viewModel));
        Parent root = views.load(MessageStepController.class);
        scene = new Scene(root, 1280, 800);
        stage.setScene(scene);
        stage.setTitle("Vocero");
        stage.show();
        if (audio) {
            ((ToggleButton) root.lookup("#audioToggle")).fire();
            viewModel.audio().newAudioIdProperty().set("51007");
            viewModel.audio().useNewAudioId();
            try {
                Path wav = LocalSpeech.forThisComputer().speak("es".equals(language)
                        ? "Le recordamos que su factura vence mañana." : "Your bill is due tomorrow.", language,
                        app.vocero.service.Progress.NONE);
                viewModel.audio().chooseLocalFile(wav);
            } catch (Exception e) {
                System.err.println("no local voice for the sample audio: " + e.getMessage());
            }
        } else {
            viewModel.templateProperty().set("es".equals(language)
                    ? "Hola {N}, le recordamos que su saldo de {S} vence el {Vence}. Si ya pagó, ignore este mensaje."
                    : "Hello {N}, your balance of {S} is due on {Vence}. If you already paid, please ignore this message.");
            viewModel.next();
        }
        pending = "wizard-message" + (audio ? "-audio-" : "-") + language + ".png";
    }

    private void save(int index) {
        WritableImage image = scene.snapshot(null);
        PixelReader pixels = image.getPixelReader();
        BufferedImage out = new BufferedImage((int) image.getWidth(), (int) image.getHeight(), BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < out.getHeight(); y++) {
            for (int x = 0; x < out.getWidth(); x++) {
                out.setRGB(x, y, pixels.getArgb(x, y));
            }
        }
        try {
            ImageIO.write(out, "png", folder.resolve(pending).toFile());
            System.out.println("wrote " + folder.resolve(pending));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static ImportResult imported(ContactTable contacts) {
        return new ImportResult("cartera.xlsx", "xlsx", "", contacts.size(), 0, contacts.size(), 0, 0, 0,
                contacts.size(), Map.of(), Map.of(), Map.of(), List.of(), contacts, 1);
    }

    private static ContactTable contacts() {
        String[] names = {"José Pérez", "", "María Fernanda", "Luis", "Ana", "Camilo", "", "Valentina", "Andrés", "Sofía",
                "Juan", "Daniela", "Carlos", "Laura", "Pedro", "Diana", "Jorge", "Paula", "Miguel", "Natalia", "Óscar", "Lucía"};
        String[] balances = {"1250000.5", "89500", "1.2500005E6", "350000", "", "45000.75", "120000", "980000", "15000",
                "2300000", "560000", "78000", "99000", "430000", "61000", "150000", "25000", "880000", "72000", "310000",
                "5000", "640000"};
        ContactTable.Builder builder = ContactTable.builder(Set.of(ContactField.PHONE, ContactField.NAME,
                ContactField.BALANCE, ContactField.IDENTIFIER), List.of("Vence"));
        for (int i = 0; i < names.length; i++) {
            String national = Long.toString(3001234500L + i * 1113L);
            builder.add(i + 2, PhoneCheck.valid("+57" + national, national, "CO", "Claro"),
                    new String[] {national, names[i], balances[i], Long.toString(1020304050L + i)},
                    new String[] {i % 3 == 0 ? "15 de diciembre" : "20 de diciembre"});
        }
        return builder.build();
    }
    }
}
