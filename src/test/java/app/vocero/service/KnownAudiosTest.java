package app.vocero.service;

import static org.assertj.core.api.Assertions.assertThat;

import app.vocero.config.Messages;
import app.vocero.domain.ContactTable;
import app.vocero.domain.campaign.CampaignRecord;
import app.vocero.domain.campaign.CampaignState;
import app.vocero.domain.campaign.ProviderId;
import app.vocero.domain.campaign.SubmissionState;
import app.vocero.store.CampaignRepository;
import app.vocero.store.Database;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The audios an account is known to have: those its campaigns on this computer used or generated. */
class KnownAudiosTest {

    @TempDir
    Path dir;

    private Database database;
    private CampaignRepository history;

    @BeforeEach
    void open() throws Exception {
        database = Database.open(dir, Messages.of(Locale.ENGLISH));
        history = new CampaignRepository(database);
    }

    @AfterEach
    void close() {
        database.close();
    }

    private void campaign(String id, String account, String message, Instant at) {
        history.create(new CampaignRecord(id, "Campaña " + id, ProviderId.SAEM, account, null, 0, CampaignState.SENT,
                at, at, null), "{\"version\": 1, \"name\": \"Campaña " + id + "\", \"provider\": \"saem\", \"message\": "
                + message + "}", ContactTable.empty());
    }

    @Test
    void listsTheAudioIdsTheAccountsCampaignsUsedAndGeneratedNewestFirst() {
        campaign("a", "Saem principal", "{\"type\": \"audio\", \"audioId\": \"111\"}", Instant.parse("2026-10-01T10:00:00Z"));
        campaign("b", "Saem principal", "{\"type\": \"audio\", \"audioId\": \"{audioId}\"}", Instant.parse("2026-11-01T10:00:00Z"));
        history.journal("b", 0, "audio/generate", "x", "k", Instant.parse("2026-11-01T10:00:00Z"));
        history.record("b", 0, SubmissionState.ACCEPTED, Map.of("audioId", "222"), 200, null, null,
                Instant.parse("2026-11-01T10:00:01Z"));
        campaign("c", "Saem principal", "{\"type\": \"tts\", \"template\": \"Hola\", \"voice\": \"Maria\"}", Instant.parse("2026-11-02T10:00:00Z"));
        campaign("d", "Otra cuenta", "{\"type\": \"audio\", \"audioId\": \"999\"}", Instant.parse("2026-11-03T10:00:00Z"));
        campaign("e", "Saem principal", "{\"type\": \"audio\", \"audioId\": \"111\"}", Instant.parse("2026-11-04T10:00:00Z"));

        var audios = new KnownAudios(history).of("Saem principal");

        assertThat(audios).extracting(KnownAudios.KnownAudio::audioId).containsExactly("111", "222");
        assertThat(audios.get(0).campaign()).isEqualTo("Campaña e");
        assertThat(audios.get(1).campaign()).isEqualTo("Campaña b");
        assertThat(new KnownAudios(history).of("Nadie")).isEmpty();
    }
}
