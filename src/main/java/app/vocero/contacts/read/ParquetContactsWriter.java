package app.vocero.contacts.read;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Objects;
import org.apache.hadoop.conf.Configuration;
import org.apache.parquet.compression.CompressionCodecFactory;
import org.apache.parquet.conf.ParquetConfiguration;
import org.apache.parquet.conf.PlainParquetConfiguration;
import org.apache.parquet.hadoop.ParquetFileWriter;
import org.apache.parquet.hadoop.ParquetWriter;
import org.apache.parquet.hadoop.api.WriteSupport;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;
import org.apache.parquet.io.LocalOutputFile;
import org.apache.parquet.io.OutputFile;
import org.apache.parquet.io.api.Binary;
import org.apache.parquet.io.api.RecordConsumer;
import org.apache.parquet.schema.LogicalTypeAnnotation;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.PrimitiveType.PrimitiveTypeName;
import org.apache.parquet.schema.Type;
import org.apache.parquet.schema.Types;

/**
 * Writes a flat Parquet file of named STRING and INT64 columns without Hadoop (custom {@link WriteSupport},
 * {@link LocalOutputFile}, {@link ContactCodecFactory}). Used for Saem's {@code /send/massive/parquet}
 * ({@code number}, {@code content}), the import benchmark and tests.
 *
 * <pre>{@code
 * try (var w = ParquetContactsWriter.to(path).column("number", ColumnType.INT64, true)
 *         .column("content", ColumnType.STRING, false).codec(CompressionCodecName.ZSTD).open()) {
 *     w.write(3001234567L, "Hola {N}");
 * }
 * }</pre>
 */
public final class ParquetContactsWriter implements Closeable {

    /** DuckDB's row-group size. */
    public static final int DUCKDB_ROW_GROUP_ROWS = 122_880;

    public enum ColumnType { STRING, INT64 }

    /** A column: its name, its type, and whether it is REQUIRED (else OPTIONAL: null values allowed). */
    public record Column(String name, ColumnType type, boolean required) {
        public Column {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(type, "type");
        }
    }

    private final ParquetWriter<Object[]> writer;
    private final Column[] columns;
    private final int width;

    private ParquetContactsWriter(ParquetWriter<Object[]> writer, List<Column> columns) {
        this.writer = writer;
        this.columns = columns.toArray(new Column[0]);
        this.width = this.columns.length;
    }

    public static Builder to(Path file) {
        return new Builder(file);
    }

    /**
     * One row: a value per column, in order. STRING takes any object ({@code toString()}); INT64 takes an
     * integral {@link Number} or a string of digits; {@code null} only in OPTIONAL columns.
     */
    public void write(Object... values) throws IOException {
        if (values.length != width) {
            throw new IllegalArgumentException("expected " + width + " values, got " + values.length);
        }
        Object[] row = new Object[width];
        for (int i = 0; i < width; i++) {
            row[i] = checked(columns[i], values[i]);
        }
        writer.write(row);
    }

    /** Checks a value before Parquet sees it: a failed record would abort the whole file. */
    private static Object checked(Column c, Object v) {
        if (v == null) {
            if (c.required()) {
                throw new IllegalArgumentException("column " + c.name() + " is REQUIRED but got null");
            }
            return null;
        }
        if (c.type() == ColumnType.INT64) {
            if (v instanceof Long || v instanceof Integer || v instanceof Short || v instanceof Byte) {
                return ((Number) v).longValue();
            }
            try {
                return Long.parseLong(v.toString().strip());
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("column " + c.name() + " is INT64 but got \"" + v + "\"", e);
            }
        }
        return v.toString();
    }

    @Override
    public void close() throws IOException {
        writer.close();
    }

    /** Options of a {@link ParquetContactsWriter}. */
    public static final class Builder {
        private final Path file;
        private final List<Column> columns = new ArrayList<>();
        private CompressionCodecName codec = CompressionCodecName.ZSTD;
        private CompressionCodecFactory codecFactory = new ContactCodecFactory();
        private int rowGroupRows = DUCKDB_ROW_GROUP_ROWS;
        private boolean dictionary = true;

        private Builder(Path file) {
            this.file = Objects.requireNonNull(file, "file");
        }

        public Builder column(String name, ColumnType type, boolean required) {
            columns.add(new Column(name, type, required));
            return this;
        }

        public Builder codec(CompressionCodecName codec) {
            this.codec = Objects.requireNonNull(codec, "codec");
            return this;
        }

        /** Replaces the codec factory (tests use it to declare a codec the reader cannot decode). */
        public Builder codecFactory(CompressionCodecFactory codecFactory) {
            this.codecFactory = Objects.requireNonNull(codecFactory, "codecFactory");
            return this;
        }

        public Builder rowGroupRows(int rows) {
            this.rowGroupRows = rows;
            return this;
        }

        public Builder dictionary(boolean enabled) {
            this.dictionary = enabled;
            return this;
        }

        public ParquetContactsWriter open() throws IOException {
            if (columns.isEmpty()) {
                throw new IllegalStateException("no columns");
            }
            MessageType schema = schema(columns);
            ParquetWriter<Object[]> writer = new WriterBuilder(new LocalOutputFile(file), schema, columns)
                    .withConf(new PlainParquetConfiguration())
                    .withWriteMode(ParquetFileWriter.Mode.OVERWRITE)
                    .withCodecFactory(codecFactory)
                    .withCompressionCodec(codec)
                    .withRowGroupRowCountLimit(rowGroupRows)
                    .withDictionaryEncoding(dictionary)
                    .build();
            return new ParquetContactsWriter(writer, columns);
        }
    }

    static MessageType schema(List<Column> columns) {
        Types.MessageTypeBuilder b = Types.buildMessage();
        for (Column c : columns) {
            Type.Repetition rep = c.required() ? Type.Repetition.REQUIRED : Type.Repetition.OPTIONAL;
            if (c.type() == ColumnType.INT64) {
                b.primitive(PrimitiveTypeName.INT64, rep).named(c.name());
            } else {
                b.primitive(PrimitiveTypeName.BINARY, rep).as(LogicalTypeAnnotation.stringType()).named(c.name());
            }
        }
        return b.named("contacts");
    }

    private static final class WriterBuilder extends ParquetWriter.Builder<Object[], WriterBuilder> {
        private final MessageType schema;
        private final List<Column> columns;

        WriterBuilder(OutputFile file, MessageType schema, List<Column> columns) {
            super(file);
            this.schema = schema;
            this.columns = List.copyOf(columns);
        }

        @Override
        protected WriterBuilder self() {
            return this;
        }

        @Override
        @SuppressWarnings("deprecation") // abstract in parquet 1.16: must exist even though Hadoop is never used
        protected WriteSupport<Object[]> getWriteSupport(Configuration conf) {
            return new RowWriteSupport(schema, columns);
        }

        @Override
        protected WriteSupport<Object[]> getWriteSupport(ParquetConfiguration conf) {
            return new RowWriteSupport(schema, columns);
        }
    }

    private static final class RowWriteSupport extends WriteSupport<Object[]> {
        private final MessageType schema;
        private final Column[] columns;
        private RecordConsumer consumer;

        RowWriteSupport(MessageType schema, List<Column> columns) {
            this.schema = schema;
            this.columns = columns.toArray(new Column[0]);
        }

        @Override
        @SuppressWarnings("deprecation")
        public WriteContext init(Configuration configuration) {
            return new WriteContext(schema, new HashMap<>());
        }

        @Override
        public WriteContext init(ParquetConfiguration configuration) {
            return new WriteContext(schema, new HashMap<>());
        }

        @Override
        public void prepareForWrite(RecordConsumer recordConsumer) {
            this.consumer = recordConsumer;
        }

        @Override
        public void write(Object[] row) {
            consumer.startMessage();
            for (int i = 0; i < columns.length; i++) {
                Object v = row[i];
                Column c = columns[i];
                if (v == null) {
                    continue;
                }
                consumer.startField(c.name(), i);
                if (c.type() == ColumnType.INT64) {
                    consumer.addLong((Long) v);
                } else {
                    consumer.addBinary(Binary.fromString((String) v));
                }
                consumer.endField(c.name(), i);
            }
            consumer.endMessage();
        }
    }
}
