package app.vocero.ui.history;

import app.vocero.domain.Operator;
import app.vocero.domain.campaign.ProviderId;
import app.vocero.provider.sandbox.SandboxCredentials;
import app.vocero.service.AccountService;
import app.vocero.service.Progress;
import app.vocero.service.TrackedCampaign;
import app.vocero.store.OtherDesktop;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * A team's history for tests and screenshots: the tracked Routee campaign "Aviso de corte", sent by luis on
 * PC-COBROS-1, and a Saem campaign "Cobranza diciembre" sent by ana on PC-VENTAS-3.
 */
final class TeamHistory {

    static final Operator ANA = new Operator("ana", "PC-VENTAS-3");
    static final Operator LUIS = new Operator("luis", "PC-COBROS-1");

    private TeamHistory() {
    }

    /** Adds the Saem campaign to {@code campaign}'s history and says who sent each; the Saem campaign's id. */
    static String of(TrackedCampaign campaign, Path dir) throws Exception {
        campaign.app.accounts().add(new AccountService.NewAccount("Saem principal", ProviderId.SAEM,
                campaign.sandbox.baseUrl(ProviderId.SAEM), null, null, SandboxCredentials.SAEM_API_KEY));
        Path saem = Files.writeString(dir.resolve("cobranza.vocero.json"), """
                {"version": 1, "name": "Cobranza diciembre", "provider": "saem", "account": "Saem principal",
                 "contacts": {"file": "clientes.csv", "country": "CO"},
                 "message": {"type": "tts", "template": "Hola {N}, su saldo es {S}.", "voice": "Maria"},
                 "schedules": [{"start": "2030-12-02T08:00", "end": "2030-12-02T18:00", "retries": 2,
                                "retryOn": ["nocontesta", "buzon"]}],
                 "timezone": "-05:00"}
                """);
        String saemId = campaign.app.sender().send(saem, Optional.empty(), Progress.NONE).campaign().id();
        OtherDesktop.sentBy(campaign.app.dataDirectory(), saemId, ANA);
        OtherDesktop.sentBy(campaign.app.dataDirectory(), campaign.campaignId, LUIS);
        return saemId;
    }
}
