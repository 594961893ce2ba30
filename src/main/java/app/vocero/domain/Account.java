package app.vocero.domain;

import app.vocero.domain.campaign.ProviderId;
import java.time.Instant;

/**
 * A provider account as Vocero keeps it: everything but its secrets.
 *
 * @param authUrl    Routee's token URL; {@code null} for the others
 * @param login      what identifies the user and is not secret: Routee's application id, Octopush's api-login,
 *                   Smartflo's e-mail (when it logs in with a password)
 * @param protection how its secrets are kept ({@link SecretProtection#key()})
 * @param sandbox    the built-in sandbox account of its provider
 */
public record Account(String name, ProviderId provider, String baseUrl, String authUrl, String login,
                      String protection, boolean sandbox, Instant createdAt) {
}
