package app.vocero.cli;

import static org.assertj.core.api.Assertions.assertThat;

import app.vocero.config.Messages;
import app.vocero.domain.ContactListSummary;
import app.vocero.domain.ContactTable;
import app.vocero.domain.Operator;
import app.vocero.domain.campaign.CampaignRecord;
import app.vocero.domain.campaign.CampaignState;
import app.vocero.domain.campaign.ProviderId;
import app.vocero.store.CampaignRepository;
import app.vocero.store.ContactListRepository;
import app.vocero.store.Database;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code vocero history --by} and who sent or imported what, in a history two desktops wrote. */
class HistoryByCommandTest {

    private static final Operator ANA = new Operator("ana", "PC-VENTAS-3");
    private static final Operator LUIS = new Operator("luis", "PC-COBROS-1");

    @TempDir
    Path dir;
    private StringWriter out;

    @BeforeEach
    void twoDesktopsWroteTheHistory() throws Exception {
        try (Database database = Database.open(dir.resolve("data"), Messages.of(Locale.ENGLISH))) {
            CampaignRepository history = new CampaignRepository(database);
            history.create(campaign("Cobranza diciembre", ANA, "2026-12-01T15:00:00Z"), "{}", ContactTable.empty());
            history.create(campaign("Aviso de corte", LUIS, "2026-12-02T15:00:00Z"), "{}", ContactTable.empty());
            history.create(campaign("Encuesta antigua", null, "2026-01-02T15:00:00Z"), "{}", ContactTable.empty());
            new ContactListRepository(database).save(new ContactListSummary("l1", "Clientes", "/d/clientes.csv", "csv",
                    "CO", Instant.parse("2026-12-01T10:00:00Z"), 3, 1, 0, 0, 2, ANA), "{}", ContactTable.empty());
        }
    }

    private static CampaignRecord campaign(String name, Operator by, String when) {
        Instant at = Instant.parse(when);
        return new CampaignRecord(name.toLowerCase(Locale.ROOT).replace(' ', '-'), name, ProviderId.SAEM, "Saem sandbox",
                "/d/x.vocero.json", 2, CampaignState.SENT, at, at, null, by);
    }

    private int run(String... args) {
        out = new StringWriter();
        List<String> all = new ArrayList<>(List.of("--data-dir", dir.resolve("data").toString()));
        all.addAll(List.of(args));
        CommandLine commandLine = new VoceroCommand(path -> 0, Locale.ENGLISH).commandLine();
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(out, true));
        return commandLine.execute(all.toArray(String[]::new));
    }

    @Test
    void theHistorySaysWhoSentEachCampaignAndOlderOnesShowNoOne() {
        assertThat(run("history")).isZero();
        assertThat(out.toString()).contains("SENT BY").contains("ana @ PC-VENTAS-3").contains("luis @ PC-COBROS-1");
        String old = out.toString().lines().filter(line -> line.contains("Encuesta antigua")).findFirst().orElseThrow();
        assertThat(old).contains("—");
    }

    @Test
    void byKeepsOnePersonsCampaigns() throws Exception {
        assertThat(run("history", "--by", "luis")).isZero();
        assertThat(out.toString()).contains("Aviso de corte").doesNotContain("Cobranza diciembre")
                .doesNotContain("Encuesta antigua");

        assertThat(run("history", "--by", "ANA@pc-ventas-3", "--json")).isZero();
        JsonNode campaigns = new ObjectMapper().readTree(out.toString());
        assertThat(campaigns).hasSize(1);
        assertThat(campaigns.get(0).get("name").asText()).isEqualTo("Cobranza diciembre");
        assertThat(campaigns.get(0).get("sent_by").get("user").asText()).isEqualTo("ana");
        assertThat(campaigns.get(0).get("sent_by").get("host").asText()).isEqualTo("PC-VENTAS-3");

        assertThat(run("history", "--json")).isZero();
        assertThat(new ObjectMapper().readTree(out.toString()).get(2).get("sent_by").isNull()).isTrue();
    }

    @Test
    void someoneWhoSentNothingIsToldWhoDid() {
        assertThat(run("history", "--by", "pedro")).isZero();
        assertThat(out.toString()).contains("No campaign sent by pedro. People in the history: ana, luis");
        assertThat(run("--lang", "es", "history", "--by", "pedro")).isZero();
        assertThat(out.toString()).contains("Ninguna campaña enviada por pedro. Personas en el historial: ana, luis");
    }

    @Test
    void theListsSayWhoImportedThem() throws Exception {
        assertThat(run("contacts", "lists")).isZero();
        assertThat(out.toString()).contains("IMPORTED BY").contains("ana @ PC-VENTAS-3");
        assertThat(run("contacts", "lists", "--json")).isZero();
        assertThat(new ObjectMapper().readTree(out.toString()).get(0).get("imported_by").get("user").asText())
                .isEqualTo("ana");
        assertThat(run("--lang", "es", "contacts", "lists")).isZero();
        assertThat(out.toString()).contains("IMPORTADA POR");
    }

    @Test
    void aCampaignSentFromHereSaysThisDesktopSentIt() throws Exception {
        Files.copy(Path.of("assets", "examples", "saem.vocero.json"), dir.resolve("saem.vocero.json"));
        try (var files = Files.list(Path.of("assets", "examples"))) {
            for (Path file : files.filter(file -> !file.getFileName().toString().endsWith(".vocero.json")).toList()) {
                Files.copy(file, dir.resolve(file.getFileName()));
            }
        }
        assertThat(run("campaign", "send", dir.resolve("saem.vocero.json").toString(), "--yes")).as(out.toString()).isZero();

        Operator here = Operator.thisDesktop();
        assertThat(run("history", "--by", here.user() + "@" + here.host(), "--json")).isZero();
        JsonNode mine = new ObjectMapper().readTree(out.toString());
        assertThat(mine).hasSize(1);
        assertThat(mine.get(0).get("provider").asText()).isEqualTo("saem");
    }
}
