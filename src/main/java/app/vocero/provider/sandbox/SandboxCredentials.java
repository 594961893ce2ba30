package app.vocero.provider.sandbox;

/**
 * The one set of credentials each provider's sandbox accepts. Anything else gets that provider's documented
 * authentication error.
 */
public final class SandboxCredentials {

    /** Saem: header {@code x-auth}. */
    public static final String SAEM_API_KEY = "sandbox-saem-key";

    /** Meetzy: {@code Authorization: Bearer …}. */
    public static final String MEETZY_TOKEN = "sandbox-meetzy-token";
    /** Meetzy: the one playbook the sandbox account owns; any other UUID gets 403. */
    public static final String MEETZY_PLAYBOOK_ID = "5a4d0b0e-7c1e-4d2a-9f00-5a4db0c0ffee";

    /** Routee: application id and secret for {@code Authorization: Basic} on {@code /oauth/token}. */
    public static final String ROUTEE_APPLICATION_ID = "sandbox-routee-app";
    public static final String ROUTEE_APPLICATION_SECRET = "sandbox-routee-secret";

    /** Octopush: headers {@code api-login} and {@code api-key}. */
    public static final String OCTOPUSH_LOGIN = "sandbox@vocero.app";
    public static final String OCTOPUSH_API_KEY = "sandbox-octopush-key";

    /** Smartflo: a static portal token, or the login e-mail and password for {@code /v1/auth/login}. */
    public static final String SMARTFLO_STATIC_TOKEN = "sandbox-smartflo-token";
    public static final String SMARTFLO_EMAIL = "sandbox@vocero.app";
    public static final String SMARTFLO_PASSWORD = "sandbox-smartflo-password";

    /** Saem: an audio resource that exists from the start (a 30-second recording), usable as {@code audioId}. */
    public static final String SAEM_SANDBOX_AUDIO_ID = "1001";

    private SandboxCredentials() {
    }
}
