package app.vocero.ui;

import app.vocero.config.Language;
import app.vocero.config.Messages;
import app.vocero.service.SettingsService;
import app.vocero.service.WindowPlace;
import app.vocero.ui.campaign.NewCampaignController;
import app.vocero.ui.common.TaskRunner;
import app.vocero.ui.common.ViewLoader;
import app.vocero.ui.contacts.ContactListsController;
import app.vocero.ui.contacts.ContactListsViewModel;
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
    private final ContactListsViewModel contactListsViewModel;
    private final CampaignsViewModel campaignsViewModel;
    private final AccountsViewModel accountsViewModel;
    private final Scene scene;
    private Map<Section, Supplier<Parent>> sectionViews = Map.of();

    public MainWindow(Stage stage, UiServices services, TaskRunner tasks) {
        this.stage = stage;
        this.settings = services.settings();
        Messages messages = Messages.of(settings.language().locale());
        this.settingsViewModel = new SettingsViewModel(settings, services.dataDirectory(), services.logFile());
        this.contactListsViewModel = new ContactListsViewModel(services.contactLists(), settings, tasks, messages);
        this.campaignsViewModel = new CampaignsViewModel(services.tracker(), services.sender(), tasks, messages);
        this.accountsViewModel = new AccountsViewModel(services.accounts(), services.accountTester(), tasks, messages);
        this.scene = new Scene(new javafx.scene.layout.Pane(), DEFAULT_WIDTH, DEFAULT_HEIGHT);
        stage.setScene(scene);
        stage.setMinWidth(860);
        stage.setMinHeight(560);
        var icon = MainWindow.class.getResourceAsStream("/app/vocero/icon.png");
        if (icon != null) {
            stage.getIcons().add(new Image(icon));
        }
        settingsViewModel.languageProperty().addListener((observable, before, now) -> render(now));
        render(settingsViewModel.languageProperty().get());
    }

    public void show() {
        restorePlace();
        stage.setOnHiding(event -> savePlace());
        stage.show();
    }

    public ShellViewModel shell() {
        return shell;
    }

    public ContactListsViewModel contactLists() {
        return contactListsViewModel;
    }

    public CampaignsViewModel campaigns() {
        return campaignsViewModel;
    }

    private void render(Language language) {
        Messages messages = Messages.of(language.locale());
        contactListsViewModel.useMessages(messages);
        campaignsViewModel.useMessages(messages);
        accountsViewModel.useMessages(messages);
        ViewLoader views = new ViewLoader(messages.bundle(), this::controller);
        Map<Section, Supplier<Parent>> sections = Map.of(
                Section.CAMPAIGNS, () -> views.load(CampaignsController.class),
                Section.NEW_CAMPAIGN, () -> views.load(NewCampaignController.class),
                Section.CONTACT_LISTS, () -> views.load(ContactListsController.class),
                Section.ACCOUNTS, () -> views.load(AccountsController.class),
                Section.SETTINGS, () -> views.load(SettingsController.class));
        sectionViews = sections;
        scene.setRoot(views.load(ShellController.class));
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
            return new NewCampaignController(shell);
        }
        if (type == ContactListsController.class) {
            return new ContactListsController(contactListsViewModel);
        }
        if (type == SettingsController.class) {
            return new SettingsController(settingsViewModel);
        }
        throw new IllegalArgumentException("No controller is wired for " + type.getName());
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
