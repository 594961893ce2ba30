package app.vocero.ui.history;

import app.vocero.domain.campaign.CampaignRecord;
import app.vocero.domain.campaign.CampaignState;
import app.vocero.domain.campaign.ProviderId;
import app.vocero.domain.campaign.Submission;
import app.vocero.ui.common.WrappingTextCell;
import app.vocero.ui.shell.Section;
import app.vocero.ui.shell.ShellViewModel;
import java.io.File;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.stage.FileChooser;
import javafx.util.StringConverter;

/** The campaigns history: binds the filters, the list, the selected campaign's details and its buttons. */
public final class CampaignsController {

    private final ShellViewModel shell;
    private final CampaignsViewModel viewModel;
    @FXML private javafx.scene.layout.VBox campaignsSection;

    @FXML private ResourceBundle resources;
    @FXML private Node campaignsEmpty;
    @FXML private Node campaignsContent;
    @FXML private TextField historySearch;
    @FXML private ComboBox<Choice<ProviderId>> historyProvider;
    @FXML private ComboBox<Choice<CampaignState>> historyState;
    @FXML private ComboBox<Choice<String>> historyBy;
    @FXML private DatePicker historyFrom;
    @FXML private DatePicker historyTo;
    @FXML private Label historyUpdated;
    @FXML private Label historyShown;
    @FXML private TableView<CampaignRecord> campaignsTable;
    @FXML private TableColumn<CampaignRecord, String> nameColumn;
    @FXML private TableColumn<CampaignRecord, String> stateColumn;
    @FXML private TableColumn<CampaignRecord, String> sentByColumn;
    @FXML private TableColumn<CampaignRecord, String> createdColumn;
    @FXML private Node campaignPage;
    @FXML private Label campaignName;
    @FXML private Label campaignSummary;
    @FXML private Label campaignSentBy;
    @FXML private Button cloneButton;
    @FXML private Button callAgainButton;
    @FXML private Button exportButton;
    @FXML private Button openDraftButton;
    @FXML private TableView<Submission> requestsTable;
    @FXML private TableColumn<Submission, String> stepColumn;
    @FXML private TableColumn<Submission, String> requestStateColumn;
    @FXML private TableColumn<Submission, String> detailColumn;
    @FXML private Label trackedAtLabel;
    @FXML private Label trackingLabel;
    @FXML private Label notCalledLabel;
    @FXML private BarChart<Number, String> outcomeChart;
    @FXML private NumberAxis outcomeAxis;
    @FXML private TableView<CampaignsViewModel.OutcomeRow> outcomesTable;
    @FXML private TableColumn<CampaignsViewModel.OutcomeRow, String> phoneColumn;
    @FXML private TableColumn<CampaignsViewModel.OutcomeRow, String> contactColumn;
    @FXML private TableColumn<CampaignsViewModel.OutcomeRow, String> outcomeColumn;
    @FXML private TableColumn<CampaignsViewModel.OutcomeRow, String> outcomeDetailColumn;
    @FXML private Label messageLabel;
    @FXML private Label windowsLabel;
    @FXML private Label campaignStatus;
    @FXML private Button refreshTrackingButton;
    @FXML private Button resumeButton;
    @FXML private Button createdButton;
    @FXML private Button sendAgainButton;
    @FXML private Node settleButtons;
    @FXML private javafx.scene.control.TabPane detailTabs;
    @FXML private TextField settleIdField;

    public CampaignsController(ShellViewModel shell, CampaignsViewModel viewModel) {
        this.shell = shell;
        this.viewModel = viewModel;
    }

    /** A filter choice: a value, or {@code null} for "all". */
    public record Choice<T>(T value, String label) {
        @Override
        public String toString() {
            return label;
        }
    }

    @FXML
    private void initialize() {
        Locale language = resources.getLocale();
        DateTimeFormatter when = HistoryFormats.dateTime(language, ZoneId.systemDefault());
        campaignsEmpty.visibleProperty().bind(viewModel.emptyProperty());
        campaignsContent.visibleProperty().bind(viewModel.emptyProperty().not());
        // nothing sent yet: the list and campaign page stay out of the scene (not styled) until there is a campaign
        app.vocero.ui.common.AttachedWhileVisible.keep(campaignsContent);
        bindFilters(language);
        campaignsTable.setItems(viewModel.campaigns());
        campaignsTable.setPlaceholder(new Label(resources.getString("history.noMatch")));
        nameColumn.setCellValueFactory(cell -> new ReadOnlyStringWrapper(cell.getValue().name()));
        nameColumn.setCellFactory(ignored -> new TwoLineCell<>(CampaignRecord::name, campaign ->
                new java.text.MessageFormat(resources.getString("history.where"), resources.getLocale())
                        .format(new Object[] {campaign.provider().displayName(), campaign.account()})));
        text(stateColumn, campaign -> state(campaign.state()));
        String unknown = resources.getString("who.unknown");
        sentByColumn.setCellValueFactory(cell -> new ReadOnlyStringWrapper(cell.getValue().sentBy() == null ? unknown
                : cell.getValue().sentBy().display()));
        sentByColumn.setCellFactory(ignored -> new TwoLineCell<>(
                campaign -> campaign.sentBy() == null ? unknown : campaign.sentBy().user(),
                campaign -> campaign.sentBy() == null ? "" : campaign.sentBy().host(),
                campaign -> campaign.sentBy() == null ? resources.getString("who.unknown.tooltip") : null));
        DateTimeFormatter day = HistoryFormats.date(language).withZone(ZoneId.systemDefault());
        DateTimeFormatter hour = DateTimeFormatter.ofLocalizedTime(java.time.format.FormatStyle.SHORT)
                .withLocale(HistoryFormats.locale(language)).withZone(ZoneId.systemDefault());
        createdColumn.setCellValueFactory(cell -> new ReadOnlyStringWrapper(when.format(cell.getValue().createdAt())));
        createdColumn.setComparator(java.util.Comparator.naturalOrder());
        createdColumn.setCellFactory(ignored -> new TwoLineCell<>(campaign -> day.format(campaign.createdAt()),
                campaign -> hour.format(campaign.createdAt())));
        historyUpdated.textProperty().bind(viewModel.updatedProperty());
        historyShown.textProperty().bind(viewModel.shownProperty());
        viewModel.selectedProperty().addListener((observable, before, now) -> {
            if (now != null && campaignsTable.getSelectionModel().getSelectedItem() != now) {
                campaignsTable.getSelectionModel().select(now);
            }
            campaignName.setText(now == null ? "" : now.name());
        });
        campaignsTable.getSelectionModel().selectedItemProperty().addListener((observable, before, now) -> {
            if (now != null) {
                viewModel.selectedProperty().set(now);
            }
        });
        campaignSummary.textProperty().bind(viewModel.summaryProperty());
        campaignSentBy.textProperty().bind(viewModel.sentByProperty());
        campaignPage.visibleProperty().bind(viewModel.selectedProperty().isNotNull());
        bindRequests();
        bindTracking();
        messageLabel.textProperty().bind(viewModel.messageProperty());
        windowsLabel.textProperty().bind(viewModel.windowsProperty());
        campaignStatus.textProperty().bind(viewModel.statusProperty());
        campaignStatus.managedProperty().bind(viewModel.statusProperty().isNotEmpty());
        refreshTrackingButton.disableProperty().bind(viewModel.busyProperty().or(viewModel.trackableProperty().not()));
        resumeButton.disableProperty().bind(viewModel.busyProperty());
        resumeButton.visibleProperty().bind(viewModel.sentProperty().not());
        resumeButton.managedProperty().bind(resumeButton.visibleProperty());
        boolean actions = viewModel.canCloneAndExport();
        cloneButton.disableProperty().bind(viewModel.busyProperty().or(Bindings.createBooleanBinding(() -> !actions)));
        exportButton.disableProperty().bind(cloneButton.disableProperty());
        callAgainButton.disableProperty().bind(viewModel.busyProperty().or(viewModel.toCallAgainProperty().isEqualTo(0))
                .or(Bindings.createBooleanBinding(() -> !actions)));
        callAgainButton.textProperty().bind(Bindings.createStringBinding(() -> viewModel.toCallAgainProperty().get() == 0
                ? resources.getString("history.callAgain")
                : new java.text.MessageFormat(resources.getString("history.callAgain.count"), language)
                        .format(new Object[] {viewModel.toCallAgainProperty().get()}), viewModel.toCallAgainProperty()));
        Tooltip callAgainTip = new Tooltip(resources.getString("history.callAgain.tooltip"));
        callAgainTip.setWrapText(true);
        callAgainTip.setMaxWidth(360);
        callAgainButton.setTooltip(callAgainTip);
        openDraftButton.visibleProperty().bind(viewModel.newDraftProperty().isNotNull());
        openDraftButton.managedProperty().bind(openDraftButton.visibleProperty());
        // what the first frame does not show stays out of the scene (not styled, not laid out) until it is shown:
        // the tabs not selected, and the chart while it has no bars
        app.vocero.ui.common.ContentWhenSelected.keep(detailTabs);
        app.vocero.ui.common.AttachedWhileVisible.keep(outcomeChart);
        viewModel.refresh();
        // shown again from the sidebar: read again what a command beside the window may have sent meanwhile
        campaignsSection.sceneProperty().addListener((observable, before, now) -> {
            if (before == null && now != null) {
                viewModel.refreshInBackground();
            }
        });
    }

    private void bindFilters(Locale language) {
        historySearch.textProperty().bindBidirectional(viewModel.searchProperty());
        historyProvider.getItems().add(new Choice<>(null, resources.getString("history.filter.provider.all")));
        for (ProviderId provider : ProviderId.values()) {
            historyProvider.getItems().add(new Choice<>(provider, provider.displayName()));
        }
        historyState.getItems().add(new Choice<>(null, resources.getString("history.filter.state.all")));
        for (CampaignState state : CampaignState.values()) {
            historyState.getItems().add(new Choice<>(state, state(state)));
        }
        choose(historyProvider, viewModel.providerFilterProperty());
        choose(historyState, viewModel.stateFilterProperty());
        SentByFilter.bind(historyBy, viewModel, resources);
        StringConverter<LocalDate> days = new StringConverter<>() {
            private final DateTimeFormatter format = HistoryFormats.date(language);

            @Override
            public String toString(LocalDate date) {
                return date == null ? "" : format.format(date);
            }

            @Override
            public LocalDate fromString(String text) {
                try {
                    return text == null || text.isBlank() ? null : LocalDate.parse(text.trim(), format);
                } catch (java.time.format.DateTimeParseException e) {
                    return null;
                }
            }
        };
        historyFrom.setConverter(days);
        historyTo.setConverter(days);
        app.vocero.ui.common.CalendarLanguage.follow(historyFrom, language);
        app.vocero.ui.common.CalendarLanguage.follow(historyTo, language);
        historyFrom.valueProperty().bindBidirectional(viewModel.fromFilterProperty());
        historyTo.valueProperty().bindBidirectional(viewModel.toFilterProperty());
    }

    private static <T> void choose(ComboBox<Choice<T>> box, ObjectProperty<T> property) {
        box.getSelectionModel().select(box.getItems().stream().filter(choice -> java.util.Objects.equals(choice.value(),
                property.get())).findFirst().orElse(box.getItems().get(0)));
        box.valueProperty().addListener((observable, before, now) -> property.set(now == null ? null : now.value()));
        property.addListener((observable, before, now) -> {
            if (box.getValue() == null || !java.util.Objects.equals(box.getValue().value(), now)) {
                box.getItems().stream().filter(choice -> java.util.Objects.equals(choice.value(), now)).findFirst()
                        .ifPresent(box::setValue);
            }
        });
        box.setButtonCell(new ListCell<>() {
            @Override
            protected void updateItem(Choice<T> item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? "" : item.label());
            }
        });
    }

    private void bindRequests() {
        requestsTable.setItems(viewModel.requests());
        requestsTable.setPlaceholder(new Label(resources.getString("history.requests.none")));
        text(stepColumn, request -> "#" + (request.index() + 1) + " " + request.step());
        text(requestStateColumn, request -> resources.getString("campaigns.request."
                + request.state().name().toLowerCase(Locale.ROOT)));
        // the provider's answer is read whole: a request's row grows rather than cut it
        detailColumn.setCellValueFactory(cell -> new ReadOnlyStringWrapper(viewModel.answer(cell.getValue())));
        detailColumn.setCellFactory(WrappingTextCell.forColumn());
        viewModel.selectedRequestProperty().bind(requestsTable.getSelectionModel().selectedItemProperty());
        createdButton.visibleProperty().bind(viewModel.unknownSelectedProperty());
        sendAgainButton.visibleProperty().bind(viewModel.unknownSelectedProperty());
        settleButtons.visibleProperty().bind(viewModel.unknownSelectedProperty());
        settleButtons.managedProperty().bind(settleButtons.visibleProperty());
        settleIdField.textProperty().bindBidirectional(viewModel.settleIdProperty());
    }

    private void bindTracking() {
        trackedAtLabel.textProperty().bind(viewModel.trackedAtProperty());
        trackingLabel.textProperty().bind(viewModel.trackingProperty());
        notCalledLabel.textProperty().bind(viewModel.notCalledProperty());
        notCalledLabel.visibleProperty().bind(viewModel.notCalledProperty().isNotEmpty());
        notCalledLabel.managedProperty().bind(notCalledLabel.visibleProperty());
        outcomesTable.setItems(viewModel.outcomes());
        outcomesTable.setPlaceholder(new Label(resources.getString("history.outcomes.none")));
        text(phoneColumn, CampaignsViewModel.OutcomeRow::phone);
        text(contactColumn, CampaignsViewModel.OutcomeRow::name);
        text(outcomeColumn, CampaignsViewModel.OutcomeRow::outcomeText);
        text(outcomeDetailColumn, row -> {
            String status = row.status().equalsIgnoreCase(row.outcomeText()) ? "" : row.status();
            return status.isEmpty() || row.detail().isEmpty() ? status + row.detail() : status + " · " + row.detail();
        });
        Runnable chart = () -> {
            XYChart.Series<Number, String> series = new XYChart.Series<>();
            // the largest at the top: a category axis draws its first category at the bottom
            java.util.List<CampaignsViewModel.Slice> ordered = new java.util.ArrayList<>(viewModel.slices());
            ordered.sort(java.util.Comparator.comparingLong(CampaignsViewModel.Slice::calls));
            ordered.forEach(slice -> series.getData().add(new XYChart.Data<>(slice.calls(), slice.label())));
            outcomeChart.getData().setAll(java.util.List.of(series));
            outcomeChart.setVisible(!viewModel.slices().isEmpty());
            outcomeChart.setManaged(!viewModel.slices().isEmpty());
        };
        viewModel.slices().addListener((ListChangeListener<CampaignsViewModel.Slice>) change -> chart.run());
        outcomeAxis.setTickLabelFormatter(new StringConverter<>() {
            private final java.text.NumberFormat format = java.text.NumberFormat.getIntegerInstance(
                    HistoryFormats.locale(resources.getLocale()));

            @Override
            public String toString(Number value) {
                return value.doubleValue() == Math.rint(value.doubleValue()) ? format.format(value) : "";
            }

            @Override
            public Number fromString(String text) {
                return null;
            }
        });
        chart.run();
    }

    /** A campaign's value above a muted second line (its name above provider and account; a day above its time). */
    private static final class TwoLineCell<T> extends TableCell<CampaignRecord, T> {
        private final Label first = new Label();
        private final Label second = new Label();
        private final javafx.scene.layout.VBox box = new javafx.scene.layout.VBox(first, second);
        private Tooltip tip; // made when the cell first shows a campaign: the list's empty rows need none
        private final Function<CampaignRecord, String> top;
        private final Function<CampaignRecord, String> bottom;
        private final Function<CampaignRecord, String> explained;

        TwoLineCell(Function<CampaignRecord, String> top, Function<CampaignRecord, String> bottom) {
            this(top, bottom, campaign -> null);
        }

        /** With a tooltip of its own where {@code explained} gives one (else both lines). */
        TwoLineCell(Function<CampaignRecord, String> top, Function<CampaignRecord, String> bottom,
                    Function<CampaignRecord, String> explained) {
            this.top = top;
            this.bottom = bottom;
            this.explained = explained;
            second.getStyleClass().addAll("text-muted", "text-small");
            box.getStyleClass().add("campaign-cell");
        }

        @Override
        protected void updateItem(T item, boolean empty) {
            super.updateItem(item, empty);
            CampaignRecord campaign = empty || getTableRow() == null ? null : getTableRow().getItem();
            if (campaign == null) {
                setGraphic(null);
                setTooltip(null);
                return;
            }
            first.setText(top.apply(campaign));
            second.setText(bottom.apply(campaign));
            String own = explained.apply(campaign);
            if (tip == null) {
                tip = tip();
            }
            tip.setText(own != null ? own : second.getText().isEmpty() ? first.getText()
                    : first.getText() + "\n" + second.getText());
            setGraphic(box);
            setTooltip(tip);
        }
    }

    /** A text column whose cells show their whole value in a tooltip (a cut cell can still be read). */
    private static <S> void text(TableColumn<S, String> column, Function<S, String> value) {
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        column.setCellFactory(ignored -> new TableCell<>() {
            private Tooltip tip; // made when the cell first shows a text: a table's empty rows need none

            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : item);
                if (empty || item == null || item.isEmpty()) {
                    setTooltip(null);
                } else {
                    if (tip == null) {
                        tip = tip();
                    }
                    tip.setText(item);
                    setTooltip(tip);
                }
            }
        });
    }

    /** A cell's tooltip: its whole value, wrapped. */
    private static Tooltip tip() {
        Tooltip tip = new Tooltip();
        tip.setWrapText(true);
        tip.setMaxWidth(480);
        return tip;
    }

    private String state(CampaignState state) {
        return resources.getString("campaigns.state." + state.name().toLowerCase(Locale.ROOT));
    }

    @FXML
    private void createCampaign() {
        shell.show(Section.NEW_CAMPAIGN);
    }

    @FXML
    private void clearFilter() {
        viewModel.clearFilter();
    }

    @FXML
    private void refreshList() {
        viewModel.refreshFromButton();
    }

    @FXML
    private void refreshTracking() {
        viewModel.refreshTracking();
    }

    @FXML
    private void resume() {
        viewModel.resume();
    }

    @FXML
    private void markCreated() {
        viewModel.settle(true);
    }

    @FXML
    private void markSendAgain() {
        viewModel.settle(false);
    }

    @FXML
    private void cloneCampaign() {
        viewModel.cloneSelected();
    }

    @FXML
    private void callAgain() {
        viewModel.callAgainSelected();
    }

    @FXML
    private void openDraft() {
        viewModel.openNewDraft();
    }

    @FXML
    private void exportReport() {
        FileChooser chooser = app.vocero.ui.common.FileChoosers.csv(resources.getString("history.export.title"),
                viewModel.reportFileName(), resources.getString("contactLists.csvFilter"));
        File file = chooser.showSaveDialog(exportButton.getScene().getWindow());
        if (file != null) {
            viewModel.exportReport(file.toPath());
        }
    }
}
