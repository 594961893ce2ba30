package app.vocero.domain.campaign;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.text.Normalizer;
import java.util.TreeMap;

/**
 * Which campaigns of the history to show: a text found in the name or account (accents and case ignored), a
 * provider, a state, the days they were sent between (both included, in {@code zone}), and who sent them
 * ({@code by}: a user name, or {@code user@host}, see {@link app.vocero.domain.Operator#matches}). A {@code null} part
 * lets every campaign through; a sender filter lets no campaign through whose sender is unknown.
 */
public record HistoryFilter(String text, ProviderId provider, CampaignState state, LocalDate from, LocalDate to,
                            ZoneId zone, String by) {

    /** Whoever sent them. */
    public HistoryFilter(String text, ProviderId provider, CampaignState state, LocalDate from, LocalDate to,
                         ZoneId zone) {
        this(text, provider, state, from, to, zone, null);
    }

    public static HistoryFilter all(ZoneId zone) {
        return new HistoryFilter(null, null, null, null, null, zone, null);
    }

    /** The same filter, for campaigns sent by {@code who} ({@code null}: anyone). */
    public HistoryFilter sentBy(String who) {
        return new HistoryFilter(text, provider, state, from, to, zone, who);
    }

    public boolean matches(CampaignRecord campaign) {
        if (provider != null && campaign.provider() != provider) {
            return false;
        }
        if (state != null && campaign.state() != state) {
            return false;
        }
        if (!isBlank(by) && (campaign.sentBy() == null || !campaign.sentBy().matches(by))) {
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
        return plain(text).isEmpty() && provider == null && state == null && from == null && to == null && isBlank(by);
    }

    /**
     * The people who sent campaigns of a history, each once (case ignored, the first spelling kept), in alphabetical
     * order: what a "sent by" filter offers. Campaigns whose sender is unknown add no one.
     */
    public static List<String> senders(List<CampaignRecord> campaigns) {
        TreeMap<String, String> people = new TreeMap<>();
        for (CampaignRecord campaign : campaigns) {
            if (campaign.sentBy() != null) {
                people.putIfAbsent(campaign.sentBy().user().toLowerCase(Locale.ROOT), campaign.sentBy().user());
            }
        }
        return List.copyOf(people.values());
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }

    private static String plain(String value) {
        if (value == null) {
            return "";
        }
        return Normalizer.normalize(value.trim(), Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
    }
}
