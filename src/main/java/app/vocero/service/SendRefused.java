package app.vocero.service;

import app.vocero.domain.campaign.Finding;
import java.util.List;

/** A campaign that was not sent at all (errors in the draft, no usable account); nothing left Vocero. */
public class SendRefused extends Exception {

    private final transient List<Finding> findings;
    private final String spanish;

    public SendRefused(String english, String spanish, List<Finding> findings) {
        super(english);
        this.spanish = spanish;
        this.findings = List.copyOf(findings);
    }

    public List<Finding> findings() {
        return findings;
    }

    public String message(String language) {
        return "es".equalsIgnoreCase(language) ? spanish : getMessage();
    }
}
