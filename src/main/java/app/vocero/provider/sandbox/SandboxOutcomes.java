package app.vocero.provider.sandbox;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.zip.CRC32;

/**
 * How a sandbox call ends, decided by the number alone (its digits: {@code +57 300 123} and {@code 57300123} end
 * alike) so tests can predict it, and when: queued until {@link #RINGING_AFTER} after the campaign's launch,
 * ringing until {@link #FINAL_AFTER}, then final. Of ten numbers, about five are answered, two not answered, one
 * busy, one goes to voicemail and one fails ({@link #bucket}: 0–4 answered, 5–6 no answer, 7 busy, 8 voicemail,
 * 9 failed).
 */
public final class SandboxOutcomes {

    public enum Outcome { ANSWERED, NO_ANSWER, BUSY, VOICEMAIL, FAILED }

    public enum Stage { QUEUED, RINGING, FINAL }

    public static final Duration RINGING_AFTER = Duration.ofSeconds(30);
    public static final Duration FINAL_AFTER = Duration.ofSeconds(60);

    private SandboxOutcomes() {
    }

    /** 0–9, from a CRC-32 of the number's digits. */
    public static int bucket(String number) {
        return (int) (crc(number) % 10);
    }

    private static long crc(String number) {
        StringBuilder digits = new StringBuilder();
        for (int i = 0; i < number.length(); i++) {
            char c = number.charAt(i);
            if (c >= '0' && c <= '9') {
                digits.append(c);
            }
        }
        CRC32 crc = new CRC32();
        crc.update(digits.toString().getBytes(StandardCharsets.US_ASCII));
        return crc.getValue();
    }

    public static Outcome outcomeOf(String number) {
        int bucket = bucket(number);
        if (bucket <= 4) {
            return Outcome.ANSWERED;
        }
        return switch (bucket) {
            case 5, 6 -> Outcome.NO_ANSWER;
            case 7 -> Outcome.BUSY;
            case 8 -> Outcome.VOICEMAIL;
            default -> Outcome.FAILED;
        };
    }

    public static Stage stage(Instant launch, Instant now) {
        Duration elapsed = Duration.between(launch, now);
        if (elapsed.compareTo(RINGING_AFTER) < 0) {
            return Stage.QUEUED;
        }
        return elapsed.compareTo(FINAL_AFTER) < 0 ? Stage.RINGING : Stage.FINAL;
    }

    /** Seconds of a finished call: 15–60 when answered, 5–20 for voicemail, 0 otherwise. */
    public static int durationSeconds(String number) {
        int spread = (int) (crc(number) / 10 % 46);
        return switch (outcomeOf(number)) {
            case ANSWERED -> 15 + spread;
            case VOICEMAIL -> 5 + spread % 16;
            default -> 0;
        };
    }

    /** The instant a call launched at {@code launch} reaches its final status. */
    public static Instant endOf(Instant launch) {
        return launch.plus(FINAL_AFTER);
    }
}
