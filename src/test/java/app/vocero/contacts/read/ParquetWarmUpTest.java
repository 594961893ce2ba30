package app.vocero.contacts.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ParquetWarmUpTest {

    @TempDir
    Path dir;

    @Test
    void theShippedSampleIsReadWholeAndItsCopyDeleted() throws Exception {
        assertThat(ParquetWarmUp.readSample(dir)).isEqualTo(32);

        try (Stream<Path> left = Files.list(dir)) {
            assertThat(left).isEmpty();
        }
    }

    @Test
    void theSampleHoldsTheColumnKindsOfARealExport() throws Exception {
        Path copy = dir.resolve("sample.parquet");
        try (var in = ParquetWarmUp.class.getResourceAsStream(ParquetWarmUp.SAMPLE)) {
            Files.copy(in, copy);
        }
        try (RowReader reader = RowReaders.open(copy, ReadOptions.defaults())) {
            assertThat(reader.format()).isEqualTo("parquet");
            assertThat(reader.declaredColumns()).contains(List.of("Celular", "Nombre", "Saldo"));
            assertThat(reader.next().cells()).containsExactly("3001000000", "Ana", "");
            assertThat(reader.next().cells()).containsExactly("3001007919", "Luis", "1000");
        }
    }

    @Test
    void onlyAParquetNameIsWarmedUp() throws InterruptedException {
        assertThat(ParquetWarmUp.isParquet(Path.of("/datos/Contactos.PARQUET"))).isTrue();
        assertThat(ParquetWarmUp.isParquet(Path.of("contactos.csv"))).isFalse();
        assertThat(ParquetWarmUp.isParquet(Path.of("parquet"))).isFalse();
        assertThat(ParquetWarmUp.isParquet(Path.of("/"))).isFalse();
        assertThat(ParquetWarmUp.startFor(Path.of("contactos.xlsx"))).isEmpty();
        Thread thread = ParquetWarmUp.startFor(Path.of("no-such-dir", "contactos.parquet")).orElseThrow();
        assertThat(thread.isDaemon()).isTrue();
        thread.join(30_000);
        assertThat(thread.isAlive()).isFalse();
    }

    @Test
    void aFailedWarmUpEndsQuietly() throws InterruptedException {
        List<Throwable> escaped = new CopyOnWriteArrayList<>();
        Thread.UncaughtExceptionHandler previous = Thread.getDefaultUncaughtExceptionHandler();
        Thread.setDefaultUncaughtExceptionHandler((t, e) -> escaped.add(e));
        String tmp = System.getProperty("java.io.tmpdir");
        try {
            System.setProperty("java.io.tmpdir", dir.resolve("missing").toString()); // the copy cannot be made
            Thread thread = ParquetWarmUp.startFor(Path.of("contactos.parquet")).orElseThrow();
            thread.join(30_000);
        } finally {
            System.setProperty("java.io.tmpdir", tmp);
            Thread.setDefaultUncaughtExceptionHandler(previous);
        }
        assertThat(escaped).isEmpty();
    }
}
