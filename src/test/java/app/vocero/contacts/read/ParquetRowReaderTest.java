package app.vocero.contacts.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.vocero.contacts.read.ParquetContactsWriter.ColumnType;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.apache.parquet.bytes.BytesInput;
import org.apache.parquet.compression.CompressionCodecFactory;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;
import org.apache.parquet.io.api.Binary;
import org.apache.parquet.schema.LogicalTypeAnnotation;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.PrimitiveType.PrimitiveTypeName;
import org.apache.parquet.schema.Type.Repetition;
import org.apache.parquet.schema.Types;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ParquetRowReaderTest {

    static {
        TestLogging.quiet();
    }

    @TempDir
    Path dir;

    private Path contacts(String name, CompressionCodecName codec, boolean required, int rows, int rowGroup)
            throws IOException {
        Path file = dir.resolve(name);
        try (ParquetContactsWriter w = ParquetContactsWriter.to(file)
                .column("number", ColumnType.INT64, true)
                .column("name", ColumnType.STRING, required)
                .column("content", ColumnType.STRING, required)
                .codec(codec).rowGroupRows(rowGroup).open()) {
            for (int i = 0; i < rows; i++) {
                String content = required || i % 3 != 1 ? "Hola " + (i % 7) : null;
                w.write(3_001_000_000L + i, required || i % 5 != 4 ? "Peña " + i : null, content);
            }
        }
        return file;
    }

    @ParameterizedTest
    @EnumSource(value = CompressionCodecName.class, names = {"UNCOMPRESSED", "SNAPPY", "GZIP", "ZSTD", "LZ4_RAW"})
    void readsEachCodecWithRequiredColumns(CompressionCodecName codec) throws Exception {
        Path file = contacts("c.parquet", codec, true, 2_500, 1_000);

        Rows rows = Rows.read(file);

        assertThat(rows.format()).isEqualTo("parquet");
        assertThat(rows.encoding()).isEqualTo("binary");
        assertThat(rows.declared()).contains(List.of("number", "name", "content"));
        assertThat(rows.rows()).hasSize(2_500);
        assertThat(rows.cells(0)).containsExactly("3001000000", "Peña 0", "Hola 0");
        assertThat(rows.rows().get(2_499).cells()).containsExactly("3001002499", "Peña 2499", "Hola 0");
        assertThat(rows.rows().get(1_000).number()).isEqualTo(1_002);
        assertThat(rows.numbers().get(0)).isEqualTo(2);
        assertThat(rows.blankRows()).isZero();
    }

    @ParameterizedTest
    @EnumSource(value = CompressionCodecName.class, names = {"SNAPPY", "ZSTD"})
    void optionalColumnsWithNullsBecomeEmptyCellsAcrossDuckDbSizedRowGroups(CompressionCodecName codec)
            throws Exception {
        Path file = contacts("o.parquet", codec, false, 130_000, ParquetContactsWriter.DUCKDB_ROW_GROUP_ROWS);

        Rows rows = Rows.read(file);

        assertThat(rows.rows()).hasSize(130_000);
        assertThat(rows.cells(1)).containsExactly("3001000001", "Peña 1", "");
        assertThat(rows.cells(4)).containsExactly("3001000004", "", "");
        assertThat(rows.cells(9)).containsExactly("3001000009", "", "Hola 2");
        assertThat(rows.rows().get(122_880).cells()).containsExactly("3001122880", "Peña 122880", "Hola 2");
        assertThat(rows.rows().get(122_880).number()).isEqualTo(122_882);
    }

    @Test
    void unsupportedCodecNamesTheCodecAndTheFix() throws Exception {
        Path file = dir.resolve("brotli.parquet");
        try (ParquetContactsWriter w = ParquetContactsWriter.to(file).column("number", ColumnType.INT64, false)
                .codec(CompressionCodecName.BROTLI).codecFactory(new DeclaringCodecFactory()).open()) {
            w.write(3001234567L);
        }

        assertThatThrownBy(() -> Rows.read(file))
                .isInstanceOfSatisfying(ContactFileException.class, e -> {
                    assertThat(e.reasonCode()).isEqualTo("unsupported_codec");
                    assertThat(e.getMessage()).startsWith("brotli.parquet: ").contains("BROTLI", "SNAPPY", "ZSTD");
                });
    }

    @Test
    void typedColumnsAsText() throws Exception {
        MessageType schema = Types.buildMessage()
                .optional(PrimitiveTypeName.INT32).as(LogicalTypeAnnotation.dateType()).named("fecha")
                .optional(PrimitiveTypeName.INT64)
                .as(LogicalTypeAnnotation.timestampType(false, LogicalTypeAnnotation.TimeUnit.MICROS)).named("ts")
                .optional(PrimitiveTypeName.DOUBLE).named("telefono_double")
                .optional(PrimitiveTypeName.FLOAT).named("f")
                .optional(PrimitiveTypeName.BOOLEAN).named("activo")
                .optional(PrimitiveTypeName.INT64).as(LogicalTypeAnnotation.decimalType(2, 18)).named("saldo")
                .optional(PrimitiveTypeName.FIXED_LEN_BYTE_ARRAY).length(16)
                .as(LogicalTypeAnnotation.decimalType(3, 38)).named("grande")
                .optional(PrimitiveTypeName.INT32).named("i32")
                .optional(PrimitiveTypeName.BINARY).named("raw")
                .optional(PrimitiveTypeName.INT64)
                .as(LogicalTypeAnnotation.timestampType(true, LogicalTypeAnnotation.TimeUnit.MILLIS)).named("utc")
                .named("duckdb_schema");
        long micros = LocalDateTime.of(2026, 12, 1, 8, 30).toEpochSecond(ZoneOffset.UTC) * 1_000_000L;
        long millis = LocalDateTime.of(2026, 12, 1, 8, 0).toEpochSecond(ZoneOffset.UTC) * 1_000L;
        byte[] big = new byte[16];
        byte[] digits = new BigInteger("12345678901234567890").toByteArray();
        System.arraycopy(digits, 0, big, 16 - digits.length, digits.length);
        List<Object[]> data = new ArrayList<>();
        data.add(new Object[] {(int) LocalDate.of(2026, 12, 1).toEpochDay(), micros, 3001234567.0, 2.5f, true,
            123456L, Binary.fromConstantByteArray(big), -7, "3001234567", millis});
        data.add(new Object[10]);
        data.add(new Object[] {null, null, 0.25, 1.0f, false, -5L, null, 0, "x", null});
        Path file = dir.resolve("typed.parquet");
        TypedParquet.write(file, schema, data);

        Rows rows = Rows.read(file);

        assertThat(rows.declared()).contains(List.of("fecha", "ts", "telefono_double", "f", "activo", "saldo",
                "grande", "i32", "raw", "utc"));
        assertThat(rows.cells(0)).containsExactly("2026-12-01", "2026-12-01T08:30", "3001234567", "2.5", "true",
                "1234.56", "12345678901234567.89", "-7", "3001234567", "2026-12-01T08:00Z");
        assertThat(rows.cells(1)).containsExactly("", "", "0.25", "1", "false", "-0.05", "", "0", "x", "");
        assertThat(rows.numbers()).containsExactly(2L, 4L);
        assertThat(rows.blankRows()).isEqualTo(1);
    }

    @Test
    void sparkInt96TimestampsAndDoubles() {
        java.nio.ByteBuffer buf = java.nio.ByteBuffer.allocate(12).order(java.nio.ByteOrder.LITTLE_ENDIAN);
        buf.putLong(8L * 3_600_000_000_000L + 30L * 60_000_000_000L);
        buf.putInt((int) (LocalDate.of(2026, 12, 1).toEpochDay() + 2_440_588L));

        assertThat(ParquetValues.int96(Binary.fromConstantByteArray(buf.array()))).isEqualTo("2026-12-01T08:30");
        assertThat(ParquetValues.ofDouble(573001234567.0)).isEqualTo("573001234567");
        assertThat(ParquetValues.ofDouble(0.1)).isEqualTo("0.1");
        assertThat(ParquetValues.ofFloat(0.1f)).isEqualTo("0.1");
        assertThat(ParquetValues.ofDouble(1e300)).isEqualTo("1E+300");
    }

    @Test
    void nestedColumnsAreDeclaredButLeftEmpty() throws Exception {
        MessageType schema = Types.buildMessage()
                .required(PrimitiveTypeName.INT64).named("number")
                .repeated(PrimitiveTypeName.BINARY).as(LogicalTypeAnnotation.stringType()).named("tags")
                .named("m");
        Path file = dir.resolve("nested.parquet");
        TypedParquet.write(file, schema, List.<Object[]>of(new Object[] {3001234567L, null}));

        Rows rows = Rows.read(file);

        assertThat(rows.declared()).contains(List.of("number", "tags"));
        assertThat(rows.cells(0)).containsExactly("3001234567", "");
    }

    @Test
    void writerRejectsNullInRequiredColumn() throws Exception {
        Path file = dir.resolve("r.parquet");
        try (ParquetContactsWriter w = ParquetContactsWriter.to(file).column("number", ColumnType.INT64, true)
                .open()) {
            assertThatThrownBy(() -> w.write((Object) null)).hasMessageContaining("REQUIRED");
            w.write("3001234567");
        }
        assertThat(Rows.read(file).cells(0)).containsExactly("3001234567");
    }

    /** Declares a codec (e.g. BROTLI) in the file while storing the pages uncompressed. */
    static final class DeclaringCodecFactory implements CompressionCodecFactory {
        @Override
        public BytesInputCompressor getCompressor(CompressionCodecName codec) {
            return new BytesInputCompressor() {
                @Override
                public BytesInput compress(BytesInput bytes) {
                    return bytes;
                }

                @Override
                public CompressionCodecName getCodecName() {
                    return codec;
                }

                @Override
                public void release() {
                }
            };
        }

        @Override
        public BytesInputDecompressor getDecompressor(CompressionCodecName codec) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void release() {
        }
    }
}
