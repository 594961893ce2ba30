package app.vocero.store;

import app.vocero.config.Messages;
import app.vocero.config.StartupException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;

/**
 * The address of a team's PostgreSQL database, checked before anything connects: a JDBC URL
 * ({@code jdbc:postgresql://host:5432/vocero?sslmode=verify-full}; {@code postgresql://…} is taken too).
 *
 * <p>The TLS rule lives here and only here: a server on another computer is reached over TLS, so its URL must say
 * {@code sslmode=require}, {@code verify-ca} or {@code verify-full} ({@code ssl=true} alone is the driver's
 * {@code verify-full}); only a server on this computer (loopback: {@code localhost}, {@code 127.x.x.x},
 * {@code ::1}) may be reached without. A password in the URL is refused: it would sit in the settings in plain
 * text — it belongs in the secret store.
 */
public record TeamAddress(String jdbcUrl, List<String> hosts, int port, String database, boolean loopback) {

    private static final Set<String> TLS_MODES = Set.of("require", "verify-ca", "verify-full");

    /**
     * Reads and checks a team database's address.
     *
     * @throws StartupException naming what is wrong and what to write instead, in the user's language
     */
    public static TeamAddress parse(String url, Messages messages) throws StartupException {
        String text = url == null ? "" : url.strip();
        if (text.startsWith("postgresql://") || text.startsWith("postgres://")) {
            text = "jdbc:postgresql://" + text.substring(text.indexOf("://") + 3);
        }
        Properties parsed = text.startsWith("jdbc:postgresql:") ? org.postgresql.Driver.parseURL(text, new Properties()) : null;
        if (parsed == null || parsed.getProperty("PGDBNAME", "").isEmpty()) {
            throw new StartupException(messages.format("team.address.invalid", text));
        }
        if (parsed.getProperty("password") != null) {
            throw new StartupException(messages.text("team.address.password"));
        }
        List<String> hosts = Arrays.asList(parsed.getProperty("PGHOST", "localhost").split(","));
        int port = Integer.parseInt(parsed.getProperty("PGPORT", "5432").split(",")[0]);
        boolean loopback = hosts.stream().allMatch(TeamAddress::isLoopback);
        if (!loopback && !encrypted(parsed)) {
            throw new StartupException(messages.format("team.address.tls", String.join(",", hosts)));
        }
        return new TeamAddress(text, List.copyOf(hosts), port, parsed.getProperty("PGDBNAME"), loopback);
    }

    /** Whether the driver will refuse to talk to the server without TLS. */
    private static boolean encrypted(Properties parsed) {
        String mode = parsed.getProperty("sslmode");
        if (mode != null) {
            return TLS_MODES.contains(mode.toLowerCase(Locale.ROOT));
        }
        String ssl = parsed.getProperty("ssl");
        return ssl != null && (ssl.isEmpty() || ssl.equalsIgnoreCase("true"));
    }

    /** A loopback host by its name or address, without asking DNS. */
    static boolean isLoopback(String host) {
        String name = host.strip().toLowerCase(Locale.ROOT);
        if (name.startsWith("[") && name.endsWith("]")) {
            name = name.substring(1, name.length() - 1);
        }
        return name.equals("localhost") || name.matches("127(\\.\\d{1,3}){3}") || name.equals("::1")
                || name.equals("0:0:0:0:0:0:0:1");
    }

    /** How the user knows it: {@code host:port/database}, without the URL's options. */
    public String display() {
        return String.join(",", hosts) + ":" + port + "/" + database;
    }

    @Override
    public String toString() {
        return display();
    }
}
