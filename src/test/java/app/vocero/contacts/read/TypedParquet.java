package app.vocero.contacts.read;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
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
        try (ParquetWriter<Object[]> writer = new Builder(file, schema)
                .withConf(new PlainParquetConfiguration())
                .withWriteMode(ParquetFileWriter.Mode.OVERWRITE)
                .withCodecFactory(new ContactCodecFactory())
                .withCompressionCodec(CompressionCodecName.SNAPPY)
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
