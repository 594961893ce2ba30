package app.vocero.ui.settings;

import app.vocero.config.Messages;
import app.vocero.service.TeamCopyService;
import app.vocero.service.TeamDatabaseService;
import app.vocero.ui.common.RunningWork;
import app.vocero.ui.common.TaskRunner;
import java.util.concurrent.CancellationException;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * Settings → Team database: where this computer's Vocero keeps what a team shares. The address, user and password
 * are tried before they are saved (saving takes effect when Vocero opens again); the history can be copied to the
 * team database and back. Connecting and copying run off the FX thread.
 */
public final class TeamDatabaseViewModel {

    private final TeamDatabaseService team;
    private final app.vocero.service.TeamStatus status;
    private final TeamCopyService copies;
    private final TaskRunner tasks;
    private final Messages messages;

    private final StringProperty url = new SimpleStringProperty("");
    private final StringProperty user = new SimpleStringProperty("");
    private final StringProperty password = new SimpleStringProperty("");
    private final StringProperty inUse = new SimpleStringProperty("");
    private final StringProperty inUseDetail = new SimpleStringProperty("");
    private final StringProperty result = new SimpleStringProperty("");
    private final BooleanProperty resultOk = new SimpleBooleanProperty();
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private final BooleanProperty copying = new SimpleBooleanProperty();
    private final BooleanProperty configured = new SimpleBooleanProperty();
    private final BooleanProperty canCopy = new SimpleBooleanProperty();
    private final StringProperty passwordHint = new SimpleStringProperty("");
    private RunningWork running;

    public TeamDatabaseViewModel(TeamDatabaseService team, TeamCopyService copies, TaskRunner tasks,
                                 Messages messages) {
        this(team, copies, app.vocero.service.TeamStatus.connected(), tasks, messages);
    }

    /** With the window's team status: offline, the screen says which team database did not answer, and why. */
    public TeamDatabaseViewModel(TeamDatabaseService team, TeamCopyService copies,
                                 app.vocero.service.TeamStatus status, TaskRunner tasks, Messages messages) {
        this.status = status;
        this.team = team;
        this.copies = copies;
        this.tasks = tasks;
        this.messages = messages;
        reload();
    }

    /** Reads what is saved and what is in use now. */
    public void reload() {
        team.configured().ifPresentOrElse(saved -> {
            url.set(saved.url());
            user.set(saved.user());
            configured.set(true);
            passwordHint.set(team.passwordKept(saved.url(), saved.user(), messages.locale())
                    ? messages.text("teamDb.password.kept") : "");
        }, () -> {
            configured.set(false);
            user.set(System.getProperty("user.name", ""));
            passwordHint.set("");
        });
        canCopy.set(configured.get() || team.inUse().isPresent());
        inUseDetail.set(status.reason());
        inUse.set(status.unreachable().map(where -> messages.format("teamDb.inUse.offline", where))
                .or(() -> team.inUse().map(where -> messages.format("teamDb.inUse.team", where)))
                .orElseGet(() -> messages.text("teamDb.inUse.local")));
    }

    /** Tries the address, user and password typed, without saving anything. */
    public void test() {
        connect(false);
    }

    /** Tries them and, when the server answers, saves them for the next start. */
    public void save() {
        connect(true);
    }

    private void connect(boolean keep) {
        if (busy.get()) {
            return;
        }
        String typedUrl = url.get().strip();
        String typedUser = user.get().strip();
        if (typedUrl.isEmpty() || typedUser.isEmpty()) {
            show(false, messages.text("teamDb.missing"));
            return;
        }
        char[] typedPassword = password.get().toCharArray();
        busy.set(true);
        show(true, messages.format("teamDb.connecting", typedUrl));
        running = tasks.run(work -> keep ? team.save(typedUrl, typedUser, typedPassword, messages.locale())
                : team.test(typedUrl, typedUser, typedPassword, messages.locale()), check -> {
                    busy.set(false);
                    if (check.ok() && keep) {
                        password.set("");
                        reload();
                        show(true, check.message() + " " + messages.text("teamDb.saved"));
                    } else {
                        show(check.ok(), check.message());
                    }
                }, problem -> {
                    busy.set(false);
                    show(false, messages.format("teamDb.failed", problem.getMessage()));
                });
    }

    /** Back to this computer's own database from the next start; the saved address, user and password go. */
    public void forget() {
        team.forget();
        password.set("");
        reload();
        url.set("");
        show(true, messages.text(team.inUse().isPresent() ? "teamDb.forgotten.restart" : "teamDb.forgotten"));
    }

    /** Copies this computer's history into the team database (twice copies nothing twice). */
    public void copyToTeam() {
        copy(true);
    }

    /** Copies the team's history into this computer's own database (for working offline). */
    public void copyToLocal() {
        copy(false);
    }

    private void copy(boolean toTeam) {
        if (busy.get()) {
            return;
        }
        busy.set(true);
        copying.set(true);
        show(true, messages.text(toTeam ? "teamDb.copy.toTeam.running" : "teamDb.copy.toLocal.running"));
        running = tasks.run(work -> toTeam ? copies.copyToTeam(work) : copies.copyToLocal(work), report -> {
            busy.set(false);
            copying.set(false);
            show(true, describe(report, toTeam));
        }, problem -> {
            busy.set(false);
            copying.set(false);
            show(false, problem instanceof CancellationException ? messages.text("teamDb.copy.cancelled")
                    : messages.format("teamDb.copy.failed", problem.getMessage()));
        });
    }

    /** Stops a copy between two batches; what was copied stays, the next copy finishes it. */
    public void cancel() {
        if (running != null) {
            running.cancel();
        }
    }

    /** The copy's outcome as one sentence, counts in the language's format. */
    String describe(TeamCopyService.CopyReport report, boolean toTeam) {
        return report.describe(messages, toTeam);
    }

    private void show(boolean ok, String text) {
        resultOk.set(ok);
        result.set(text);
    }

    public StringProperty urlProperty() {
        return url;
    }

    public StringProperty userProperty() {
        return user;
    }

    public StringProperty passwordProperty() {
        return password;
    }

    public ReadOnlyStringProperty inUseProperty() {
        return inUse;
    }

    /** Why the team database did not answer (offline only), else empty. */
    public ReadOnlyStringProperty inUseDetailProperty() {
        return inUseDetail;
    }

    public ReadOnlyStringProperty resultProperty() {
        return result;
    }

    public ReadOnlyBooleanProperty resultOkProperty() {
        return resultOk;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy;
    }

    public ReadOnlyBooleanProperty copyingProperty() {
        return copying;
    }

    public ReadOnlyBooleanProperty configuredProperty() {
        return configured;
    }

    /** "A password is kept on this computer" when one is, so the field may stay empty. */
    public ReadOnlyStringProperty passwordHintProperty() {
        return passwordHint;
    }

    /** Whether a team database is in use now or set up (copies need one). */
    public ReadOnlyBooleanProperty canCopyProperty() {
        return canCopy;
    }
}
