package app.vocero.domain.campaign;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.text.Normalizer;

/**
 * Which campaigns of the history to show: a text found in the name or account (accents and case ignored), a
 * provider, a state, and the days they were sent between (both included, in {@code zone}). A {@code null} part
 * lets every campaign through.
 */
public record HistoryFilter(String text, ProviderId provider, CampaignState state, LocalDate from, LocalDate to,
                            ZoneId zone) {

    public static HistoryFilter all(ZoneId zone) {
        return new HistoryFilter(null, null, null, null, null, zone);
    }

    public boolean matches(CampaignRecord campaign) {
        if (provider != null && campaign.provider() != provider) {
            return false;
        }
        if (state != null && campaign.state() != state) {
            return false;
        }
        LocalDate day = campaign.createdAt().atZone(zone).toLocalDate();
        if (from != null && day.isBefore(from) || to != null && day.isAfter(to)) {
            return false;
        }
        String wanted = plain(text);
        return wanted.isEmpty() || plain(campaign.name()).contains(wanted) || plain(campaign.account()).contains(wanted);
    }

    public List<CampaignRecord> apply(List<CampaignRecord> campaigns) {
        return campaigns.stream().filter(this::matches).toList();
    }

    /** Whether every campaign goes through. */
    public boolean isEmpty() {
        return plain(text).isEmpty() && provider == null && state == null && from == null && to == null;
    }

    private static String plain(String value) {
        if (value == null) {
            return "";
        }
        return Normalizer.normalize(value.trim(), Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
    }
}
