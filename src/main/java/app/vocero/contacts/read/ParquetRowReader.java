package app.vocero.contacts.read;

import java.io.IOException;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.parquet.ParquetReadOptions;
import org.apache.parquet.column.ColumnDescriptor;
import org.apache.parquet.column.page.PageReadStore;
import org.apache.parquet.conf.PlainParquetConfiguration;
import org.apache.parquet.hadoop.ParquetFileReader;
import org.apache.parquet.hadoop.metadata.BlockMetaData;
import org.apache.parquet.hadoop.metadata.ColumnChunkMetaData;
import org.apache.parquet.hadoop.metadata.ColumnPath;
import org.apache.parquet.io.LocalInputFile;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.Type;

/**
 * Parquet through parquet-hadoop without Hadoop: {@link LocalInputFile}, {@link PlainParquetConfiguration},
 * {@link ContactCodecFactory}, and one {@link ParquetFlatColumn} per read column: a row is the next value of each.
 * {@link #declaredColumns()} are the schema's top-level fields; flat (primitive, non-repeated) columns are read,
 * nested or repeated ones stay empty cells. The row count and every column chunk's codec and position are checked
 * against the footer before the first row, so {@code too_many_rows}, {@code unsupported_codec} and truncation come
 * at {@code open}. Page CRCs are verified when the writer stored them.
 * {@link SourceRow#number()} is the record index + 2 (as if a header line preceded the data).
 */
final class ParquetRowReader implements RowReader {

    private static final byte[] MAGIC = {'P', 'A', 'R', '1'};

    private final Path file;
    private final ParquetFileReader reader;
    private final List<String> declared;
    private final ParquetFlatColumn[] columns;
    private final ColumnDescriptor[] descriptors;
    /** For each read column, its index among the declared ones (a row is as wide as those). */
    private final int[] targets;
    private long remainingInGroup;
    private long index;
    private long blankRows;

    private ParquetRowReader(Path file, ParquetFileReader reader, List<String> declared, MessageType requested,
                             int[] targets) {
        this.file = file;
        this.reader = reader;
        this.declared = declared;
        this.targets = targets;
        this.descriptors = requested.getColumns().toArray(ColumnDescriptor[]::new);
        this.columns = new ParquetFlatColumn[descriptors.length];
        for (int i = 0; i < columns.length; i++) {
            columns[i] = new ParquetFlatColumn(descriptors[i]);
        }
    }

    static ParquetRowReader open(Path file) throws ContactFileException {
        long length = checkFooterMagic(file);
        ParquetFileReader reader = null;
        try {
            ParquetReadOptions options = ParquetReadOptions.builder(new PlainParquetConfiguration())
                    .withCodecFactory(new ContactCodecFactory())
                    .useStatsFilter(false)
                    .useDictionaryFilter(false)
                    .useRecordFilter(false)
                    .useColumnIndexFilter(false)
                    .useBloomFilter(false)
                    .usePageChecksumVerification(true)
                    .build();
            reader = ParquetFileReader.open(new LocalInputFile(file), options);
            MessageType schema = reader.getFooter().getFileMetaData().getSchema();
            List<String> declared = new ArrayList<>();
            List<Type> flat = new ArrayList<>();
            List<Integer> targets = new ArrayList<>();
            for (Type field : schema.getFields()) {
                if (field.isPrimitive() && !field.isRepetition(Type.Repetition.REPEATED)) {
                    flat.add(field);
                    targets.add(declared.size());
                }
                declared.add(field.getName());
            }
            if (declared.size() > ReadLimits.MAX_COLUMNS) {
                throw Problems.tooManyColumns(file, 1);
            }
            if (flat.isEmpty()) {
                throw Problems.of(file, "not_format", "parquet.noFlatColumns", String.join(", ", declared));
            }
            MessageType requested = new MessageType(schema.getName(), flat);
            checkBlocks(file, reader.getRowGroups(), requested, length);
            reader.setRequestedSchema(requested);
            ParquetRowReader result = new ParquetRowReader(file, reader, Collections.unmodifiableList(declared),
                    requested, targets.stream().mapToInt(Integer::intValue).toArray());
            reader = null;
            return result;
        } catch (ContactFileException e) {
            throw e;
        } catch (ContactCodecFactory.UnsupportedCodecException e) {
            throw unsupportedCodec(file, e.codec().name(), e);
        } catch (IOException | RuntimeException | OutOfMemoryError | StackOverflowError e) {
            throw corrupt(file, 0, e);
        } finally {
            closeQuietly(reader);
        }
    }

    private static long checkFooterMagic(Path file) throws ContactFileException {
        try (SeekableByteChannel channel = Files.newByteChannel(file)) {
            long length = channel.size();
            ByteBuffer tail = ByteBuffer.allocate(4);
            if (length >= 12) {
                channel.position(length - 4);
                while (tail.hasRemaining() && channel.read(tail) > 0) {
                    // fill
                }
            }
            if (length < 12 || !Arrays.equals(tail.array(), MAGIC)) {
                throw Problems.of(file, "corrupt", "parquet.truncated");
            }
            return length;
        } catch (IOException e) {
            throw Problems.caused(file, "unreadable", "file.unreadable", e);
        }
    }

    private static void checkBlocks(Path file, List<BlockMetaData> blocks, MessageType requested, long length)
            throws ContactFileException {
        Set<ColumnPath> wanted = new HashSet<>();
        for (Type t : requested.getFields()) {
            wanted.add(ColumnPath.get(t.getName()));
        }
        long rows = 0;
        for (BlockMetaData block : blocks) {
            if (block.getRowCount() < 0) {
                throw corrupt(file, 0, new IOException("a row group declares " + block.getRowCount() + " rows"));
            }
            rows += block.getRowCount();
            for (ColumnChunkMetaData column : block.getColumns()) {
                if (!wanted.contains(column.getPath())) {
                    continue;
                }
                if (!ContactCodecFactory.SUPPORTED.contains(column.getCodec())) {
                    throw unsupportedCodec(file, column.getCodec().name(), null);
                }
                long start = column.getStartingPos();
                long size = column.getTotalSize();
                if (start < MAGIC.length || size < 0 || start + size > length) {
                    throw corrupt(file, 0, new IOException("column " + column.getPath().toDotString()
                            + " lies outside the file"));
                }
            }
        }
        if (rows > RowReaders.MAX_DATA_ROWS) {
            throw Problems.of(file, "too_many_rows", "parquet.tooManyRows", rows, RowReaders.MAX_DATA_ROWS);
        }
    }

    private static ContactFileException unsupportedCodec(Path file, String codec, Throwable cause) {
        return new ContactFileException(file, 0, "unsupported_codec", "parquet.unsupportedCodec", new Object[] {codec},
                cause);
    }

    private static ContactFileException corrupt(Path file, long row, Throwable cause) {
        return Problems.atRow(file, row, "corrupt", "parquet.damaged", cause);
    }

    @Override
    public String format() {
        return "parquet";
    }

    @Override
    public String encoding() {
        return "binary";
    }

    @Override
    public Optional<List<String>> declaredColumns() {
        return Optional.of(declared);
    }

    @Override
    public SourceRow next() throws ContactFileException {
        try {
            while (true) {
                while (remainingInGroup == 0) {
                    PageReadStore pages = reader.readNextRowGroup();
                    if (pages == null) {
                        return null;
                    }
                    remainingInGroup = pages.getRowCount();
                    for (int c = 0; c < columns.length; c++) {
                        columns[c].start(pages.getPageReader(descriptors[c]));
                    }
                }
                String[] row = new String[declared.size()];
                if (row.length != columns.length) {
                    Arrays.fill(row, ""); // nested or repeated columns stay empty
                }
                for (int c = 0; c < columns.length; c++) {
                    row[targets[c]] = columns[c].next();
                }
                remainingInGroup--;
                index++;
                if (Problems.isBlank(row)) {
                    blankRows++;
                    continue;
                }
                Problems.checkCells(file, index + 1, row); // the schema has at most MAX_COLUMNS: kept whole
                return SourceRow.of(index + 1, row);
            }
        } catch (ContactFileException e) {
            throw e;
        } catch (ContactCodecFactory.UnsupportedCodecException e) {
            throw unsupportedCodec(file, e.codec().name(), e);
        } catch (IOException | RuntimeException | OutOfMemoryError | StackOverflowError e) {
            throw corrupt(file, index + 2, e);
        }
    }

    @Override
    public void checkOnly(int column) {
        for (int c = 0; c < columns.length; c++) {
            columns[c].textNeeded(targets[c] == column);
        }
    }

    @Override
    public long blankRows() {
        return blankRows;
    }

    @Override
    public void close() {
        closeQuietly(reader);
    }

    private static void closeQuietly(ParquetFileReader reader) {
        if (reader != null) {
            try {
                reader.close();
            } catch (IOException | RuntimeException e) {
                // ignored: read-only
            }
        }
    }

}
