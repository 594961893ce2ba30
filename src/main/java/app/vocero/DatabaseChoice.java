package app.vocero;

import app.vocero.config.Messages;
import app.vocero.config.StartupException;
import app.vocero.service.TeamDatabaseService;
import java.util.Map;
import java.util.Optional;

/**
 * Which database a Vocero process keeps the team's data in: a team's PostgreSQL server, or this computer's own H2
 * file. The address comes from {@code --db-url}, else {@code VOCERO_DB_URL}, else Settings; {@code local} in the first
 * two means this computer's own database whatever Settings say. See {@link TeamDatabaseService#login}.
 */
public final class DatabaseChoice {

    /** Where {@code vocero --db-url URL} (without a command: the window) leaves the address for the window. */
    public static final String URL_PROPERTY = "vocero.dbUrl";

    private final String commandLineUrl;
    private final Map<String, String> environment;
    private final boolean localOnly;

    private DatabaseChoice(String commandLineUrl, Map<String, String> environment, boolean localOnly) {
        this.commandLineUrl = commandLineUrl;
        this.environment = environment;
        this.localOnly = localOnly;
    }

    /** The process's own choice: {@code --db-url} (left in {@link #URL_PROPERTY}), the environment, Settings. */
    public static DatabaseChoice standard() {
        return commandLine(System.getProperty(URL_PROPERTY));
    }

    /** With the address given on the command line (null: none given). */
    public static DatabaseChoice commandLine(String url) {
        return new DatabaseChoice(url, System.getenv(), false);
    }

    /** For tests and tools: this address and environment only. */
    public static DatabaseChoice of(String url, Map<String, String> environment) {
        return new DatabaseChoice(url, Map.copyOf(environment), false);
    }

    /** This computer's own database, whatever is configured ({@code vocero team …}). */
    public static DatabaseChoice localOnly() {
        return new DatabaseChoice(null, Map.of(), true);
    }

    Optional<TeamDatabaseService.Login> login(TeamDatabaseService team, Messages messages) throws StartupException {
        return localOnly ? Optional.empty() : team.login(commandLineUrl, environment, messages);
    }
}
