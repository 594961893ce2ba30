package app.vocero.service;

import app.vocero.VoceroApp;
import app.vocero.domain.campaign.CallOutcome;
import app.vocero.domain.campaign.ProviderId;
import app.vocero.provider.http.HttpTransport;
import app.vocero.provider.sandbox.SandboxCredentials;
import app.vocero.provider.sandbox.SandboxOutcomes;
import app.vocero.provider.sandbox.SandboxServer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A Routee campaign of ten Colombian numbers sent to the sandbox and tracked after its calls ended: the sandbox
 * decides each number's outcome from its digits ({@link SandboxOutcomes}), so tests know who answered. Shared by the
 * history's service and screen tests.
 */
public final class TrackedCampaign implements AutoCloseable {

    /** The window starts 2030-12-01 08:00 in Bogotá. */
    public static final Instant LAUNCH = Instant.parse("2030-12-01T13:00:00Z");

    /** A clock the test moves. */
    static final class TestClock extends Clock {
        volatile Instant now = LAUNCH.minusSeconds(60);

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    public final SandboxServer sandbox;
    public final VoceroApp app;
    public final String campaignId;
    /** The ten numbers in E.164, in the file's order. */
    public final List<String> numbers = new ArrayList<>();

    private TrackedCampaign(Path dir, boolean track) throws Exception {
        this(dir, track ? Duration.ofSeconds(600) : null);
    }

    /** @param trackAfter how long after the launch the campaign is tracked; {@code null}: never */
    private TrackedCampaign(Path dir, Duration trackAfter) throws Exception {
        TestClock clock = new TestClock();
        sandbox = SandboxServer.builder().port(0).clock(clock).routeeTokenLifetime(Duration.ofSeconds(3600)).start();
        app = VoceroApp.open(dir.resolve("data"), Locale.ENGLISH, creating -> Optional.of("clave-de-prueba".toCharArray()),
                new HttpTransport(Duration.ofSeconds(2), Duration.ofSeconds(5), duration -> { }));
        app.accounts().add(new AccountService.NewAccount("Routee", ProviderId.ROUTEE, sandbox.baseUrl(ProviderId.ROUTEE),
                sandbox.authUrl(ProviderId.ROUTEE) + "/oauth/token", SandboxCredentials.ROUTEE_APPLICATION_ID,
                SandboxCredentials.ROUTEE_APPLICATION_SECRET));
        StringBuilder csv = new StringBuilder("Nombre;Celular;Saldo\n");
        for (int i = 0; i < 10; i++) {
            String national = "30012345" + (10 + i);
            numbers.add("+57" + national);
            csv.append(i == 3 ? "=HYPERLINK(\"x\")" : "Cliente " + i).append(';').append(national).append(';')
                    .append(1000 * (i + 1)).append('\n');
        }
        Files.writeString(dir.resolve("clientes.csv"), csv.toString());
        Path draft = Files.writeString(dir.resolve("aviso.vocero.json"), """
                {"version": 1, "name": "Aviso de corte", "provider": "routee", "account": "Routee",
                 "contacts": {"file": "clientes.csv", "country": "CO"},
                 "message": {"type": "tts", "template": "Su servicio será suspendido mañana.", "gender": "female", "language": "es-LA"},
                 "schedules": [{"start": "2030-12-01T08:00", "end": "2030-12-01T18:00", "retries": 0}],
                 "timezone": "America/Bogota", "options": {"from": "5713000000"}}
                """);
        try {
            campaignId = app.sender().send(draft, Optional.empty(), Progress.NONE).campaign().id();
        } catch (SendRefused e) {
            throw new AssertionError(e.findings().toString(), e);
        }
        if (trackAfter != null) {
            clock.now = LAUNCH.plus(trackAfter);
            app.tracker().refresh(campaignId);
        }
    }

    /** Sent and tracked after every call ended. */
    public static TrackedCampaign tracked(Path dir) throws Exception {
        return new TrackedCampaign(dir, true);
    }

    /** Sent and tracked while every call is still ringing: nobody has been called yet. */
    public static TrackedCampaign ringing(Path dir) throws Exception {
        return new TrackedCampaign(dir, Duration.ofSeconds(45));
    }

    /** Sent, never tracked. */
    public static TrackedCampaign untracked(Path dir) throws Exception {
        return new TrackedCampaign(dir, false);
    }

    /** The numbers the sandbox did not connect, was busy or failed (Routee tells voicemail as Completed). */
    public List<String> toCallAgain() {
        return numbers.stream().filter(number -> {
            SandboxOutcomes.Outcome outcome = SandboxOutcomes.outcomeOf(number);
            return outcome == SandboxOutcomes.Outcome.NO_ANSWER || outcome == SandboxOutcomes.Outcome.BUSY
                    || outcome == SandboxOutcomes.Outcome.FAILED;
        }).toList();
    }

    /** What each number came to, as the history groups it. */
    public CallOutcome outcomeOf(String number) {
        return switch (SandboxOutcomes.outcomeOf(number)) {
            case ANSWERED, VOICEMAIL -> CallOutcome.ANSWERED;
            case NO_ANSWER -> CallOutcome.NO_ANSWER;
            case BUSY -> CallOutcome.BUSY;
            case FAILED -> CallOutcome.FAILED;
        };
    }

    @Override
    public void close() {
        app.close();
        sandbox.close();
    }
}
