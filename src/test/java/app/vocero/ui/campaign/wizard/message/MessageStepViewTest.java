package app.vocero.ui.campaign.wizard.message;

import static org.assertj.core.api.Assertions.assertThat;

import app.vocero.config.Messages;
import app.vocero.contacts.ContactImporter;
import app.vocero.contacts.ImportOptions;
import app.vocero.contacts.Suppression;
import app.vocero.contacts.read.ReadOptions;
import app.vocero.contacts.read.RowReader;
import app.vocero.contacts.read.RowReaders;
import app.vocero.domain.ContactField;
import app.vocero.domain.ContactTable;
import app.vocero.domain.ImportResult;
import app.vocero.domain.PhoneCheck;
import app.vocero.domain.campaign.Draft;
import app.vocero.domain.campaign.Message;
import app.vocero.domain.campaign.ProviderId;
import app.vocero.domain.campaign.TagFormat;
import app.vocero.service.KnownAudios;
import app.vocero.service.LocalSpeech;
import app.vocero.ui.campaign.wizard.CampaignWizardModel;
import app.vocero.ui.common.SyncTaskRunner;
import app.vocero.ui.common.ViewLoader;
import atlantafx.base.theme.PrimerLight;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import javafx.application.Application;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import javafx.stage.Stage;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Step 3, the message, in Spanish: tags, preview, counter, numbers read as money, Listen and the audio id. */
@ExtendWith(ApplicationExtension.class)
class MessageStepViewTest {

    private CampaignWizardModel model;
    private MessageStepViewModel viewModel;
    private final List<List<String>> spoken = new ArrayList<>();
    private final List<String> spokenText = new ArrayList<>();
    private final List<Path> played = new ArrayList<>();
    private boolean speechInstalled = true;

    @Start
    void start(Stage stage) throws Exception {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        Messages messages = Messages.of(Locale.forLanguageTag("es"));
        model = new CampaignWizardModel();
        model.update(draft -> withProvider(draft, ProviderId.SAEM));
        LocalSpeech speech = new LocalSpeech(LocalSpeech.Os.LINUX, (command, input, timeout) -> {
            if (!speechInstalled) {
                throw new IOException("Cannot run program \"espeak-ng\": error=2, No such file or directory");
            }
            spoken.add(command);
            spokenText.add(input);
            Files.write(Path.of(command.get(command.indexOf("-w") + 1)), new byte[1000]);
            return new LocalSpeech.Result(0, "");
        }, Files.createTempDirectory("vocero-listen-test"));
        Playback playback = new Playback() {
            @Override
            public void play(Path wav, Runnable onEnd) {
                played.add(wav);
            }

            @Override
            public void stop() {
            }
        };
        KnownAudios.KnownAudio used = new KnownAudios.KnownAudio("777", "Sandbox Saem", "Cobranza noviembre",
                Instant.parse("2026-11-20T15:00:00Z"));
        viewModel = new MessageStepViewModel(model, speech, playback,
                account -> "Sandbox Saem".equals(account) ? List.of(used) : List.of(), new SyncTaskRunner(), messages);
        ViewLoader views = new ViewLoader(messages.bundle(), type -> new MessageStepController(viewModel));
        stage.setScene(new Scene(views.load(MessageStepController.class), 1280, 800));
        stage.show();
    }

    private static Draft withProvider(Draft draft, ProviderId provider) {
        return new Draft(draft.version(), "Cobranza diciembre", provider, "Sandbox " + provider.displayName(),
                draft.contacts(), draft.message(), draft.schedules(), draft.timezone(), draft.options(), draft.extra());
    }

    private static ImportResult imported(ContactTable contacts) {
        return new ImportResult("contactos.csv", "csv", "UTF-8", contacts.size(), 0, contacts.size(), 0, 0, 0,
                contacts.size(), Map.of(), Map.of(), Map.of(), List.of(), contacts, 1);
    }

    private static ContactTable threeContacts() {
        return ContactTable.builder(Set.of(ContactField.PHONE, ContactField.NAME, ContactField.BALANCE), List.of("Ciudad"))
                .add(2, PhoneCheck.valid("+573001234567", "3001234567", "CO", "Claro"),
                        new String[] {"3001234567", "José", "150000"}, new String[] {"Bogotá"})
                .add(3, PhoneCheck.valid("+573101234567", "3101234567", "CO", "Tigo"),
                        new String[] {"3101234567", "", "20000"}, new String[] {"Cali"})
                .add(4, PhoneCheck.valid("+573151234567", "3151234567", "CO", "Claro"),
                        new String[] {"3151234567", "Luis", "5000"}, new String[] {"Pasto"})
                .build();
    }

    private void load(FxRobot robot, ContactTable contacts) {
        robot.interact(() -> model.setImported(imported(contacts)));
    }

    private void write(FxRobot robot, String text) {
        robot.interact(() -> robot.lookup("#templateEditor").queryAs(TextArea.class).setText(text));
    }

    private static String flowText(FxRobot robot, String id) {
        TextFlow flow = robot.lookup(id).queryAs(TextFlow.class);
        StringBuilder text = new StringBuilder();
        for (Node node : flow.getChildren()) {
            text.append(node instanceof Text ? ((Text) node).getText() : ((Label) node).getText());
        }
        return text.toString();
    }

    private static String label(FxRobot robot, String id) {
        return robot.lookup(id).queryLabeled().getText();
    }

    private String template() {
        return ((Message.Tts) model.draft().message()).template();
    }

    @Test
    void clickingATagButtonInsertsItAtTheCaretAndHighlightsIt(FxRobot robot) {
        load(robot, threeContacts());
        write(robot, "Hola , su saldo es .");
        robot.interact(() -> robot.lookup("#templateEditor").queryAs(TextArea.class).positionCaret(5));

        robot.clickOn("#tagN");
        robot.interact(() -> robot.lookup("#templateEditor").queryAs(TextArea.class).positionCaret(22));
        robot.clickOn("#tagS");

        assertThat(robot.lookup("#templateEditor").queryAs(TextArea.class).getText()).isEqualTo("Hola {N}, su saldo es {S}.");
        assertThat(template()).isEqualTo("Hola {N}, su saldo es {S}.");
        assertThat(robot.lookup("#tagN").queryButton().getText()).isEqualTo("{N} Nombre");
        assertThat(robot.lookup("#tag-Ciudad").queryButton().getText()).isEqualTo("{Ciudad} Ciudad");
        TextFlow mirror = robot.lookup("#templateMirror").queryAs(TextFlow.class);
        assertThat(mirror.getChildren()).filteredOn(node -> node.getStyleClass().contains("tag-chip"))
                .extracting(node -> ((Label) node).getText()).containsExactly("{N} Nombre", "{S} Saldo");
        assertThat(viewModel.completeProperty().get()).isTrue();
        assertThat(label(robot, "#problemLabel")).isEqualTo("El mensaje está listo.");
    }

    @Test
    void anglesAndBracesPreviewTheSameText(FxRobot robot) {
        load(robot, threeContacts());
        write(robot, "Hola <N>, debe <S> en {Ciudad}.");
        String angles = flowText(robot, "#previewFlow");
        write(robot, "Hola {N}, debe {S} en {Ciudad}.");

        assertThat(flowText(robot, "#previewFlow")).isEqualTo(angles).isEqualTo("Hola José, debe $150.000 en Bogotá.");
        assertThat(robot.lookup("#currencyWarning").query().isVisible()).isFalse();

        write(robot, "Hola {N}, debe {S} pesos.");
        assertThat(label(robot, "#currencyWarning")).startsWith("{S} (Saldo) se lee como un monto");
        assertThat(label(robot, "#previewTitle")).isEqualTo("1 de 3");
    }

    @Test
    void previousAndNextWalkThroughTheContacts(FxRobot robot) {
        load(robot, threeContacts());
        write(robot, "Hola {N} de {Ciudad}");

        robot.clickOn("#nextContactButton");
        assertThat(label(robot, "#previewTitle")).isEqualTo("2 de 3");
        assertThat(flowText(robot, "#previewFlow")).isEqualTo("Hola {N} vacío de Cali");
        robot.clickOn("#previousContactButton");
        robot.clickOn("#previousContactButton");
        assertThat(label(robot, "#previewTitle")).isEqualTo("3 de 3");
        assertThat(flowText(robot, "#previewFlow")).isEqualTo("Hola Luis de Pasto");
        assertThat(label(robot, "#previewContact")).isEqualTo("Luis · +573151234567 · fila 4");
    }

    @Test
    void contactsMissingAValueAreCountedAndListed(FxRobot robot) {
        load(robot, threeContacts());
        write(robot, "Hola {N}, {N}: debe {S}");

        assertThat(label(robot, "#missingSummary")).isEqualTo("1 de 3 sin {N}");
        ListView<MessageStepViewModel.MissingRow> missing = robot.lookup("#missingList").queryListView();
        assertThat(missing.getItems()).extracting(MessageStepViewModel.MissingRow::text)
                .containsExactly("Fila 3 · +573101234567 · —: sin {N}");

        robot.interact(() -> missing.getSelectionModel().select(0));
        assertThat(label(robot, "#previewTitle")).isEqualTo("2 de 3");

        write(robot, "Debe {S}");
        assertThat(label(robot, "#missingSummary")).isEqualTo("Todos los contactos tienen un valor para cada etiqueta.");
    }

    @Test
    void withoutContactsThePreviewSaysSoAndShowsTheTagsWords(FxRobot robot) {
        write(robot, "Hola {N}");
        assertThat(label(robot, "#previewTitle")).startsWith("Todavía no hay contactos");
        assertThat(flowText(robot, "#previewFlow")).isEqualTo("Hola Nombre");
        assertThat(robot.lookup("#nextContactButton").query().isDisabled()).isTrue();
    }

    @Test
    void theCounterTurnsToAnErrorPastTheProvidersLimit(FxRobot robot) {
        robot.interact(() -> model.update(draft -> withProvider(draft, ProviderId.OCTOPUSH)));
        write(robot, "a".repeat(1224));
        assertThat(label(robot, "#counterLabel")).isEqualTo("1.224 / 1.224 caracteres");
        assertThat(robot.lookup("#counterLabel").query().getStyleClass()).doesNotContain("counter-error");
        assertThat(viewModel.completeProperty().get()).isTrue();

        write(robot, "a".repeat(1225));

        assertThat(label(robot, "#counterLabel")).isEqualTo("1.225 / 1.224 caracteres");
        assertThat(robot.lookup("#counterLabel").query().getStyleClass()).contains("counter-error");
        assertThat(viewModel.completeProperty().get()).isFalse();
        assertThat(label(robot, "#problemLabel")).contains("Octopush lee máximo 1.224", "Acorte el texto en 1 caracteres");
        assertThat(robot.lookup("#genderChoice").query().isVisible()).isTrue();
        assertThat(robot.lookup("#voiceChoice").query().isVisible()).isFalse();
        assertThat(((Message.Tts) model.draft().message()).language()).isEqualTo("es-LA");
        assertThat(((Message.Tts) model.draft().message()).voice()).isNull();
    }

    @Test
    void aBalanceFromANumericExcelCellIsPreviewedAsMoney(FxRobot robot) throws Exception {
        Path xlsx = Files.createTempDirectory("vocero-message").resolve("saldos.xlsx");
        try (OutputStream out = Files.newOutputStream(xlsx)) {
            Workbook workbook = new Workbook(out, "Vocero", "1.0");
            Worksheet sheet = workbook.newWorksheet("Clientes");
            sheet.value(0, 0, "nombre");
            sheet.value(0, 1, "celular");
            sheet.value(0, 2, "saldo");
            sheet.value(1, 0, "Ana");
            sheet.value(1, 1, 3001234567L);
            sheet.value(1, 2, new BigDecimal("1250000.5"));
            workbook.finish();
        }
        ImportResult result;
        try (RowReader reader = RowReaders.open(xlsx, ReadOptions.defaults())) {
            result = new ContactImporter(1).importRows(reader, xlsx, ImportOptions.forCountry("CO"), Suppression.NONE, null);
        }
        assertThat(result.contacts().field(ContactField.BALANCE, 0)).as("the cell as read").isEqualTo("1250000.5");
        robot.interact(() -> model.setImported(result));

        write(robot, "Ana, su saldo es {S}.");

        assertThat(flowText(robot, "#previewFlow")).isEqualTo("Ana, su saldo es $1.250.000,50.");

        ComboBox<TagFormat> format = robot.lookup("#format-S").queryComboBox();
        assertThat(format.getValue()).isEqualTo(TagFormat.AMOUNT);
        robot.interact(() -> format.setValue(TagFormat.DIGITS));
        assertThat(flowText(robot, "#previewFlow")).isEqualTo("Ana, su saldo es 1 2 5 0 0 0 0 5.");
        assertThat(((Message.Tts) model.draft().message()).extra()).containsEntry("tagFormats", Map.of("S", "digits"));
    }

    @Test
    void listenSpeaksThePreviewWithThisComputersVoiceAndPlaysIt(FxRobot robot) {
        load(robot, threeContacts());
        write(robot, "Hola {N}, su saldo es {S}.");

        robot.clickOn("#listenButton");

        assertThat(spokenText).containsExactly("Hola José, su saldo es $150.000.");
        assertThat(spoken.get(0)).startsWith("espeak-ng", "-v", "es-419", "-w").endsWith("--stdin");
        assertThat(played).singleElement().satisfies(wav -> assertThat(wav.toString()).endsWith(".wav"));
        assertThat(label(robot, "#listenStatus")).isEqualTo("Reproduciendo…");
        assertThat(robot.lookup("#stopButton").query().isDisabled()).isFalse();
        assertThat(label(robot, "#approximationLabel")).contains("una aproximación", "Saem");
        robot.clickOn("#stopButton");
        assertThat(label(robot, "#listenStatus")).isEmpty();

        speechInstalled = false;
        robot.clickOn("#listenButton");
        assertThat(label(robot, "#listenStatus")).contains("Instale espeak-ng");
        assertThat(played).hasSize(1);
    }

    @Test
    void anAudioIdTypedOrKnownFromTheHistoryBecomesTheMessage(FxRobot robot) {
        robot.clickOn("#audioToggle");
        ListView<KnownAudios.KnownAudio> known = robot.lookup("#knownAudioList").queryListView();
        assertThat(known.getItems()).extracting(KnownAudios.KnownAudio::audioId).containsExactly("777");
        assertThat(viewModel.completeProperty().get()).isFalse();
        assertThat(label(robot, "#problemLabel")).startsWith("Elija un audio de la cuenta");

        robot.clickOn("#newAudioIdField").write("4321");
        robot.clickOn("#useAudioIdButton");

        assertThat(model.draft().message()).isInstanceOfSatisfying(Message.Audio.class,
                audio -> assertThat(audio.audioId()).isEqualTo("4321"));
        assertThat(known.getItems()).extracting(KnownAudios.KnownAudio::audioId).containsExactly("4321", "777");
        assertThat(label(robot, "#selectedAudioLabel")).isEqualTo("Audio elegido: 4321");
        assertThat(viewModel.completeProperty().get()).isTrue();

        robot.interact(() -> known.getSelectionModel().select(1));
        assertThat(((Message.Audio) model.draft().message()).audioId()).isEqualTo("777");
    }

    @Test
    void generatingAnAudioChecksTheResourceNameBeforeAnythingIsSent(FxRobot robot) {
        robot.clickOn("#audioToggle");
        robot.clickOn("#generateRadio");
        robot.interact(() -> robot.lookup("#generateTextArea").queryAs(TextArea.class).setText("Su factura vence mañana."));
        robot.interact(() -> robot.lookup("#resourceNameField").queryTextInputControl().setText("cobro diciembre.wav"));

        assertThat(label(robot, "#resourceNameError")).isEqualTo("Escriba el nombre sin .wav: cobro diciembre");
        assertThat(viewModel.completeProperty().get()).isFalse();

        robot.interact(() -> robot.lookup("#resourceNameField").queryTextInputControl().setText("cobro_diciembre"));

        assertThat(robot.lookup("#resourceNameError").query().isVisible()).isFalse();
        assertThat(viewModel.completeProperty().get()).isTrue();
        assertThat(model.draft().option("generateAudio")).isEqualTo(Map.of("text", "Su factura vence mañana.",
                "voice", "Maria", "resource_name", "cobro_diciembre"));
        assertThat(((Message.Audio) model.draft().message()).audioId()).isNull();

        robot.clickOn("#ttsToggle");
        assertThat(model.draft().message()).isInstanceOf(Message.Tts.class);
        assertThat(model.draft().options()).as("a TTS campaign generates no audio").doesNotContainKey("generateAudio");
    }

    @Test
    void providersWithoutAMessageSaySo(FxRobot robot) {
        robot.interact(() -> model.update(draft -> withProvider(draft, ProviderId.MEETZY)));
        assertThat(robot.lookup("#noneLabel").queryLabeled().getText()).startsWith("Meetzy usa su propio guion");
        assertThat(viewModel.completeProperty().get()).isTrue();
        assertThat(robot.lookup("#ttsPane").query().isVisible()).isFalse();
        assertThat(robot.lookup("#kindBox").query().isVisible()).isFalse();
    }

    @Test
    void aDraftOpenedOrChangedElsewhereIsShownAsItIs(FxRobot robot) {
        Message.Tts tts = new Message.Tts("Hola <N>, debe {S}", "maría", null, null,
                Map.of("tagFormats", Map.of("S", "number"), "nota", "de Ana"));
        robot.interact(() -> model.update(draft -> MessageStepViewModel.withMessage(draft, tts)));

        assertThat(robot.lookup("#templateEditor").queryAs(TextArea.class).getText()).isEqualTo("Hola <N>, debe {S}");
        assertThat(robot.lookup("#voiceChoice").queryComboBox().getValue()).isEqualTo("Maria");
        assertThat(robot.lookup("#format-S").queryComboBox().getValue()).isEqualTo(TagFormat.NUMBER);
        assertThat(viewModel.completeProperty().get()).isTrue();

        write(robot, "Hola <N>, debe {S}.");
        assertThat(((Message.Tts) model.draft().message()).extra()).as("what the window does not show is kept")
                .containsEntry("nota", "de Ana").containsEntry("tagFormats", Map.of("S", "number"));
        assertThat(((Message.Tts) model.draft().message()).voice()).isEqualTo("Maria");
    }

    @Test
    void routeeReadsOneTextToEveryoneSoTagsThatChangeAreAProblem(FxRobot robot) {
        robot.interact(() -> model.update(draft -> withProvider(draft, ProviderId.ROUTEE)));
        load(robot, threeContacts());

        write(robot, "Hola {N}");
        assertThat(viewModel.completeProperty().get()).isFalse();
        assertThat(label(robot, "#problemLabel")).startsWith("Routee lee un mismo texto a todos").contains("{N}");

        write(robot, "Su factura vence mañana.");
        assertThat(viewModel.completeProperty().get()).isTrue();
    }

    @Test
    void aLocalWavIsPlayedAndGivesTheEstimateItsLength(FxRobot robot) throws Exception {
        Path wav = Files.createTempDirectory("vocero-wav").resolve("aviso.wav");
        javax.sound.sampled.AudioFormat format = new javax.sound.sampled.AudioFormat(8000, 16, 1, true, false);
        byte[] silence = new byte[8000 * 2 * 3 / 2]; // 1.5 s
        try (javax.sound.sampled.AudioInputStream in = new javax.sound.sampled.AudioInputStream(
                new java.io.ByteArrayInputStream(silence), format, silence.length / 2)) {
            javax.sound.sampled.AudioSystem.write(in, javax.sound.sampled.AudioFileFormat.Type.WAVE, wav.toFile());
        }
        robot.clickOn("#audioToggle");
        assertThat(robot.lookup("#playWavButton").query().isDisabled()).isTrue();

        robot.interact(() -> viewModel.audio().chooseLocalFile(wav));

        assertThat(label(robot, "#localFileLabel")).isEqualTo("aviso.wav");
        assertThat(label(robot, "#durationLabel")).isEqualTo("1,5 segundos (0:02)");
        assertThat(model.draft().message()).isInstanceOfSatisfying(Message.Audio.class, audio -> {
            assertThat(audio.file()).isEqualTo(wav.toAbsolutePath().toString());
            assertThat(audio.durationSeconds()).isEqualTo(1.5);
        });
        robot.clickOn("#playWavButton");
        assertThat(played).containsExactly(wav.toAbsolutePath());
        assertThat(robot.lookup("#stopWavButton").query().isDisabled()).isFalse();
        robot.clickOn("#stopWavButton");
        assertThat(robot.lookup("#stopWavButton").query().isDisabled()).isTrue();
    }
}
