package app.vocero.ui.shell;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;

/** Which section the window shows; survives a language switch, which rebuilds the views. */
public final class ShellViewModel {

    private final ObjectProperty<Section> section = new SimpleObjectProperty<>(Section.CAMPAIGNS);
    /** A sentence about the team database shown above every section (offline, back again); empty: none. */
    private final javafx.beans.property.StringProperty teamNotice = new javafx.beans.property.SimpleStringProperty("");
    /** Whether the notice is a problem (offline) rather than good news. */
    private final javafx.beans.property.BooleanProperty teamProblem = new javafx.beans.property.SimpleBooleanProperty();
    private Runnable retryTeam = () -> { };

    public javafx.beans.property.StringProperty teamNoticeProperty() {
        return teamNotice;
    }

    public javafx.beans.property.BooleanProperty teamProblemProperty() {
        return teamProblem;
    }

    /** What "Try again" does while the team database cannot be reached. */
    public void onRetryTeam(Runnable retry) {
        this.retryTeam = retry;
    }

    public void retryTeam() {
        retryTeam.run();
    }

    public ObjectProperty<Section> sectionProperty() {
        return section;
    }

    public Section section() {
        return section.get();
    }

    public void show(Section target) {
        section.set(target);
    }
}
