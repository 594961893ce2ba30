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
    /** Why the team database did not answer, in full (the notice's tooltip). */
    private final javafx.beans.property.StringProperty teamReason = new javafx.beans.property.SimpleStringProperty("");

    public javafx.beans.property.StringProperty teamReasonProperty() {
        return teamReason;
    }

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

    /**
     * Shows the team database's state above every section: offline (with "Try again", and a quiet retry every
     * {@value #RETRY_SECONDS} seconds), then back — with the drafts made meanwhile saved to it.
     */
    public void watchTeam(app.vocero.service.TeamStatus status, app.vocero.ui.common.TaskRunner tasks,
                          app.vocero.config.Messages messages) {
        if (!status.isOffline()) {
            return;
        }
        String where = status.unreachable().orElse("");
        teamProblem.set(true);
        teamNotice.set(messages.format("shell.team.offline", where));
        teamReason.set(status.reason());
        boolean[] asking = new boolean[1];
        Runnable ask = () -> {
            if (asking[0] || !teamProblem.get()) {
                return;
            }
            asking[0] = true;
            tasks.run(progress -> status.probe(messages.locale()), probe -> {
                asking[0] = false;
                if (probe instanceof app.vocero.service.TeamStatus.Probe.Back back) {
                    teamProblem.set(false);
                    teamReason.set("");
                    teamNotice.set(messages.format("shell.team.back", where, messages.format("shell.team.back.drafts",
                            back.draftsSaved(), java.text.NumberFormat.getIntegerInstance(messages.locale())
                                    .format(back.draftsSaved()))));
                    if (retries != null) {
                        retries.stop();
                    }
                } else if (probe instanceof app.vocero.service.TeamStatus.Probe.StillOffline still) {
                    teamReason.set(still.reason());
                }
            }, problem -> asking[0] = false);
        };
        this.retryTeam = ask;
        if (javafx.application.Platform.isFxApplicationThread()) {
            retries = new javafx.animation.Timeline(new javafx.animation.KeyFrame(
                    javafx.util.Duration.seconds(RETRY_SECONDS), event -> ask.run()));
            retries.setCycleCount(javafx.animation.Animation.INDEFINITE);
            retries.play();
        }
    }

    /** How often an offline window asks the team database again by itself. */
    static final int RETRY_SECONDS = 60;
    private javafx.animation.Timeline retries;
}
