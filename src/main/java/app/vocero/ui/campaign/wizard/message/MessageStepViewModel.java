package app.vocero.ui.campaign.wizard.message;

import app.vocero.config.Messages;
import app.vocero.domain.ContactField;
import app.vocero.domain.ContactTable;
import app.vocero.domain.campaign.Draft;
import app.vocero.domain.campaign.Message;
import app.vocero.domain.campaign.MessageOptions;
import app.vocero.domain.campaign.ProviderId;
import app.vocero.domain.campaign.TagFormat;
import app.vocero.domain.campaign.TagFormats;
import app.vocero.domain.campaign.Template;
import app.vocero.domain.campaign.TemplateCoverage;
import app.vocero.service.LocalSpeech;
import app.vocero.ui.campaign.wizard.CampaignWizardModel;
import app.vocero.ui.common.RunningWork;
import app.vocero.ui.common.TaskRunner;
import java.nio.file.Path;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Step 3 of the campaign wizard, the message: a text-to-speech template (tag palette, counter against the
 * provider's limit, voice, how numbers are read, a live preview per contact with the values that are missing, and
 * Listen with this computer's voice) or a recorded audio ({@link AudioChoiceViewModel}). The draft in the shared
 * {@link CampaignWizardModel} is the only copy of what the user chose: every change is written through
 * {@code model.update}, and a draft changed elsewhere (opened, provider changed, going back) is read back.
 */
public final class MessageStepViewModel implements app.vocero.ui.campaign.wizard.WizardStepModel {

    /** What the provider's message is. */
    public enum Kind { TTS, AUDIO, NONE }

    /** A palette button: the tag it inserts and the user's word for it. */
    public record TagButton(String tag, String label, boolean inList) {
    }

    /** A piece of the preview: literal text, or a tag's value ({@code missing} when the contact has none). */
    public record Segment(String text, String tag, boolean missing) {
        public boolean isValue() {
            return tag != null;
        }
    }

    /** One contact without a value for a tag, as the list shows it. */
    public record MissingRow(String tag, int index, String text) {
    }

    static final int LISTED_MISSING = 50;
    private static final List<ContactField> PALETTE = List.of(ContactField.NAME, ContactField.BALANCE,
            ContactField.PHONE, ContactField.IDENTIFIER, ContactField.EMAIL, ContactField.ACCOUNT);

    private final CampaignWizardModel model;
    private final LocalSpeech speech;
    private final Playback playback;
    private final TaskRunner tasks;
    private Messages messages;
    private final AudioChoiceViewModel audio;

    private final ObjectProperty<Kind> kind = new SimpleObjectProperty<>(Kind.TTS);
    private final ReadOnlyObjectWrapper<MessageOptions> options = new ReadOnlyObjectWrapper<>(MessageOptions.of(null));
    private final StringProperty template = new SimpleStringProperty("");
    private final StringProperty voice = new SimpleStringProperty("Maria");
    private final StringProperty gender = new SimpleStringProperty("female");
    private final StringProperty language = new SimpleStringProperty("es-LA");
    private final ReadOnlyObjectWrapper<TagFormats> formats = new ReadOnlyObjectWrapper<>(TagFormats.defaults());
    private final ReadOnlyObjectWrapper<Template> parsed = new ReadOnlyObjectWrapper<>(Template.parse(""));
    private final ObservableList<TagButton> palette = FXCollections.observableArrayList();
    private final ObservableList<String> formattableTags = FXCollections.observableArrayList();
    private final IntegerProperty previewIndex = new SimpleIntegerProperty(0);
    private final ReadOnlyObjectWrapper<List<Segment>> preview = new ReadOnlyObjectWrapper<>(List.of());
    private final ReadOnlyStringWrapper previewTitle = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper previewContact = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper hasContacts = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper counter = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper longest = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper overLimit = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyObjectWrapper<TemplateCoverage> coverage = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper missingSummary = new ReadOnlyStringWrapper("");
    private final ObservableList<MissingRow> missingRows = FXCollections.observableArrayList();
    private final ReadOnlyBooleanWrapper listening = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper playing = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper listenStatus = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper listenFailed = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper currencyWarning = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper complete = new ReadOnlyBooleanWrapper(false);

    private boolean reading;
    private RunningWork coverageWork;
    private long coverageGeneration;
    private Message.Tts lastTts;

    public MessageStepViewModel(CampaignWizardModel model, LocalSpeech speech, Playback playback,
                                AudioChoiceViewModel.AudioIds knownAudios, TaskRunner tasks, Messages messages) {
        this.model = model;
        this.speech = speech;
        this.playback = playback;
        this.tasks = tasks;
        this.messages = messages;
        this.audio = new AudioChoiceViewModel(model, knownAudios, playback, tasks, messages, this::check,
                () -> kind.get() == Kind.AUDIO);
        model.draftProperty().addListener((observable, before, now) -> readDraft(before, now));
        model.importedProperty().addListener((observable, before, now) -> contactsChanged());
        template.addListener((observable, before, now) -> ttsEdited());
        voice.addListener((observable, before, now) -> ttsEdited());
        gender.addListener((observable, before, now) -> ttsEdited());
        language.addListener((observable, before, now) -> ttsEdited());
        kind.addListener((observable, before, now) -> kindChosen(before, now));
        previewIndex.addListener((observable, before, now) -> renderPreview());
        readDraft(null, model.draft());
        contactsChanged();
    }

    public void useMessages(Messages newMessages) {
        this.messages = newMessages;
        audio.useMessages(newMessages);
        contactsChanged();
    }

    // --- reading the draft -------------------------------------------------------------------------------------

    private void readDraft(Draft before, Draft draft) {
        if (reading || sameMessage(before, draft)) {
            return;
        }
        reading = true;
        try {
            ProviderId provider = draft == null ? null : draft.provider();
            MessageOptions next = MessageOptions.of(provider);
            options.set(next);
            Message message = draft == null ? null : draft.message();
            if (!next.needsMessage()) {
                kind.set(Kind.NONE);
            } else if (message instanceof Message.Audio && next.audio()) {
                kind.set(Kind.AUDIO);
            } else if (message instanceof Message.Tts || !next.audio()) {
                kind.set(Kind.TTS);
            } else if (kind.get() == Kind.NONE) {
                kind.set(next.tts() ? Kind.TTS : Kind.AUDIO);
            }
            if (message instanceof Message.Tts) {
                Message.Tts tts = (Message.Tts) message;
                lastTts = tts;
                template.set(tts.template() == null ? "" : tts.template());
                if (tts.voice() != null && !tts.voice().isBlank()) {
                    voice.set(known(tts.voice(), next.voices()));
                }
                if (tts.gender() != null && !tts.gender().isBlank()) {
                    gender.set(known(tts.gender(), next.genders()));
                }
                if (tts.language() != null && !tts.language().isBlank()) {
                    language.set(known(tts.language().replace('_', '-'), next.languages()));
                }
                formats.set(TagFormats.of(tts));
            }
            boolean providerChanged = before == null || before.provider() != provider
                    || !java.util.Objects.equals(before.account(), draft == null ? null : draft.account());
            audio.readDraft(draft, providerChanged);
        } finally {
            reading = false;
        }
        templateChanged();
    }

    /** Another step's change (schedules, options…) leaves the message as it is: nothing to read again. */
    private static boolean sameMessage(Draft before, Draft draft) {
        return before != null && draft != null && before.provider() == draft.provider()
                && java.util.Objects.equals(before.account(), draft.account())
                && java.util.Objects.equals(before.message(), draft.message())
                && java.util.Objects.equals(before.option(AudioChoiceViewModel.GENERATE), draft.option(AudioChoiceViewModel.GENERATE));
    }

    /** A value as the provider spells it when it is one of its choices ("maría" → Maria, "es-la" → es-LA). */
    private static String known(String written, List<String> choices) {
        String plain = plain(written);
        return choices.stream().filter(choice -> plain(choice).equals(plain)).findFirst().orElse(written.strip());
    }

    private static String plain(String text) {
        return java.text.Normalizer.normalize(text.strip(), java.text.Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT);
    }

    private void contactsChanged() {
        ContactTable contacts = model.contacts();
        hasContacts.set(!contacts.isEmpty());
        List<TagButton> buttons = new ArrayList<>();
        for (ContactField field : PALETTE) {
            String tag = field.templateTag().orElseThrow();
            boolean inList = contacts.isEmpty() || field == ContactField.PHONE || contacts.fields().contains(field);
            buttons.add(new TagButton(tag, messages.text("wizard.message.tag." + field.key()), inList));
        }
        for (String column : contacts.customNames()) {
            buttons.add(new TagButton("{" + column + "}", column, true));
        }
        palette.setAll(buttons);
        if (previewIndex.get() >= contacts.size()) {
            previewIndex.set(0);
        }
        templateChanged();
    }

    // --- writing the draft -------------------------------------------------------------------------------------

    private void ttsEdited() {
        if (reading) {
            return;
        }
        if (kind.get() == Kind.TTS) {
            writeTts();
        }
        templateChanged();
    }

    private void writeTts() {
        MessageOptions current = options.get();
        boolean namedVoice = !current.voices().isEmpty();
        Map<String, Object> extra = lastTts == null ? Map.of() : lastTts.extra();
        Message.Tts tts = new Message.Tts(template.get(), namedVoice ? voice.get() : null,
                namedVoice ? null : gender.get(), namedVoice ? null : language.get(), extra);
        tts = formats.get().applyTo(tts);
        lastTts = tts;
        Message.Tts written = tts;
        reading = true;
        try {
            model.update(draft -> {
                Draft next = withMessage(draft, written);
                if (!next.options().containsKey(AudioChoiceViewModel.GENERATE)) {
                    return next;
                }
                Map<String, Object> withoutGeneration = new LinkedHashMap<>(next.options());
                withoutGeneration.remove(AudioChoiceViewModel.GENERATE);
                return new Draft(next.version(), next.name(), next.provider(), next.account(), next.contacts(),
                        next.message(), next.schedules(), next.timezone(), withoutGeneration, next.extra());
            });
        } finally {
            reading = false;
        }
    }

    private void kindChosen(Kind before, Kind now) {
        if (reading || now == null || now == before) {
            return;
        }
        if (now == Kind.TTS) {
            writeTts();
        } else if (now == Kind.AUDIO) {
            audio.write();
        }
        check();
    }

    static Draft withMessage(Draft draft, Message message) {
        return new Draft(draft.version(), draft.name(), draft.provider(), draft.account(), draft.contacts(), message,
                draft.schedules(), draft.timezone(), draft.options(), draft.extra());
    }

    /** Inserts nothing itself (the editor inserts at its caret); here a tag's format is chosen. */
    public void setFormat(String tag, TagFormat format) {
        String name = tag.startsWith("{") ? tag.substring(1, tag.length() - 1) : tag;
        formats.set(formats.get().with(name, format));
        if (kind.get() == Kind.TTS) {
            writeTts();
        }
        templateChanged();
    }

    public TagFormat formatOf(String tag) {
        String name = tag.startsWith("{") ? tag.substring(1, tag.length() - 1) : tag;
        return formats.get().formatOf(name);
    }

    // --- what the template gives -------------------------------------------------------------------------------

    private void templateChanged() {
        Template next = Template.parse(template.get(), formats.get());
        parsed.set(next);
        currencyWarning.set(next.currencyAfterAmount()
                .map(tag -> messages.format("wizard.message.currencyTwice", tag, tagLabel(tag))).orElse(""));
        List<String> tags = new ArrayList<>(next.tags());
        if (!formattableTags.equals(tags)) {
            formattableTags.setAll(tags);
        }
        renderPreview();
        measure(next);
        check();
    }

    private void renderPreview() {
        ContactTable contacts = model.contacts();
        Template current = parsed.get();
        List<Segment> segments = new ArrayList<>();
        if (contacts.isEmpty()) {
            for (Template.Part part : current.parts()) {
                segments.add(part instanceof Template.Text ? new Segment(((Template.Text) part).text(), null, false)
                        : new Segment(labelOf(part), TemplateCoverage.tagOf(part), false));
            }
            previewTitle.set(messages.text("wizard.message.preview.noContacts"));
            previewContact.set("");
        } else {
            int index = Math.max(0, Math.min(previewIndex.get(), contacts.size() - 1));
            for (Template.Part part : current.parts()) {
                String value = Template.valueOf(part, contacts, index);
                if (part instanceof Template.Text) {
                    segments.add(new Segment(value, null, false));
                } else {
                    String tag = TemplateCoverage.tagOf(part);
                    segments.add(value.isBlank() ? new Segment(messages.format("wizard.message.preview.empty", tag), tag, true)
                            : new Segment(value, tag, false));
                }
            }
            previewTitle.set(messages.format("wizard.message.preview.position", number(index + 1), number(contacts.size())));
            String name = (contacts.field(ContactField.NAME, index) + " " + contacts.field(ContactField.LAST_NAME, index)).strip();
            previewContact.set(messages.format("wizard.message.preview.contact", name.isEmpty() ? "—" : name,
                    contacts.e164(index), number(contacts.row(index))));
        }
        preview.set(List.copyOf(segments));
        updateCounter();
    }

    /** The spoken text of the preview: values as they will be sent, missing ones left out, tags as their words. */
    public String previewText() {
        StringBuilder text = new StringBuilder();
        for (Segment segment : preview.get()) {
            if (!segment.missing()) {
                text.append(segment.text());
            }
        }
        return text.toString();
    }

    private String labelOf(Template.Part part) {
        if (part instanceof Template.FieldTag) {
            return messages.text("wizard.message.tag." + ((Template.FieldTag) part).field().key());
        }
        return ((Template.ColumnTag) part).column();
    }

    private void measure(Template current) {
        ContactTable contacts = model.contacts();
        if (coverageWork != null) {
            coverageWork.cancel();
        }
        long generation = ++coverageGeneration;
        if (contacts.isEmpty() || !current.isPersonalized()) {
            coverage.set(null);
            showCoverage();
            return;
        }
        coverageWork = tasks.run(progress -> TemplateCoverage.of(current, contacts, LISTED_MISSING, progress::isCancelled),
                result -> {
                    if (generation == coverageGeneration) {
                        coverage.set(result);
                        showCoverage();
                    }
                }, error -> { });
    }

    private void showCoverage() {
        TemplateCoverage result = coverage.get();
        ContactTable contacts = model.contacts();
        List<MissingRow> rows = new ArrayList<>();
        List<String> parts = new ArrayList<>();
        if (result != null) {
            for (TemplateCoverage.Missing missing : result.missing().values()) {
                parts.add(messages.format("wizard.message.missing.count", number(missing.count()), missing.tag(),
                        number(contacts.size())));
                for (int index : missing.firstIndexes()) {
                    String name = contacts.field(ContactField.NAME, index);
                    rows.add(new MissingRow(missing.tag(), index, messages.format("wizard.message.missing.row",
                            number(contacts.row(index)), contacts.e164(index), name.isBlank() ? "—" : name, missing.tag())));
                }
            }
        }
        missingRows.setAll(rows);
        missingSummary.set(!hasContacts.get() ? "" : parts.isEmpty() ? messages.text("wizard.message.missing.none")
                : String.join(" · ", parts));
        updateCounter();
        check();
    }

    private void updateCounter() {
        int limit = options.get().maxTextLength();
        int current = hasContacts.get() ? previewText().length() : parsed.get().canonical().length();
        TemplateCoverage result = coverage.get();
        int longestLength = result == null ? current : Math.max(current, result.longest());
        String provider = options.get().provider() == null ? "" : options.get().provider().displayName();
        counter.set(limit > 0 ? messages.format("wizard.message.counter.limit", number(current), number(limit))
                : messages.format("wizard.message.counter.noLimit", number(current), provider));
        if (result != null && result.longestIndex() >= 0 && hasContacts.get()) {
            longest.set(messages.format("wizard.message.counter.longest", number(result.longest()),
                    number(model.contacts().row(result.longestIndex()))));
        } else {
            longest.set("");
        }
        overLimit.set(limit > 0 && longestLength > limit);
    }

    // --- preview navigation --------------------------------------------------------------------------------------

    public void next() {
        int size = model.contacts().size();
        if (size > 0) {
            previewIndex.set((previewIndex.get() + 1) % size);
        }
    }

    public void previous() {
        int size = model.contacts().size();
        if (size > 0) {
            previewIndex.set((previewIndex.get() - 1 + size) % size);
        }
    }

    public void showContact(int index) {
        if (index >= 0 && index < model.contacts().size()) {
            previewIndex.set(index);
        }
    }

    // --- Listen --------------------------------------------------------------------------------------------------

    /** Speaks the preview with this computer's voice, in the background, then plays it. */
    public void listen() {
        speak(previewText(), voiceLanguage());
    }

    /** Speaks the text Saem would turn into the audio, with this computer's voice. */
    public void listenToGeneratedText() {
        speak(audio.generateTextProperty().get(), "es");
    }

    void speak(String text, String spokenLanguage) {
        if (listening.get() || text.isBlank()) {
            return;
        }
        playback.stop();
        playing.set(false);
        listening.set(true);
        listenFailed.set(false);
        listenStatus.set(messages.text("wizard.message.listen.preparing"));
        tasks.run(progress -> speech.speak(text, spokenLanguage, progress), wav -> {
            listening.set(false);
            listenStatus.set(messages.text("wizard.message.listen.playing"));
            play(wav);
        }, error -> {
            listening.set(false);
            listenFailed.set(true);
            listenStatus.set(error instanceof LocalSpeech.NoVoice
                    ? messages.text(((LocalSpeech.NoVoice) error).hintKey())
                    : messages.format("wizard.message.listen.failed", String.valueOf(error.getMessage())));
        });
    }

    private void play(Path wav) {
        playing.set(true);
        playback.play(wav, () -> {
            playing.set(false);
            listenStatus.set("");
        });
    }

    public void stop() {
        playback.stop();
        playing.set(false);
        listenStatus.set("");
        audio.stopped();
    }

    private String voiceLanguage() {
        if (options.get().voices().isEmpty() && language.get() != null && language.get().toLowerCase(Locale.ROOT).startsWith("en")) {
            return "en";
        }
        return "es";
    }

    // --- completeness --------------------------------------------------------------------------------------------

    private void check() {
        String key = problemKey();
        problem.set(key == null ? "" : problemText(key));
        complete.set(key == null);
    }

    private String problemKey() {
        MessageOptions current = options.get();
        if (current.provider() == null) {
            return "wizard.message.problem.provider";
        }
        if (kind.get() == Kind.NONE) {
            return null;
        }
        if (kind.get() == Kind.AUDIO) {
            return audio.problemKey();
        }
        if (template.get() == null || template.get().isBlank()) {
            return "wizard.message.problem.empty";
        }
        if (!unknownTags().isEmpty()) {
            return "wizard.message.problem.unknownTag";
        }
        if (overLimit.get()) {
            return "wizard.message.problem.tooLong";
        }
        TemplateCoverage measured = coverage.get();
        if (!current.perContact() && measured != null && !measured.sameForEveryone()) {
            return "wizard.message.problem.sameText";
        }
        if (!current.voices().isEmpty() && !current.voices().contains(voice.get())) {
            return "wizard.message.problem.voice";
        }
        if (current.voices().isEmpty() && (!current.genders().contains(gender.get())
                || !current.languages().contains(language.get()))) {
            return "wizard.message.problem.genderLanguage";
        }
        return null;
    }

    private String problemText(String key) {
        switch (key) {
            case "wizard.message.problem.unknownTag":
                List<String> columns = model.contacts().customNames();
                return messages.format(key, String.join(", ", unknownTags()),
                        columns.isEmpty() ? messages.text("wizard.message.problem.noColumns") : String.join(", ", columns));
            case "wizard.message.problem.tooLong":
                TemplateCoverage result = coverage.get();
                int length = result == null ? previewText().length() : Math.max(result.longest(), previewText().length());
                return messages.format(key, number(length), number(options.get().maxTextLength()),
                        options.get().provider().displayName(), number(length - options.get().maxTextLength()));
            case "wizard.message.problem.sameText":
                return messages.format(key, options.get().provider().displayName(), String.join(" ", parsed.get().tags()));
            default:
                return messages.format(key, options.get().provider() == null ? "" : options.get().provider().displayName());
        }
    }

    /** Column tags the loaded list has no column for (none while no list is loaded). */
    public List<String> unknownTags() {
        ContactTable contacts = model.contacts();
        List<String> unknown = new ArrayList<>();
        if (contacts.isEmpty()) {
            return unknown;
        }
        for (Template.Part part : parsed.get().parts()) {
            if (part instanceof Template.ColumnTag) {
                String column = ((Template.ColumnTag) part).column();
                boolean known = contacts.customNames().stream().anyMatch(name -> name.equalsIgnoreCase(column));
                if (!known && !unknown.contains(((Template.ColumnTag) part).written())) {
                    unknown.add(((Template.ColumnTag) part).written());
                }
            }
        }
        return unknown;
    }

    private String number(long value) {
        return NumberFormat.getIntegerInstance(messages.locale()).format(value);
    }

    // --- properties ----------------------------------------------------------------------------------------------

    public AudioChoiceViewModel audio() {
        return audio;
    }

    /** A usable message for the draft's provider (or none needed): the wizard's Next is enabled by it. */
    public ReadOnlyBooleanProperty completeProperty() {
        return complete.getReadOnlyProperty();
    }

    /** What to do to make the message usable, in the window's language; empty when complete. */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    public ObjectProperty<Kind> kindProperty() {
        return kind;
    }

    public ReadOnlyObjectProperty<MessageOptions> optionsProperty() {
        return options.getReadOnlyProperty();
    }

    public StringProperty templateProperty() {
        return template;
    }

    public StringProperty voiceProperty() {
        return voice;
    }

    public StringProperty genderProperty() {
        return gender;
    }

    public StringProperty languageProperty() {
        return language;
    }

    public ReadOnlyObjectProperty<TagFormats> formatsProperty() {
        return formats.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Template> parsedProperty() {
        return parsed.getReadOnlyProperty();
    }

    public ObservableList<TagButton> palette() {
        return palette;
    }

    public ObservableList<String> formattableTags() {
        return formattableTags;
    }

    /** The user's word for a tag ({@code {S}} → Saldo), or the column name. */
    public String tagLabel(String tag) {
        String name = tag.substring(1, tag.length() - 1);
        if (name.length() == 1) {
            return ContactField.fromTagLetter(name.charAt(0))
                    .map(field -> messages.text("wizard.message.tag." + field.key())).orElse(name);
        }
        return name;
    }

    /** Whether a tag has no column in the loaded list. */
    public boolean isUnknown(String written) {
        return unknownTags().contains(written);
    }

    public IntegerProperty previewIndexProperty() {
        return previewIndex;
    }

    public ReadOnlyObjectProperty<List<Segment>> previewProperty() {
        return preview.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty previewTitleProperty() {
        return previewTitle.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty previewContactProperty() {
        return previewContact.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty hasContactsProperty() {
        return hasContacts.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty counterProperty() {
        return counter.getReadOnlyProperty();
    }

    /** Set when the text names the currency right after an amount ("{S} pesos" would say it twice). */
    public ReadOnlyStringProperty currencyWarningProperty() {
        return currencyWarning.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty longestProperty() {
        return longest.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty overLimitProperty() {
        return overLimit.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty missingSummaryProperty() {
        return missingSummary.getReadOnlyProperty();
    }

    public ObservableList<MissingRow> missingRows() {
        return missingRows;
    }

    public ReadOnlyBooleanProperty listeningProperty() {
        return listening.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty playingProperty() {
        return playing.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty listenStatusProperty() {
        return listenStatus.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty listenFailedProperty() {
        return listenFailed.getReadOnlyProperty();
    }

    /** "An approximation of Saem's voice", named after the draft's provider. */
    public String approximationText() {
        MessageOptions current = options.get();
        return messages.format("wizard.message.listen.approximation",
                current.provider() == null ? "" : current.provider().displayName());
    }

    static Map<String, String> formatLabels(Messages messages) {
        Map<String, String> labels = new LinkedHashMap<>();
        for (TagFormat format : TagFormat.values()) {
            labels.put(format.key(), messages.text("wizard.message.format." + format.key()));
        }
        return labels;
    }
}
