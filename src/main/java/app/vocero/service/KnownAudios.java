package app.vocero.service;

import app.vocero.campaign.DraftFile;
import app.vocero.domain.campaign.CampaignRecord;
import app.vocero.domain.campaign.Draft;
import app.vocero.domain.campaign.Message;
import app.vocero.domain.campaign.Submission;
import app.vocero.domain.campaign.SubmissionState;
import app.vocero.store.CampaignRepository;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The recorded audios an account is known to have, as far as this computer knows: Saem has no call to list an
 * account's audios, so these are the {@code audioId}s its campaigns in the local history used, and those Saem
 * returned when Vocero generated an audio ({@code /audio/generate}). Audios uploaded in Saem's web platform and
 * never used from here are not listed: the window lets the user add one by its id.
 */
public final class KnownAudios {

    /** One audio id: the campaign it was last used in and when. */
    public record KnownAudio(String audioId, String account, String campaign, Instant lastUsed) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    private final CampaignRepository history;

    public KnownAudios(CampaignRepository history) {
        this.history = history;
    }

    /** The account's audio ids, newest use first, each once. */
    public List<KnownAudio> of(String account) {
        Map<String, KnownAudio> byId = new LinkedHashMap<>();
        for (CampaignRecord campaign : history.all()) {
            if (account != null && !account.equals(campaign.account())) {
                continue;
            }
            for (String id : audioIds(campaign)) {
                byId.putIfAbsent(id, new KnownAudio(id, campaign.account(), campaign.name(), campaign.createdAt()));
            }
        }
        return List.copyOf(byId.values());
    }

    private List<String> audioIds(CampaignRecord campaign) {
        List<String> ids = new ArrayList<>();
        for (Submission submission : history.submissions(campaign.id())) {
            Object generated = submission.providerIds().get("audioId");
            if (submission.state() == SubmissionState.ACCEPTED && generated != null && !generated.toString().isBlank()) {
                ids.add(generated.toString().strip());
            }
        }
        history.draftJson(campaign.id()).flatMap(KnownAudios::draft).ifPresent(draft -> {
            if (draft.message() instanceof Message.Audio) {
                String id = ((Message.Audio) draft.message()).audioId();
                if (id != null && !id.isBlank() && !id.contains("{")) {
                    ids.add(id.strip());
                }
            }
        });
        return ids;
    }

    private static java.util.Optional<Draft> draft(String json) {
        try {
            return java.util.Optional.of(DraftFile.fromJson((ObjectNode) JSON.readTree(json), java.nio.file.Path.of(".")).draft());
        } catch (java.io.IOException | ClassCastException e) {
            return java.util.Optional.empty();
        }
    }
}
