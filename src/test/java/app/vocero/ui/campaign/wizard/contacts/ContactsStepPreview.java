package app.vocero.ui.campaign.wizard.contacts;

import app.vocero.VoceroApp;
import app.vocero.config.Messages;
import app.vocero.domain.campaign.Draft;
import app.vocero.domain.campaign.ProviderId;
import app.vocero.ui.campaign.wizard.CampaignWizardModel;
import app.vocero.ui.common.SyncTaskRunner;
import app.vocero.ui.common.ViewLoader;
import atlantafx.base.theme.PrimerLight;
import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.ScrollPane;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import javax.imageio.ImageIO;

/**
 * Shows the contacts step alone in a 1280×800 window on a real display (Xvfb) and writes screenshots, until the lead
 * wires it into the wizard: {@code java -cp … ContactsStepPreview OUT_DIR es|en DATA_DIR}. Not a test; it lives with
 * them because it needs nothing the app ships.
 */
public final class ContactsStepPreview {

    public static void main(String[] args) throws Exception {
        Path out = Path.of(args[0]);
        Locale language = Locale.forLanguageTag(args[1]);
        Path data = Path.of(args[2]);
        Files.createDirectories(out);
        Path mixed = data.resolve("contactos-mixtos.csv");
        Files.createDirectories(data);
        Files.writeString(mixed, Files.readString(ContactsStepViewModelTest.EXAMPLE, StandardCharsets.UTF_8)
                + "John;Smith;+1 212 555 0123;0;Miami\r\n", StandardCharsets.UTF_8);
        CountDownLatch done = new CountDownLatch(1);
        Throwable[] failure = new Throwable[1];
        try (VoceroApp app = VoceroApp.open(data.resolve("vocero"), language)) {
            app.settings().setDefaultCountry("CO");
            Platform.startup(() -> {
                try {
                    Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
                    Messages messages = Messages.of(language);
                    CampaignWizardModel model = new CampaignWizardModel();
                    model.update(draft -> new Draft(draft.version(), "Cobranza diciembre", ProviderId.SAEM,
                            "Sandbox Saem", null, null, draft.schedules(), null, draft.options(), draft.extra()));
                    ContactsStepViewModel viewModel = new ContactsStepViewModel(model, app.contactLists(),
                            app.doNotCall(), app.settings(), new SyncTaskRunner(), messages);
                    ViewLoader views = new ViewLoader(messages.bundle(),
                            type -> new ContactsStepController(model, viewModel));
                    Parent step = views.load(ContactsStepController.class);
                    StackPane frame = new StackPane(step);
                    frame.setStyle("-fx-padding: 16 8 0 24; -fx-background-color: -color-bg-default;");
                    Stage stage = new Stage();
                    stage.setScene(new Scene(frame, args.length > 3 ? Integer.parseInt(args[3]) : 1280, 800));
                    stage.setTitle("Vocero");
                    stage.show();
                    viewModel.chooseFile(mixed);
                    String lang = language.getLanguage();
                    later(() -> {
                        shoot(stage, out.resolve("wizard-contacts-" + lang + ".png"));
                        viewModel.keepOnlyMainCountry();
                        later(() -> {
                            ((ScrollPane) step).setVvalue(1);
                            later(() -> {
                                shoot(stage, out.resolve("wizard-contacts-split-" + lang + ".png"));
                                done.countDown();
                            });
                        });
                    });
                } catch (Throwable e) {
                    failure[0] = e;
                    done.countDown();
                }
            });
            done.await();
        }
        Platform.exit();
        if (failure[0] != null) {
            failure[0].printStackTrace();
            System.exit(1);
        }
        System.exit(0);
    }

    /** Runs after a few pulses, when layout and charts have settled. */
    private static void later(Runnable action) {
        javafx.animation.PauseTransition pause = new javafx.animation.PauseTransition(javafx.util.Duration.millis(600));
        pause.setOnFinished(event -> action.run());
        pause.play();
    }

    private static void shoot(Stage stage, Path file) {
        WritableImage image = stage.getScene().snapshot(null);
        int width = (int) image.getWidth();
        int height = (int) image.getHeight();
        BufferedImage picture = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        PixelReader pixels = image.getPixelReader();
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                picture.setRGB(x, y, pixels.getArgb(x, y));
            }
        }
        try {
            ImageIO.write(picture, "png", file.toFile());
            System.out.println("Wrote " + file + " (" + width + "x" + height + ")");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
