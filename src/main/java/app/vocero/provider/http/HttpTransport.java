package app.vocero.provider.http;

import app.vocero.provider.UrlPolicy;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.channels.UnresolvedAddressException;
import java.time.Duration;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one place requests leave Vocero (java.net.http). TLS certificates are always verified (the JDK's default;
 * nothing here relaxes it), plain http is refused except to this machine, and only safe failures are retried:
 * 429 (honouring {@code Retry-After}), 503, and connections that never opened. A request whose body may have
 * arrived without an answer is {@link HttpResult.Unknown}, never retried here; an answer is retried only when the
 * request's {@link RetryRule} says its status proves nothing was done (or the request is harmless to repeat).
 */
public final class HttpTransport {

    /** Safe retries of one request before giving its last result. */
    public static final int MAX_RETRIES = 3;
    /** The longest {@code Retry-After} Vocero waits for inside one send. */
    static final Duration MAX_RETRY_AFTER = Duration.ofSeconds(120);
    private static final Logger LOG = LoggerFactory.getLogger(HttpTransport.class);

    /** Built at the first request: a command that sends nothing sets up no TLS and starts no selector thread. */
    private final Duration connectTimeout;
    private volatile HttpClient client;
    private final Duration timeout;
    private final Backoff backoff;

    public HttpTransport(Duration connectTimeout, Duration timeout, Backoff backoff) {
        this.connectTimeout = connectTimeout;
        this.timeout = timeout;
        this.backoff = backoff;
    }

    private HttpClient client() {
        HttpClient built = client;
        if (built == null) {
            synchronized (this) {
                built = client;
                if (built == null) {
                    built = HttpClient.newBuilder()
                            .connectTimeout(connectTimeout)
                            .followRedirects(HttpClient.Redirect.NEVER)
                            .version(HttpClient.Version.HTTP_1_1)
                            .build();
                    client = built;
                }
            }
        }
        return built;
    }

    public static HttpTransport standard() {
        return new HttpTransport(Duration.ofSeconds(10), Duration.ofSeconds(120), Backoff.REAL);
    }

    /** A request harmless to repeat (a read, a token): sends it, retrying rate limits and passing server errors. */
    public HttpResult send(OutgoingRequest request) throws InterruptedException {
        return send(request, RetryRule.HARMLESS, () -> { });
    }

    /**
     * Sends once, retrying only what is safe: what never left, and answers {@code rule} allows.
     *
     * @param beforeRetry runs before each automatic retry leaves (the journal counts every try)
     */
    public HttpResult send(OutgoingRequest request, RetryRule rule, Runnable beforeRetry) throws InterruptedException {
        Optional<String[]> refused = UrlPolicy.problem(request.uri().toString());
        if (refused.isPresent()) {
            return new HttpResult.NotSent(refused.get()[0]);
        }
        HttpResult result = null;
        for (int attempt = 0; attempt <= MAX_RETRIES; attempt++) {
            result = sendOnce(request);
            Optional<Duration> wait = retryAfter(result, rule, attempt + 1);
            if (wait.isEmpty() || attempt == MAX_RETRIES) {
                return result;
            }
            LOG.info("{}: safe to retry ({}), waiting {} s", request, describe(result), wait.get().toSeconds());
            backoff.pause(wait.get());
            beforeRetry.run();
        }
        return result;
    }

    private static Optional<Duration> retryAfter(HttpResult result, RetryRule rule, int attempt) {
        if (result instanceof HttpResult.NotSent) {
            return ((HttpResult.NotSent) result).worthRetrying() ? Optional.of(Backoff.exponential(attempt)) : Optional.empty();
        }
        if (result instanceof HttpResult.Answered) {
            HttpResult.Answered answer = (HttpResult.Answered) result;
            if (rule.retries(answer.status())) {
                return Optional.of(parseRetryAfter(answer.header("Retry-After")).orElse(Backoff.exponential(attempt)));
            }
        }
        return Optional.empty();
    }

    static Optional<Duration> parseRetryAfter(String value) {
        if (value == null) {
            return Optional.empty();
        }
        try {
            long seconds = Long.parseLong(value.trim());
            return Optional.of(Duration.ofSeconds(Math.max(0, Math.min(seconds, MAX_RETRY_AFTER.toSeconds()))));
        } catch (NumberFormatException e) {
            return Optional.empty(); // an HTTP date: fall back to our own backoff
        }
    }

    private HttpResult sendOnce(OutgoingRequest request) throws InterruptedException {
        byte[] body;
        try {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            request.body().writeTo(bytes);
            body = bytes.toByteArray();
        } catch (IOException e) {
            return new HttpResult.NotSent("the body could not be written: " + e.getMessage());
        }
        HttpRequest.Builder builder = HttpRequest.newBuilder(request.uri()).timeout(timeout)
                .method(request.method(), body.length == 0 && request.method().equals("GET")
                        ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body));
        if (request.contentType() != null) {
            builder.header("Content-Type", request.contentType());
        }
        request.headers().forEach((name, value) -> {
            if (request.contentType() == null || !name.equalsIgnoreCase("Content-Type")) {
                builder.header(name, value);
            }
        });
        try {
            HttpResponse<byte[]> response = receive(builder.build());
            return new HttpResult.Answered(response.statusCode(), response.headers().map(), response.body());
        } catch (HttpConnectTimeoutException | ConnectException | UnknownHostException | NoRouteToHostException e) {
            return unreachable(request, e);
        } catch (HttpTimeoutException e) {
            LOG.info("{}: no answer within {} s", request, timeout.toSeconds());
            return new HttpResult.Unknown(HttpResult.Unknown.Cause.TIMEOUT, timeout.toSeconds());
        } catch (InterruptedIOException e) {
            throw new InterruptedException("Interrupted while waiting for " + request);
        } catch (IOException e) {
            javax.net.ssl.SSLHandshakeException handshake = handshakeFailure(e);
            if (handshake != null) {
                // TLS is agreed before any byte of the request: nothing left this computer
                LOG.info("{}: TLS handshake failed: {}", request, handshake.toString());
                return certificateRefused(request, handshake);
            }
            if (e.getCause() instanceof ConnectException || e.getCause() instanceof UnresolvedAddressException) {
                return unreachable(request, e.getCause());
            }
            // the detail ("fixed content-length: 125, bytes received: 62") is for the log, not for the user
            LOG.info("{}: connection lost after sending: {}", request, e.toString());
            return new HttpResult.Unknown(HttpResult.Unknown.Cause.CONNECTION_LOST, timeout.toSeconds());
        } catch (IllegalArgumentException e) {
            return new HttpResult.NotSent("invalid request: " + e.getMessage());
        }
    }

    /**
     * Sends and reads the whole answer within the timeout. {@code HttpRequest.timeout} bounds only the wait for the
     * status line: a server that sends headers, then stalls in the body, would hold a plain {@code send} forever.
     */
    private HttpResponse<byte[]> receive(HttpRequest request) throws IOException, InterruptedException {
        java.util.concurrent.CompletableFuture<HttpResponse<byte[]>> answer =
                client().sendAsync(request, HttpResponse.BodyHandlers.ofByteArray());
        try {
            return answer.get(timeout.toMillis() + BODY_GRACE.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS);
        } catch (java.util.concurrent.TimeoutException e) {
            answer.cancel(true);
            throw new HttpTimeoutException("no whole answer within " + timeout.toSeconds() + " s");
        } catch (InterruptedException e) {
            answer.cancel(true);
            throw e;
        } catch (java.util.concurrent.ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof IOException) {
                throw (IOException) cause;
            }
            if (cause instanceof IllegalArgumentException) {
                throw (IllegalArgumentException) cause;
            }
            throw new IOException(cause);
        }
    }

    /** The host could not be reached at all: said in words, safe to try again (nothing left this computer). */
    private static HttpResult.NotSent unreachable(OutgoingRequest request, Throwable e) {
        String host = request.uri().getHost() + (request.uri().getPort() > 0 ? ":" + request.uri().getPort() : "");
        LOG.info("{}: not sent: {}", request, e.toString());
        if (e instanceof UnknownHostException || e instanceof UnresolvedAddressException) {
            return new HttpResult.NotSent(host + " was not found (check the account's address and this computer's "
                    + "internet connection).", "No se encontró " + host + " (revise la dirección de la cuenta y la "
                    + "conexión a internet de este equipo).", true);
        }
        if (e instanceof HttpConnectTimeoutException) {
            return new HttpResult.NotSent(host + " did not answer the connection in time.",
                    host + " no respondió a la conexión a tiempo.", true);
        }
        return new HttpResult.NotSent(host + " refused the connection or could not be reached.",
                host + " rechazó la conexión o no se pudo alcanzar.", true);
    }

    private static javax.net.ssl.SSLHandshakeException handshakeFailure(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof javax.net.ssl.SSLHandshakeException) {
                return (javax.net.ssl.SSLHandshakeException) t;
            }
        }
        return null;
    }

    /** Why the handshake failed, in words: an untrusted or expired certificate, or a name that does not match. */
    private static HttpResult.NotSent certificateRefused(OutgoingRequest request, javax.net.ssl.SSLHandshakeException e) {
        String detail = String.valueOf(e.getMessage());
        String host = request.uri().getHost();
        String why;
        String porque;
        if (detail.contains("PKIX") || detail.contains("unable to find valid certification path")) {
            why = "it is not signed by an authority this computer trusts";
            porque = "no está firmado por una autoridad en la que este equipo confíe";
        } else if (detail.contains("expired") || detail.contains("NotAfter") || detail.contains("not yet valid")) {
            why = "it has expired or is not valid yet (check this computer's date)";
            porque = "venció o aún no es válido (revise la fecha de este equipo)";
        } else if (detail.contains("No subject alternative") || detail.contains("doesn't match")) {
            why = "it was issued for another name than " + host;
            porque = "fue emitido para otro nombre que " + host;
        } else {
            why = "the secure connection could not be agreed";
            porque = "no se pudo acordar la conexión segura";
        }
        return new HttpResult.NotSent("The certificate of " + host + " was refused: " + why
                + ". Nothing was sent. Check the account's address, or ask the provider.",
                "Se rechazó el certificado de " + host + ": " + porque
                + ". No se envió nada. Revise la dirección de la cuenta o consulte al proveedor.", false);
    }

    /** Time beyond the timeout for the rest of a body whose status line arrived. */
    private static final Duration BODY_GRACE = Duration.ZERO;

    private static String describe(HttpResult result) {
        if (result instanceof HttpResult.Answered) {
            return "HTTP " + ((HttpResult.Answered) result).status();
        }
        return result.getClass().getSimpleName();
    }
}
