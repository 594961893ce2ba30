package app.vocero.provider.http;

import java.time.Duration;

/** How long to wait before a safe retry; tests pass one that does not sleep. */
@FunctionalInterface
public interface Backoff {

    Backoff REAL = duration -> Thread.sleep(duration.toMillis());

    void pause(Duration duration) throws InterruptedException;

    /** 1 s, 2 s, 4 s … for the n-th retry (from 1). */
    static Duration exponential(int attempt) {
        return Duration.ofSeconds(1L << Math.min(6, Math.max(0, attempt - 1)));
    }
}
