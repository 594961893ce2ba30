package app.vocero.service;

import app.vocero.config.Messages;
import app.vocero.config.StartupException;
import app.vocero.store.Database;
import app.vocero.store.SecretStore;
import app.vocero.store.SettingsRepository;
import app.vocero.store.TeamAddress;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The team database: where this computer's Vocero keeps what a team shares (campaigns and their journal, contact
 * lists, drafts, the do-not-call list, price tables, account definitions) when it is not this computer's own H2 file.
 * Its address and user are local settings ({@code team.url}, {@code team.user}); its password is in this computer's
 * secret store, like the providers' secrets, keyed by user and address (a password is never sent to another server
 * than the one it was saved for). Settings → Team database and {@code vocero team …} use this; the composition root
 * asks {@link #login} which database to open.
 */
public final class TeamDatabaseService {

    public static final String URL_SETTING = "team.url";
    public static final String USER_SETTING = "team.user";
    /** The environment of scripts and CI: address, user and password. */
    public static final String URL_ENV = "VOCERO_DB_URL";
    public static final String USER_ENV = "VOCERO_DB_USER";
    public static final String PASSWORD_ENV = "VOCERO_DB_PASSWORD";
    /** What {@code --db-url} (or {@code VOCERO_DB_URL}) takes to mean this computer's own database. */
    public static final String LOCAL = "local";
    /** The secret store's "account" for the password (no provider account can be named so: names have no '@/'). */
    static final String SECRET_ACCOUNT = "@vocero/team-database";

    private final SettingsRepository settings;
    private final SecretStore secrets;
    private final String inUse;

    /**
     * @param inUse the team database this Vocero runs on ({@code host:port/database}), or null on this computer's own
     */
    public TeamDatabaseService(SettingsRepository settings, SecretStore secrets, String inUse) {
        this.settings = settings;
        this.secrets = secrets;
        this.inUse = inUse;
    }

    /** The team database saved in Settings (address and user), if any. */
    public record Configured(String url, String user) {
    }

    /** A connection check: whether it worked, and the sentence to show the user. */
    public record Check(boolean ok, String message) {
    }

    /** What the composition root opens: a checked address, the user and the password (empty when none is kept). */
    public record Login(TeamAddress address, String user, char[] password) {
    }

    public Optional<Configured> configured() {
        return settings.get(URL_SETTING).filter(url -> !url.isBlank())
                .map(url -> new Configured(url, settings.get(USER_SETTING).orElse(osUser())));
    }

    /** The team database this Vocero works on now ({@code host:port/database}); empty on this computer's own. */
    public Optional<String> inUse() {
        return Optional.ofNullable(inUse);
    }

    /**
     * What is wrong with an address before anything connects (not PostgreSQL, a password in it, no TLS to another
     * computer), in the user's language; empty when it may be tried.
     */
    public Optional<String> addressProblem(String url, Locale language) {
        try {
            TeamAddress.parse(url, Messages.of(language));
            return Optional.empty();
        } catch (StartupException e) {
            return Optional.of(e.getMessage());
        }
    }

    /** Tries an address, user and password without saving anything; the answer is in the user's language. */
    public Check test(String url, String user, char[] password, Locale language) {
        Database.TeamCheck check = Database.test(url, user, password, Messages.of(language));
        return new Check(check.ok(), check.message());
    }

    /**
     * Tries, and when the connection works saves the address and user in Settings and the password in the secret
     * store. It takes effect the next time Vocero opens (a command at once; the window after a restart).
     *
     * @throws app.vocero.store.SecretException the secret store refused (passphrase missing or wrong): nothing saved
     */
    public Check save(String url, String user, char[] password, Locale language) {
        Check check = test(url, user, password, language);
        if (check.ok()) {
            TeamAddress address = parsed(url, Messages.of(language));
            if (password != null && password.length > 0) { // first: a secret store that refuses leaves Settings as they were
                secrets.put(SECRET_ACCOUNT, passwordKey(user, address), new String(password));
            }
            settings.put(URL_SETTING, address.jdbcUrl());
            settings.put(USER_SETTING, user);
        }
        return check;
    }

    /** Back to this computer's own database: the team address, user and password are forgotten. */
    public void forget() {
        settings.put(URL_SETTING, null);
        settings.put(USER_SETTING, null);
        secrets.removeAll(SECRET_ACCOUNT);
    }

    /**
     * Which team database to open, if any: the address from {@code --db-url}, else {@code VOCERO_DB_URL}, else
     * Settings ({@code local} in the first two means this computer's own database); the user from
     * {@code VOCERO_DB_USER}, else Settings, else the operating-system user; the password from
     * {@code VOCERO_DB_PASSWORD}, else the secret store (asked only when an address is set).
     *
     * @throws StartupException the address breaks the TLS rule or cannot be read
     */
    public Optional<Login> login(String commandLineUrl, Map<String, String> environment, Messages messages)
            throws StartupException {
        String url = firstSet(commandLineUrl, environment.get(URL_ENV));
        if (url == null) {
            url = settings.get(URL_SETTING).orElse(null);
        }
        if (url == null || url.isBlank() || url.strip().equalsIgnoreCase(LOCAL)) {
            return Optional.empty();
        }
        TeamAddress address = TeamAddress.parse(url, messages);
        String user = firstSet(environment.get(USER_ENV), settings.get(USER_SETTING).orElse(null));
        if (user == null) {
            user = osUser();
        }
        String password = environment.get(PASSWORD_ENV);
        if (password == null) {
            try {
                password = secrets.get(SECRET_ACCOUNT, passwordKey(user, address)).orElse("");
            } catch (RuntimeException e) {
                password = ""; // a store that cannot be opened now (passphrase refused): the server says what is missing
            }
        }
        return Optional.of(new Login(address, user, password.toCharArray()));
    }

    /** Whether a password is kept for this user and address (without reading it). */
    public boolean passwordKept(String url, String user, Locale language) {
        try {
            return secrets.has(SECRET_ACCOUNT, passwordKey(user, TeamAddress.parse(url, Messages.of(language))));
        } catch (StartupException e) {
            return false;
        }
    }

    private static TeamAddress parsed(String url, Messages messages) {
        try {
            return TeamAddress.parse(url, messages);
        } catch (StartupException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
    }

    /** The secret's key: short (the store allows 64 characters) and tied to one user on one server. */
    static String passwordKey(String user, TeamAddress address) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest((user + "@" + address.display()).getBytes(StandardCharsets.UTF_8));
            return "password-" + HexFormat.of().formatHex(digest, 0, 20);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String firstSet(String first, String second) {
        if (first != null && !first.isBlank()) {
            return first.strip();
        }
        return second == null || second.isBlank() ? null : second.strip();
    }

    private static String osUser() {
        return System.getProperty("user.name", "vocero");
    }
}
