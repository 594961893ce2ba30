package app.vocero.domain;

/** How an account's secrets are protected at rest, in the user's words. */
public enum SecretProtection {
    OS_KEYRING("os-keyring", "the operating system's credential store", "el almacén de credenciales del sistema operativo"),
    WINDOWS("windows", "encrypted by Windows for your user (DPAPI)", "en forma cifrada por Windows para su usuario (DPAPI)"),
    PASSPHRASE("passphrase", "encrypted with your Vocero passphrase", "en forma cifrada con su frase de acceso de Vocero"),
    SANDBOX("sandbox", "public sandbox keys", "claves públicas del sandbox");

    private final String key;
    private final String english;
    private final String spanish;

    SecretProtection(String key, String english, String spanish) {
        this.key = key;
        this.english = english;
        this.spanish = spanish;
    }

    public String key() {
        return key;
    }

    public String describe(String language) {
        return "es".equalsIgnoreCase(language) ? spanish : english;
    }

    public static SecretProtection fromKey(String key) {
        for (SecretProtection protection : values()) {
            if (protection.key.equals(key)) {
                return protection;
            }
        }
        throw new IllegalArgumentException("Unknown secret protection: " + key);
    }
}
