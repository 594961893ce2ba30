package app.vocero.contacts.read;

import static org.assertj.core.api.Assertions.assertThat;

import app.vocero.contacts.read.ParquetContactsWriter.ColumnType;
import java.io.BufferedWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Prints read speeds of 500k-row files (no timing assertion: machines differ); asserts the rows read. */
class ReadSpeedTest {

    static {
        TestLogging.quiet();
    }

    private static final int ROWS = 500_000;
    private static final int RUNS = 6;

    @TempDir
    Path dir;

    @Test
    void parquetAndCsvOf500kRows() throws Exception {
        Path parquet = dir.resolve("speed.parquet");
        long t0 = System.nanoTime();
        try (ParquetContactsWriter w = ParquetContactsWriter.to(parquet)
                .column("number", ColumnType.INT64, false)
                .column("name", ColumnType.STRING, false)
                .column("content", ColumnType.STRING, false)
                .codec(CompressionCodecName.ZSTD).open()) {
            for (int i = 0; i < ROWS; i++) {
                w.write(3_000_000_000L + i * 7L, "Cliente " + i, "Hola, su saldo es " + (i % 97));
            }
        }
        long writeMs = (System.nanoTime() - t0) / 1_000_000;
        t0 = System.nanoTime();
        try (ParquetContactsWriter w = ParquetContactsWriter.to(dir.resolve("again.parquet"))
                .column("number", ColumnType.INT64, false)
                .column("name", ColumnType.STRING, false)
                .column("content", ColumnType.STRING, false)
                .codec(CompressionCodecName.ZSTD).open()) {
            for (int i = 0; i < ROWS; i++) {
                w.write(3_000_000_000L + i * 7L, "Cliente " + i, "Hola, su saldo es " + (i % 97));
            }
        }
        long rewriteMs = (System.nanoTime() - t0) / 1_000_000;
        Path csv = dir.resolve("speed.csv");
        try (BufferedWriter out = Files.newBufferedWriter(csv, TextEncoding.WINDOWS_1252)) {
            out.write("telefono;nombre;mensaje\r\n");
            for (int i = 0; i < ROWS; i++) {
                out.write(Long.toString(3_000_000_000L + i * 7L));
                out.write(";José Peña ");
                out.write(Integer.toString(i % 5_000));
                out.write(";\"Hola; su saldo es ");
                out.write(Integer.toString(i % 97));
                out.write("\"\r\n");
            }
        }
        System.out.printf("speed: parquet write %,d rows ZSTD %d ms (again: %d ms), %,d bytes; csv %,d bytes%n",
                ROWS, writeMs, rewriteMs, Files.size(parquet), Files.size(csv));
        report("parquet", parquet, ROWS);
        report("csv", csv, ROWS + 1);
    }

    @Test
    void xlsxOf100kRows() throws Exception {
        Path xlsx = RowReadersTest.xlsx(dir.resolve("speed.xlsx"), 100_000);
        System.out.printf("speed: xlsx %,d bytes%n", Files.size(xlsx));
        report("xlsx", xlsx, 100_000);
    }

    private static void report(String label, Path file, int expectedRows) throws Exception {
        long best = Long.MAX_VALUE;
        StringBuilder all = new StringBuilder();
        for (int run = 0; run < RUNS; run++) {
            long start = System.nanoTime();
            long rows = 0;
            long chars = 0;
            try (RowReader reader = RowReaders.open(file, ReadOptions.defaults())) {
                SourceRow row;
                while ((row = reader.next()) != null) {
                    rows++;
                    chars += row.cell(0).length();
                }
            }
            long ms = (System.nanoTime() - start) / 1_000_000;
            best = Math.min(best, ms);
            all.append(ms).append(run + 1 < RUNS ? ", " : "");
            assertThat(rows).isEqualTo(expectedRows);
            assertThat(chars).isGreaterThan(expectedRows * 9L);
        }
        System.out.printf("speed: %s read of %,d rows: best %d ms (runs: %s ms)%n", label, expectedRows, best, all);
    }
}
