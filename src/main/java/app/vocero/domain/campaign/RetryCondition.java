package app.vocero.domain.campaign;

import java.util.Optional;

/**
 * Call results that can trigger a retry, named as Saem names them ({@code configReview}); the other providers'
 * retry rules map from these.
 */
public enum RetryCondition {
    BUZON("buzon", "voicemail", "buzón de voz"),
    COLGO("colgo", "hung up", "colgó"),
    CONGESTION("congestion", "network congestion", "congestión"),
    FALLO("fallo", "failed", "falló"),
    MAQUINA("maquina", "answering machine", "máquina contestadora"),
    MCOLGO("mcolgo", "hung up during the message", "colgó durante el mensaje"),
    MSATISFACTORIO("msatisfactorio", "message partly heard", "mensaje escuchado en parte"),
    NOCONTESTA("nocontesta", "no answer", "no contesta"),
    SATISFACTORIO("satisfactorio", "completed", "satisfactorio");

    private final String key;
    private final String english;
    private final String spanish;

    RetryCondition(String key, String english, String spanish) {
        this.key = key;
        this.english = english;
        this.spanish = spanish;
    }

    public String key() {
        return key;
    }

    public String label(String language) {
        return "es".equalsIgnoreCase(language) ? spanish : english;
    }

    public static Optional<RetryCondition> fromKey(String key) {
        for (RetryCondition condition : values()) {
            if (condition.key.equalsIgnoreCase(key == null ? "" : key.trim())) {
                return Optional.of(condition);
            }
        }
        return Optional.empty();
    }
}
