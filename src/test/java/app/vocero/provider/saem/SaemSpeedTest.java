package app.vocero.provider.saem;

import static app.vocero.provider.saem.SaemTestDrafts.custom;
import static app.vocero.provider.saem.SaemTestDrafts.input;
import static org.assertj.core.api.Assertions.assertThat;

import app.vocero.domain.ContactTable;
import app.vocero.provider.CampaignInput;
import app.vocero.provider.PlannedRequest;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Prints how long the bodies take to write (rendering included) for the document's limits: 200,000 custom
 * contacts as JSON, 500,000 as Parquet. No timing assertion: machines differ; the numbers go in the report.
 */
class SaemSpeedTest {

    private static final int ROUNDS = 10;

    @Test
    void customBodiesAtTheDocumentsLimits() throws IOException {
        long start = System.nanoTime();
        SaemMultipart.write(SaemCampaign.of(input(custom(SaemTestDrafts::none), SaemTestDrafts.debtors())), new Counting());
        System.out.printf("Saem Parquet form of 3 contacts (cold Parquet stack in this JVM?): %.3f s%n",
                (System.nanoTime() - start) / 1e9);
        time("JSON /send/massive", SaemTestDrafts.colombians(200_000), "send/massive");
        time("Parquet /send/massive/parquet", SaemTestDrafts.colombians(500_000), "send/massive/parquet");
    }

    private static void time(String label, ContactTable contacts, String step) throws IOException {
        CampaignInput input = input(custom(SaemTestDrafts::none), contacts);
        long best = Long.MAX_VALUE;
        long first = 0;
        long bytes = 0;
        for (int round = 0; round < ROUNDS; round++) {
            long start = System.nanoTime();
            List<PlannedRequest> requests = new SaemPlan().requests(input, SaemPlan.BASE_URL);
            Counting out = new Counting();
            requests.get(0).body().writeTo(out);
            long took = System.nanoTime() - start;
            first = round == 0 ? took : first;
            best = Math.min(best, took);
            bytes = out.count;
            assertThat(requests.get(0).step()).isEqualTo(step);
        }
        System.out.printf("Saem %s: %,d custom contacts, %,d bytes, first %.3f s, best of %d (warm) %.3f s%n", label,
                contacts.size(), bytes, first / 1e9, ROUNDS, best / 1e9);
    }

    /** Counts bytes and throws them away, as a fast network would. */
    private static final class Counting extends OutputStream {
        long count;

        @Override
        public void write(int b) {
            count++;
        }

        @Override
        public void write(byte[] b, int off, int len) {
            count += len;
        }
    }
}
