package app.vocero.campaign;

import app.vocero.domain.campaign.Estimate;
import app.vocero.domain.campaign.Message;
import app.vocero.domain.campaign.PriceTable;
import app.vocero.provider.CampaignInput;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** Estimates calls, audio seconds and cost of a draft. */
public final class Estimator {

    /**
     * Characters a text-to-speech voice reads per second, by language (a typical 150 words a minute); used for the
     * audio length of TTS messages.
     */
    static final Map<String, Double> CHARACTERS_PER_SECOND = Map.of("es", 14.5, "en", 15.0, "pt", 14.0, "fr", 14.5,
            "it", 14.5, "de", 13.0);
    static final double DEFAULT_CHARACTERS_PER_SECOND = 14.0;

    private Estimator() {
    }

    /**
     * @param audioSeconds the audio's length when the message is a recording and it is known
     */
    public static Estimate estimate(CampaignInput input, int requests, int providerCampaigns, Double audioSeconds,
                                    Optional<PriceTable> prices) {
        long records = input.contacts().size();
        long calls = records * Math.max(1, providerCampaigns);
        Double perCall = null;
        Message message = input.draft().message();
        if (message instanceof Message.Tts && input.templateStats().isPresent() && records > 0) {
            double characters = input.templateStats().get().totalCharacters() / (double) records;
            perCall = characters / rate((Message.Tts) message);
        } else if (message instanceof Message.Audio) {
            perCall = audioSeconds;
        }
        Double total = perCall == null ? null : perCall * calls;
        BigDecimal cost = null;
        String currency = null;
        String basis = "no price table for this account";
        if (prices.isPresent()) {
            PriceTable table = prices.get();
            currency = table.currency();
            if (table.unit() == PriceTable.Unit.PER_CALL) {
                cost = table.amount().multiply(BigDecimal.valueOf(calls));
                basis = table.amount().toPlainString() + " " + currency + " per call";
            } else if (perCall != null) {
                long minutesPerCall = Math.max(1, (long) Math.ceil(perCall / 60.0));
                cost = table.amount().multiply(BigDecimal.valueOf(minutesPerCall * calls));
                basis = table.amount().toPlainString() + " " + currency + " per started minute, " + minutesPerCall
                        + " min per call";
            } else {
                basis = "per-minute price but the audio length is unknown";
            }
        }
        return new Estimate(records, requests, providerCampaigns, calls, round(perCall), round(total),
                cost == null ? null : cost.setScale(2, RoundingMode.HALF_UP), currency, basis);
    }

    static double rate(Message.Tts tts) {
        String language = tts.language();
        if ((language == null || language.isBlank()) && tts.voice() != null) {
            language = "es"; // Saem's voices Juan and Maria speak Spanish
        }
        String code = language == null ? "" : language.toLowerCase(Locale.ROOT);
        int dash = code.indexOf('-');
        return CHARACTERS_PER_SECOND.getOrDefault(dash > 0 ? code.substring(0, dash) : code, DEFAULT_CHARACTERS_PER_SECOND);
    }

    private static Double round(Double value) {
        return value == null ? null : Math.round(value * 10) / 10.0;
    }
}
