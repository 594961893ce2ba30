package app.vocero.domain.campaign;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Searching and filtering the history. */
class HistoryFilterTest {

    private static final ZoneId BOGOTA = ZoneId.of("America/Bogota");

    private static CampaignRecord campaign(String name, ProviderId provider, CampaignState state, String sent) {
        Instant at = Instant.parse(sent);
        return new CampaignRecord(name, name, provider, provider.displayName() + " principal", "/d.vocero.json", 10, state,
                at, at, null);
    }

    private final List<CampaignRecord> history = List.of(
            campaign("Cobranza diciembre", ProviderId.SAEM, CampaignState.SENT, "2026-12-05T15:00:00Z"),
            campaign("Recordatorio cita", ProviderId.MEETZY, CampaignState.UNKNOWN, "2026-12-04T15:00:00Z"),
            campaign("Aviso de corte", ProviderId.ROUTEE, CampaignState.SENT, "2026-12-01T03:00:00Z"),
            campaign("Encuesta", ProviderId.SMARTFLO, CampaignState.REJECTED, "2026-11-20T15:00:00Z"));

    @Test
    void anEmptyFilterKeepsEverything() {
        assertThat(HistoryFilter.all(BOGOTA).apply(history)).isEqualTo(history);
        assertThat(HistoryFilter.all(BOGOTA).isEmpty()).isTrue();
    }

    @Test
    void textIgnoresAccentsAndCaseAndAlsoFindsTheAccount() {
        assertThat(new HistoryFilter("COBRANZA", null, null, null, null, BOGOTA).apply(history))
                .extracting(CampaignRecord::name).containsExactly("Cobranza diciembre");
        assertThat(new HistoryFilter("aviso de córte", null, null, null, null, BOGOTA).apply(history))
                .extracting(CampaignRecord::name).containsExactly("Aviso de corte");
        assertThat(new HistoryFilter("meetzy princ", null, null, null, null, BOGOTA).apply(history))
                .extracting(CampaignRecord::name).containsExactly("Recordatorio cita");
    }

    @Test
    void providerStateAndDaysCombine() {
        assertThat(new HistoryFilter(null, null, CampaignState.SENT, null, null, BOGOTA).apply(history))
                .extracting(CampaignRecord::name).containsExactly("Cobranza diciembre", "Aviso de corte");
        assertThat(new HistoryFilter(null, ProviderId.ROUTEE, CampaignState.SENT, null, null, BOGOTA).apply(history))
                .extracting(CampaignRecord::name).containsExactly("Aviso de corte");
        // 2026-12-01T03:00Z is still 30 November in Bogotá: the days are the user's
        assertThat(new HistoryFilter(null, null, null, LocalDate.of(2026, 12, 1), null, BOGOTA).apply(history))
                .extracting(CampaignRecord::name).containsExactly("Cobranza diciembre", "Recordatorio cita");
        assertThat(new HistoryFilter(null, null, null, LocalDate.of(2026, 11, 30), LocalDate.of(2026, 12, 4), BOGOTA)
                .apply(history)).extracting(CampaignRecord::name).containsExactly("Recordatorio cita", "Aviso de corte");
    }

    private static CampaignRecord sent(String name, app.vocero.domain.Operator by) {
        Instant at = Instant.parse("2026-12-05T15:00:00Z");
        return new CampaignRecord(name, name, ProviderId.SAEM, "Saem principal", "/d.vocero.json", 10, CampaignState.SENT,
                at, at, null, by);
    }

    @Test
    void whoSentCombinesWithTheRestAndLeavesOutCampaignsOfNoKnownSender() {
        app.vocero.domain.Operator ana = new app.vocero.domain.Operator("ana", "PC-VENTAS-3");
        app.vocero.domain.Operator anaAtHome = new app.vocero.domain.Operator("Ana", "PORTATIL");
        app.vocero.domain.Operator luis = new app.vocero.domain.Operator("luis", "PC-COBROS-1");
        List<CampaignRecord> team = List.of(sent("Cobranza", ana), sent("Aviso", luis), sent("Encuesta", anaAtHome),
                sent("Antigua", null));

        assertThat(HistoryFilter.all(BOGOTA).sentBy("ana").apply(team)).extracting(CampaignRecord::name)
                .containsExactly("Cobranza", "Encuesta");
        assertThat(HistoryFilter.all(BOGOTA).sentBy("ana@portatil").apply(team)).extracting(CampaignRecord::name)
                .containsExactly("Encuesta");
        assertThat(new HistoryFilter("cobr", null, null, null, null, BOGOTA, "ana").apply(team))
                .extracting(CampaignRecord::name).containsExactly("Cobranza");
        assertThat(HistoryFilter.all(BOGOTA).sentBy("luis").isEmpty()).isFalse();
        assertThat(HistoryFilter.all(BOGOTA).sentBy(null).apply(team)).hasSize(4);
        assertThat(HistoryFilter.all(BOGOTA).sentBy("  ").isEmpty()).isTrue();
    }

    @Test
    void thePeopleOfAHistoryAreEachNamedOnceInOrder() {
        List<CampaignRecord> team = List.of(sent("a", new app.vocero.domain.Operator("luis", "PC-1")),
                sent("b", new app.vocero.domain.Operator("ana", "PC-2")),
                sent("c", new app.vocero.domain.Operator("Ana", "PORTATIL")), sent("d", null));

        assertThat(HistoryFilter.senders(team)).containsExactly("ana", "luis");
        assertThat(HistoryFilter.senders(history)).isEmpty();
    }
}
