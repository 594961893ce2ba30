package app.vocero.ui.campaign.wizard.schedule;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** One calling window as the user edits it: dates from date pickers, times typed as {@code HH:mm}. */
public final class WindowRow {

    static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private final ObjectProperty<LocalDate> startDate = new SimpleObjectProperty<>();
    private final StringProperty startTime = new SimpleStringProperty("");
    private final ObjectProperty<LocalDate> endDate = new SimpleObjectProperty<>();
    private final StringProperty endTime = new SimpleStringProperty("");
    private final StringProperty warning = new SimpleStringProperty("");
    private final StringProperty problem = new SimpleStringProperty("");

    public WindowRow(LocalDateTime start, LocalDateTime end) {
        set(start, end);
    }

    void set(LocalDateTime start, LocalDateTime end) {
        startDate.set(start == null ? null : start.toLocalDate());
        startTime.set(start == null ? "" : TIME.format(start));
        endDate.set(end == null ? null : end.toLocalDate());
        endTime.set(end == null ? "" : TIME.format(end));
    }

    public LocalDateTime start() {
        return at(startDate.get(), startTime.get());
    }

    public LocalDateTime end() {
        return at(endDate.get(), endTime.get());
    }

    /** A time typed as {@code 8:00}, {@code 08:00} or {@code 8}; null when it is not one. */
    static LocalTime time(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String t = text.trim();
        if (t.matches("\\d{1,2}")) {
            t = t + ":00";
        }
        if (t.matches("\\d:\\d{2}")) {
            t = "0" + t;
        }
        try {
            return LocalTime.parse(t, TIME);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static LocalDateTime at(LocalDate date, String time) {
        LocalTime parsed = time(time);
        return date == null || parsed == null ? null : date.atTime(parsed);
    }

    public ObjectProperty<LocalDate> startDateProperty() {
        return startDate;
    }

    public StringProperty startTimeProperty() {
        return startTime;
    }

    public ObjectProperty<LocalDate> endDateProperty() {
        return endDate;
    }

    public StringProperty endTimeProperty() {
        return endTime;
    }

    /** The calling-hours warning of this window, in the window's language; empty when it respects them. */
    public StringProperty warningProperty() {
        return warning;
    }

    /** What is wrong with the window itself (a missing or unreadable time, an end before the start). */
    public StringProperty problemProperty() {
        return problem;
    }
}
