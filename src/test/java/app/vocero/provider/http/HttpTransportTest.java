package app.vocero.provider.http;

import static org.assertj.core.api.Assertions.assertThat;

import app.vocero.domain.campaign.ProviderId;
import app.vocero.provider.sandbox.Fault;
import app.vocero.provider.sandbox.SandboxCredentials;
import app.vocero.provider.sandbox.SandboxServer;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What the transport retries on its own, what it reports as unknown, and how it says so. */
class HttpTransportTest {

    private SandboxServer sandbox;
    private final HttpTransport transport = new HttpTransport(Duration.ofSeconds(2), Duration.ofSeconds(1), pause -> { });
    private final AtomicInteger retries = new AtomicInteger();

    @BeforeEach
    void start() {
        sandbox = SandboxServer.start(0);
    }

    @AfterEach
    void stop() {
        sandbox.close();
    }

    private OutgoingRequest saemRead() {
        return new OutgoingRequest("GET", URI.create(sandbox.baseUrl(ProviderId.MEETZY) + "/calls"),
                Map.of("Authorization", "Bearer " + SandboxCredentials.MEETZY_TOKEN), null,
                out -> out.write(new byte[0]));
    }

    @Test
    void aCreatingRequestIsNotRetriedAfterA503() throws Exception {
        sandbox.faults().next(ProviderId.MEETZY, Fault.status(503));

        HttpResult result = transport.send(saemRead(), new RetryRule(Set.of(429)), retries::incrementAndGet);

        assertThat(result).isInstanceOfSatisfying(HttpResult.Answered.class, a -> assertThat(a.status()).isEqualTo(503));
        assertThat(retries).hasValue(0);
    }

    @Test
    void aHarmlessRequestIsRetriedAfterA503AndEveryRetryCounted() throws Exception {
        sandbox.faults().next(ProviderId.MEETZY, Fault.status(503)).next(ProviderId.MEETZY, Fault.status(502));

        HttpResult result = transport.send(saemRead(), RetryRule.HARMLESS, retries::incrementAndGet);

        assertThat(result).isInstanceOfSatisfying(HttpResult.Answered.class, a -> assertThat(a.status()).isEqualTo(200));
        assertThat(retries).hasValue(2);
    }

    @Test
    void aTooManyRequestsIsRetriedForEveryone() throws Exception {
        sandbox.faults().next(ProviderId.MEETZY, Fault.tooManyRequests(Duration.ofSeconds(3)));

        HttpResult result = transport.send(saemRead(), new RetryRule(Set.of(429)), retries::incrementAndGet);

        assertThat(result).isInstanceOfSatisfying(HttpResult.Answered.class, a -> assertThat(a.status()).isEqualTo(200));
        assertThat(retries).hasValue(1);
    }

    /** A POST: java.net.http itself resends a GET whose connection closed, never a POST. */
    private OutgoingRequest post() {
        return new OutgoingRequest("POST", URI.create(sandbox.baseUrl(ProviderId.MEETZY) + "/campaign"),
                Map.of("Authorization", "Bearer " + SandboxCredentials.MEETZY_TOKEN), "application/json",
                out -> out.write("{}".getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void aConnectionLostAfterSendingIsUnknownAndSaidPlainly() throws Exception {
        sandbox.faults().next(ProviderId.MEETZY, Fault.acceptThenDrop());

        HttpResult result = transport.send(post(), new RetryRule(Set.of(429)), retries::incrementAndGet);

        assertThat(result).isInstanceOfSatisfying(HttpResult.Unknown.class, unknown -> {
            assertThat(unknown.cause()).isEqualTo(HttpResult.Unknown.Cause.CONNECTION_LOST);
            assertThat(unknown.reason()).isEqualTo("The connection was lost after the request was sent, before any answer.");
            assertThat(unknown.reasonEs()).startsWith("La conexión se perdió");
        });
        assertThat(retries).hasValue(0);
    }

    @Test
    void anAnswerThatStallsMidWayTimesOutAsUnknownInsteadOfHangingForever() throws Exception {
        sandbox.faults().next(ProviderId.MEETZY, Fault.acceptThenStall(Duration.ofSeconds(5)));
        long started = System.nanoTime();

        HttpResult result = transport.send(post(), new RetryRule(Set.of(429)), retries::incrementAndGet);

        assertThat(result).isInstanceOfSatisfying(HttpResult.Unknown.class,
                unknown -> assertThat(unknown.reason()).isEqualTo("No answer within 1 s after the request was sent."));
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(4));
    }

    @Test
    void aServerThatNeverAcceptedTheConnectionMeansNothingWasSent() throws Exception {
        int closed;
        try (ServerSocket socket = new ServerSocket(0)) {
            closed = socket.getLocalPort();
        }
        OutgoingRequest request = new OutgoingRequest("POST", URI.create("http://127.0.0.1:" + closed + "/send/massive"),
                Map.of(), "application/json", out -> out.write("{}".getBytes(StandardCharsets.UTF_8)));

        HttpResult result = transport.send(request, new RetryRule(Set.of(429)), retries::incrementAndGet);

        assertThat(result).isInstanceOfSatisfying(HttpResult.NotSent.class, notSent -> {
            assertThat(notSent.reason()).isEqualTo("127.0.0.1:" + closed + " refused the connection or could not be reached.")
                    .doesNotContain("Exception");
            assertThat(notSent.reasonEs()).startsWith("127.0.0.1:" + closed + " rechazó la conexión");
        });
        assertThat(retries).hasValue(HttpTransport.MAX_RETRIES);
    }

    @Test
    void aRefusedCertificateMeansNothingWasSentAndSaysWhy(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
            throws Exception {
        java.nio.file.Path keystore = dir.resolve("self-signed.p12");
        Process keytool = new ProcessBuilder(java.nio.file.Path.of(System.getProperty("java.home"), "bin", "keytool").toString(),
                "-genkeypair", "-alias", "fake", "-keyalg", "RSA", "-keysize", "2048", "-dname", "CN=localhost",
                "-validity", "2", "-storetype", "PKCS12", "-keystore", keystore.toString(), "-storepass", "secreto",
                "-keypass", "secreto").redirectErrorStream(true).start();
        assertThat(keytool.waitFor()).isZero();
        java.security.KeyStore store = java.security.KeyStore.getInstance("PKCS12");
        try (var in = java.nio.file.Files.newInputStream(keystore)) {
            store.load(in, "secreto".toCharArray());
        }
        javax.net.ssl.KeyManagerFactory keys = javax.net.ssl.KeyManagerFactory.getInstance("SunX509");
        keys.init(store, "secreto".toCharArray());
        javax.net.ssl.SSLContext tls = javax.net.ssl.SSLContext.getInstance("TLS");
        tls.init(keys.getKeyManagers(), null, null);
        AtomicInteger handled = new AtomicInteger();
        com.sun.net.httpserver.HttpsServer server = com.sun.net.httpserver.HttpsServer.create(
                new java.net.InetSocketAddress(java.net.InetAddress.getLoopbackAddress(), 0), 0);
        server.setHttpsConfigurator(new com.sun.net.httpserver.HttpsConfigurator(tls));
        server.createContext("/", exchange -> {
            handled.incrementAndGet();
            exchange.sendResponseHeaders(200, -1);
            exchange.close();
        });
        server.start();
        try {
            OutgoingRequest request = new OutgoingRequest("POST", URI.create("https://127.0.0.1:"
                    + server.getAddress().getPort() + "/send/massive"), Map.of(), "application/json",
                    out -> out.write("{}".getBytes(StandardCharsets.UTF_8)));

            // a loaded machine may take more than a second for the handshake: this transport waits longer
            HttpTransport patient = new HttpTransport(Duration.ofSeconds(10), Duration.ofSeconds(20), pause -> { });
            HttpResult result = patient.send(request, new RetryRule(Set.of(429)), retries::incrementAndGet);

            assertThat(result).isInstanceOfSatisfying(HttpResult.NotSent.class, notSent -> {
                assertThat(notSent.worthRetrying()).isFalse();
                assertThat(notSent.reason()).contains("certificate of 127.0.0.1 was refused")
                        .contains("not signed by an authority this computer trusts").contains("Nothing was sent");
                assertThat(notSent.reasonEs()).contains("Se rechazó el certificado");
            });
            assertThat(retries).hasValue(0);
            assertThat(handled).hasValue(0);
        } finally {
            server.stop(0);
        }
    }
}
