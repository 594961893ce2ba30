package app.vocero.ui.campaign.wizard.schedule;

import app.vocero.campaign.CallingHours;
import app.vocero.campaign.CampaignZone;
import app.vocero.config.Messages;
import app.vocero.domain.campaign.Draft;
import app.vocero.domain.campaign.ProviderCapabilities;
import app.vocero.domain.campaign.ProviderCapabilities.OptionSpec;
import app.vocero.domain.campaign.RetryCondition;
import app.vocero.domain.campaign.Schedule;
import app.vocero.ui.campaign.wizard.CampaignWizardModel;
import app.vocero.ui.campaign.wizard.DraftEdits;
import app.vocero.ui.campaign.wizard.WizardStepModel;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Step 4: up to five calling windows, the time zone, retries (how many, on which results, minutes between them where
 * the provider takes them) and the provider's own options. Retry settings apply to every window (Smartflo needs
 * them equal; a person thinks of them per campaign). Each window says when it breaks the calling hours.
 */
public final class ScheduleStepViewModel implements WizardStepModel {

    private final CampaignWizardModel model;
    private final Supplier<CallingHours> callingHours;
    private final ObservableList<WindowRow> windows = FXCollections.observableArrayList();
    private final ObservableList<ZoneChoice> zones = FXCollections.observableArrayList();
    private final ObjectProperty<ZoneChoice> zone = new SimpleObjectProperty<>();
    private final ObjectProperty<Integer> retries = new SimpleObjectProperty<>(0);
    private final Map<RetryCondition, BooleanProperty> conditions = new EnumMap<>(RetryCondition.class);
    private final StringProperty intervals = new SimpleStringProperty("");
    private final ObservableList<OptionField> options = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<ProviderCapabilities> capabilities = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper canAdd = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper complete = new ReadOnlyBooleanWrapper();
    private Messages messages;
    private boolean pulling;

    /** One provider option as edited: its text ({@code true}/{@code false} for a yes/no option). */
    public static final class OptionField {
        private final OptionSpec spec;
        private final StringProperty value = new SimpleStringProperty("");

        OptionField(OptionSpec spec) {
            this.spec = spec;
        }

        public OptionSpec spec() {
            return spec;
        }

        public StringProperty valueProperty() {
            return value;
        }

        public boolean valid() {
            return spec.accepts(value.get());
        }
    }

    public ScheduleStepViewModel(CampaignWizardModel model, Supplier<CallingHours> callingHours, Messages messages) {
        this.model = model;
        this.callingHours = callingHours;
        this.messages = messages;
        for (RetryCondition condition : RetryCondition.values()) {
            BooleanProperty checked = new SimpleBooleanProperty(false);
            checked.addListener((observable, was, now) -> push());
            conditions.put(condition, checked);
        }
        zones.setAll(ZoneChoice.all(messages.locale()));
        zone.addListener((observable, before, now) -> push());
        retries.addListener((observable, before, now) -> {
            if (!pulling) {
                defaultsForRetries(now == null ? 0 : now);
            }
            push();
        });
        intervals.addListener((observable, before, now) -> push());
        model.draftProperty().addListener((observable, before, now) -> pull(now));
        pull(model.draft());
    }

    public void useMessages(Messages newMessages) {
        this.messages = newMessages;
        ZoneChoice chosen = zone.get();
        pulling = true;
        try {
            zones.setAll(ZoneChoice.all(newMessages.locale()));
            zone.set(chosen == null ? null : choiceFor(chosen.id()));
        } finally {
            pulling = false;
        }
        checkWindows();
    }

    /** A new window: the day after the last one (or tomorrow), within the calling hours. */
    public void addWindow() {
        ProviderCapabilities caps = capabilities.get();
        int max = caps == null ? ProviderCapabilities.MAX_WINDOWS : caps.maxWindows();
        if (windows.size() >= max) {
            return;
        }
        LocalDate day = windows.isEmpty() || windows.get(windows.size() - 1).startDateProperty().get() == null
                ? LocalDate.now().plusDays(1) : windows.get(windows.size() - 1).startDateProperty().get().plusDays(1);
        CallingHours hours = callingHours.get();
        WindowRow row = new WindowRow(day.atTime(hours.from()), day.atTime(hours.to().minusHours(3).isAfter(hours.from())
                ? hours.to().minusHours(3) : hours.to()));
        watch(row);
        windows.add(row);
        push();
    }

    public void removeWindow(WindowRow row) {
        windows.remove(row);
        push();
    }

    private void watch(WindowRow row) {
        row.startDateProperty().addListener((observable, before, now) -> push());
        row.startTimeProperty().addListener((observable, before, now) -> push());
        row.endDateProperty().addListener((observable, before, now) -> push());
        row.endTimeProperty().addListener((observable, before, now) -> push());
    }

    private void defaultsForRetries(int count) {
        ProviderCapabilities caps = capabilities.get();
        if (caps == null || count <= 0) {
            return;
        }
        if (caps.retryConditions() && conditions.values().stream().noneMatch(BooleanProperty::get)) {
            pulling = true;
            conditions.get(RetryCondition.NOCONTESTA).set(true);
            pulling = false;
        }
        if (caps.retryIntervals()) {
            List<Integer> now = parseIntervals(intervals.get());
            if (now == null || now.size() != count) {
                List<Integer> defaults = new ArrayList<>();
                for (int i = 1; i <= count; i++) {
                    defaults.add(ProviderCapabilities.DEFAULT_RETRY_MINUTES * i);
                }
                pulling = true;
                intervals.set(join(defaults));
                pulling = false;
            }
        }
    }

    /** The minutes typed as "30, 60"; null when something in them is not a whole number above 0. */
    static List<Integer> parseIntervals(String text) {
        List<Integer> minutes = new ArrayList<>();
        if (text == null || text.isBlank()) {
            return minutes;
        }
        for (String part : text.split("[,;\\s]+")) {
            if (part.isBlank()) {
                continue;
            }
            try {
                int value = Integer.parseInt(part.trim());
                if (value <= 0) {
                    return null;
                }
                minutes.add(value);
            } catch (NumberFormatException e) {
                return null;
            }
        }
        return minutes;
    }

    private static String join(List<Integer> minutes) {
        return String.join(", ", minutes.stream().map(String::valueOf).toList());
    }

    private ZoneChoice choiceFor(String id) {
        if (id == null || id.isBlank()) {
            return null;
        }
        return zones.stream().filter(choice -> choice.id().equals(id)).findFirst().orElseGet(() -> {
            try {
                ZoneId parsed = CampaignZone.parse(id).orElse(null);
                if (parsed == null) {
                    return null;
                }
                ZoneChoice extra = ZoneChoice.of(parsed.getId(), messages.locale(), Instant.now());
                ZoneChoice keep = new ZoneChoice(id, extra.label(), extra.offsetSeconds());
                zones.add(0, keep);
                return keep;
            } catch (RuntimeException e) {
                return null;
            }
        });
    }

    private void pull(Draft draft) {
        if (pulling) {
            return;
        }
        pulling = true;
        try {
            ProviderCapabilities caps = draft.provider() == null ? null : ProviderCapabilities.of(draft.provider());
            if (caps != capabilities.get()) {
                capabilities.set(caps);
                options.clear();
                if (caps != null) {
                    for (OptionSpec spec : caps.options()) {
                        OptionField field = new OptionField(spec);
                        field.valueProperty().addListener((observable, before, now) -> push());
                        options.add(field);
                    }
                }
            }
            for (OptionField field : options) {
                Object value = draft.option(field.spec().key());
                String text = value == null ? "" : value.toString();
                if (!Objects.equals(field.valueProperty().get(), text)) {
                    field.valueProperty().set(text);
                }
            }
            if (!schedules().equals(draft.schedules())) {
                windows.clear();
                for (Schedule schedule : draft.schedules()) {
                    WindowRow row = new WindowRow(schedule.start(), schedule.end());
                    watch(row);
                    windows.add(row);
                }
                Schedule first = draft.schedules().isEmpty() ? null : draft.schedules().get(0);
                retries.set(first == null ? 0 : first.retries());
                conditions.forEach((condition, checked) -> checked.set(first != null
                        && first.retryOn().stream().anyMatch(key -> key.equalsIgnoreCase(condition.key()))));
                intervals.set(first == null ? "" : join(first.retryAfterMinutes()));
            }
            String wanted = draft.timezone() == null || draft.timezone().isBlank() ? ZoneId.systemDefault().getId() : draft.timezone();
            if (zone.get() == null || !zone.get().id().equals(wanted)) {
                zone.set(choiceFor(wanted));
            }
        } finally {
            pulling = false;
        }
        refreshState();
    }

    /** The windows as the draft holds them, with the retry settings on each. */
    List<Schedule> schedules() {
        List<Integer> after = parseIntervals(intervals.get());
        List<String> on = new ArrayList<>();
        conditions.forEach((condition, checked) -> {
            if (checked.get()) {
                on.add(condition.key());
            }
        });
        ProviderCapabilities caps = capabilities.get();
        boolean useConditions = caps == null || caps.retryConditions();
        boolean useIntervals = caps != null && caps.retryIntervals();
        int count = retries.get() == null ? 0 : retries.get();
        List<Schedule> schedules = new ArrayList<>();
        for (WindowRow row : windows) {
            schedules.add(new Schedule(row.start(), row.end(), count, useConditions && count > 0 ? on : List.of(),
                    useIntervals && count > 0 && after != null ? after : List.of(), Map.of()));
        }
        return schedules;
    }

    private void push() {
        if (pulling) {
            return;
        }
        pulling = true;
        try {
            Map<String, Object> values = new LinkedHashMap<>(model.draft().options());
            for (OptionField field : options) {
                String text = field.valueProperty().get() == null ? "" : field.valueProperty().get().trim();
                if (text.isEmpty()) {
                    values.remove(field.spec().key());
                } else {
                    values.put(field.spec().key(), typed(field.spec(), text));
                }
            }
            String timezone = zone.get() == null ? model.draft().timezone() : zone.get().id();
            List<Schedule> schedules = schedules();
            model.update(draft -> DraftEdits.options(DraftEdits.timezone(DraftEdits.schedules(draft, schedules), timezone), values));
        } finally {
            pulling = false;
        }
        refreshState();
    }

    private static Object typed(OptionSpec spec, String text) {
        switch (spec.kind()) {
            case BOOLEAN:
                return "true".equalsIgnoreCase(text) ? Boolean.TRUE : "false".equalsIgnoreCase(text) ? Boolean.FALSE : text;
            case INTEGER:
                try {
                    return Integer.parseInt(text);
                } catch (NumberFormatException e) {
                    return text;
                }
            default:
                return text;
        }
    }

    private void refreshState() {
        ProviderCapabilities caps = capabilities.get();
        int max = caps == null ? ProviderCapabilities.MAX_WINDOWS : caps.maxWindows();
        canAdd.set(windows.size() < max);
        checkWindows();
        boolean ok = caps != null && !windows.isEmpty() && windows.size() <= max
                && windows.stream().allMatch(row -> row.problemProperty().get().isEmpty())
                && options.stream().allMatch(OptionField::valid) && zone.get() != null;
        int count = retries.get() == null ? 0 : retries.get();
        if (caps != null && caps.retryIntervals() && count > 0) {
            List<Integer> after = parseIntervals(intervals.get());
            ok = ok && after != null && !after.isEmpty();
        }
        complete.set(ok);
    }

    /** Each window's own problem and its calling-hours warning, in the recipients' local time. */
    private void checkWindows() {
        CallingHours hours = callingHours.get();
        ZoneId draftZone = zone.get() == null ? ZoneId.systemDefault()
                : CampaignZone.parse(zone.get().id()).orElse(ZoneId.systemDefault());
        String country = model.draft().contacts() == null ? null : model.draft().contacts().country();
        List<ZoneId> recipients = CallingHours.zonesOf(country == null ? null : country.trim().toUpperCase(java.util.Locale.ROOT), draftZone);
        for (WindowRow row : windows) {
            LocalDateTime start = row.start();
            LocalDateTime end = row.end();
            if (start == null || end == null) {
                row.problemProperty().set(messages.text("wizard.schedule.window.incomplete"));
                row.warningProperty().set("");
                continue;
            }
            if (!start.isBefore(end)) {
                row.problemProperty().set(messages.text("wizard.schedule.window.order"));
                row.warningProperty().set("");
                continue;
            }
            row.problemProperty().set("");
            row.warningProperty().set(warning(start, end, draftZone, recipients, hours));
        }
    }

    private String warning(LocalDateTime start, LocalDateTime end, ZoneId draftZone, List<ZoneId> recipients,
                           CallingHours hours) {
        for (ZoneId recipient : recipients) {
            ZonedDateTime from = start.atZone(draftZone).withZoneSameInstant(recipient);
            ZonedDateTime to = end.atZone(draftZone).withZoneSameInstant(recipient);
            boolean sameDay = from.toLocalDate().equals(to.toLocalDate());
            if (!hours.allows(from.toLocalTime()) || !hours.allows(to.toLocalTime()) || !sameDay) {
                return messages.format("wizard.schedule.window.hours", WindowRow.TIME.format(from.toLocalTime()),
                        WindowRow.TIME.format(to.toLocalTime()), recipient.getId(), WindowRow.TIME.format(hours.from()),
                        WindowRow.TIME.format(hours.to()));
            }
        }
        return "";
    }

    public String conditionLabel(RetryCondition condition) {
        return condition.label(messages.locale().getLanguage());
    }

    public ObservableList<WindowRow> windows() {
        return windows;
    }

    public ObservableList<ZoneChoice> zones() {
        return zones;
    }

    public ObjectProperty<ZoneChoice> zoneProperty() {
        return zone;
    }

    public ObjectProperty<Integer> retriesProperty() {
        return retries;
    }

    public BooleanProperty conditionProperty(RetryCondition condition) {
        return conditions.get(condition);
    }

    public StringProperty intervalsProperty() {
        return intervals;
    }

    public ObservableList<OptionField> options() {
        return options;
    }

    public ReadOnlyObjectProperty<ProviderCapabilities> capabilitiesProperty() {
        return capabilities.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canAddProperty() {
        return canAdd.getReadOnlyProperty();
    }

    @Override
    public ReadOnlyBooleanProperty completeProperty() {
        return complete.getReadOnlyProperty();
    }

}
