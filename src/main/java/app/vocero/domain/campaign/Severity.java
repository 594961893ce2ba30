package app.vocero.domain.campaign;

/** How much a finding matters: an error stops sending; a warning asks for a look; info is worth knowing. */
public enum Severity {
    ERROR,
    WARNING,
    INFO;

    public String key() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
