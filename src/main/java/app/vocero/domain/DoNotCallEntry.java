package app.vocero.domain;

import java.time.Instant;

/** A number on the local do-not-call list, with when and from where it was added. */
public record DoNotCallEntry(String e164, Instant addedAt, String source) {
}
