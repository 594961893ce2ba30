package app.vocero.contacts.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Mutates valid files of every format (flip, insert, delete, truncate bytes) with a fixed seed and reads every row:
 * the readers may only ever fail with {@link ContactFileException}.
 */
class ReaderFuzzTest {

    static {
        TestLogging.quiet();
    }

    /** Fixed; {@code -Dfuzz.seed=… -Dfuzz.iterations=…} explore further by hand. */
    private static final long SEED = Long.getLong("fuzz.seed", 20_261_201L);
    private static final int ITERATIONS = Integer.getInteger("fuzz.iterations", 300);
    private static final long TIME_BUDGET_MS = Long.getLong("fuzz.budget.ms", 60_000L);

    @TempDir
    Path dir;

    @Test
    void mutatedFilesOnlyEverFailWithContactFileException() throws Exception {
        Map<String, byte[]> seeds = seedFiles();
        List<String> names = new ArrayList<>(seeds.keySet());
        Random random = new Random(SEED);
        long start = System.currentTimeMillis();
        int read = 0;
        int rejected = 0;
        int done = 0;
        for (int i = 0; i < ITERATIONS && System.currentTimeMillis() - start < TIME_BUDGET_MS; i++) {
            String name = names.get(i % names.size());
            byte[] mutated = mutate(seeds.get(name), random);
            Path file = dir.resolve("fuzz-" + i + "-" + name);
            Files.write(file, mutated);
            try {
                Rows rows = Rows.read(file);
                assertThat(rows.rows()).allSatisfy(r -> assertThat(r.cells()).doesNotContainNull());
                read++;
            } catch (ContactFileException e) {
                assertThat(e.reasonCode()).isNotBlank();
                assertThat(e.getMessage()).startsWith(file.getFileName().toString());
                rejected++;
            } catch (Throwable t) {
                fail("iteration " + i + " (" + name + ", seed " + SEED + ") threw " + t, t);
            }
            Files.delete(file);
            done++;
        }
        System.out.printf("fuzz: %d mutated files, %d read, %d rejected with ContactFileException%n",
                done, read, rejected);
        assertThat(read + rejected).isEqualTo(done).isGreaterThan(50);
    }

    private Map<String, byte[]> seedFiles() throws IOException {
        Map<String, byte[]> seeds = new LinkedHashMap<>();
        seeds.put("a.csv", ("nombre;telefono;nota\r\n\"Peña, José\";3001234567;\"dos\r\nlíneas\"\r\n\r\n"
                + "Ana;3001234568;x\r\n").getBytes(TextEncoding.WINDOWS_1252));
        seeds.put("b.xlsx", Files.readAllBytes(RowReadersTest.xlsx(dir.resolve("seed.xlsx"), 40)));
        for (CompressionCodecName codec : List.of(CompressionCodecName.UNCOMPRESSED, CompressionCodecName.SNAPPY,
                CompressionCodecName.GZIP, CompressionCodecName.ZSTD, CompressionCodecName.LZ4_RAW)) {
            seeds.put("c-" + codec + ".parquet", Files.readAllBytes(
                    RowReadersTest.parquet(dir.resolve("seed-" + codec + ".parquet"), 120, codec)));
        }
        seeds.put("d.json", ("{\"subService\": \"custom\", \"numbers\": [{\"number\": 3001234567, \"content\": \"Hola\"},"
                + " {\"number\": \"3001234568\", \"content\": {\"x\": [1, 2.5e3]}}, 3001234569]}")
                .getBytes(StandardCharsets.UTF_8));
        seeds.put("e.json", "[3001234567, \"3001234568\", null, true]".getBytes(StandardCharsets.UTF_8));
        return seeds;
    }

    static byte[] mutate(byte[] original, Random random) {
        byte[] data = original.clone();
        int operations = 1 + random.nextInt(4);
        for (int k = 0; k < operations && data.length > 0; k++) {
            int at = random.nextInt(data.length);
            switch (random.nextInt(4)) {
                case 0 -> data[at] ^= (byte) (1 << random.nextInt(8));
                case 1 -> {
                    byte[] grown = new byte[data.length + 1 + random.nextInt(8)];
                    System.arraycopy(data, 0, grown, 0, at);
                    for (int j = at; j < at + grown.length - data.length; j++) {
                        grown[j] = (byte) random.nextInt(256);
                    }
                    System.arraycopy(data, at, grown, at + grown.length - data.length, data.length - at);
                    data = grown;
                }
                case 2 -> {
                    int len = Math.min(data.length - at, 1 + random.nextInt(8));
                    byte[] shrunk = new byte[data.length - len];
                    System.arraycopy(data, 0, shrunk, 0, at);
                    System.arraycopy(data, at + len, shrunk, at, data.length - at - len);
                    data = shrunk;
                }
                default -> data = Arrays.copyOf(data, at);
            }
        }
        return data;
    }
}
