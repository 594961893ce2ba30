package app.vocero.service;

import app.vocero.config.Messages;
import app.vocero.config.StartupException;
import app.vocero.store.Database;
import app.vocero.store.DraftRepository;
import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Whether this window works on the team database or — because the team database could not be reached when it
 * opened — offline on this computer's own database. Offline, drafts are kept in this computer's database and
 * sending is refused (only the team database's lease keeps two desktops from sending one campaign); "Try again"
 * asks the server, and when it answers the drafts made or changed meanwhile are saved to it. The window keeps
 * working on this computer's database until it is opened again (every screen's data would change under the user).
 */
public final class TeamStatus {

    private static final Logger LOG = LoggerFactory.getLogger(TeamStatus.class);

    private final String where;
    private final String reason;
    private final Instant since;
    private final TeamDatabaseService.Login login;
    private final Database local;
    private final Clock clock;
    private volatile boolean pushed;

    private TeamStatus(String where, String reason, Instant since, TeamDatabaseService.Login login, Database local,
                       Clock clock) {
        this.where = where;
        this.reason = reason;
        this.since = since;
        this.login = login;
        this.local = local;
        this.clock = clock;
    }

    /** Working on the database chosen (the team's, or this computer's when there is no team). */
    public static TeamStatus connected() {
        return new TeamStatus(null, null, null, null, null, Clock.systemUTC());
    }

    /**
     * Working offline: the team database {@code login} names could not be opened ({@code reason}, in the user's
     * language), so everything goes to {@code local} since {@code since}.
     */
    public static TeamStatus offline(TeamDatabaseService.Login login, String reason, Database local, Clock clock) {
        return new TeamStatus(login.address().display(), reason, clock.instant(), login, local, clock);
    }

    public boolean isOffline() {
        return login != null;
    }

    /** The team database that could not be reached ({@code host:port/database}). */
    public Optional<String> unreachable() {
        return Optional.ofNullable(where);
    }

    /** Why it could not be reached, in the language of the start. */
    public String reason() {
        return reason == null ? "" : reason;
    }

    /** What "Try again" found. */
    public sealed interface Probe {
        /** Still no answer, and why. */
        record StillOffline(String reason) implements Probe {
        }

        /** It answers: the drafts made or changed offline were saved to it. */
        record Back(int draftsSaved) implements Probe {
        }
    }

    /**
     * Asks the team database again. When it answers, saves to it every draft made or changed on this computer since
     * the window went offline (once: a second "back" saves nothing twice). Runs off the FX thread.
     */
    public Probe probe(Locale language) {
        if (!isOffline()) {
            return new Probe.Back(0);
        }
        Messages messages = Messages.of(language);
        Database team;
        try {
            team = Database.openTeam(login.address(), login.user(), login.password(), messages);
        } catch (StartupException e) {
            return new Probe.StillOffline(e.getMessage());
        }
        try (team) {
            int saved = pushed ? 0 : pushDrafts(new DraftRepository(local, clock, DraftRepository.Author.thisComputer()),
                    new DraftRepository(team, clock, DraftRepository.Author.thisComputer()), since);
            pushed = true;
            return new Probe.Back(saved);
        }
    }

    /**
     * Saves to the team's drafts those of {@code local} changed since {@code since}: a draft the team does not have
     * is added under its id; one the team has and did not change meanwhile is updated; one changed on both sides is
     * kept twice — the team's stays, this computer's is added as a new draft named after this computer — so nothing
     * anybody saved is overwritten.
     *
     * @return how many drafts were saved to the team database
     */
    static int pushDrafts(DraftRepository local, DraftRepository team, Instant since) {
        int saved = 0;
        for (DraftRepository.Row row : local.list()) {
            if (row.updatedAt().isBefore(since)) {
                continue;
            }
            Optional<DraftRepository.Row> theirs = team.find(row.id());
            if (theirs.isEmpty()) {
                team.insert(row.id(), row.content(), row.step());
                saved++;
                continue;
            }
            if (theirs.get().content().json().equals(row.content().json())) {
                continue; // the same draft on both sides
            }
            if (theirs.get().updatedAt().isBefore(since)
                    && team.update(row.id(), row.content(), theirs.get().version())
                    instanceof DraftRepository.Saved.Written) {
                saved++;
                continue;
            }
            DraftRepository.Content mine = row.content();
            String suffix = " (" + team.me() + ")";
            String name = (mine.name().length() + suffix.length() > 255
                    ? mine.name().substring(0, 255 - suffix.length()) : mine.name()) + suffix;
            team.insert(UUID.randomUUID().toString(), new DraftRepository.Content(name, mine.provider(),
                    mine.contacts(), mine.contactCount(), mine.json()), row.step());
            saved++;
        }
        LOG.info("Saved {} drafts made offline to the team database", saved);
        return saved;
    }
}
