package app.vocero.provider.sandbox;

/** The handlers of one provider's fake API. Implementations are thread-safe. */
interface ProviderSandbox {

    SandboxResponse handle(SandboxRequest request);

    /** Campaigns (Saem: one per {@code configProgramming} entry; Smartflo: broadcasts) created since the reset. */
    int campaignsCreated();

    /** Forgets every campaign, token, list and resource created so far. */
    void reset();
}
