package app.vocero.contacts;

import static org.assertj.core.api.Assertions.assertThat;

import app.vocero.contacts.read.ContactFileException;
import app.vocero.contacts.read.SourceRow;
import app.vocero.domain.ImportResult;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Prints the import's throughput on 500,000 generated Colombian rows (Claro, Movistar and Tigo prefixes, about 5 %
 * invalid, about 3 % repeats). No timing assertion: the machine decides; the counts are checked.
 */
class ImportThroughputTest {

    static final int ROWS = 500_000;
    private static final String[] PREFIXES = {"3102", "3113", "3125", "3204", "3216", "3222", // Claro
        "3152", "3163", "3174", "3185", "3195",                                                // Movistar
        "3002", "3014", "3023", "3043", "3053"};                                               // Tigo
    private static final String[] BAD = {"3240123456", "30012", "sin número", "5,73002E+11", "", "300123456789"};

    static List<SourceRow> colombianRows(int count, long seed) {
        Random random = new Random(seed);
        List<SourceRow> rows = new ArrayList<>(count);
        List<String> earlier = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            int dice = random.nextInt(100);
            String phone;
            if (dice < 5) {
                phone = BAD[random.nextInt(BAD.length)];
            } else if (dice < 7 && !earlier.isEmpty()) { // 2 % written again; random repeats add ~1.4 %
                phone = "+57 " + earlier.get(random.nextInt(earlier.size()));
            } else {
                phone = PREFIXES[random.nextInt(PREFIXES.length)] + String.format("%06d", random.nextInt(1_000_000));
                if (earlier.size() < 50_000) {
                    earlier.add(phone);
                }
                if (random.nextBoolean()) {
                    phone = phone.substring(0, 3) + " " + phone.substring(3, 6) + " " + phone.substring(6);
                }
            }
            rows.add(new SourceRow(i + 2, List.of("Cliente " + i, phone, String.valueOf(random.nextInt(900_000)),
                    "Bogotá")));
        }
        return rows;
    }

    @Test
    void printsThroughputOnHalfAMillionColombianRows() throws ContactFileException {
        List<SourceRow> data = colombianRows(ROWS, 42);
        List<SourceRow> withHeader = new ArrayList<>(ROWS + 1);
        withHeader.add(new SourceRow(1, List.of("Nombre", "Celular", "Saldo", "Ciudad")));
        withHeader.addAll(data);
        ContactImporter importer = new ContactImporter();
        ImportResult result = null;
        for (int run = 1; run <= 5; run++) {
            long started = System.nanoTime();
            result = importer.importRows(RowsInMemory.of(withHeader), Path.of("bench.csv"),
                    ImportOptions.forCountry("CO"), Suppression.NONE, ImportProgress.NONE);
            long ms = (System.nanoTime() - started) / 1_000_000;
            System.out.printf("import of %,d rows, run %d (%s): %,d ms = %,.0f rows/s on %d cores%n", ROWS, run,
                    run == 1 ? "cold JVM" : "warm", ms, ROWS * 1000.0 / Math.max(1, ms),
                    Runtime.getRuntime().availableProcessors());
        }
        System.out.printf("rows %,d invalid %,d duplicates %,d unique %,d operators %s%n", result.rows(),
                result.invalid(), result.duplicates(), result.uniqueValid(), result.operators());

        assertThat(result.rows()).isEqualTo(ROWS);
        assertThat(result.invalid()).isBetween(ROWS * 4L / 100, ROWS * 6L / 100);
        assertThat(result.duplicates()).isBetween(ROWS * 2L / 100, ROWS * 4L / 100);
        assertThat(result.uniqueValid()).isEqualTo(result.contacts().size())
                .isEqualTo(result.valid() - result.duplicates() - result.suppressed());
        assertThat(result.operators()).containsKeys("Claro", "Movistar", "Tigo");
    }
}
