package app.vocero.domain.campaign;

/** Where a campaign's submission stands. */
public enum CampaignState {
    /** Requests are going out (or the process stopped while they were). */
    SENDING,
    /** Every request was accepted. */
    SENT,
    /** A request was rejected: fix and resume. */
    REJECTED,
    /** A request got no answer: check with the provider before anything is sent again. */
    UNKNOWN
}
