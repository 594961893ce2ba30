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
import org.apache.parquet.column.ParquetProperties;
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
import org.junit.jupiter.params.provider.CsvSource;
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

    /**
     * Every page layout a writer makes, read as the same cells: V1 and V2 pages, with and without a dictionary (with
     * one, the long texts outgrow it and their chunk goes on in plain pages), nulls in every column, 700 values a
     * page so rows cross page and row group boundaries at different places in each column.
     */
    @ParameterizedTest
    @CsvSource({"PARQUET_1_0, true", "PARQUET_1_0, false", "PARQUET_2_0, true", "PARQUET_2_0, false"})
    void everyPageLayoutReadsTheSameCells(ParquetProperties.WriterVersion version, boolean dictionary)
            throws Exception {
        MessageType schema = Types.buildMessage()
                .optional(PrimitiveTypeName.BINARY).as(LogicalTypeAnnotation.stringType()).named("telefono")
                .optional(PrimitiveTypeName.BINARY).as(LogicalTypeAnnotation.stringType()).named("ciudad")
                .optional(PrimitiveTypeName.BINARY).as(LogicalTypeAnnotation.stringType()).named("nota")
                .optional(PrimitiveTypeName.INT64).named("saldo")
                .optional(PrimitiveTypeName.INT32).named("cuotas")
                .optional(PrimitiveTypeName.DOUBLE).named("tasa")
                .optional(PrimitiveTypeName.BOOLEAN).named("activo")
                .required(PrimitiveTypeName.BINARY).as(LogicalTypeAnnotation.stringType()).named("codigo")
                .named("contactos");
        String[] cities = {"Bogotá", "Cali", "Medellín", "Cúcuta", ""};
        List<Object[]> data = new ArrayList<>();
        List<List<String>> expected = new ArrayList<>();
        for (int i = 0; i < 12_000; i++) {
            String phone = i % 7 == 3 ? null : "300" + (1_000_000 + i);
            String city = i % 11 == 5 ? null : cities[i % cities.length];
            String note = i % 13 == 0 ? null : "Nota número " + i + " ñ".repeat(i % 4);
            Long balance = i % 9 == 2 ? null : (long) i * 1_000;
            Integer installments = i % 6 == 1 ? null : i % 24;
            Double rate = i % 5 == 4 ? null : i / 4.0;
            Boolean active = i % 8 == 7 ? null : i % 2 == 0;
            String code = "C" + i;
            data.add(new Object[] {phone, city, note, balance, installments, rate, active, code});
            expected.add(List.of(phone == null ? "" : phone, city == null ? "" : city, note == null ? "" : note,
                    balance == null ? "" : Long.toString(balance), installments == null ? "" : installments.toString(),
                    rate == null ? "" : ParquetValues.ofDouble(rate), active == null ? "" : active.toString(), code));
        }
        Path file = dir.resolve("capas.parquet");
        TypedParquet.write(file, schema, data,
                new TypedParquet.Layout(version, dictionary, 700, CompressionCodecName.SNAPPY, true));

        Rows rows = Rows.read(file);

        assertThat(rows.rows()).hasSize(12_000);
        for (int i = 0; i < 12_000; i++) {
            assertThat(rows.cells(i)).as("row %d", i).containsExactlyElementsOf(expected.get(i));
            assertThat(rows.rows().get(i).number()).isEqualTo(i + 2);
        }
    }

    /**
     * A check-only import reads the phone column as it is and may give a stand-in for any other cell, but only for a
     * cell that is neither blank nor too long: the same rows, the same blank rows, the same numbers, and a cell past
     * the limit refused at the same row.
     */
    @ParameterizedTest
    @CsvSource({"true", "false"})
    void aCheckOnlyReadSeesTheSameRowsBlanksNumbersAndLimits(boolean dictionary) throws Exception {
        MessageType schema = Types.buildMessage()
                .optional(PrimitiveTypeName.BINARY).as(LogicalTypeAnnotation.stringType()).named("nombre")
                .optional(PrimitiveTypeName.BINARY).as(LogicalTypeAnnotation.stringType()).named("telefono")
                .optional(PrimitiveTypeName.BINARY).as(LogicalTypeAnnotation.stringType()).named("nota")
                .optional(PrimitiveTypeName.INT64).named("saldo")
                .named("contactos");
        String[] notes = {"hola", "", "   ", "\u2003", "\u00A0", "ñ", "peña", "\t", null, "x".repeat(10_000)};
        List<Object[]> data = new ArrayList<>();
        for (int i = 0; i < 3_000; i++) {
            String name = i % 11 == 0 ? null : i % 13 == 0 ? " " : "Ana " + i;
            String phone = i % 5 == 0 ? null : i % 17 == 0 ? "" : "300" + (1_000_000 + i);
            data.add(new Object[] {name, phone, notes[i % notes.length], i % 4 == 0 ? null : (long) i});
        }
        Path file = dir.resolve("revisar.parquet");
        TypedParquet.write(file, schema, data, new TypedParquet.Layout(ParquetProperties.WriterVersion.PARQUET_1_0,
                dictionary, 700, CompressionCodecName.SNAPPY, true));

        Rows all = Rows.read(file);
        Rows checked = Rows.read(file, ReadOptions.defaults(), 1);

        assertThat(checked.blankRows()).isEqualTo(all.blankRows()).isPositive();
        assertThat(checked.numbers()).isEqualTo(all.numbers());
        int standIns = 0;
        for (int r = 0; r < all.rows().size(); r++) {
            List<String> cells = all.cells(r);
            List<String> seen = checked.cells(r);
            assertThat(seen.get(1)).isEqualTo(cells.get(1));
            for (int c = 0; c < cells.size(); c++) {
                if (!seen.get(c).equals(cells.get(c))) {
                    assertThat(seen.get(c)).isEqualTo(ParquetFlatColumn.STAND_IN);
                    assertThat(cells.get(c)).as("row %d cell %d", r, c).isNotBlank()
                            .hasSizeLessThanOrEqualTo(ReadLimits.MAX_CELL_CHARS);
                    standIns++;
                }
            }
        }
        assertThat(standIns).isGreaterThan(3_000);

        data.set(2_000, new Object[] {"Ana", "3001002000", "x".repeat(ReadLimits.MAX_CELL_CHARS + 1), 1L});
        TypedParquet.write(file, schema, data, new TypedParquet.Layout(ParquetProperties.WriterVersion.PARQUET_1_0,
                dictionary, 700, CompressionCodecName.SNAPPY, true));
        ContactFileException whole = org.junit.jupiter.api.Assertions.assertThrows(ContactFileException.class,
                () -> Rows.read(file));
        ContactFileException check = org.junit.jupiter.api.Assertions.assertThrows(ContactFileException.class,
                () -> Rows.read(file, ReadOptions.defaults(), 1));
        assertThat(check.reasonCode()).isEqualTo(whole.reasonCode());
        assertThat(check.row()).isEqualTo(whole.row()).isEqualTo(2_002);
    }

    @Test
    void aTextLengthRunningPastItsPageIsADamagedFileAtItsRow() throws Exception {
        MessageType schema = Types.buildMessage()
                .required(PrimitiveTypeName.BINARY).as(LogicalTypeAnnotation.stringType()).named("telefono")
                .named("contactos");
        List<Object[]> data = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            data.add(new Object[] {"300" + (1_000_000 + i)});
        }
        Path file = dir.resolve("danado.parquet");
        // plain, uncompressed and without page checksums: the 10th value's length is found and broken in the bytes
        TypedParquet.write(file, schema, data, new TypedParquet.Layout(ParquetProperties.WriterVersion.PARQUET_1_0,
                false, 20_000, CompressionCodecName.UNCOMPRESSED, false));
        byte[] bytes = java.nio.file.Files.readAllBytes(file);
        byte[] tenth = "3001000009".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        int at = indexOf(bytes, tenth);
        assertThat(at).isGreaterThan(4);
        bytes[at - 1] = 0x7F; // its length now says about two billion bytes
        java.nio.file.Files.write(file, bytes);

        assertThatThrownBy(() -> Rows.read(file))
                .isInstanceOf(ContactFileException.class)
                .satisfies(e -> {
                    assertThat(((ContactFileException) e).reasonCode()).isEqualTo("corrupt");
                    assertThat(((ContactFileException) e).row()).isEqualTo(11);
                });
    }

    private static int indexOf(byte[] bytes, byte[] part) {
        outer:
        for (int i = 0; i + part.length <= bytes.length; i++) {
            for (int j = 0; j < part.length; j++) {
                if (bytes[i + j] != part[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
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
