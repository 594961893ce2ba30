package app.vocero.provider.sandbox;

import app.vocero.domain.campaign.ProviderId;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A loopback fake of the five providers' APIs, for running a campaign without internet and for testing the HTTP
 * clients. Binds to {@code 127.0.0.1} only. Each provider lives under its own path prefix so its documented paths
 * follow the base URL unchanged ({@code baseUrl(SAEM) + "/send/massive"}); Routee's OAuth host is
 * {@link #authUrl(ProviderId)} ({@code + "/oauth/token"}). Credentials: {@link SandboxCredentials}. Call outcomes:
 * {@link SandboxOutcomes}, moving with the injected {@link Clock}. Misbehaviour: {@link #faults()}.
 *
 * <pre>{@code
 * try (SandboxServer sandbox = SandboxServer.start(0)) {
 *     URI uri = URI.create(sandbox.baseUrl(ProviderId.SAEM) + "/send/massive");
 * }
 * }</pre>
 */
public final class SandboxServer implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(SandboxServer.class);
    private static final String ROUTEE_AUTH_MOUNT = "routee-auth";
    /** Received requests kept per provider (oldest dropped first). */
    static final int MAX_KEPT_REQUESTS = 1_000;
    /** Body bytes kept per provider for inspection (oldest requests dropped first). */
    static final long MAX_KEPT_BYTES = 64L * 1024 * 1024;

    private final HttpServer server;
    private final ExecutorService executor;
    private final Clock clock;
    private final long maxBodyBytes;
    private final Map<ProviderId, ProviderSandbox> sandboxes = new EnumMap<>(ProviderId.class);
    private final Map<ProviderId, Deque<ReceivedRequest>> received = new EnumMap<>(ProviderId.class);
    private final Map<ProviderId, long[]> keptBytes = new EnumMap<>(ProviderId.class);
    private final SandboxFaults faults = new SandboxFaults();
    private volatile boolean closed;

    private SandboxServer(Builder b) throws IOException {
        this.clock = b.clock;
        this.maxBodyBytes = b.maxBodyBytes;
        sandboxes.put(ProviderId.SAEM, new SaemSandbox());
        sandboxes.put(ProviderId.MEETZY, new MeetzySandbox());
        sandboxes.put(ProviderId.ROUTEE, new RouteeSandbox(b.routeeTokenLifetime));
        sandboxes.put(ProviderId.OCTOPUSH, new OctopushSandbox(b.octopushCredit, b.octopushReplaysRepeats));
        sandboxes.put(ProviderId.SMARTFLO, new SmartfloSandbox(b.smartfloTokenLifetime));
        for (ProviderId id : ProviderId.values()) {
            received.put(id, new ArrayDeque<>());
            keptBytes.put(id, new long[1]);
        }
        InetAddress loopback = InetAddress.getByAddress(new byte[] {127, 0, 0, 1});
        server = HttpServer.create(new InetSocketAddress(loopback, b.port), 64);
        AtomicInteger threads = new AtomicInteger();
        executor = Executors.newFixedThreadPool(b.threads, r -> {
            Thread t = new Thread(r, "vocero-sandbox-" + threads.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        server.setExecutor(executor);
        server.createContext("/", this::exchange);
        server.start();
        LOG.info("provider sandbox listening on 127.0.0.1:{}", port());
    }

    /** Starts on {@code port} (0 = any free port) with the system clock and default settings. */
    public static SandboxServer start(int port) {
        return builder().port(port).start();
    }

    /** Starts on {@code port} (0 = any free port) with that clock. */
    public static SandboxServer start(int port, Clock clock) {
        return builder().port(port).clock(clock).start();
    }

    /** The port {@code vocero sandbox} listens on unless told otherwise. */
    public static final int DEFAULT_PORT = 8787;

    /**
     * Whether a Vocero sandbox answers on this loopback port (a {@code vocero sandbox} in another terminal): asks a
     * sandbox-only question with the sandbox's own key.
     */
    public static boolean isRunningAt(int port) {
        try {
            java.net.http.HttpClient client = java.net.http.HttpClient.newBuilder()
                    .connectTimeout(java.time.Duration.ofMillis(300)).build();
            java.net.http.HttpRequest probe = java.net.http.HttpRequest.newBuilder(
                            java.net.URI.create("http://127.0.0.1:" + port + "/meetzy/calls"))
                    .timeout(java.time.Duration.ofSeconds(2))
                    .header("Authorization", "Bearer " + SandboxCredentials.MEETZY_TOKEN).GET().build();
            return client.send(probe, java.net.http.HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (java.io.IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** The addresses of a sandbox running elsewhere on this computer, without owning it. */
    public static String baseUrl(int port, ProviderId provider) {
        return "http://127.0.0.1:" + port + "/" + provider.key();
    }

    public static Builder builder() {
        return new Builder();
    }

    public int port() {
        return server.getAddress().getPort();
    }

    /** {@code http://127.0.0.1:PORT/<key>}: the documented paths follow it. */
    public String baseUrl(ProviderId provider) {
        return baseUrl(port(), provider);
    }

    /**
     * Where the provider's token endpoint lives: Routee's auth host ({@code …/routee-auth}, then
     * {@code /oauth/token}); for the others their {@link #baseUrl} (Smartflo's {@code /v1/auth/login} is there).
     */
    public String authUrl(ProviderId provider) {
        return authUrl(port(), provider);
    }

    /** {@link #authUrl(ProviderId)} of a sandbox on another port. */
    public static String authUrl(int port, ProviderId provider) {
        return provider == ProviderId.ROUTEE ? "http://127.0.0.1:" + port + "/" + ROUTEE_AUTH_MOUNT
                : baseUrl(port, provider);
    }

    public Clock clock() {
        return clock;
    }

    public SandboxFaults faults() {
        return faults;
    }

    public int campaignsCreated(ProviderId provider) {
        return sandboxes.get(provider).campaignsCreated();
    }

    /** Smartflo's lead lists created so far (a list whose answer was lost is still there). */
    public int smartfloListsCreated() {
        return ((SmartfloSandbox) sandboxes.get(ProviderId.SMARTFLO)).lists().listsCreated();
    }

    /** Smartflo's time groups' ids, oldest first: what a user would read in Smartflo's portal. */
    public List<Long> smartfloTimeGroupIds() {
        return ((SmartfloSandbox) sandboxes.get(ProviderId.SMARTFLO)).lists().timeGroupIds();
    }

    /** The requests received for that provider, oldest first (at most the last {@value #MAX_KEPT_REQUESTS}). */
    public List<ReceivedRequest> requests(ProviderId provider) {
        Deque<ReceivedRequest> queue = received.get(provider);
        synchronized (queue) {
            return List.copyOf(queue);
        }
    }

    /** Forgets requests, campaigns, tokens, resources and queued faults. */
    public void reset() {
        faults.clear();
        for (ProviderId id : ProviderId.values()) {
            Deque<ReceivedRequest> queue = received.get(id);
            synchronized (queue) {
                queue.clear();
                keptBytes.get(id)[0] = 0;
            }
            sandboxes.get(id).reset();
        }
    }

    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        server.stop(0);
        executor.shutdownNow();
        try {
            if (!executor.awaitTermination(5, TimeUnit.SECONDS)) {
                LOG.warn("provider sandbox: some handler threads did not stop within 5 s");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void exchange(HttpExchange exchange) throws IOException {
        try (exchange) {
            serve(exchange);
        } catch (IOException | UncheckedIOException e) {
            LOG.debug("provider sandbox: connection ended early: {}", e.toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            LOG.warn("provider sandbox: handler failed", e);
            try {
                send(exchange, SandboxResponse.error(500, "error", "sandbox internal error: " + e));
            } catch (IOException | RuntimeException ignored) {
                // headers may be out already
            }
        }
    }

    private void serve(HttpExchange exchange) throws IOException, InterruptedException {
        String rawPath = exchange.getRequestURI().getRawPath();
        String path = rawPath == null ? "/" : rawPath;
        int slash = path.indexOf('/', 1);
        String mount = slash < 0 ? path.substring(1) : path.substring(1, slash);
        String rest = slash < 0 ? "" : path.substring(slash);
        Optional<ProviderId> provider = mount.equals(ROUTEE_AUTH_MOUNT) ? Optional.of(ProviderId.ROUTEE)
                : ProviderId.fromKey(mount).filter(p -> p.key().equals(mount));
        if (provider.isEmpty()) {
            drain(exchange.getRequestBody());
            send(exchange, SandboxResponse.error(404, "error", "no sandbox provider at " + path
                    + "; use /saem, /meetzy, /routee, /routee-auth, /octopush or /smartflo"));
            return;
        }
        ProviderId id = provider.get();
        String query = Objects.requireNonNullElse(exchange.getRequestURI().getRawQuery(), "");
        byte[] body = readBody(exchange);
        boolean tooLarge = body == null;
        ReceivedRequest seen = new ReceivedRequest(id, exchange.getRequestMethod(), rest, query,
                exchange.getRequestHeaders(), tooLarge ? new byte[0] : body, clock.instant());
        keep(id, seen);
        if (tooLarge) {
            send(exchange, SandboxResponse.error(413, "error", "request body over " + maxBodyBytes + " bytes"));
            return;
        }
        Optional<Fault> fault = faults.take(id, rest);
        if (fault.isPresent()) {
            Fault f = fault.get();
            LOG.debug("provider sandbox: {} {} {} gets {}", id.key(), seen.method(), rest, f);
            switch (f.kind()) {
                case DELAY -> Thread.sleep(f.duration().toMillis());
                case STATUS -> {
                    send(exchange, f.body().isEmpty() ? SandboxResponse.empty(f.status())
                            : SandboxResponse.text(f.status(), "application/json", f.body()));
                    return;
                }
                case TOO_MANY_REQUESTS -> {
                    send(exchange, SandboxResponse.error(429, "error", "Too many requests")
                            .withHeader("Retry-After", Long.toString(f.retryAfterSeconds())));
                    return;
                }
                case DROP_CONNECTION -> {
                    // closing the exchange before sendResponseHeaders closes the socket: no status line at all
                    return;
                }
                case ACCEPT_THEN_DROP -> {
                    handle(id, mount, exchange, rest, query, body);
                    return;
                }
                case ACCEPT_THEN_STATUS -> {
                    handle(id, mount, exchange, rest, query, body);
                    send(exchange, SandboxResponse.error(f.status(), "error", "Internal error (the sandbox created it first)"));
                    return;
                }
                case ACCEPT_THEN_STALL -> {
                    SandboxResponse answer = handle(id, mount, exchange, rest, query, body);
                    stall(exchange, answer, f.duration());
                    return;
                }
            }
        }
        send(exchange, handle(id, mount, exchange, rest, query, body));
    }

    private SandboxResponse handle(ProviderId id, String mount, HttpExchange exchange, String rest, String query,
                                   byte[] body) {
        SandboxRequest request = new SandboxRequest(mount, exchange.getRequestMethod(), rest, query,
                exchange.getRequestHeaders(), body, clock.instant());
        return sandboxes.get(id).handle(request);
    }

    private void keep(ProviderId id, ReceivedRequest request) {
        Deque<ReceivedRequest> queue = received.get(id);
        synchronized (queue) {
            long[] bytes = keptBytes.get(id);
            queue.addLast(request);
            bytes[0] += request.bodyLength();
            while (queue.size() > 1 && (queue.size() > MAX_KEPT_REQUESTS || bytes[0] > MAX_KEPT_BYTES)) {
                bytes[0] -= queue.removeFirst().bodyLength();
            }
        }
    }

    /** The body, or {@code null} when it is over the limit (the rest is not read). */
    private byte[] readBody(HttpExchange exchange) throws IOException {
        String declared = exchange.getRequestHeaders().getFirst("Content-Length");
        if (declared != null) {
            try {
                if (Long.parseLong(declared.trim()) > maxBodyBytes) {
                    return null;
                }
            } catch (NumberFormatException e) {
                // the JDK server has already rejected malformed lengths; read and count below
            }
        }
        InputStream in = exchange.getRequestBody();
        byte[] body = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 16, maxBodyBytes + 1));
        return body.length > maxBodyBytes ? null : body;
    }

    private static void drain(InputStream in) throws IOException {
        in.transferTo(OutputStream.nullOutputStream());
    }

    /** The status line, headers and half the body of {@code response}, then a silent wait. */
    private static void stall(HttpExchange exchange, SandboxResponse response, Duration hold)
            throws IOException, InterruptedException {
        response.headers().forEach((k, v) -> exchange.getResponseHeaders().set(k, v));
        byte[] body = response.body().length == 0 ? "{}".getBytes(java.nio.charset.StandardCharsets.UTF_8) : response.body();
        exchange.sendResponseHeaders(response.status(), body.length);
        OutputStream out = exchange.getResponseBody();
        out.write(body, 0, body.length / 2);
        out.flush();
        Thread.sleep(hold.toMillis());
    }

    private static void send(HttpExchange exchange, SandboxResponse response) throws IOException {
        response.headers().forEach((k, v) -> exchange.getResponseHeaders().set(k, v));
        byte[] body = response.body();
        exchange.sendResponseHeaders(response.status(), body.length == 0 ? -1 : body.length);
        if (body.length > 0) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }

    /** Settings for {@link SandboxServer}. */
    public static final class Builder {
        private int port;
        private Clock clock = Clock.systemUTC();
        private Duration routeeTokenLifetime = Duration.ofSeconds(3600);
        private java.math.BigDecimal octopushCredit = OctopushSandbox.START_CREDIT;
        private Duration smartfloTokenLifetime = Duration.ofHours(1);
        private long maxBodyBytes = 200L * 1024 * 1024;
        private int threads = 16;
        private boolean octopushReplaysRepeats;

        private Builder() {
        }

        /** 0 (the default) = any free port. */
        public Builder port(int port) {
            if (port < 0 || port > 65_535) {
                throw new IllegalArgumentException("port " + port);
            }
            this.port = port;
            return this;
        }

        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        /** How long a Routee access token lives; 3600 s by default. */
        /** Octopush's starting credit (0.05 a contact); the default runs out after 3,000 contacts. */
        public Builder octopushCredit(java.math.BigDecimal credit) {
            this.octopushCredit = credit;
            return this;
        }

        /**
         * How Octopush answers a {@code request_id} it saw in the last 24 h: by default a validation error on
         * {@code request_id} (what its public documentation says); with {@code true}, the first answer again.
         */
        public Builder octopushReplaysRepeats(boolean replay) {
            this.octopushReplaysRepeats = replay;
            return this;
        }

        public Builder routeeTokenLifetime(Duration lifetime) {
            this.routeeTokenLifetime = positive(lifetime);
            return this;
        }

        /** How long a Smartflo login token lives; 1 h by default. */
        public Builder smartfloTokenLifetime(Duration lifetime) {
            this.smartfloTokenLifetime = positive(lifetime);
            return this;
        }

        /** Bodies over this get 413 (200 MB by default). */
        public Builder maxBodyBytes(long bytes) {
            if (bytes < 1 || bytes > Integer.MAX_VALUE - 32) {
                throw new IllegalArgumentException("maxBodyBytes " + bytes);
            }
            this.maxBodyBytes = bytes;
            return this;
        }

        /** Requests served at once (a delayed request holds one); 16 by default. */
        public Builder threads(int threads) {
            if (threads < 1) {
                throw new IllegalArgumentException("threads " + threads);
            }
            this.threads = threads;
            return this;
        }

        public SandboxServer start() {
            try {
                return new SandboxServer(this);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot start the provider sandbox on 127.0.0.1:" + port, e);
            }
        }

        private static Duration positive(Duration d) {
            if (d == null || d.isNegative() || d.isZero()) {
                throw new IllegalArgumentException("lifetime must be positive: " + d);
            }
            return d;
        }
    }
}
