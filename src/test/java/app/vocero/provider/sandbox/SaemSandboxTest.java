package app.vocero.provider.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import app.vocero.contacts.read.ParquetContactsWriter;
import app.vocero.contacts.read.ParquetContactsWriter.ColumnType;
import app.vocero.domain.campaign.ProviderId;
import app.vocero.provider.sandbox.SandboxHttp.Answer;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SaemSandboxTest {

    private static final String KEY = "x-auth";
    private SandboxServer sandbox;
    private final SandboxHttp http = new SandboxHttp();
    private String base;

    @BeforeEach
    void start() {
        sandbox = SandboxServer.start(0);
        base = sandbox.baseUrl(ProviderId.SAEM);
    }

    @AfterEach
    void stop() {
        sandbox.close();
    }

    static Map<String, Object> schedule() {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("dateStart", "2026-03-02 08:00:00");
        s.put("dateEnd", "2026-03-02 18:00:00");
        s.put("reviews", 2);
        s.put("configReview", List.of("nocontesta", "buzon"));
        return s;
    }

    static Map<String, Object> standard(List<?> numbers) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("subService", "standard");
        body.put("prefix", 57);
        body.put("gmt", "-05:00");
        body.put("nameCampaign", "Cobranza marzo");
        body.put("audioId", SandboxCredentials.SAEM_SANDBOX_AUDIO_ID);
        body.put("mailbox", false);
        body.put("configProgramming", List.of(schedule()));
        body.put("numbers", numbers);
        return body;
    }

    private Answer send(Map<String, Object> body) throws Exception {
        return http.postJson(base + "/send/massive", SandboxHttp.json(body), KEY, SandboxCredentials.SAEM_API_KEY);
    }

    @Test
    void standardCampaignCountsNumbersPerOperatorWithNullForInvalidOnes() throws Exception {
        Answer a = send(standard(List.of("3001234567", "3101234567", 3151234567L, "12ab", "6012345678")));

        assertThat(a.status()).isEqualTo(200);
        assertThat(a.json().get("sends").get("TIGO").asInt()).isEqualTo(1);
        assertThat(a.json().get("sends").get("CLARO").asInt()).isEqualTo(1);
        assertThat(a.json().get("sends").get("MOVISTAR").asInt()).isEqualTo(1);
        assertThat(a.json().get("sends").get("FIJO").asInt()).isEqualTo(1);
        assertThat(a.json().get("sends").get("null").asInt()).isEqualTo(1);
        assertThat(a.json().get("summary").get("total_records").asInt()).isEqualTo(5);
        assertThat(a.json().get("summary").get("total_credits").asInt()).isEqualTo(4);
        assertThat(a.json().get("summary").get("seconds_aprox").asInt()).isEqualTo(4 * 30);
        assertThat(sandbox.campaignsCreated(ProviderId.SAEM)).isEqualTo(1);
        assertThat(sandbox.requests(ProviderId.SAEM)).singleElement().satisfies(r -> {
            assertThat(r.path()).isEqualTo("/send/massive");
            assertThat(r.method()).isEqualTo("POST");
            assertThat(r.header("X-AUTH")).isEqualTo(SandboxCredentials.SAEM_API_KEY);
            assertThat(r.bodyText()).contains("\"subService\":\"standard\"");
        });
    }

    @Test
    void eachScheduleIsACampaign() throws Exception {
        Map<String, Object> body = standard(List.of("3001234567"));
        body.put("configProgramming", List.of(schedule(), schedule(), schedule()));

        Answer a = send(body);

        assertThat(a.status()).isEqualTo(200);
        assertThat(a.json().get("summary").get("total_credits").asInt()).isEqualTo(3);
        assertThat(sandbox.campaignsCreated(ProviderId.SAEM)).isEqualTo(3);
    }

    @Test
    void missingAndWrongKeysGetTheDocumentedCodes() throws Exception {
        Answer missing = http.postJson(base + "/send/massive", SandboxHttp.json(standard(List.of("3001234567"))));
        Answer wrong = http.postJson(base + "/send/massive", SandboxHttp.json(standard(List.of("3001234567"))),
                KEY, "nope");

        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.json().get("code").asText()).isEqualTo("AUTH.TOKEN_MISSING");
        assertThat(wrong.status()).isEqualTo(400);
        assertThat(wrong.json().get("code").asText()).isEqualTo("API_KEY_NOT_FOUND");
        assertThat(sandbox.campaignsCreated(ProviderId.SAEM)).isZero();
    }

    @Test
    void moreThan200000NumbersIsCallb022AndExactly200000IsAccepted() throws Exception {
        List<String> numbers = new ArrayList<>(200_001);
        for (int i = 0; i < 200_001; i++) {
            numbers.add(Long.toString(3_000_000_000L + i));
        }
        Answer over = send(standard(numbers));
        numbers.remove(numbers.size() - 1);
        Answer limit = send(standard(numbers));

        assertThat(over.status()).isEqualTo(400);
        assertThat(over.json().get("code").asText()).isEqualTo("CALLB_022");
        assertThat(limit.status()).isEqualTo(200);
        assertThat(limit.json().get("summary").get("total_records").asInt()).isEqualTo(200_000);
        assertThat(sandbox.campaignsCreated(ProviderId.SAEM)).isEqualTo(1);
    }

    @Test
    void unknownAudioIsCallb015AndUnknownPrefixCallb016() throws Exception {
        Map<String, Object> audio = standard(List.of("3001234567"));
        audio.put("audioId", "999999");
        Map<String, Object> prefix = standard(List.of("3001234567"));
        prefix.put("prefix", "999");

        Answer a = send(audio);
        Answer p = send(prefix);

        assertThat(a.status()).isEqualTo(404);
        assertThat(a.json().get("code").asText()).isEqualTo("CALLB_015");
        assertThat(p.status()).isEqualTo(404);
        assertThat(p.json().get("code").asText()).isEqualTo("CALLB_016");
    }

    @Test
    void schedulesAreChecked() throws Exception {
        Map<String, Object> six = standard(List.of("3001234567"));
        six.put("configProgramming", List.of(schedule(), schedule(), schedule(), schedule(), schedule(), schedule()));
        Map<String, Object> badReview = standard(List.of("3001234567"));
        Map<String, Object> s = schedule();
        s.put("configReview", List.of("nocontesta", "whatever"));
        badReview.put("configProgramming", List.of(s));
        Map<String, Object> manyReviews = standard(List.of("3001234567"));
        Map<String, Object> r = schedule();
        r.put("reviews", 6);
        manyReviews.put("configProgramming", List.of(r));
        Map<String, Object> night = standard(List.of("3001234567"));
        Map<String, Object> n = schedule();
        n.put("dateEnd", "2026-03-02 23:00:00");
        night.put("configProgramming", List.of(n));
        Map<String, Object> gmt = standard(List.of("3001234567"));
        gmt.put("gmt", "-5");

        assertThat(send(six).json().get("message").asText()).contains("at most 5");
        assertThat(send(badReview).json().get("message").asText()).contains("whatever");
        assertThat(send(manyReviews).status()).isEqualTo(400);
        assertThat(send(night).json().get("code").asText()).isEqualTo("CALLB_018");
        assertThat(send(gmt).json().get("message").asText()).contains("gmt");
        assertThat(sandbox.campaignsCreated(ProviderId.SAEM)).isZero();
    }

    @Test
    void customCampaignNeedsVoiceAndNumberContentPairs() throws Exception {
        Map<String, Object> body = standard(List.of(Map.of("number", "3001234567", "content", "Hola {N}, "
                + "le recordamos su pago pendiente de {S}.")));
        body.remove("audioId");
        body.put("subService", "custom");
        Answer noVoice = send(body);
        body.put("voice", "Maria");
        Answer ok = send(body);
        body.put("numbers", List.of("3001234567"));
        Answer plainNumbers = send(body);

        assertThat(noVoice.status()).isEqualTo(400);
        assertThat(noVoice.json().get("message").asText()).contains("Juan");
        assertThat(ok.status()).isEqualTo(200);
        assertThat(ok.json().get("sends").get("TIGO").asInt()).isEqualTo(1);
        assertThat(ok.json().get("summary").get("seconds_aprox").asInt()).isEqualTo(4);
        assertThat(plainNumbers.status()).isEqualTo(400);
    }

    @Test
    void generatedAudioIsUsableAsAudioIdAndNamesAreCheckedAndUnique() throws Exception {
        String url = base + "/audio/generate";
        String body = SandboxHttp.json(Map.of("text", "Hola, este es un recordatorio de pago de Vocero.",
                "voice", "Juan", "resource_name", "recordatorio_marzo"));
        Answer created = http.postJson(url, body, KEY, SandboxCredentials.SAEM_API_KEY);
        Answer duplicate = http.postJson(url, body, KEY, SandboxCredentials.SAEM_API_KEY);
        Answer badName = http.postJson(url, SandboxHttp.json(Map.of("text", "Hola", "voice", "Juan",
                "resource_name", "mi audio.wav")), KEY, SandboxCredentials.SAEM_API_KEY);

        assertThat(created.status()).isEqualTo(200);
        String audioId = created.json().get("audioId").asText();
        assertThat(audioId).isNotBlank();
        assertThat(duplicate.status()).isEqualTo(409);
        assertThat(duplicate.json().get("code").asText()).isEqualTo("CALLB_AUD_002");
        assertThat(badName.status()).isEqualTo(400);
        assertThat(badName.json().get("code").asText()).isEqualTo("CALLB_AUD_001");

        Map<String, Object> campaign = standard(List.of("3001234567"));
        campaign.put("audioId", Integer.parseInt(audioId));
        Answer sent = send(campaign);
        assertThat(sent.status()).isEqualTo(200);
        assertThat(sent.json().get("summary").get("seconds_aprox").asInt())
                .isEqualTo(created.json().get("seconds").asInt());
    }

    @Test
    void parquetCampaignIsCountedFromTheFile(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("numeros.parquet");
        try (ParquetContactsWriter w = ParquetContactsWriter.to(file)
                .column("number", ColumnType.STRING, true).open()) {
            w.write("3001234567");
            w.write("3201234567");
            w.write("123");
        }
        Answer a = multipart(Files.readAllBytes(file), "standard");

        assertThat(a.status()).isEqualTo(200);
        assertThat(a.json().get("summary").get("total_records").asInt()).isEqualTo(3);
        assertThat(a.json().get("sends").get("CLARO").asInt()).isEqualTo(1);
        assertThat(a.json().get("sends").get("null").asInt()).isEqualTo(1);
        assertThat(sandbox.campaignsCreated(ProviderId.SAEM)).isEqualTo(1);
    }

    @Test
    void aFileThatIsNotParquetIsCallb019() throws Exception {
        Answer csv = multipart("number\n3001234567\n".getBytes(StandardCharsets.UTF_8), "standard");
        Answer truncated = multipart("PAR1 but cut short, no footer".getBytes(StandardCharsets.UTF_8), "standard");

        assertThat(csv.status()).isEqualTo(400);
        assertThat(csv.json().get("code").asText()).isEqualTo("CALLB_019");
        assertThat(truncated.json().get("code").asText()).isEqualTo("CALLB_019");
        assertThat(sandbox.campaignsCreated(ProviderId.SAEM)).isZero();
    }

    @Test
    void customParquetNeedsTheContentColumn(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("solo-numeros.parquet");
        try (ParquetContactsWriter w = ParquetContactsWriter.to(file)
                .column("number", ColumnType.INT64, true).open()) {
            w.write(3001234567L);
        }
        Answer a = multipart(Files.readAllBytes(file), "custom");

        assertThat(a.json().get("code").asText()).isEqualTo("CALLB_019");
        assertThat(a.json().get("message").asText()).contains("content");
    }

    private Answer multipart(byte[] file, String subService) throws Exception {
        String boundary = "----vocero" + System.nanoTime();
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("subService", subService);
        fields.put("prefix", "57");
        fields.put("gmt", "-05:00");
        fields.put("nameCampaign", "Parquet");
        fields.put(subService.equals("custom") ? "voice" : "audioId",
                subService.equals("custom") ? "Juan" : SandboxCredentials.SAEM_SANDBOX_AUDIO_ID);
        fields.put("configProgramming", SandboxHttp.json(List.of(schedule())));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (Map.Entry<String, String> f : fields.entrySet()) {
            out.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + f.getKey() + "\"\r\n\r\n"
                    + f.getValue() + "\r\n").getBytes(StandardCharsets.UTF_8));
        }
        out.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"n.parquet\""
                + "\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        out.write(file);
        out.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return http.send(HttpRequest.newBuilder(URI.create(base + "/send/massive/parquet"))
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .header(KEY, SandboxCredentials.SAEM_API_KEY)
                .POST(HttpRequest.BodyPublishers.ofByteArray(out.toByteArray())).build());
    }
}
