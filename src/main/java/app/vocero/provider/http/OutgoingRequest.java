package app.vocero.provider.http;

import app.vocero.provider.RequestBody;
import java.net.URI;
import java.util.Map;

/** A request ready to leave: secrets filled in. Never logged or stored as it is. */
public record OutgoingRequest(String method, URI uri, Map<String, String> headers, String contentType, RequestBody body) {

    @Override
    public String toString() {
        return method + " " + uri.getScheme() + "://" + uri.getHost() + uri.getPath() + " (headers hidden)";
    }
}
