package app.vocero.ui.campaign.wizard.provider;

import app.vocero.domain.Account;
import app.vocero.domain.campaign.Draft;
import app.vocero.domain.campaign.Message;
import app.vocero.domain.campaign.ProviderCapabilities;
import app.vocero.domain.campaign.ProviderCapabilities.MessageType;
import app.vocero.domain.campaign.ProviderId;
import app.vocero.service.AccountService;
import app.vocero.ui.campaign.wizard.CampaignWizardModel;
import app.vocero.ui.campaign.wizard.DraftEdits;
import app.vocero.ui.campaign.wizard.WizardStepModel;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Step 1: the account (every account, sandbox ones included, grouped by provider), the campaign's name and the
 * message type — only the types the account's provider supports ({@link ProviderCapabilities}). Everything is read
 * from and written to the shared draft.
 */
public final class ProviderStepViewModel implements WizardStepModel {

    /** Saem's voice, and the gender and language Routee and Octopush take, for a new text-to-speech message. */
    static final String DEFAULT_VOICE = "Maria";
    static final String DEFAULT_GENDER = "female";
    static final String DEFAULT_LANGUAGE = "es-LA";

    private final CampaignWizardModel model;
    private final AccountService accountService;
    private final ObservableList<Account> accounts = FXCollections.observableArrayList();
    private final ObjectProperty<Account> account = new SimpleObjectProperty<>();
    private final StringProperty name = new SimpleStringProperty("");
    private final ObservableList<MessageType> messageTypes = FXCollections.observableArrayList();
    private final ObjectProperty<MessageType> messageType = new SimpleObjectProperty<>();
    private final ReadOnlyBooleanWrapper complete = new ReadOnlyBooleanWrapper();
    /** The message of the other type, kept while the user switches back and forth (not part of the draft). */
    private final Map<MessageType, Message> stash = new EnumMap<>(MessageType.class);
    private boolean pulling;

    public ProviderStepViewModel(CampaignWizardModel model, AccountService accountService) {
        this.model = model;
        this.accountService = accountService;
        complete.bind(Bindings.createBooleanBinding(() -> isComplete(model.draft()), model.draftProperty()));
        model.draftProperty().addListener((observable, before, now) -> pull(now));
        name.addListener((observable, before, now) -> push(draft -> DraftEdits.name(draft, now == null ? "" : now)));
        account.addListener((observable, before, now) -> {
            if (now != null) {
                push(draft -> forAccount(draft, now));
            }
        });
        messageType.addListener((observable, before, now) -> {
            if (now != null) {
                push(draft -> withType(draft, now));
            }
        });
        model.stepProperty().addListener((observable, before, now) -> {
            if (now == app.vocero.ui.campaign.wizard.WizardStep.PROVIDER) {
                refresh();
            }
        });
        refresh();
    }

    /** Reads the accounts again (one may have been added in the Accounts screen). */
    public void refresh() {
        accounts.setAll(accountService.list().stream()
                .sorted(Comparator.comparing((Account a) -> a.provider().ordinal()).thenComparing(Account::sandbox)
                        .thenComparing(Account::name, String.CASE_INSENSITIVE_ORDER))
                .toList());
        pull(model.draft());
    }

    static boolean isComplete(Draft draft) {
        if (draft.name() == null || draft.name().isBlank() || draft.provider() == null || draft.account() == null) {
            return false;
        }
        ProviderCapabilities capabilities = ProviderCapabilities.of(draft.provider());
        MessageType type = ProviderCapabilities.typeOf(draft.message());
        return capabilities.needsMessage() ? type != null && capabilities.supports(type) : draft.message() == null;
    }

    private interface Edit {
        Draft apply(Draft draft);
    }

    private void push(Edit edit) {
        if (!pulling) {
            model.update(edit::apply);
        }
    }

    private void pull(Draft draft) {
        pulling = true;
        try {
            if (!Objects.equals(name.get(), draft.name() == null ? "" : draft.name())) {
                name.set(draft.name() == null ? "" : draft.name());
            }
            Account chosen = accounts.stream().filter(a -> a.name().equals(draft.account())).findFirst().orElse(null);
            account.set(chosen);
            if (draft.provider() == null) {
                messageTypes.clear();
                messageType.set(null);
            } else {
                ProviderCapabilities capabilities = ProviderCapabilities.of(draft.provider());
                if (!messageTypes.equals(capabilities.offered())) {
                    messageTypes.setAll(capabilities.offered());
                }
                messageType.set(capabilities.needsMessage() ? ProviderCapabilities.typeOf(draft.message()) : MessageType.NONE);
            }
        } finally {
            pulling = false;
        }
    }

    /** The draft moved to an account: its provider, that provider's options (defaults filled in) and message type. */
    Draft forAccount(Draft draft, Account chosen) {
        ProviderId provider = chosen.provider();
        ProviderCapabilities capabilities = ProviderCapabilities.of(provider);
        Map<String, Object> options = new LinkedHashMap<>();
        if (provider == draft.provider()) {
            options.putAll(draft.options());
        } else {
            draft.options().forEach((key, value) -> {
                if (capabilities.options().stream().anyMatch(spec -> spec.key().equals(key))) {
                    options.put(key, value);
                }
            });
        }
        capabilities.options().stream().filter(spec -> spec.fallback() != null)
                .forEach(spec -> options.putIfAbsent(spec.key(), spec.fallback()));
        Draft next = DraftEdits.options(DraftEdits.account(draft, provider, chosen.name()), options);
        if (next.timezone() == null || next.timezone().isBlank()) {
            next = DraftEdits.timezone(next, ZoneId.systemDefault().getId());
        }
        MessageType type = ProviderCapabilities.typeOf(next.message());
        if (!capabilities.needsMessage()) {
            return withType(next, MessageType.NONE);
        }
        if (type == null || !capabilities.supports(type)) {
            return withType(next, capabilities.offered().get(capabilities.offered().size() - 1));
        }
        return withType(next, type);
    }

    /** The draft's message as the given type: the one kept from before, or a new empty one for the provider. */
    Draft withType(Draft draft, MessageType type) {
        Message current = draft.message();
        MessageType was = ProviderCapabilities.typeOf(current);
        if (was == type) {
            return type == MessageType.TTS ? DraftEdits.message(draft, voiced((Message.Tts) current, draft.provider())) : draft;
        }
        if (was != null) {
            stash.put(was, current);
        }
        if (type == MessageType.NONE) {
            return DraftEdits.message(draft, null);
        }
        Message restored = stash.get(type);
        if (restored == null) {
            restored = type == MessageType.AUDIO ? new Message.Audio(null, null, null, null, Map.of())
                    : new Message.Tts("", null, null, null, Map.of());
        }
        return DraftEdits.message(draft, restored instanceof Message.Tts
                ? voiced((Message.Tts) restored, draft.provider()) : restored);
    }

    /** Saem takes a voice; Routee and Octopush a gender and a language. */
    private static Message.Tts voiced(Message.Tts tts, ProviderId provider) {
        if (provider == ProviderId.SAEM) {
            return tts.voice() != null ? tts : new Message.Tts(tts.template(), DEFAULT_VOICE, null, null, tts.extra());
        }
        if (tts.gender() != null && tts.language() != null && tts.voice() == null) {
            return tts;
        }
        return new Message.Tts(tts.template(), null, tts.gender() == null ? DEFAULT_GENDER : tts.gender(),
                tts.language() == null ? DEFAULT_LANGUAGE : tts.language(), tts.extra());
    }

    public ObservableList<Account> accounts() {
        return accounts;
    }

    public ObjectProperty<Account> accountProperty() {
        return account;
    }

    public StringProperty nameProperty() {
        return name;
    }

    public ObservableList<MessageType> messageTypes() {
        return messageTypes;
    }

    public ObjectProperty<MessageType> messageTypeProperty() {
        return messageType;
    }

    @Override
    public ReadOnlyBooleanProperty completeProperty() {
        return complete.getReadOnlyProperty();
    }
}
