package app.vocero.service;

import app.vocero.domain.campaign.ProviderId;
import app.vocero.provider.sandbox.SandboxCredentials;
import app.vocero.provider.sandbox.SandboxServer;

/**
 * The sandbox behind the "Sandbox …" accounts. A {@code vocero sandbox} already running on this computer (port
 * {@value SandboxServer#DEFAULT_PORT}) is used when there is one, so campaigns sent from one command can be resumed
 * and tracked from the next; otherwise an embedded one starts on a free loopback port the first time a sandbox
 * account is used, and lives as long as this Vocero (the window, or one command).
 */
public final class BuiltInSandbox implements SandboxEndpoints, AutoCloseable {

    private SandboxServer embedded;
    private int port = -1;

    private synchronized int port() {
        if (port < 0) {
            if (SandboxServer.isRunningAt(SandboxServer.DEFAULT_PORT)) {
                port = SandboxServer.DEFAULT_PORT;
            } else {
                embedded = SandboxServer.start(0);
                port = embedded.port();
            }
        }
        return port;
    }

    @Override
    public String baseUrl(ProviderId provider) {
        return SandboxServer.baseUrl(port(), provider);
    }

    @Override
    public String authUrl(ProviderId provider) {
        return provider == ProviderId.ROUTEE ? SandboxServer.authUrl(port(), provider) + "/oauth/token" : null;
    }

    @Override
    public String secret(ProviderId provider) {
        switch (provider) {
            case SAEM:
                return SandboxCredentials.SAEM_API_KEY;
            case MEETZY:
                return SandboxCredentials.MEETZY_TOKEN;
            case ROUTEE:
                return SandboxCredentials.ROUTEE_APPLICATION_SECRET;
            case OCTOPUSH:
                return SandboxCredentials.OCTOPUSH_API_KEY;
            default:
                return SandboxCredentials.SMARTFLO_STATIC_TOKEN;
        }
    }

    @Override
    public String login(ProviderId provider) {
        switch (provider) {
            case ROUTEE:
                return SandboxCredentials.ROUTEE_APPLICATION_ID;
            case OCTOPUSH:
                return SandboxCredentials.OCTOPUSH_LOGIN;
            default:
                return null;
        }
    }

    @Override
    public synchronized void close() {
        if (embedded != null) {
            embedded.close();
            embedded = null;
        }
        port = -1;
    }
}
