package app.vocero.service;

import app.vocero.domain.campaign.ProviderId;

/** Where the built-in sandbox listens and which keys it takes; started the first time a sandbox account is used. */
public interface SandboxEndpoints {

    String baseUrl(ProviderId provider);

    /** Routee's token URL in the sandbox. */
    String authUrl(ProviderId provider);

    /** The sandbox account's secret for a provider. */
    String secret(ProviderId provider);

    /** The sandbox account's login (Routee application id, Octopush api-login), or {@code null}. */
    String login(ProviderId provider);
}
