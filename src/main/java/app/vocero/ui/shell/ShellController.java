package app.vocero.ui.shell;

import java.util.EnumMap;
import java.util.Map;
import java.util.function.Function;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.StackPane;

/** The sidebar and the content area: binds the selected section to the view model. */
public final class ShellController {

    private final ShellViewModel viewModel;
    private final Function<Section, Parent> sectionViews;
    private final Map<Section, Parent> loaded = new EnumMap<>(Section.class);
    private final Map<Section, ToggleButton> buttons = new EnumMap<>(Section.class);

    @FXML private StackPane content;
    @FXML private javafx.scene.layout.HBox teamBanner;
    @FXML private javafx.scene.control.Label teamBannerText;
    @FXML private javafx.scene.control.Button teamRetryButton;
    @FXML private org.kordamp.ikonli.javafx.FontIcon teamBannerIcon;
    @FXML private ToggleButton navCampaigns;
    @FXML private ToggleButton navNewCampaign;
    @FXML private ToggleButton navContactLists;
    @FXML private ToggleButton navDoNotCall;
    @FXML private ToggleButton navAccounts;
    @FXML private ToggleButton navSettings;

    public ShellController(ShellViewModel viewModel, Function<Section, Parent> sectionViews) {
        this.viewModel = viewModel;
        this.sectionViews = sectionViews;
    }

    @FXML
    private void initialize() {
        buttons.put(Section.CAMPAIGNS, navCampaigns);
        buttons.put(Section.NEW_CAMPAIGN, navNewCampaign);
        buttons.put(Section.CONTACT_LISTS, navContactLists);
        buttons.put(Section.DO_NOT_CALL, navDoNotCall);
        buttons.put(Section.ACCOUNTS, navAccounts);
        buttons.put(Section.SETTINGS, navSettings);
        buttons.forEach((section, button) -> button.setOnAction(event -> viewModel.show(section)));
        viewModel.sectionProperty().addListener((observable, before, now) -> showSection(now));
        showSection(viewModel.section());
        teamBannerText.textProperty().bind(viewModel.teamNoticeProperty());
        javafx.scene.control.Tooltip why = new javafx.scene.control.Tooltip();
        why.setWrapText(true);
        why.setMaxWidth(520);
        why.textProperty().bind(viewModel.teamReasonProperty());
        viewModel.teamReasonProperty().addListener((observable, was, reason) ->
                teamBannerText.setTooltip(reason.isEmpty() ? null : why));
        teamBannerText.setTooltip(viewModel.teamReasonProperty().get().isEmpty() ? null : why);
        teamBanner.visibleProperty().bind(viewModel.teamNoticeProperty().isNotEmpty());
        teamBanner.managedProperty().bind(teamBanner.visibleProperty());
        teamRetryButton.visibleProperty().bind(viewModel.teamProblemProperty());
        teamRetryButton.managedProperty().bind(teamRetryButton.visibleProperty());
        viewModel.teamProblemProperty().addListener((observable, was, problem) -> styleBanner(problem));
        styleBanner(viewModel.teamProblemProperty().get());
    }

    private void styleBanner(boolean problem) {
        teamBanner.getStyleClass().removeAll("problem", "good");
        teamBanner.getStyleClass().add(problem ? "problem" : "good");
        teamBannerIcon.setIconLiteral(problem ? "fth-wifi-off" : "fth-check-circle");
    }

    @FXML
    private void retryTeam() {
        viewModel.retryTeam();
    }

    private void showSection(Section section) {
        buttons.forEach((candidate, button) -> button.setSelected(candidate == section));
        content.getChildren().setAll(loaded.computeIfAbsent(section, sectionViews));
    }
}
