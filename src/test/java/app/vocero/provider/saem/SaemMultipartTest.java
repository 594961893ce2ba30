package app.vocero.provider.saem;

import static app.vocero.provider.saem.SaemTestDrafts.JSON;
import static app.vocero.provider.saem.SaemTestDrafts.bytes;
import static app.vocero.provider.saem.SaemTestDrafts.custom;
import static app.vocero.provider.saem.SaemTestDrafts.debtors;
import static app.vocero.provider.saem.SaemTestDrafts.fixture;
import static app.vocero.provider.saem.SaemTestDrafts.input;
import static app.vocero.provider.saem.SaemTestDrafts.standard;
import static org.assertj.core.api.Assertions.assertThat;

import app.vocero.contacts.read.ReadOptions;
import app.vocero.contacts.read.RowReader;
import app.vocero.contacts.read.RowReaders;
import app.vocero.contacts.read.SourceRow;
import app.vocero.domain.campaign.Draft;
import app.vocero.provider.PlannedRequest;
import app.vocero.provider.Secrets;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The /send/massive/parquet form compared with fixtures written by hand from Saem's document. */
class SaemMultipartTest {

    @TempDir
    Path temp;

    /** One part of a multipart body: its headers and its bytes. */
    record Part(String name, String filename, String contentType, byte[] content) {
        String text() {
            return new String(content, StandardCharsets.UTF_8);
        }
    }

    @Test
    void customFormHasTheDocumentsFieldsThenTheParquetFile() throws Exception {
        assertForm(custom(SaemTestDrafts::none), fixture("custom-send-massive-parquet-form.json"));
    }

    @Test
    void standardFormHasTheAudioIdAndOnlyTheNumberColumn() throws Exception {
        assertForm(standard(SaemTestDrafts::none), fixture("standard-send-massive-parquet-form.json"));
    }

    private void assertForm(Draft draft, String fixtureText) throws Exception {
        JsonNode expected = JSON.readTree(fixtureText);
        SaemCampaign campaign = SaemCampaign.of(input(draft, debtors()));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        SaemMultipart.write(campaign, out);

        List<Part> parts = parse(out.toByteArray());

        JsonNode fields = expected.get("fields");
        assertThat(parts).hasSize(fields.size() + 1);
        for (int i = 0; i < fields.size(); i++) {
            Part part = parts.get(i);
            assertThat(part.name()).as("part %d", i).isEqualTo(fields.get(i).get("name").asText());
            assertThat(part.filename()).as(part.name()).isNull();
            assertThat(part.text()).as(part.name()).isEqualTo(fields.get(i).get("value").asText());
        }
        Part config = parts.get(fields.size() - 1);
        assertThat(JSON.readTree(config.text()).isArray()).as("configProgramming is a JSON string of an array").isTrue();
        JsonNode file = expected.get("file");
        Part filePart = parts.get(parts.size() - 1);
        assertThat(filePart.name()).isEqualTo(file.get("name").asText());
        assertThat(filePart.filename()).isEqualTo(file.get("filename").asText());
        assertThat(filePart.contentType()).isEqualTo(file.get("contentType").asText());
        assertRows(filePart.content(), file.get("columns"), file.get("rows"));
        assertThat(bytes(out::writeTo)).as("the same bytes every time").isEqualTo(secondWrite(campaign));
    }

    private static byte[] secondWrite(SaemCampaign campaign) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        SaemMultipart.write(campaign, out);
        return out.toByteArray();
    }

    private void assertRows(byte[] parquet, JsonNode columns, JsonNode rows) throws Exception {
        Path file = temp.resolve("part.parquet");
        Files.write(file, parquet);
        try (RowReader reader = RowReaders.open(file, ReadOptions.defaults())) {
            assertThat(reader.format()).isEqualTo("parquet");
            List<String> expectedColumns = new ArrayList<>();
            columns.forEach(column -> expectedColumns.add(column.asText()));
            assertThat(reader.declaredColumns()).contains(expectedColumns);
            for (JsonNode row : rows) {
                SourceRow read = reader.next();
                assertThat(read).isNotNull();
                for (int c = 0; c < row.size(); c++) {
                    assertThat(read.cell(c)).as(expectedColumns.get(c)).isEqualTo(row.get(c).asText());
                }
            }
            assertThat(reader.next()).isNull();
        }
    }

    @Test
    void moreThan200000ContactsGoAsParquetAndTheTemporaryFileIsDeleted() throws Exception {
        SaemPlan plan = new SaemPlan();
        var input = input(custom(SaemTestDrafts::none), SaemTestDrafts.colombians(200_001));
        List<Path> before = saemTempFiles();

        List<PlannedRequest> requests = plan.requests(input, SaemPlan.BASE_URL);

        assertThat(requests).singleElement().satisfies(send -> {
            assertThat(send.step()).isEqualTo("send/massive/parquet");
            assertThat(send.url()).isEqualTo("https://apicallb.saem.tel/send/massive/parquet");
            assertThat(send.contentType()).isEqualTo("multipart/form-data; boundary=" + SaemMultipart.BOUNDARY);
            assertThat(send.headers()).containsEntry("x-auth", Secrets.placeholder("apiKey"))
                    .containsEntry("Content-Type", send.contentType());
            assertThat(send.records()).isEqualTo(200_001);
        });
        List<Part> parts = parse(bytes(requests.get(0).body()));
        assertThat(saemTempFiles()).isEqualTo(before);
        Path file = temp.resolve("big.parquet");
        Files.write(file, parts.get(parts.size() - 1).content());
        long rows = 0;
        try (RowReader reader = RowReaders.open(file, ReadOptions.defaults())) {
            SourceRow first = reader.next();
            assertThat(first.cells()).containsExactly("3100000000",
                    "Hola José 0, su saldo es de $0. Llámenos al 3100000000.");
            rows = 1;
            while (reader.next() != null) {
                rows++;
            }
        }
        assertThat(rows).isEqualTo(200_001);
    }

    private static List<Path> saemTempFiles() throws Exception {
        try (Stream<Path> files = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
            return files.filter(path -> path.getFileName().toString().startsWith("vocero-saem-")).sorted().toList();
        }
    }

    /** A small multipart/form-data parser: enough to check Saem's form part by part. */
    static List<Part> parse(byte[] body) {
        String text = new String(body, StandardCharsets.ISO_8859_1); // one char per byte: offsets are byte offsets
        String delimiter = "--" + SaemMultipart.BOUNDARY;
        assertThat(text).startsWith(delimiter + "\r\n").endsWith(delimiter + "--\r\n");
        List<Part> parts = new ArrayList<>();
        int at = delimiter.length() + 2;
        while (true) {
            int next = text.indexOf("\r\n" + delimiter, at);
            String part = text.substring(at, next);
            int headersEnd = part.indexOf("\r\n\r\n");
            Map<String, String> headers = new LinkedHashMap<>();
            for (String line : part.substring(0, headersEnd).split("\r\n")) {
                int colon = line.indexOf(':');
                headers.put(line.substring(0, colon).trim().toLowerCase(), line.substring(colon + 1).trim());
            }
            byte[] content = part.substring(headersEnd + 4).getBytes(StandardCharsets.ISO_8859_1);
            String disposition = headers.get("content-disposition");
            assertThat(disposition).startsWith("form-data; ");
            parts.add(new Part(parameter(disposition, "name"), parameter(disposition, "filename"),
                    headers.get("content-type"), content));
            at = next + 2 + delimiter.length();
            if (text.startsWith("--\r\n", at)) {
                return parts;
            }
            at += 2;
        }
    }

    private static String parameter(String disposition, String name) {
        String key = "; " + name + "=\"";
        int start = disposition.indexOf(key);
        return start < 0 ? null : disposition.substring(start + key.length(), disposition.indexOf('"', start + key.length()));
    }
}
