package app.vocero.provider.saem;

import app.vocero.contacts.read.ParquetContactsWriter;
import app.vocero.contacts.read.ParquetContactsWriter.ColumnType;
import app.vocero.domain.ContactTable;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;

/**
 * The Parquet file of {@code /send/massive/parquet}: column {@code number} (standard) or {@code number} and
 * {@code content} (custom), one row per contact, both REQUIRED UTF-8 strings.
 *
 * <p>Readings of the document, which names the columns but not their types or the codec: {@code number} is text
 * (the national digits, as in the JSON {@code numbers}), and pages are {@value #CODEC_NAME}-compressed, the codec
 * every Parquet reader (pyarrow, pandas, Spark, DuckDB) decodes by default.
 */
public final class SaemParquet {

    public static final String NUMBER = "number";
    public static final String CONTENT = "content";
    static final String CODEC_NAME = "SNAPPY";
    public static final CompressionCodecName CODEC = CompressionCodecName.valueOf(CODEC_NAME);

    private SaemParquet() {
    }

    /** Writes the campaign's contacts to {@code file} (replacing it). */
    public static void write(SaemCampaign campaign, Path file) throws IOException {
        ContactTable contacts = campaign.contacts();
        boolean custom = campaign.subService() == SaemCampaign.SubService.CUSTOM;
        ParquetContactsWriter.Builder builder = ParquetContactsWriter.to(file).column(NUMBER, ColumnType.STRING, true);
        if (custom) {
            builder.column(CONTENT, ColumnType.STRING, true);
        }
        try (ParquetContactsWriter writer = builder.codec(CODEC).dictionary(false).open()) {
            if (custom) {
                Contents contents = new Contents(campaign.template(), contacts);
                for (int i = 0; i < contacts.size(); i++) {
                    writer.write(contacts.nationalDigits(i), contents.of(i));
                }
            } else {
                for (int i = 0; i < contacts.size(); i++) {
                    writer.write(contacts.nationalDigits(i));
                }
            }
        }
    }

    /** Writes the file to a temporary file, copies it to {@code out} and deletes it. */
    public static void copyTo(SaemCampaign campaign, OutputStream out) throws IOException {
        Path file = Files.createTempFile("vocero-saem-", ".parquet");
        try {
            write(campaign, file);
            Files.copy(file, out);
        } finally {
            Files.deleteIfExists(file);
        }
    }
}
