package app.vocero.ui;

import app.vocero.config.Language;
import app.vocero.config.Messages;
import app.vocero.service.SettingsService;
import app.vocero.service.WindowPlace;
import app.vocero.service.DraftAutosave;
import app.vocero.ui.campaign.NewCampaignController;
import app.vocero.ui.campaign.NewCampaignViewModel;
import app.vocero.ui.campaign.wizard.CampaignWizardController;
import app.vocero.ui.campaign.wizard.CampaignWizardModel;
import app.vocero.ui.campaign.wizard.CampaignWizardViewModel;
import app.vocero.ui.campaign.wizard.contacts.ContactsStepController;
import app.vocero.ui.campaign.wizard.contacts.ContactsStepViewModel;
import app.vocero.ui.campaign.wizard.message.MediaPlayback;
import app.vocero.ui.campaign.wizard.message.MessageStepController;
import app.vocero.ui.campaign.wizard.message.MessageStepViewModel;
import app.vocero.ui.campaign.wizard.WizardStep;
import app.vocero.ui.campaign.wizard.WizardStepModel;
import app.vocero.ui.campaign.wizard.provider.ProviderStepController;
import app.vocero.ui.campaign.wizard.provider.ProviderStepViewModel;
import app.vocero.ui.campaign.wizard.review.ReviewStepController;
import app.vocero.ui.campaign.wizard.review.ReviewStepViewModel;
import app.vocero.ui.campaign.wizard.schedule.ScheduleStepController;
import app.vocero.ui.campaign.wizard.schedule.ScheduleStepViewModel;
import app.vocero.ui.campaign.wizard.send.SendStepController;
import app.vocero.ui.campaign.wizard.send.SendStepViewModel;
import app.vocero.ui.common.TaskRunner;
import app.vocero.ui.common.ViewLoader;
import app.vocero.ui.contacts.ContactListsController;
import app.vocero.ui.contacts.ContactListsViewModel;
import app.vocero.ui.donotcall.DoNotCallController;
import app.vocero.ui.donotcall.DoNotCallViewModel;
import app.vocero.ui.accounts.AccountsController;
import app.vocero.ui.accounts.AccountsViewModel;
import app.vocero.ui.history.CampaignsController;
import app.vocero.ui.history.CampaignsViewModel;
import app.vocero.ui.settings.SettingsController;
import app.vocero.ui.settings.SettingsViewModel;
import app.vocero.ui.shell.Section;
import app.vocero.ui.shell.ShellController;
import app.vocero.ui.shell.ShellViewModel;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.Supplier;
import javafx.geometry.Rectangle2D;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.image.Image;
import javafx.stage.Screen;
import javafx.stage.Stage;

/**
 * The main window: makes the view models (they outlive a language switch), builds the views from FXML, and keeps
 * the window's place between sessions.
 */
public final class MainWindow {

    static final double DEFAULT_WIDTH = 1180;
    static final double DEFAULT_HEIGHT = 760;

    private final Stage stage;
    private final SettingsService settings;
    private final ShellViewModel shell = new ShellViewModel();
    private final SettingsViewModel settingsViewModel;
    private final app.vocero.ui.settings.TeamDatabaseViewModel teamDatabaseViewModel;
    private final ContactListsViewModel contactListsViewModel;
    private final DoNotCallViewModel doNotCallViewModel;
    private final CampaignsViewModel campaignsViewModel;
    private final AccountsViewModel accountsViewModel;
    private final UiServices services;
    private final TaskRunner tasks;
    /** The campaign wizard's view models: built when the wizard is first needed, not before the window shows. */
    private Wizard wizard;
    private final Scene scene;
    private Map<Section, Supplier<Parent>> sectionViews = Map.of();
    private Map<WizardStep, Supplier<Parent>> stepViews = Map.of();

    public MainWindow(Stage stage, UiServices services, TaskRunner tasks) {
        this.stage = stage;
        this.services = services;
        this.tasks = tasks;
        this.settings = services.settings();
        Messages messages = Messages.of(settings.language().locale());
        this.settingsViewModel = new SettingsViewModel(settings, services.dataDirectory(), services.logFile());
        this.teamDatabaseViewModel = new app.vocero.ui.settings.TeamDatabaseViewModel(services.team(),
                services.teamCopies(), services.teamStatus(), tasks, messages);
        shell.watchTeam(services.teamStatus(), tasks, messages);
        this.contactListsViewModel = new ContactListsViewModel(services.contactLists(), settings, tasks, messages);
        this.doNotCallViewModel = new DoNotCallViewModel(services.doNotCall(), settings, tasks, messages);
        this.campaignsViewModel = new CampaignsViewModel(services.tracker(), services.sender(),
                new app.vocero.service.CloneCampaign(services.tracker(), services.drafts()),
                new app.vocero.service.CallAgain(services.tracker(), services.drafts(), services.contactLists()),
                new app.vocero.service.CampaignReport(services.tracker(), java.time.ZoneId.systemDefault()), tasks,
                messages, java.time.Clock.systemDefaultZone());
        this.accountsViewModel = new AccountsViewModel(services.accounts(), services.accountTester(), services.prices(),
                tasks, messages);
        campaignsViewModel.useDraftOpener(this::openDraftInWizard);
        app.vocero.config.StartTrace.mark("view models");
        this.scene = new Scene(new javafx.scene.layout.Pane(), DEFAULT_WIDTH, DEFAULT_HEIGHT);
        stage.setScene(scene);
        stage.setMinWidth(860);
        stage.setMinHeight(560);
        Image icon = WarmUp.icon(); // decoded on another thread while the data directory opened, when it could be
        if (icon != null) {
            stage.getIcons().add(icon);
        }
        settingsViewModel.languageProperty().addListener((observable, before, now) -> render(now));
        render(settingsViewModel.languageProperty().get());
    }

    public void show() {
        restorePlace();
        stage.setOnHiding(event -> {
            savePlace();
            if (wizard != null) {
                wizard.autosave.flush();
            }
        });
        stage.show();
    }

    public ShellViewModel shell() {
        return shell;
    }

    /** A draft file given on the command line (a double-click on a {@code *.vocero.json}): the wizard opens it. */
    public void openDraftFile(Path file) {
        shell.show(Section.NEW_CAMPAIGN);
        wizardModels().newCampaign.openFile(file);
    }

    public ContactListsViewModel contactLists() {
        return contactListsViewModel;
    }

    public DoNotCallViewModel doNotCall() {
        return doNotCallViewModel;
    }

    public CampaignsViewModel campaigns() {
        return campaignsViewModel;
    }

    /** The accounts screen's state (screenshots and tests drive it). */
    public AccountsViewModel accounts() {
        return accountsViewModel;
    }

    /** The wizard's contacts step (tests drive it as the user's file choice would). */
    public ContactsStepViewModel contactsStep() {
        return wizardModels().contactsStep;
    }

    public CampaignWizardViewModel wizard() {
        return wizardModels().wizard;
    }

    public NewCampaignViewModel newCampaign() {
        return wizardModels().newCampaign;
    }

    /** The autosaved file of the draft in the wizard, with every pending change written. */
    private Path wizardDraftFile() {
        wizardModels().wizard.flush();
        return wizardModels().wizard.draftFile();
    }

    /** After sending: the history, with the new campaign selected. */
    private void openInHistory(String campaignId) {
        campaignsViewModel.clearFilter(); // a search left in the history must not hide the campaign just sent
        campaignsViewModel.refresh();
        campaignsViewModel.campaigns().stream().filter(campaign -> campaign.id().equals(campaignId)).findFirst()
                .ifPresent(campaignsViewModel.selectedProperty()::set);
        shell.show(Section.CAMPAIGNS);
    }

    /** A draft made from the history (Clone, Call again), continued in the wizard. */
    private void openDraftInWizard(String draftId) {
        NewCampaignViewModel newCampaignViewModel = wizardModels().newCampaign;
        newCampaignViewModel.refresh();
        newCampaignViewModel.drafts().stream().filter(row -> row.id().equals(draftId)).findFirst()
                .ifPresent(newCampaignViewModel.selectedProperty()::set);
        newCampaignViewModel.continueSelected();
        shell.show(Section.NEW_CAMPAIGN);
    }

    private void render(Language language) {
        Messages messages = Messages.of(language.locale());
        contactListsViewModel.useMessages(messages);
        doNotCallViewModel.useMessages(messages);
        campaignsViewModel.useMessages(messages);
        accountsViewModel.useMessages(messages);
        if (wizard != null) {
            wizard.useMessages(messages);
        }
        ViewLoader views = new ViewLoader(messages.bundle(), this::controller);
        // The wizard's steps: the contacts and message steps are built by their own view models when wired here.
        stepViews = Map.of(
                WizardStep.PROVIDER, () -> views.load(ProviderStepController.class),
                WizardStep.CONTACTS, () -> views.load(ContactsStepController.class),
                WizardStep.MESSAGE, () -> views.load(MessageStepController.class),
                WizardStep.SCHEDULE, () -> views.load(ScheduleStepController.class),
                WizardStep.REVIEW, () -> views.load(ReviewStepController.class),
                WizardStep.SEND, () -> views.load(SendStepController.class));
        Map<Section, Supplier<Parent>> sections = new java.util.EnumMap<>(Map.of(
                Section.CAMPAIGNS, () -> views.load(CampaignsController.class),
                Section.NEW_CAMPAIGN, () -> views.load(NewCampaignController.class),
                Section.CONTACT_LISTS, () -> views.load(ContactListsController.class),
                Section.ACCOUNTS, () -> views.load(AccountsController.class),
                Section.SETTINGS, () -> views.load(SettingsController.class)));
        sections.put(Section.DO_NOT_CALL, () -> views.load(DoNotCallController.class));
        sectionViews = sections;
        app.vocero.config.StartTrace.mark("render start");
        scene.setRoot(views.load(ShellController.class));
        app.vocero.config.StartTrace.mark("shell loaded");
        stage.setTitle(messages.text("app.title"));
    }

    private Object controller(Class<?> type) {
        if (type == ShellController.class) {
            return new ShellController(shell, section -> sectionViews.get(section).get());
        }
        if (type == CampaignsController.class) {
            return new CampaignsController(shell, campaignsViewModel);
        }
        if (type == AccountsController.class) {
            return new AccountsController(accountsViewModel);
        }
        if (type == NewCampaignController.class) {
            ViewLoader views = new ViewLoader(Messages.of(settingsViewModel.languageProperty().get().locale()).bundle(),
                    this::controller);
            return new NewCampaignController(wizardModels().newCampaign, () -> views.load(CampaignWizardController.class));
        }
        if (type == CampaignWizardController.class) {
            return new CampaignWizardController(wizardModels().wizard, step -> stepViews.get(step).get(),
                    wizardModels().newCampaign::showList);
        }
        if (type == ProviderStepController.class) {
            return new ProviderStepController(wizardModels().providerStep);
        }
        if (type == ContactsStepController.class) {
            return new ContactsStepController(wizardModels().model, wizardModels().contactsStep);
        }
        if (type == MessageStepController.class) {
            return new MessageStepController(wizardModels().messageStep);
        }
        if (type == ScheduleStepController.class) {
            return new ScheduleStepController(wizardModels().scheduleStep);
        }
        if (type == ReviewStepController.class) {
            return new ReviewStepController(wizardModels().reviewStep, wizardModels().wizard::go);
        }
        if (type == SendStepController.class) {
            return new SendStepController(wizardModels().sendStep);
        }
        if (type == ContactListsController.class) {
            return new ContactListsController(contactListsViewModel);
        }
        if (type == DoNotCallController.class) {
            return new DoNotCallController(doNotCallViewModel);
        }
        if (type == SettingsController.class) {
            return new SettingsController(settingsViewModel);
        }
        if (type == app.vocero.ui.settings.TeamDatabaseController.class) {
            return new app.vocero.ui.settings.TeamDatabaseController(teamDatabaseViewModel);
        }
        throw new IllegalArgumentException("No controller is wired for " + type.getName());
    }

    /** The wizard's view models, built on first use (the first screen does not show the wizard). */
    private Wizard wizardModels() {
        if (wizard == null) {
            wizard = new Wizard(Messages.of(settingsViewModel.languageProperty().get().locale()));
        }
        return wizard;
    }

    /** The campaign wizard: one shared model, one view model per step (they outlive a language switch). */
    private final class Wizard {
        final CampaignWizardModel model = new CampaignWizardModel();
        final DraftAutosave autosave;
        final ProviderStepViewModel providerStep;
        final ContactsStepViewModel contactsStep;
        final MessageStepViewModel messageStep;
        final ScheduleStepViewModel scheduleStep;
        final ReviewStepViewModel reviewStep;
        final SendStepViewModel sendStep;
        final CampaignWizardViewModel wizard;
        final NewCampaignViewModel newCampaign;

        Wizard(Messages messages) {
            this.autosave = new DraftAutosave(services.drafts());
            this.providerStep = new ProviderStepViewModel(model, services.accounts());
            this.contactsStep = new ContactsStepViewModel(model, services.contactLists(), services.doNotCall(),
                    settings, tasks, messages);
            this.messageStep = new MessageStepViewModel(model, services.speech(), new MediaPlayback(),
                    services.knownAudios()::of, tasks, messages);
            this.scheduleStep = new ScheduleStepViewModel(model, settings::callingHours, messages);
            this.reviewStep = new ReviewStepViewModel(model, services.campaigns(), services.accounts(),
                    services.sender(), tasks, MainWindow.this::wizardDraftFile, messages);
            this.sendStep = new SendStepViewModel(model, services.sender(), tasks, MainWindow.this::wizardDraftFile,
                    reviewStep::lastCheck, MainWindow.this::openInHistory, messages);
            Map<WizardStep, WizardStepModel> steps = new java.util.EnumMap<>(WizardStep.class);
            steps.put(WizardStep.PROVIDER, providerStep);
            steps.put(WizardStep.CONTACTS, contactsStep);
            steps.put(WizardStep.MESSAGE, messageStep);
            steps.put(WizardStep.SCHEDULE, scheduleStep);
            steps.put(WizardStep.REVIEW, reviewStep);
            steps.put(WizardStep.SEND, sendStep);
            this.wizard = new CampaignWizardViewModel(model, services.drafts(), autosave, steps);
            wizard.draftIdProperty().addListener((observable, before, now) -> {
                sendStep.reset();
                // the contacts step's view is built once: a draft opened later is checked when its loading is over
                javafx.application.Platform.runLater(contactsStep::enter);
            });
            this.newCampaign = new NewCampaignViewModel(services.drafts(), wizard, messages);
        }

        void useMessages(Messages messages) {
            contactsStep.useMessages(messages);
            messageStep.useMessages(messages);
            scheduleStep.useMessages(messages);
            reviewStep.useMessages(messages);
            sendStep.useMessages(messages);
            newCampaign.useMessages(messages);
        }
    }

    private void restorePlace() {
        settings.windowPlace().filter(MainWindow::onSomeScreen).ifPresentOrElse(place -> {
            stage.setX(place.x());
            stage.setY(place.y());
            stage.setWidth(place.width());
            stage.setHeight(place.height());
            stage.setMaximized(place.maximized());
        }, stage::centerOnScreen);
    }

    private void savePlace() {
        settings.setWindowPlace(new WindowPlace(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight(),
                stage.isMaximized()));
    }

    /** A window saved on a monitor that is gone opens centred instead, never off-screen. */
    private static boolean onSomeScreen(WindowPlace place) {
        Rectangle2D titleBar = new Rectangle2D(place.x(), place.y(), Math.max(1, place.width()), 40);
        return place.width() > 100 && place.height() > 100
                && Screen.getScreens().stream().anyMatch(screen -> screen.getVisualBounds().intersects(titleBar));
    }
}
