package app.vocero.provider;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.Optional;

/**
 * Secrets travel only over TLS: an {@code https} URL, or plain {@code http} to this machine (the built-in sandbox,
 * a local test server). Checked when an account is saved and again before every request.
 */
public final class UrlPolicy {

    private UrlPolicy() {
    }

    /** Why a URL is refused, in English and Spanish; empty when it is allowed. */
    public static Optional<String[]> problem(String url) {
        URI uri;
        try {
            uri = URI.create(url == null ? "" : url.trim());
        } catch (IllegalArgumentException e) {
            return Optional.of(new String[] {"\"" + url + "\" is not a URL.", "\"" + url + "\" no es una URL."});
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (uri.getHost() == null || !(scheme.equals("https") || scheme.equals("http"))) {
            return Optional.of(new String[] {"\"" + url + "\" is not an https:// address.",
                "\"" + url + "\" no es una dirección https://."});
        }
        if (scheme.equals("http") && !isLoopback(uri.getHost())) {
            return Optional.of(new String[] {
                "Plain http:// is refused for " + uri.getHost() + ": keys would travel unencrypted. Use https://.",
                "Se rechaza http:// sin cifrar para " + uri.getHost() + ": las claves viajarían sin cifrar. Use https://."});
        }
        return Optional.empty();
    }

    public static boolean isLoopback(String host) {
        String name = host.startsWith("[") ? host.substring(1, host.length() - 1) : host;
        if (name.equalsIgnoreCase("localhost")) {
            return true;
        }
        if (!name.matches("[0-9.]+") && !name.contains(":")) {
            return false; // a name other than localhost: never resolve it to decide
        }
        try {
            return InetAddress.getByName(name).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }
}
