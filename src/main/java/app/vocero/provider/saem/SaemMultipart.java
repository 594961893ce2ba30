package app.vocero.provider.saem;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.AbstractMap.SimpleImmutableEntry;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The {@code multipart/form-data} body of {@code /send/massive/parquet}: the form fields first (so Saem has the
 * campaign's parameters before the file), then the Parquet file part. The boundary is fixed so the same campaign
 * always gives the same bytes; a Parquet file never contains it in practice (36 fixed ASCII characters).
 *
 * <p>Readings of the document ("form-data (Parquet file + parameters)"): the file part is named
 * {@value #FILE_FIELD}; text fields carry no {@code Content-Type} (as browsers send them) and are UTF-8;
 * {@code mailbox} is {@code true}/{@code false} and {@code configProgramming} a JSON string.
 */
public final class SaemMultipart {

    public static final String BOUNDARY = "----VoceroSaemFormBoundary7d3f2a91c4e8";
    public static final String CONTENT_TYPE = "multipart/form-data; boundary=" + BOUNDARY;
    /** The form field of the Parquet file: a reading, the document does not name it. */
    public static final String FILE_FIELD = "file";
    public static final String FILE_TYPE = "application/octet-stream";

    private static final byte[] CRLF = {'\r', '\n'};

    private SaemMultipart() {
    }

    /** The form fields, in the order they are sent (the file part follows them). */
    public static List<Map.Entry<String, String>> fields(SaemCampaign campaign) {
        List<Map.Entry<String, String>> fields = new ArrayList<>();
        fields.add(new SimpleImmutableEntry<>("subService", campaign.subService().key()));
        if (campaign.subService() == SaemCampaign.SubService.CUSTOM) {
            fields.add(new SimpleImmutableEntry<>("voice", campaign.voice()));
        } else {
            fields.add(new SimpleImmutableEntry<>("audioId", campaign.audioId()));
        }
        fields.add(new SimpleImmutableEntry<>("prefix", campaign.prefix()));
        fields.add(new SimpleImmutableEntry<>("gmt", campaign.gmt()));
        fields.add(new SimpleImmutableEntry<>("nameCampaign", campaign.nameCampaign()));
        fields.add(new SimpleImmutableEntry<>("mailbox", Boolean.toString(campaign.mailbox())));
        fields.add(new SimpleImmutableEntry<>("configProgramming", SaemPayloads.configProgramming(campaign)));
        return fields;
    }

    /** Writes the whole body; the Parquet file is made in a temporary file and deleted after. */
    public static void write(SaemCampaign campaign, OutputStream out) throws IOException {
        for (Map.Entry<String, String> field : fields(campaign)) {
            ascii(out, "--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"" + field.getKey() + "\"\r\n\r\n");
            out.write(field.getValue().getBytes(StandardCharsets.UTF_8));
            out.write(CRLF);
        }
        ascii(out, "--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"" + FILE_FIELD + "\"; filename=\""
                + campaign.fileName() + "\"\r\nContent-Type: " + FILE_TYPE + "\r\n\r\n");
        SaemParquet.copyTo(campaign, out);
        out.write(CRLF);
        ascii(out, "--" + BOUNDARY + "--\r\n");
        out.flush();
    }

    private static void ascii(OutputStream out, String text) throws IOException {
        out.write(text.getBytes(StandardCharsets.US_ASCII));
    }
}
