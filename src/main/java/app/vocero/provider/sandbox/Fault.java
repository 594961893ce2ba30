package app.vocero.provider.sandbox;

import java.time.Duration;
import java.util.Objects;

/**
 * One misbehaviour of the sandbox, queued with {@link SandboxFaults#next} and applied to the next matching request.
 *
 * <ul>
 *   <li>{@link #delay}: wait, then process and answer normally (like a slow server: the request is processed even
 *       when the client has given up);</li>
 *   <li>{@link #status}: answer with that status (empty or given body) WITHOUT processing the request;</li>
 *   <li>{@link #tooManyRequests}: 429 with {@code Retry-After} in whole seconds, without processing;</li>
 *   <li>{@link #dropConnection}: close the connection without any answer and without processing;</li>
 *   <li>{@link #acceptThenDrop}: process the request (a campaign is created) then close without any answer;</li>
 *   <li>{@link #acceptThenStatus}: process the request (a campaign is created) then answer that status anyway —
 *       a server that commits, then fails (a 500 from a crashing handler, a 503 from a proxy timing out);</li>
 *   <li>{@link #acceptThenStall}: process the request, send the status line and half the answer, then hold the
 *       connection that long (the answer is cut mid-way: a client killed or timing out during the answer).</li>
 * </ul>
 */
public final class Fault {

    public enum Kind { DELAY, STATUS, TOO_MANY_REQUESTS, DROP_CONNECTION, ACCEPT_THEN_DROP, ACCEPT_THEN_STATUS,
        ACCEPT_THEN_STALL }

    private final Kind kind;
    private final Duration duration;
    private final int status;
    private final String body;

    private Fault(Kind kind, Duration duration, int status, String body) {
        this.kind = kind;
        this.duration = duration;
        this.status = status;
        this.body = body;
    }

    public static Fault delay(Duration delay) {
        Objects.requireNonNull(delay, "delay");
        if (delay.isNegative()) {
            throw new IllegalArgumentException("negative delay " + delay);
        }
        return new Fault(Kind.DELAY, delay, 0, "");
    }

    /** An answer with this status and no body. */
    public static Fault status(int code) {
        return status(code, "");
    }

    /** An answer with this status and this JSON (or any text) body, sent as {@code application/json}. */
    public static Fault status(int code, String body) {
        if (code < 200 || code > 599) {
            throw new IllegalArgumentException("status " + code + " is not a final HTTP status");
        }
        return new Fault(Kind.STATUS, Duration.ZERO, code, Objects.requireNonNull(body, "body"));
    }

    public static Fault tooManyRequests(Duration retryAfter) {
        Objects.requireNonNull(retryAfter, "retryAfter");
        if (retryAfter.isNegative()) {
            throw new IllegalArgumentException("negative Retry-After " + retryAfter);
        }
        return new Fault(Kind.TOO_MANY_REQUESTS, retryAfter, 429, "");
    }

    public static Fault dropConnection() {
        return new Fault(Kind.DROP_CONNECTION, Duration.ZERO, 0, "");
    }

    public static Fault acceptThenDrop() {
        return new Fault(Kind.ACCEPT_THEN_DROP, Duration.ZERO, 0, "");
    }

    /** Creates what the request asks for, then answers {@code code} (e.g. 500, 502, 503, 504) with an error body. */
    public static Fault acceptThenStatus(int code) {
        if (code < 400 || code > 599) {
            throw new IllegalArgumentException("status " + code + " is not an error status");
        }
        return new Fault(Kind.ACCEPT_THEN_STATUS, Duration.ZERO, code, "");
    }

    /** Creates what the request asks for, sends half of the real answer, then holds the connection for {@code hold}. */
    public static Fault acceptThenStall(Duration hold) {
        Objects.requireNonNull(hold, "hold");
        if (hold.isNegative()) {
            throw new IllegalArgumentException("negative hold " + hold);
        }
        return new Fault(Kind.ACCEPT_THEN_STALL, hold, 0, "");
    }

    public Kind kind() {
        return kind;
    }

    /** The delay of {@link Kind#DELAY}, the Retry-After of {@link Kind#TOO_MANY_REQUESTS}, else zero. */
    public Duration duration() {
        return duration;
    }

    /** The status of {@link Kind#STATUS} and {@link Kind#TOO_MANY_REQUESTS}, else 0. */
    public int status() {
        return status;
    }

    public String body() {
        return body;
    }

    /** Retry-After as sent: whole seconds, rounded up. */
    long retryAfterSeconds() {
        long seconds = duration.getSeconds();
        return duration.getNano() > 0 ? seconds + 1 : seconds;
    }

    @Override
    public String toString() {
        return switch (kind) {
            case DELAY -> "delay(" + duration + ")";
            case STATUS -> "status(" + status + ")";
            case TOO_MANY_REQUESTS -> "tooManyRequests(" + duration + ")";
            case DROP_CONNECTION -> "dropConnection()";
            case ACCEPT_THEN_DROP -> "acceptThenDrop()";
            case ACCEPT_THEN_STATUS -> "acceptThenStatus(" + status + ")";
            case ACCEPT_THEN_STALL -> "acceptThenStall(" + duration + ")";
        };
    }
}
