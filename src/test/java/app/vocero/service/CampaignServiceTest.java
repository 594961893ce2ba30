package app.vocero.service;

import static org.assertj.core.api.Assertions.assertThat;

import app.vocero.campaign.CallingHours;
import app.vocero.campaign.CampaignChecks;
import app.vocero.config.Messages;
import app.vocero.contacts.ContactImporter;
import app.vocero.domain.campaign.Finding;
import app.vocero.domain.campaign.PriceTable;
import app.vocero.domain.campaign.ProviderId;
import app.vocero.provider.CampaignInput;
import app.vocero.provider.PlannedRequest;
import app.vocero.provider.ProviderPlan;
import app.vocero.provider.RequestBody;
import app.vocero.provider.Secrets;
import app.vocero.store.ContactListRepository;
import app.vocero.store.Database;
import app.vocero.store.DoNotCallRepository;
import app.vocero.store.PriceTableRepository;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CampaignServiceTest {

    /** A provider that checks one thing and sends one JSON request per draft. */
    static final class OnePlan implements ProviderPlan {
        @Override
        public ProviderId id() {
            return ProviderId.SAEM;
        }

        @Override
        public String defaultBaseUrl() {
            return "https://example.test";
        }

        @Override
        public List<Finding> check(CampaignInput input) {
            return input.draft().option("mailbox") == null
                    ? List.of(Finding.info("test.mailbox", "options.mailbox", "No mailbox option.", "Sin opción mailbox."))
                    : List.of();
        }

        @Override
        public int providerCampaigns(CampaignInput input) {
            return input.draft().schedules().size();
        }

        @Override
        public List<PlannedRequest> requests(CampaignInput input, String baseUrl) {
            return List.of(new PlannedRequest("send", "POST", baseUrl + "/send", Map.of("x-auth", Secrets.placeholder("apiKey")),
                    "application/json", RequestBody.of("{\"n\":" + input.contacts().size() + "}"), input.contacts().size()));
        }
    }

    @TempDir
    Path dir;
    private Database database;
    private CampaignService service;
    private PriceTableRepository prices;

    @BeforeEach
    void open() throws Exception {
        database = Database.open(dir.resolve("data"), Messages.of(Locale.ENGLISH));
        Clock clock = Clock.fixed(Instant.parse("2026-11-22T12:00:00Z"), ZoneOffset.UTC);
        ContactListService lists = new ContactListService(new ContactListRepository(database),
                new DoNotCallRepository(database), new ContactImporter(1), clock);
        prices = new PriceTableRepository(database);
        service = new CampaignService(lists, prices, Map.of(ProviderId.SAEM, new OnePlan()),
                new CampaignChecks(CallingHours.DEFAULT), clock);
        Files.writeString(dir.resolve("contactos.csv"), "Nombre;Celular;Saldo\nJosé;3001234567;10\nAna;3101234567;20\nLuis;99;0\n");
    }

    @AfterEach
    void close() {
        database.close();
    }

    private Path draft(String provider, String template) throws Exception {
        return Files.writeString(dir.resolve("d.vocero.json"), """
                {"version": 1, "name": "Cobranza", "provider": "%s", "account": "Principal",
                 "contacts": {"file": "contactos.csv", "country": "CO"},
                 "message": {"type": "tts", "template": "%s", "voice": "Maria"},
                 "schedules": [{"start": "2026-12-01T08:00", "end": "2026-12-01T18:00", "retries": 1, "retryOn": ["buzon"]},
                               {"start": "2026-12-02T08:00", "end": "2026-12-02T18:00"}],
                 "timezone": "America/Bogota"}
                """.formatted(provider, template));
    }

    @Test
    void aGoodDraftGetsTheProvidersFindingsAnEstimateAndItsRequests() throws Exception {
        prices.put("Principal", new PriceTable(PriceTable.Unit.PER_CALL, new BigDecimal("100"), "COP"));

        CampaignCheck check = service.check(draft("saem", "Hola {N}, debe {S}"), Progress.NONE);

        assertThat(check.findings()).extracting(Finding::code).containsExactly("test.mailbox");
        assertThat(check.hasErrors()).isFalse();
        assertThat(check.estimate()).hasValueSatisfying(estimate -> {
            assertThat(estimate.records()).isEqualTo(2);
            assertThat(estimate.providerCampaigns()).isEqualTo(2);
            assertThat(estimate.calls()).isEqualTo(4);
            assertThat(estimate.requests()).isEqualTo(1);
            assertThat(estimate.cost()).isEqualByComparingTo("400");
        });
        List<PlannedRequest> requests = service.requests(check);
        assertThat(requests).singleElement().satisfies(request -> assertThat(request.records()).isEqualTo(2));
        assertThat(RequestPreview.of(requests.get(0)).headers()).containsEntry("x-auth", Secrets.MASK);
        assertThat(RequestPreview.of(requests.get(0)).body()).isEqualTo("{\"n\":2}");
    }

    @Test
    void draftsWithErrorsGetNoRequestsButTheEstimateStillCountsThem() throws Exception {
        CampaignCheck check = service.check(draft("saem", "Hola {Barrio}"), Progress.NONE);

        assertThat(check.findings()).extracting(Finding::code).contains("template.unknownTag");
        assertThat(service.requests(check)).isEmpty();
        // the estimate says what it would send, not "0 requests" because of the errors
        assertThat(check.estimate()).hasValueSatisfying(estimate -> assertThat(estimate.requests()).isEqualTo(1));
    }

    @Test
    void aMissingContactFileIsAFindingNotACrash() throws Exception {
        Files.delete(dir.resolve("contactos.csv"));
        CampaignCheck check = service.check(draft("saem", "Hola"), Progress.NONE);
        assertThat(check.findings()).filteredOn(finding -> finding.code().equals("contacts.file")).singleElement()
                .satisfies(finding -> assertThat(finding.english()).contains("contactos.csv").contains("not found"));
        assertThat(check.estimate()).isEmpty();
    }

    @Test
    void aDraftCannotMakeVoceroReadAFileThatIsNotAContactFile() throws Exception {
        Path secret = Files.writeString(dir.resolve("shadow"), "root:$6$secreto:19000:0:99999:7:::\n");
        Path draft = Files.writeString(dir.resolve("hostil.vocero.json"), """
                {"version": 1, "name": "Hostil", "provider": "saem", "account": "Principal",
                 "contacts": {"file": "%s", "country": "CO"},
                 "message": {"type": "tts", "template": "Hola", "voice": "Maria"},
                 "schedules": [{"start": "2026-12-01T08:00", "end": "2026-12-01T18:00"}],
                 "timezone": "America/Bogota"}
                """.formatted(secret.toString()));

        CampaignCheck check = service.check(draft, Progress.NONE);

        assertThat(check.findings()).filteredOn(finding -> finding.code().equals("contacts.file")).singleElement()
                .satisfies(finding -> {
                    assertThat(finding.english()).contains("\"shadow\" is not a contact file").contains(".csv");
                    assertThat(finding.spanish()).contains("no es un archivo de contactos");
                });
        assertThat(check.findings()).allSatisfy(finding -> assertThat(finding.english() + finding.spanish())
                .doesNotContain("root").doesNotContain("secreto"));
    }

    @Test
    void aProviderWithoutAPlanIsNamed() throws Exception {
        CampaignCheck check = service.check(draft("routee", "Hola"), Progress.NONE);
        assertThat(check.findings()).extracting(Finding::code).contains("provider.unsupported");
    }

    @Test
    void aDraftThatKeepsOneCallingCodeCallsOnlyThoseNumbersAndSaysSo() throws Exception {
        Files.writeString(dir.resolve("contactos.csv"),
                "Nombre;Celular\nJosé;3001234567\nAna;3101234567\nJohn;+1 212 555 0123\n");
        String json = Files.readString(draft("saem", "Hola {N}"))
                .replace("\"country\": \"CO\"", "\"country\": \"CO\", \"onlyCallingCode\": \"57\"");
        Path file = Files.writeString(dir.resolve("d.vocero.json"), json);

        CampaignCheck check = service.check(file, Progress.NONE);

        assertThat(check.input()).hasValueSatisfying(input -> assertThat(input.contacts().size()).isEqualTo(2));
        assertThat(check.findings()).filteredOn(finding -> finding.code().equals("contacts.onlyCallingCode"))
                .singleElement().satisfies(finding -> assertThat(finding.english())
                        .contains("+57").contains("(2)").contains("1 numbers of other countries"));
        assertThat(service.requests(check)).singleElement()
                .satisfies(request -> assertThat(request.records()).isEqualTo(2));
    }
}
