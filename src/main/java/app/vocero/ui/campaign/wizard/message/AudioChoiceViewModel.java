package app.vocero.ui.campaign.wizard.message;

import app.vocero.config.Messages;
import app.vocero.domain.campaign.Draft;
import app.vocero.domain.campaign.Message;
import app.vocero.domain.campaign.MessageOptions;
import app.vocero.service.AudioLength;
import app.vocero.service.KnownAudios;
import app.vocero.ui.campaign.wizard.CampaignWizardModel;
import app.vocero.ui.common.TaskRunner;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.NumberFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The recorded-audio half of the message step: Saem's {@code audioId} (the account's audios this computer knows,
 * or one added by its id), an audio Saem generates from a text before the campaign ({@code options.generateAudio},
 * its {@code resource_name} checked as it is typed), Routee's {@code fileUrl}, and a local copy of the {@code .wav}
 * to listen to and to know its length.
 */
public final class AudioChoiceViewModel {

    /** The account's known audio ids (the history of this computer): {@code KnownAudios::of} in the app. */
    @FunctionalInterface
    public interface AudioIds {
        List<KnownAudios.KnownAudio> of(String account) throws Exception;
    }

    static final String GENERATE = "generateAudio";

    private final CampaignWizardModel model;
    private final AudioIds audioIds;
    private final Playback playback;
    private final TaskRunner tasks;
    private final Runnable changed;
    private final java.util.function.BooleanSupplier active;
    private Messages messages;

    private final ObservableList<KnownAudios.KnownAudio> known = FXCollections.observableArrayList();
    private final StringProperty audioId = new SimpleStringProperty("");
    private final StringProperty newAudioId = new SimpleStringProperty("");
    private final StringProperty fileUrl = new SimpleStringProperty("");
    private final BooleanProperty generate = new SimpleBooleanProperty(false);
    private final StringProperty generateText = new SimpleStringProperty("");
    private final StringProperty generateVoice = new SimpleStringProperty("Maria");
    private final StringProperty resourceName = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper resourceNameError = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper localFile = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper duration = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper playing = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper knownNote = new ReadOnlyStringWrapper("");
    private Double durationSeconds;
    private boolean reading;
    private Map<String, Object> lastExtra = Map.of();

    AudioChoiceViewModel(CampaignWizardModel model, AudioIds audioIds, Playback playback, TaskRunner tasks,
                         Messages messages, Runnable changed, java.util.function.BooleanSupplier active) {
        this.model = model;
        this.audioIds = audioIds;
        this.playback = playback;
        this.tasks = tasks;
        this.messages = messages;
        this.changed = changed;
        this.active = active;
        audioId.addListener((observable, before, now) -> edited());
        fileUrl.addListener((observable, before, now) -> edited());
        generate.addListener((observable, before, now) -> edited());
        generateText.addListener((observable, before, now) -> edited());
        generateVoice.addListener((observable, before, now) -> edited());
        resourceName.addListener((observable, before, now) -> edited());
    }

    void useMessages(Messages newMessages) {
        this.messages = newMessages;
        showDuration();
        checkResourceName();
    }

    void readDraft(Draft draft, boolean accountChanged) {
        reading = true;
        try {
            if (draft != null && draft.message() instanceof Message.Audio) {
                Message.Audio audio = (Message.Audio) draft.message();
                lastExtra = audio.extra();
                audioId.set(audio.audioId() == null ? "" : audio.audioId());
                fileUrl.set(audio.fileUrl() == null ? "" : audio.fileUrl());
                localFile.set(audio.file() == null ? "" : audio.file());
                durationSeconds = audio.durationSeconds();
            }
            Object generation = draft == null ? null : draft.option(GENERATE);
            generate.set(generation instanceof Map);
            if (generation instanceof Map) {
                Map<?, ?> map = (Map<?, ?>) generation;
                generateText.set(text(map.get("text")));
                generateVoice.set(text(map.get("voice")).isEmpty() ? "Maria" : text(map.get("voice")));
                resourceName.set(text(map.get("resource_name")));
            }
        } finally {
            reading = false;
        }
        showDuration();
        checkResourceName();
        if (accountChanged) {
            loadKnown(draft == null ? null : draft.account());
        }
    }

    private static String text(Object value) {
        return value == null ? "" : value.toString();
    }

    private void loadKnown(String account) {
        if (account == null || account.isBlank()) {
            known.clear();
            knownNote.set(messages.text("wizard.message.audio.known.noAccount"));
            return;
        }
        tasks.run(progress -> audioIds.of(account), list -> {
            // ids added by hand in this session stay on top of what the history knows
            List<KnownAudios.KnownAudio> merged = new java.util.ArrayList<>();
            known.stream().filter(audio -> audio.campaign().isEmpty()).forEach(merged::add);
            list.stream().filter(audio -> merged.stream().noneMatch(added -> added.audioId().equals(audio.audioId())))
                    .forEach(merged::add);
            known.setAll(merged);
            knownNote.set(messages.format("wizard.message.audio.known.note", account));
        }, error -> {
            known.clear();
            knownNote.set(messages.format("wizard.message.audio.known.failed", String.valueOf(error.getMessage())));
        });
    }

    private void edited() {
        if (reading) {
            return;
        }
        checkResourceName();
        if (active.getAsBoolean()) {
            write();
        } else {
            changed.run();
        }
    }

    /** Writes the audio as the draft's message (and Saem's generation as its option). */
    void write() {
        MessageOptions options = MessageOptions.of(model.draft().provider());
        boolean generating = generate.get() && options.audioGeneration();
        Message.Audio audio = new Message.Audio(generating || !options.audioId() ? null : blankToNull(audioId.get()),
                options.audioUrl() ? blankToNull(fileUrl.get()) : null, blankToNull(localFile.get()), durationSeconds,
                lastExtra);
        Map<String, Object> generation = new LinkedHashMap<>();
        generation.put("text", generateText.get());
        generation.put("voice", generateVoice.get());
        generation.put("resource_name", resourceName.get().strip());
        reading = true;
        try {
            model.update(draft -> {
                Map<String, Object> draftOptions = new LinkedHashMap<>(draft.options());
                if (generating) {
                    draftOptions.put(GENERATE, generation);
                } else {
                    draftOptions.remove(GENERATE);
                }
                return new Draft(draft.version(), draft.name(), draft.provider(), draft.account(), draft.contacts(),
                        audio, draft.schedules(), draft.timezone(), draftOptions, draft.extra());
            });
        } finally {
            reading = false;
        }
        changed.run();
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    /** Uses the id typed in "add by id", and keeps it at the top of the list for this session. */
    public void useNewAudioId() {
        String id = newAudioId.get() == null ? "" : newAudioId.get().strip();
        if (id.isEmpty()) {
            return;
        }
        if (known.stream().noneMatch(audio -> audio.audioId().equals(id))) {
            known.add(0, new KnownAudios.KnownAudio(id, model.draft().account(), "", null));
        }
        generate.set(false);
        audioId.set(id);
        newAudioId.set("");
    }

    public void useKnown(KnownAudios.KnownAudio audio) {
        if (audio != null) {
            generate.set(false);
            audioId.set(audio.audioId());
        }
    }

    /** Takes a local {@code .wav}: its length is read in the background and kept in the draft for the estimate. */
    public void chooseLocalFile(Path wav) {
        String path = wav.toAbsolutePath().toString();
        tasks.run(progress -> AudioLength.ofFile(wav), seconds -> {
            localFile.set(path);
            durationSeconds = seconds.orElse(null);
            showDuration();
            if (seconds.isEmpty()) {
                duration.set(messages.format("wizard.message.audio.local.unreadable", wav.getFileName()));
            }
            if (active.getAsBoolean()) {
                write();
            }
        }, error -> duration.set(messages.format("wizard.message.audio.local.unreadable", wav.getFileName())));
    }

    public void playLocal() {
        String file = localFile.get();
        if (file.isEmpty() || !Files.isRegularFile(Path.of(file))) {
            duration.set(messages.format("wizard.message.audio.local.missing", file));
            return;
        }
        playing.set(true);
        playback.play(Path.of(file), () -> playing.set(false));
    }

    public void stopLocal() {
        playback.stop();
        playing.set(false);
    }

    void stopped() {
        playing.set(false);
    }

    private void showDuration() {
        if (durationSeconds == null) {
            duration.set(localFile.get().isEmpty() ? "" : messages.text("wizard.message.audio.local.unknownLength"));
            return;
        }
        NumberFormat format = NumberFormat.getNumberInstance(messages.locale());
        format.setMaximumFractionDigits(1);
        long whole = Math.round(durationSeconds);
        duration.set(messages.format("wizard.message.audio.local.duration", format.format(durationSeconds),
                String.format(Locale.ROOT, "%d:%02d", whole / 60, whole % 60)));
    }

    private void checkResourceName() {
        String name = resourceName.get() == null ? "" : resourceName.get().strip();
        if (!generate.get() || name.isEmpty()) {
            resourceNameError.set("");
        } else if (name.toLowerCase(Locale.ROOT).endsWith(".wav")) {
            resourceNameError.set(messages.format("wizard.message.audio.generate.nameWav", name.substring(0, name.length() - 4)));
        } else if (!MessageOptions.SAEM_RESOURCE_NAME.matcher(name).matches()) {
            resourceNameError.set(messages.text("wizard.message.audio.generate.nameInvalid"));
        } else {
            resourceNameError.set("");
        }
    }

    /** Why the audio is not usable yet (a bundle key), or null. */
    String problemKey() {
        MessageOptions options = MessageOptions.of(model.draft().provider());
        if (options.audioGeneration() && generate.get()) {
            if (generateText.get().isBlank()) {
                return "wizard.message.problem.generateText";
            }
            if (resourceName.get().isBlank() || !resourceNameError.get().isEmpty()) {
                return "wizard.message.problem.resourceName";
            }
            return null;
        }
        if (options.audioId()) {
            return audioId.get().isBlank() ? "wizard.message.problem.audioId" : null;
        }
        if (options.audioUrl()) {
            String url = fileUrl.get().strip().toLowerCase(Locale.ROOT);
            return url.startsWith("https://") && url.length() > 8 ? null : "wizard.message.problem.fileUrl";
        }
        return null;
    }

    public Optional<Double> durationSeconds() {
        return Optional.ofNullable(durationSeconds);
    }

    public ObservableList<KnownAudios.KnownAudio> known() {
        return known;
    }

    public StringProperty audioIdProperty() {
        return audioId;
    }

    public StringProperty newAudioIdProperty() {
        return newAudioId;
    }

    public StringProperty fileUrlProperty() {
        return fileUrl;
    }

    public BooleanProperty generateProperty() {
        return generate;
    }

    public StringProperty generateTextProperty() {
        return generateText;
    }

    public StringProperty generateVoiceProperty() {
        return generateVoice;
    }

    public StringProperty resourceNameProperty() {
        return resourceName;
    }

    public ReadOnlyStringProperty resourceNameErrorProperty() {
        return resourceNameError.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty localFileProperty() {
        return localFile.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty durationProperty() {
        return duration.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty playingProperty() {
        return playing.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty knownNoteProperty() {
        return knownNote.getReadOnlyProperty();
    }
}
