package app.vocero.contacts.read;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.parquet.column.ParquetProperties;
import org.apache.parquet.conf.ParquetConfiguration;
import org.apache.parquet.conf.PlainParquetConfiguration;
import org.apache.parquet.hadoop.ParquetFileWriter;
import org.apache.parquet.hadoop.ParquetWriter;
import org.apache.parquet.hadoop.api.WriteSupport;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;
import org.apache.parquet.io.LocalOutputFile;
import org.apache.parquet.io.api.Binary;
import org.apache.parquet.io.api.RecordConsumer;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.Type;

/** Test helper: writes Parquet files of any flat schema (values already in the physical type; Binary for BINARY). */
final class TypedParquet {

    private TypedParquet() {
    }

    static void write(Path file, MessageType schema, List<Object[]> rows) throws IOException {
        write(file, schema, rows, Layout.DEFAULT);
    }

    /**
     * How a writer lays the values out.
     *
     * @param version    V1 pages (levels and values in one buffer) or V2 (levels apart; text DELTA_BYTE_ARRAY without
     *                   a dictionary)
     * @param dictionary whether columns start with a dictionary (a chunk falls back to plain pages past 4 KB of it)
     * @param pageRows   at most this many values a page, so rows cross page boundaries
     * @param checksums  whether pages carry a CRC (a reader then finds a changed byte before decoding it)
     */
    record Layout(ParquetProperties.WriterVersion version, boolean dictionary, int pageRows,
                  CompressionCodecName codec, boolean checksums) {
        static final Layout DEFAULT = new Layout(ParquetProperties.WriterVersion.PARQUET_1_0, true, 20_000,
                CompressionCodecName.SNAPPY, true);
    }

    static void write(Path file, MessageType schema, List<Object[]> rows, Layout layout) throws IOException {
        try (ParquetWriter<Object[]> writer = new Builder(file, schema)
                .withConf(new PlainParquetConfiguration())
                .withWriteMode(ParquetFileWriter.Mode.OVERWRITE)
                .withCodecFactory(new ContactCodecFactory())
                .withCompressionCodec(layout.codec())
                .withWriterVersion(layout.version())
                .withDictionaryEncoding(layout.dictionary())
                .withDictionaryPageSize(4 * 1024)
                .withPageRowCountLimit(layout.pageRows())
                .withPageWriteChecksumEnabled(layout.checksums())
                .build()) {
            for (Object[] row : rows) {
                writer.write(row);
            }
        }
    }

    private static final class Builder extends ParquetWriter.Builder<Object[], Builder> {
        private final MessageType schema;

        Builder(Path file, MessageType schema) {
            super(new LocalOutputFile(file));
            this.schema = schema;
        }

        @Override
        protected Builder self() {
            return this;
        }

        @Override
        @SuppressWarnings("deprecation") // abstract in parquet 1.16: must exist even though Hadoop is never used
        protected WriteSupport<Object[]> getWriteSupport(Configuration conf) {
            return new Support(schema);
        }

        @Override
        protected WriteSupport<Object[]> getWriteSupport(ParquetConfiguration conf) {
            return new Support(schema);
        }
    }

    private static final class Support extends WriteSupport<Object[]> {
        private final MessageType schema;
        private RecordConsumer out;

        Support(MessageType schema) {
            this.schema = schema;
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
            out = recordConsumer;
        }

        @Override
        public void write(Object[] row) {
            out.startMessage();
            for (int i = 0; i < row.length; i++) {
                if (row[i] == null) {
                    continue;
                }
                Type field = schema.getType(i);
                out.startField(field.getName(), i);
                Object v = row[i];
                switch (field.asPrimitiveType().getPrimitiveTypeName()) {
                    case INT32 -> out.addInteger((Integer) v);
                    case INT64 -> out.addLong((Long) v);
                    case DOUBLE -> out.addDouble((Double) v);
                    case FLOAT -> out.addFloat((Float) v);
                    case BOOLEAN -> out.addBoolean((Boolean) v);
                    default -> out.addBinary(v instanceof Binary b ? b : Binary.fromString(v.toString()));
                }
                out.endField(field.getName(), i);
            }
            out.endMessage();
        }
    }
}
