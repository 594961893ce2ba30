package app.vocero.ui.campaign.wizard.message;

import app.vocero.domain.campaign.MessageOptions;
import app.vocero.domain.campaign.TagFormat;
import app.vocero.domain.campaign.Template;
import app.vocero.domain.campaign.TemplateCoverage;
import app.vocero.service.KnownAudios;
import java.io.File;
import java.util.List;
import java.util.ResourceBundle;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import javafx.stage.FileChooser;
import javafx.util.StringConverter;
import org.kordamp.ikonli.javafx.FontIcon;

/** Binds the message step to its view model; builds the tag palette, the highlighted texts and the format pickers. */
public final class MessageStepController {

    private final MessageStepViewModel viewModel;

    @FXML private ResourceBundle resources;
    @FXML private ScrollPane messageStep;
    @FXML private HBox kindBox;
    @FXML private ToggleGroup kindGroup;
    @FXML private ToggleButton ttsToggle;
    @FXML private ToggleButton audioToggle;
    @FXML private HBox ttsPane;
    @FXML private HBox audioPane;
    @FXML private VBox nonePane;
    @FXML private Label noneLabel;
    @FXML private FlowPane tagPalette;
    @FXML private TextArea templateEditor;
    @FXML private Label counterLabel;
    @FXML private Label longestLabel;
    @FXML private Label currencyWarning;
    @FXML private TextFlow templateMirror;
    @FXML private ComboBox<String> voiceChoice;
    @FXML private ComboBox<String> genderChoice;
    @FXML private ComboBox<String> languageChoice;
    @FXML private FlowPane formatsPane;
    @FXML private Button previousContactButton;
    @FXML private Button nextContactButton;
    @FXML private Label previewTitle;
    @FXML private Label previewContact;
    @FXML private TextFlow previewFlow;
    @FXML private Button listenButton;
    @FXML private Button stopButton;
    @FXML private Label listenStatus;
    @FXML private Label approximationLabel;
    @FXML private Label missingSummary;
    @FXML private ListView<MessageStepViewModel.MissingRow> missingList;
    @FXML private ToggleGroup audioSourceGroup;
    @FXML private RadioButton useIdRadio;
    @FXML private RadioButton generateRadio;
    @FXML private VBox knownBox;
    @FXML private Label knownNote;
    @FXML private ListView<KnownAudios.KnownAudio> knownAudioList;
    @FXML private TextField newAudioIdField;
    @FXML private Button useAudioIdButton;
    @FXML private Label selectedAudioLabel;
    @FXML private VBox generateBox;
    @FXML private TextArea generateTextArea;
    @FXML private ComboBox<String> generateVoiceChoice;
    @FXML private TextField resourceNameField;
    @FXML private Label resourceNameError;
    @FXML private VBox urlBox;
    @FXML private TextField fileUrlField;
    @FXML private Label localFileLabel;
    @FXML private Label durationLabel;
    @FXML private Button playWavButton;
    @FXML private Button stopWavButton;
    @FXML private Label audioListenStatus;
    @FXML private Label audioApproximation;
    @FXML private Label problemLabel;
    @FXML private FontIcon problemIcon;

    public MessageStepController(MessageStepViewModel viewModel) {
        this.viewModel = viewModel;
    }

    @FXML
    private void initialize() {
        bindKind();
        bindEditor();
        bindVoices();
        bindPreview();
        bindAudio();
        problemLabel.textProperty().bind(Bindings.when(viewModel.completeProperty())
                .then(resources.getString("wizard.message.ready")).otherwise(viewModel.problemProperty()));
        viewModel.completeProperty().addListener((observable, was, ok) -> problemStyle(ok));
        problemStyle(viewModel.completeProperty().get());
    }

    private void bindKind() {
        viewModel.kindProperty().addListener((observable, before, now) -> showKind());
        viewModel.optionsProperty().addListener((observable, before, now) -> showKind());
        kindGroup.selectedToggleProperty().addListener((observable, before, now) -> {
            if (now == null) {
                // a toggle group lets the selected button be clicked off: keep one chosen
                (viewModel.kindProperty().get() == MessageStepViewModel.Kind.AUDIO ? audioToggle : ttsToggle).setSelected(true);
            } else {
                viewModel.kindProperty().set(now == audioToggle ? MessageStepViewModel.Kind.AUDIO : MessageStepViewModel.Kind.TTS);
            }
        });
        showKind();
    }

    private void showKind() {
        MessageOptions options = viewModel.optionsProperty().get();
        MessageStepViewModel.Kind kind = viewModel.kindProperty().get();
        show(kindBox, options.tts() && options.audio());
        show(ttsPane, kind == MessageStepViewModel.Kind.TTS);
        show(audioPane, kind == MessageStepViewModel.Kind.AUDIO);
        show(nonePane, kind == MessageStepViewModel.Kind.NONE && options.provider() != null);
        if (options.provider() != null) {
            noneLabel.setText(new java.text.MessageFormat(resources.getString("wizard.message.none"), resources.getLocale())
                    .format(new Object[] {options.provider().displayName()}));
        }
        (kind == MessageStepViewModel.Kind.AUDIO ? audioToggle : ttsToggle).setSelected(true);
        approximationLabel.setText(viewModel.approximationText());
        audioApproximation.setText(viewModel.approximationText());
        boolean namedVoices = !options.voices().isEmpty();
        show(voiceChoice, namedVoices);
        show(genderChoice, !namedVoices);
        show(languageChoice, !namedVoices);
        if (!options.languages().isEmpty()) {
            languageChoice.getItems().setAll(options.languages());
        }
        genderChoice.getItems().setAll(options.genders().isEmpty() ? MessageOptions.GENDERS : options.genders());
        show(useIdRadio, options.audioId());
        show(knownBox, options.audioId());
        show(generateRadio, options.audioGeneration());
        show(generateBox, options.audioGeneration());
        show(urlBox, options.audioUrl());
    }

    private static void show(Node node, boolean visible) {
        node.setVisible(visible);
        node.setManaged(visible);
    }

    private void bindEditor() {
        templateEditor.textProperty().bindBidirectional(viewModel.templateProperty());
        viewModel.palette().addListener((ListChangeListener<MessageStepViewModel.TagButton>) change -> buildPalette());
        buildPalette();
        viewModel.parsedProperty().addListener((observable, before, now) -> buildMirror(now));
        buildMirror(viewModel.parsedProperty().get());
        counterLabel.textProperty().bind(viewModel.counterProperty());
        longestLabel.textProperty().bind(viewModel.longestProperty());
        currencyWarning.textProperty().bind(viewModel.currencyWarningProperty());
        currencyWarning.visibleProperty().bind(viewModel.currencyWarningProperty().isNotEmpty());
        currencyWarning.managedProperty().bind(viewModel.currencyWarningProperty().isNotEmpty());
        viewModel.overLimitProperty().addListener((observable, was, over) -> counterStyle(over));
        counterStyle(viewModel.overLimitProperty().get());
        viewModel.formattableTags().addListener((ListChangeListener<String>) change -> buildFormats());
        buildFormats();
    }

    private void buildPalette() {
        tagPalette.getChildren().clear();
        for (MessageStepViewModel.TagButton tag : viewModel.palette()) {
            Button button = new Button(tag.tag() + " " + tag.label());
            button.setId(buttonId(tag.tag()));
            button.getStyleClass().addAll("tag-button", "small");
            button.setFocusTraversable(false);
            if (!tag.inList()) {
                button.getStyleClass().add("tag-not-in-list");
                button.setTooltip(new Tooltip(new java.text.MessageFormat(resources.getString("wizard.message.tag.notInList"),
                        resources.getLocale()).format(new Object[] {tag.tag()})));
            }
            button.setOnAction(event -> insertTag(tag.tag()));
            tagPalette.getChildren().add(button);
        }
    }

    /** {@code tagN} for {@code {N}}, {@code tag-Ciudad} for a column. */
    static String buttonId(String tag) {
        String name = tag.substring(1, tag.length() - 1);
        return name.length() == 1 ? "tag" + name : "tag-" + name.replaceAll("[^\\p{L}\\p{N}_-]", "_");
    }

    /** The tag goes where the cursor is (replacing a selection), and the cursor stays after it. */
    private void insertTag(String tag) {
        templateEditor.replaceSelection(tag);
        templateEditor.requestFocus();
    }

    private void buildMirror(Template template) {
        templateMirror.getChildren().clear();
        if (template.parts().isEmpty()) {
            Text empty = new Text(resources.getString("wizard.message.mirror.empty"));
            empty.getStyleClass().add("mirror-empty");
            templateMirror.getChildren().add(empty);
            return;
        }
        for (Template.Part part : template.parts()) {
            if (part instanceof Template.Text) {
                templateMirror.getChildren().add(plain(((Template.Text) part).text()));
            } else {
                String written = part instanceof Template.FieldTag ? ((Template.FieldTag) part).written()
                        : ((Template.ColumnTag) part).written();
                Label chip = new Label(written + " " + viewModel.tagLabel(TemplateCoverage.tagOf(part)));
                chip.getStyleClass().add(viewModel.isUnknown(written) ? "tag-chip-unknown" : "tag-chip");
                templateMirror.getChildren().add(chip);
            }
        }
    }

    private static Text plain(String text) {
        Text node = new Text(text);
        node.getStyleClass().add("flow-text");
        return node;
    }

    private void counterStyle(boolean over) {
        counterLabel.getStyleClass().removeAll("counter-error");
        if (over) {
            counterLabel.getStyleClass().add("counter-error");
        }
    }

    private void buildFormats() {
        formatsPane.getChildren().clear();
        if (viewModel.formattableTags().isEmpty()) {
            Label empty = new Label(resources.getString("wizard.message.formats.empty"));
            empty.getStyleClass().add("text-muted");
            empty.setWrapText(true);
            formatsPane.getChildren().add(empty);
            return;
        }
        for (String tag : viewModel.formattableTags()) {
            ComboBox<TagFormat> choice = new ComboBox<>();
            choice.setPrefWidth(240);
            choice.getItems().setAll(TagFormat.values());
            choice.setConverter(converter(format -> resources.getString("wizard.message.format." + format.key())));
            choice.setValue(viewModel.formatOf(tag));
            choice.setId("format-" + buttonId(tag).substring(3).replaceFirst("^-", ""));
            choice.valueProperty().addListener((observable, before, now) -> {
                if (now != null) {
                    viewModel.setFormat(tag, now);
                }
            });
            Label label = new Label(tag + " " + viewModel.tagLabel(tag));
            label.getStyleClass().add("format-label");
            HBox item = new HBox(label, choice);
            item.getStyleClass().add("format-item");
            formatsPane.getChildren().add(item);
        }
    }

    private void bindVoices() {
        voiceChoice.getItems().setAll(MessageOptions.SAEM_VOICES);
        voiceChoice.setConverter(converter(voice -> resources.getString("wizard.message.voice." + voice)));
        voiceChoice.valueProperty().bindBidirectional(viewModel.voiceProperty());
        genderChoice.setConverter(converter(gender -> resources.getString("wizard.message.gender." + gender)));
        genderChoice.valueProperty().bindBidirectional(viewModel.genderProperty());
        languageChoice.setConverter(converter(language -> resources.containsKey("wizard.message.language." + language)
                ? resources.getString("wizard.message.language." + language) : language));
        languageChoice.valueProperty().bindBidirectional(viewModel.languageProperty());
    }

    private void bindPreview() {
        previewTitle.textProperty().bind(viewModel.previewTitleProperty());
        previewContact.textProperty().bind(viewModel.previewContactProperty());
        previewContact.visibleProperty().bind(viewModel.hasContactsProperty());
        previewContact.managedProperty().bind(viewModel.hasContactsProperty());
        previousContactButton.disableProperty().bind(viewModel.hasContactsProperty().not());
        nextContactButton.disableProperty().bind(viewModel.hasContactsProperty().not());
        viewModel.previewProperty().addListener((observable, before, now) -> buildPreview(now));
        buildPreview(viewModel.previewProperty().get());
        listenButton.disableProperty().bind(viewModel.listeningProperty().or(viewModel.templateProperty().isEmpty()));
        stopButton.disableProperty().bind(viewModel.playingProperty().not());
        listenStatus.textProperty().bind(viewModel.listenStatusProperty());
        viewModel.listenFailedProperty().addListener((observable, was, failed) -> {
            listenStatus.getStyleClass().remove("field-error");
            audioListenStatus.getStyleClass().remove("field-error");
            if (failed) {
                listenStatus.getStyleClass().add("field-error");
                audioListenStatus.getStyleClass().add("field-error");
            }
        });
        missingSummary.textProperty().bind(viewModel.missingSummaryProperty());
        missingList.setItems(viewModel.missingRows());
        missingList.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(MessageStepViewModel.MissingRow row, boolean empty) {
                super.updateItem(row, empty);
                setText(empty || row == null ? null : row.text());
            }
        });
        missingList.getSelectionModel().selectedItemProperty().addListener((observable, before, row) -> {
            if (row != null) {
                viewModel.showContact(row.index());
            }
        });
    }

    private void buildPreview(List<MessageStepViewModel.Segment> segments) {
        previewFlow.getChildren().clear();
        for (MessageStepViewModel.Segment segment : segments) {
            if (!segment.isValue()) {
                previewFlow.getChildren().add(plain(segment.text()));
            } else {
                Label value = new Label(segment.text());
                value.getStyleClass().add(segment.missing() ? "value-missing" : "value-chip");
                value.setTooltip(new Tooltip(segment.tag()));
                previewFlow.getChildren().add(value);
            }
        }
    }

    private void bindAudio() {
        AudioChoiceViewModel audio = viewModel.audio();
        audioSourceGroup.selectedToggleProperty().addListener((observable, before, now) -> {
            if (now != null) {
                audio.generateProperty().set(now == generateRadio);
            }
        });
        audio.generateProperty().addListener((observable, was, generating) -> audioSource());
        audioSource();
        knownNote.textProperty().bind(audio.knownNoteProperty());
        knownAudioList.setItems(audio.known());
        knownAudioList.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(KnownAudios.KnownAudio item, boolean empty) {
                super.updateItem(item, empty);
                if (empty || item == null) {
                    setText(null);
                    return;
                }
                String where = item.campaign().isEmpty() ? resources.getString("wizard.message.audio.known.added")
                        : new java.text.MessageFormat(resources.getString("wizard.message.audio.known.used"),
                        resources.getLocale()).format(new Object[] {item.campaign()});
                setText(item.audioId() + "  ·  " + where);
            }
        });
        knownAudioList.getSelectionModel().selectedItemProperty().addListener((observable, before, now) -> {
            if (now != null && !now.audioId().equals(audio.audioIdProperty().get())) {
                audio.useKnown(now);
            }
        });
        newAudioIdField.textProperty().bindBidirectional(audio.newAudioIdProperty());
        newAudioIdField.setOnAction(event -> useNewAudioId());
        useAudioIdButton.disableProperty().bind(audio.newAudioIdProperty().isEmpty());
        selectedAudioLabel.textProperty().bind(Bindings.createStringBinding(() -> audio.audioIdProperty().get().isBlank()
                ? resources.getString("wizard.message.audio.selected.none")
                : new java.text.MessageFormat(resources.getString("wizard.message.audio.selected"), resources.getLocale())
                        .format(new Object[] {audio.audioIdProperty().get()}), audio.audioIdProperty()));
        generateTextArea.textProperty().bindBidirectional(audio.generateTextProperty());
        generateVoiceChoice.getItems().setAll(MessageOptions.SAEM_VOICES);
        generateVoiceChoice.setConverter(converter(voice -> resources.getString("wizard.message.voice." + voice)));
        generateVoiceChoice.valueProperty().bindBidirectional(audio.generateVoiceProperty());
        resourceNameField.textProperty().bindBidirectional(audio.resourceNameProperty());
        resourceNameError.textProperty().bind(audio.resourceNameErrorProperty());
        resourceNameError.visibleProperty().bind(audio.resourceNameErrorProperty().isNotEmpty());
        resourceNameError.managedProperty().bind(audio.resourceNameErrorProperty().isNotEmpty());
        fileUrlField.textProperty().bindBidirectional(audio.fileUrlProperty());
        localFileLabel.textProperty().bind(Bindings.createStringBinding(() -> audio.localFileProperty().get().isEmpty()
                ? resources.getString("wizard.message.audio.local.none")
                : String.valueOf(java.nio.file.Path.of(audio.localFileProperty().get()).getFileName()),
                audio.localFileProperty()));
        Tooltip fullPath = new Tooltip();
        fullPath.textProperty().bind(audio.localFileProperty());
        localFileLabel.setTooltip(fullPath);
        audio.audioIdProperty().addListener((observable, before, now) -> selectKnown(now));
        audio.known().addListener((ListChangeListener<KnownAudios.KnownAudio>) change ->
                selectKnown(audio.audioIdProperty().get()));
        durationLabel.textProperty().bind(audio.durationProperty());
        playWavButton.disableProperty().bind(audio.localFileProperty().isEmpty().or(audio.playingProperty()));
        stopWavButton.disableProperty().bind(audio.playingProperty().not().and(viewModel.playingProperty().not()));
        audioListenStatus.textProperty().bind(viewModel.listenStatusProperty());
        for (Label label : List.of(durationLabel, audioListenStatus, listenStatus, longestLabel)) {
            label.managedProperty().bind(label.textProperty().isNotEmpty());
        }
    }

    /** The chosen audio is highlighted in the list when it is there. */
    private void selectKnown(String audioId) {
        for (KnownAudios.KnownAudio item : knownAudioList.getItems()) {
            if (item.audioId().equals(audioId)) {
                knownAudioList.getSelectionModel().select(item);
                return;
            }
        }
        knownAudioList.getSelectionModel().clearSelection();
    }

    private void audioSource() {
        boolean generating = viewModel.audio().generateProperty().get();
        (generating ? generateRadio : useIdRadio).setSelected(true);
        knownBox.setDisable(generating);
        generateBox.setDisable(!generating);
    }

    private void problemStyle(boolean ok) {
        problemLabel.getStyleClass().removeAll("problem", "ready");
        problemLabel.getStyleClass().add(ok ? "ready" : "problem");
        problemIcon.setIconLiteral(ok ? "fth-check-circle" : "fth-alert-circle");
        problemIcon.getStyleClass().removeAll("problem-icon", "ready-icon");
        problemIcon.getStyleClass().add(ok ? "ready-icon" : "problem-icon");
    }

    private static <T> StringConverter<T> converter(Function<T, String> text) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? "" : text.apply(value);
            }

            @Override
            public T fromString(String string) {
                return null;
            }
        };
    }

    @FXML
    private void previous() {
        viewModel.previous();
    }

    @FXML
    private void next() {
        viewModel.next();
    }

    @FXML
    private void listen() {
        viewModel.listen();
    }

    @FXML
    private void stop() {
        viewModel.stop();
    }

    @FXML
    private void listenGenerated() {
        viewModel.listenToGeneratedText();
    }

    @FXML
    private void useNewAudioId() {
        viewModel.audio().useNewAudioId();
    }

    @FXML
    private void chooseWav() {
        FileChooser chooser = new FileChooser();
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(
                resources.getString("wizard.message.audio.local.filter"), "*.wav", "*.WAV"));
        File file = chooser.showOpenDialog(messageStep.getScene().getWindow());
        if (file != null) {
            viewModel.audio().chooseLocalFile(file.toPath());
        }
    }

    @FXML
    private void playWav() {
        viewModel.audio().playLocal();
    }

    @FXML
    private void stopWav() {
        viewModel.audio().stopLocal();
        viewModel.stop();
    }
}
