package app.vocero.bench;

import app.vocero.campaign.CallingHours;
import app.vocero.campaign.CampaignChecks;
import app.vocero.domain.ContactField;
import app.vocero.domain.ContactTable;
import app.vocero.domain.PhoneCheck;
import app.vocero.domain.campaign.Draft;
import app.vocero.domain.campaign.Finding;
import app.vocero.domain.campaign.Message;
import app.vocero.domain.campaign.ProviderId;
import app.vocero.domain.campaign.Schedule;
import app.vocero.domain.campaign.Template;
import app.vocero.provider.CampaignInput;
import app.vocero.provider.PlannedRequest;
import app.vocero.provider.ProviderPlan;
import app.vocero.provider.TemplateStats;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * {@code vocero bench campaign}: the Saem custom JSON body for 200,000 contacts (render + JSON, streamed), the
 * Parquet form for 500,000, and the whole pre-flight (common checks + Saem rules + template pass) for 500,000.
 * Prints the best of several runs after warm-up; figures, not pass/fail.
 */
public final class CampaignBenchmark {

    private final ProviderPlan saem;
    private final PrintWriter out;

    public CampaignBenchmark(ProviderPlan saem, PrintWriter out) {
        this.saem = saem;
        this.out = out;
    }

    public void run(int runs) throws IOException {
        CampaignInput json = input(200_000);
        CampaignInput parquet = input(500_000);
        out.printf("%-44s %10s %12s%n", "step", "best ms", "bytes");
        measure("Saem custom JSON body, 200,000 contacts", runs, () -> body(json));
        measure("Saem Parquet form body, 500,000 contacts", runs, () -> body(parquet));
        measure("pre-flight (checks + Saem rules), 500,000", runs, () -> preflight(parquet));
    }

    private interface Step {
        long run() throws IOException;
    }

    private void measure(String name, int runs, Step step) throws IOException {
        long best = Long.MAX_VALUE;
        long result = 0;
        for (int i = 0; i < runs + 2; i++) {
            long started = System.nanoTime();
            result = step.run();
            long ms = (System.nanoTime() - started) / 1_000_000;
            if (i >= 2) {
                best = Math.min(best, ms);
            }
        }
        out.printf("%-44s %10d %12d%n", name, best, result);
        out.flush();
    }

    /** Writes the campaign request's body to nowhere, counting bytes. */
    private long body(CampaignInput input) throws IOException {
        List<PlannedRequest> requests = saem.requests(input, saem.defaultBaseUrl());
        Counter counter = new Counter();
        requests.get(requests.size() - 1).body().writeTo(counter);
        return counter.bytes;
    }

    private long preflight(CampaignInput bare) {
        Template template = bare.template().orElseThrow();
        CampaignInput input = new CampaignInput(bare.draft(), bare.contacts(), bare.template(),
                Optional.of(TemplateStats.of(template, bare.contacts())), bare.zone(), bare.now());
        List<Finding> findings = new ArrayList<>(new CampaignChecks(CallingHours.DEFAULT)
                .check(input, bare.contacts().size(), saem.maxMessageLength()));
        findings.addAll(saem.check(input));
        return findings.size();
    }

    static CampaignInput input(int size) {
        SplittableRandom random = new SplittableRandom(7);
        String[] names = {"José", "María", "Ana", "Luis", "Andrés", "Sofía", "Camilo", "Valentina"};
        ContactTable.Builder builder = ContactTable.builder(Set.of(ContactField.PHONE, ContactField.NAME, ContactField.BALANCE),
                List.of("Ciudad"));
        for (int i = 0; i < size; i++) {
            String national = Long.toString(3_000_000_000L + i * 7L);
            builder.add(i + 2, PhoneCheck.valid("+57" + national, national, "CO", i % 3 == 0 ? "Claro" : "Tigo"),
                    new String[] {national, names[random.nextInt(names.length)], Integer.toString(random.nextInt(900_000))},
                    new String[] {i % 2 == 0 ? "Bogotá" : "Cali"});
        }
        ContactTable contacts = builder.build();
        Message.Tts tts = new Message.Tts("Hola {N}, su saldo de {S} pesos vence mañana en {Ciudad}.", "Maria", null, null, Map.of());
        Schedule window = new Schedule(LocalDateTime.of(2030, 12, 1, 8, 0), LocalDateTime.of(2030, 12, 1, 18, 0), 1,
                List.of("nocontesta"), List.of(), Map.of());
        Draft draft = new Draft(1, "Benchmark", ProviderId.SAEM, "Sandbox Saem", null, tts, List.of(window), "-05:00",
                Map.of("mailbox", false), Map.of());
        return new CampaignInput(draft, contacts, Optional.of(Template.of(tts)), Optional.empty(),
                ZoneOffset.of("-05:00"), Instant.parse("2030-01-01T00:00:00Z"));
    }

    private static final class Counter extends OutputStream {
        private long bytes;

        @Override
        public void write(int b) {
            bytes++;
        }

        @Override
        public void write(byte[] buffer, int offset, int length) {
            bytes += length;
        }
    }
}
