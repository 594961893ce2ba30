package app.vocero.service;

import app.vocero.domain.campaign.ProviderId;
import app.vocero.provider.sandbox.SandboxCredentials;
import app.vocero.provider.sandbox.SandboxServer;

/**
 * The built-in sandbox behind the "Sandbox …" accounts: started on a free loopback port the first time one of them
 * is used, stopped with the app.
 */
public final class BuiltInSandbox implements SandboxEndpoints, AutoCloseable {

    private SandboxServer server;

    private synchronized SandboxServer server() {
        if (server == null) {
            server = SandboxServer.start(0);
        }
        return server;
    }

    @Override
    public String baseUrl(ProviderId provider) {
        return server().baseUrl(provider);
    }

    @Override
    public String authUrl(ProviderId provider) {
        return provider == ProviderId.ROUTEE ? server().authUrl(provider) : null;
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
        if (server != null) {
            server.close();
            server = null;
        }
    }
}
