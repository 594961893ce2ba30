package app.vocero.domain;

import java.net.InetAddress;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Who did something, as a call center's team sees it: the operating-system user and the computer ("ana" on
 * "PC-VENTAS-3"). Recorded with each campaign sent and each contact list saved; a team's shared history shows it and
 * filters by it. Each part is trimmed, never blank, and at most {@value #LIMIT} characters (the database column).
 */
public record Operator(String user, String host) {

    /** The longest user or host name kept. */
    public static final int LIMIT = 255;

    public Operator {
        user = clean(user, "?");
        host = clean(host, "localhost");
    }

    /** This desktop: the user running Vocero and the computer's name. */
    public static Operator thisDesktop() {
        return of(System.getProperty("user.name"), System.getenv(), Operator::localHostName);
    }

    /**
     * The operator named by a user and an environment: the host from {@code HOSTNAME} (Linux shells),
     * {@code COMPUTERNAME} (Windows) or, without either, {@code localHost}.
     */
    static Operator of(String user, Map<String, String> environment, Supplier<String> localHost) {
        String host = environment.get("HOSTNAME");
        if (host == null || host.isBlank()) {
            host = environment.get("COMPUTERNAME");
        }
        if (host == null || host.isBlank()) {
            host = localHost.get();
        }
        return new Operator(user, host);
    }

    private static String localHostName() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (java.io.IOException | SecurityException e) {
            return "localhost";
        }
    }

    /** "ana @ PC-VENTAS-3". */
    public String display() {
        return user + " @ " + host;
    }

    /**
     * Whether {@code who} names this operator: a user name ({@code ana}), or a user and a computer
     * ({@code ana@PC-VENTAS-3}, {@code ana @ PC-VENTAS-3}); case ignored. Blank names everyone.
     */
    public boolean matches(String who) {
        if (who == null || who.isBlank()) {
            return true;
        }
        int at = who.lastIndexOf('@');
        if (at < 0) {
            return same(user, who);
        }
        return same(user, who.substring(0, at)) && same(host, who.substring(at + 1));
    }

    private static boolean same(String mine, String given) {
        return mine.toLowerCase(Locale.ROOT).equals(given.strip().toLowerCase(Locale.ROOT));
    }

    private static String clean(String value, String fallback) {
        String clean = value == null ? "" : value.replaceAll("\\p{Cntrl}", "").strip();
        if (clean.isEmpty()) {
            clean = fallback;
        }
        return clean.length() > LIMIT ? clean.substring(0, LIMIT) : clean;
    }
}
