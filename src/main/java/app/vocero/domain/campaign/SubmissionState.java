package app.vocero.domain.campaign;

/** A journaled request's state. */
public enum SubmissionState {
    /** Journaled; about to leave or left without a recorded answer (the process may have died). */
    PENDING,
    ACCEPTED,
    REJECTED,
    /** Sent, no answer: the provider may have created it. Only the user decides what happens next. */
    UNKNOWN,
    /** The user checked with the provider: it was created. */
    CONFIRMED,
    /** The user checked with the provider: it was not created; the next resume sends it again. */
    RESEND
}
