package app.vocero.bench;

import app.vocero.domain.ContactField;
import app.vocero.domain.ContactListSummary;
import app.vocero.domain.ContactTable;
import app.vocero.domain.PhoneCheck;
import app.vocero.domain.campaign.CampaignRecord;
import app.vocero.domain.campaign.CampaignState;
import app.vocero.domain.campaign.HistoryFilter;
import app.vocero.domain.campaign.ProviderId;
import app.vocero.store.CampaignRepository;
import app.vocero.store.ContactListRepository;
import app.vocero.store.Database;
import java.io.PrintWriter;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.function.LongSupplier;

/**
 * {@code vocero bench team}: issue 13's bars on a team database — a 500,000-contact list saved to and loaded from it
 * (≤ 2 s each), and a history of 10,000 campaigns opened and filtered (≤ 200 ms). It fills the database it is given
 * with generated campaigns ({@code bench-…} ids, kept for the next run) and deletes its lists after each run: give it
 * a database made for it ({@code createdb vocero_bench}). Figures, not pass/fail: min, median and max of the runs.
 */
public final class TeamBenchmark {

    /** Ids of what this benchmark creates; a database holding other campaigns is refused. */
    public static final String PREFIX = "bench-";

    private final Database database;
    private final PrintWriter out;

    public TeamBenchmark(Database database, PrintWriter out) {
        this.database = database;
        this.out = out;
    }

    public void run(int contacts, int campaigns, int runs) {
        CampaignRepository history = new CampaignRepository(database);
        List<CampaignRecord> existing = history.all();
        if (existing.stream().anyMatch(campaign -> !campaign.id().startsWith(PREFIX))) {
            throw new IllegalArgumentException("This database holds campaigns that are not the benchmark's: give the "
                    + "benchmark a database of its own (createdb vocero_bench).");
        }
        long fill = time(() -> fill(history, existing.size(), campaigns));
        out.printf("database: %s; %,d generated campaigns in place (%,d ms to add the missing ones)%n",
                database.where(), campaigns, fill);
        ContactTable table = contacts(contacts);
        ContactListRepository lists = new ContactListRepository(database);
        List<Long> saves = new ArrayList<>();
        List<Long> loads = new ArrayList<>();
        for (int run = 0; run < runs; run++) {
            String id = PREFIX + "list-" + run + "-" + System.nanoTime();
            ContactListSummary summary = new ContactListSummary(id, "Benchmark " + run, "/bench/contacts.csv", "csv",
                    "CO", Instant.now(), contacts, 0, 0, 0, contacts);
            saves.add(time(() -> {
                lists.save(summary, "{}", table);
                return 0;
            }));
            long[] loaded = new long[1];
            loads.add(time(() -> {
                loaded[0] = lists.contacts(id).orElseThrow().size();
                return loaded[0];
            }));
            if (loaded[0] != contacts) {
                throw new IllegalStateException("the list came back with " + loaded[0] + " contacts");
            }
            lists.delete(id);
        }
        List<Long> opens = new ArrayList<>();
        List<Long> filters = new ArrayList<>();
        for (int run = 0; run < Math.max(runs, 5); run++) {
            List<List<CampaignRecord>> read = new ArrayList<>();
            opens.add(time(() -> {
                read.add(history.all());
                return read.get(0).size();
            }));
            int found = 0;
            long filtered = System.nanoTime();
            found = new HistoryFilter("cobranza 77", ProviderId.SAEM, null, null, null, ZoneId.systemDefault())
                    .apply(history.all()).size();
            filters.add((System.nanoTime() - filtered) / 1_000_000);
            if (found == 0) {
                throw new IllegalStateException("the filter found nothing");
            }
        }
        out.printf("%-46s %8s %8s %8s  %s%n", "step", "min ms", "median", "max ms", "bar");
        print(String.format("save a %,d-contact list", contacts), saves, "2000");
        print(String.format("load a %,d-contact list", contacts), loads, "2000");
        print(String.format("open the history (%,d campaigns)", campaigns), opens, "200");
        print(String.format("open + filter the history (%,d campaigns)", campaigns), filters, "200");
    }

    private void print(String step, List<Long> times, String bar) {
        List<Long> sorted = new ArrayList<>(times);
        Collections.sort(sorted);
        out.printf("%-46s %8d %8d %8d  %s ms%n", step, sorted.get(0), sorted.get(sorted.size() / 2),
                sorted.get(sorted.size() - 1), bar);
        out.flush();
    }

    private static long time(LongSupplier work) {
        long start = System.nanoTime();
        work.getAsLong();
        return (System.nanoTime() - start) / 1_000_000;
    }

    /** Adds generated campaigns until there are {@code wanted}: names, accounts and dates vary as a real history's. */
    private static long fill(CampaignRepository history, int have, int wanted) {
        ProviderId[] providers = ProviderId.values();
        CampaignState[] states = {CampaignState.SENT, CampaignState.SENT, CampaignState.SENT, CampaignState.REJECTED};
        Instant start = Instant.parse("2025-01-01T12:00:00Z");
        for (int i = have; i < wanted; i++) {
            Instant when = start.plusSeconds(i * 3_000L);
            history.create(new CampaignRecord(PREFIX + i, "Cobranza " + (i % 1000), providers[i % providers.length],
                    "Cuenta " + (i % 7), null, 1_000 + i % 5_000, states[i % states.length], when, when, null),
                    "{\"version\":1}", ContactTable.empty());
        }
        return wanted - have;
    }

    /** A list like a real one: Colombian mobiles, a name and a balance. */
    static ContactTable contacts(int count) {
        ContactTable.Builder builder = ContactTable.builder(Set.of(ContactField.PHONE, ContactField.NAME,
                ContactField.BALANCE), List.of("Ciudad"));
        String[] carriers = {"Claro", "Movistar", "Tigo"};
        for (int i = 0; i < count; i++) {
            String national = Long.toString(3_000_000_000L + i * 7L);
            builder.add(i + 2, PhoneCheck.valid("+57" + national, national, "CO", carriers[i % 3]),
                    new String[] {national, "Cliente " + (i % 5_000), Integer.toString(10_000 + i % 900_000)},
                    new String[] {i % 2 == 0 ? "Bogotá" : "Medellín"});
        }
        return builder.build();
    }
}
