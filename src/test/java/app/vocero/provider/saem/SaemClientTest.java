package app.vocero.provider.saem;

import static org.assertj.core.api.Assertions.assertThat;

import app.vocero.domain.Account;
import app.vocero.domain.campaign.ProviderId;
import app.vocero.provider.PlannedRequest;
import app.vocero.provider.Reply;
import app.vocero.provider.RequestBody;
import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SaemClientTest {

    private static final String BASE = "https://apicallb.saem.tel";
    private static final String KEY = "sk-live-9f8e7d6c5b4a";
    private static final Account ACCOUNT = new Account("Saem Bogotá", ProviderId.SAEM, BASE, null, null, "keyring",
            false, Instant.EPOCH);

    private final SaemClient client = new SaemClient();

    private static PlannedRequest request(String path, String body) {
        return new PlannedRequest(path.substring(1), "POST", BASE + path,
                Map.of("x-auth", "{{secret:apiKey}}", "Content-Type", "application/json"), "application/json",
                RequestBody.of(body), 0);
    }

    private static final PlannedRequest MASSIVE = request("/send/massive", "{}");
    private static final PlannedRequest PARQUET = request("/send/massive/parquet", "");
    private static final PlannedRequest AUDIO = request("/audio/generate",
            "{\"text\":\"Hola\",\"voice\":\"Maria\",\"resource_name\":\"aviso_pago\"}");

    private static byte[] reply(String name) {
        try (InputStream in = SaemClientTest.class.getResourceAsStream("replies/" + name)) {
            assertThat(in).as(name).isNotNull();
            return in.readAllBytes();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void credentialsAreTheApiKeyOnly() {
        assertThat(client.id()).isEqualTo(ProviderId.SAEM);
        assertThat(client.credentials(ACCOUNT, KEY)).containsExactly(Map.entry("apiKey", KEY));
    }

    @Test
    void nothingSaemDocumentsIsRepeatable() {
        assertThat(client.isRepeatable(MASSIVE)).isFalse();
        assertThat(client.isRepeatable(PARQUET)).isFalse();
        assertThat(client.isRepeatable(AUDIO)).isFalse();
    }

    @Test
    void campaignCreatedKeepsSendsWithTheNullKeyAndTheSummary() {
        Reply reply = client.read(MASSIVE, 200, reply("send-massive-accepted.json"));

        assertThat(reply.kind()).isEqualTo(Reply.Kind.ACCEPTED);
        assertThat(reply.secrets()).isEmpty();
        assertThat(reply.code()).isNull();
        assertThat(reply.ids()).containsOnlyKeys("sends", "summary");
        @SuppressWarnings("unchecked")
        Map<String, Object> sends = (Map<String, Object>) reply.ids().get("sends");
        assertThat(sends).containsExactly(Map.entry("Claro", 120), Map.entry("Movistar", 80), Map.entry("Tigo", 45),
                Map.entry("null", 5));
        assertThat(reply.ids().get("summary")).isEqualTo(
                Map.of("total_records", 250, "total_credits", 500, "seconds_aprox", 7500));
    }

    @Test
    void parquetAnswerIsReadLikeJsonAndACampaignIdIsKeptWhenPresent() {
        Reply reply = client.read(PARQUET, 201, reply("send-massive-accepted-enveloped.json"));

        assertThat(reply.kind()).isEqualTo(Reply.Kind.ACCEPTED);
        assertThat(reply.ids()).containsEntry("campaignId", List.of("6611", "6612"))
                .containsEntry("sends", Map.of("Claro", 2, "null", 1))
                .containsEntry("summary", Map.of("total_records", 3, "total_credits", 4, "seconds_aprox", 90));
    }

    @Test
    void campaignIdFieldsAreReadInOrder() {
        Reply reply = client.read(MASSIVE, 200, "{\"campaignId\": 77, \"sends\": {}}".getBytes());
        assertThat(reply.ids()).containsEntry("campaignId", "77").containsEntry("sends", Map.of());
    }

    @Test
    void emptySuccessIsStillAccepted() {
        Reply reply = client.read(MASSIVE, 200, new byte[0]);
        assertThat(reply.kind()).isEqualTo(Reply.Kind.ACCEPTED);
        assertThat(reply.ids()).isEmpty();
    }

    @Test
    void generatedAudioGivesTheAudioIdTheCampaignPlaceholderNeeds() {
        Reply reply = client.read(AUDIO, 200, reply("audio-generate-accepted.json"));
        assertThat(reply.kind()).isEqualTo(Reply.Kind.ACCEPTED);
        assertThat(reply.ids()).containsExactly(Map.entry("audioId", "A-8812"));
        assertThat(SaemCampaign.GENERATED_AUDIO_ID).isEqualTo("{" + "audioId" + "}");

        assertThat(client.read(AUDIO, 201, reply("audio-generate-enveloped-id.json")).ids())
                .containsExactly(Map.entry("audioId", "8812"));
        assertThat(client.read(AUDIO, 200, "{\"resourceId\":\"r-1\"}".getBytes()).ids())
                .containsExactly(Map.entry("audioId", "r-1"));
    }

    @Test
    void generatedAudioWithoutAnIdStopsTheCampaignAndSaysWhereToFindIt() {
        Reply reply = client.read(AUDIO, 200, reply("audio-generate-no-id.json"));

        assertThat(reply.kind()).isEqualTo(Reply.Kind.REJECTED);
        assertThat(reply.code()).isEqualTo(SaemClient.AUDIO_ID_MISSING);
        assertThat(reply.english()).contains("\"aviso_pago\"", "Resources", "without generating it again");
        assertThat(reply.spanish()).contains("\"aviso_pago\"", "Recursos", "sin generarlo de nuevo");
    }

    @ParameterizedTest
    @CsvSource({
        "AUTH.TOKEN_MISSING.json, 400, AUTH.TOKEN_MISSING, API key, clave de API",
        "API_KEY_NOT_FOUND.json,  400, API_KEY_NOT_FOUND,  Copy the key again, Cópiela de nuevo",
        "USER_NOT_FOUND.json,     404, USER_NOT_FOUND,     Ask Saem support, Pregunte al soporte",
        "USER_INACTIVE.json,      401, USER_INACTIVE,      reactivate, reactive",
        "CALLB_015.json,          404, CALLB_015,          Resources module, módulo Recursos",
        "CALLB_016.json,          404, CALLB_016,          enable calls, habilite las llamadas",
        "CALLB_018.json,          400, CALLB_018,          allowed calling hours, horas permitidas",
        "CALLB_019.json,          400, CALLB_019,          Parquet, Parquet",
        "CALLB_021.json,          402, CALLB_021,          Buy credits, Compre créditos",
        "CALLB_022.json,          400, CALLB_022,          Split the list, Divida la lista",
        "CALLB_AUD_001.json,      400, CALLB_AUD_001,      resource name, nombre del recurso",
        "CALLB_AUD_002.json,      409, CALLB_AUD_002,      already exists, Ya existe",
    })
    void everyDocumentedErrorIsRejectedWithItsAdviceInBothLanguages(String file, int status, String code,
                                                                    String english, String spanish) {
        Reply reply = client.read(code.startsWith("CALLB_AUD") ? AUDIO : MASSIVE, status, reply(file));

        assertThat(reply.kind()).isEqualTo(Reply.Kind.REJECTED);
        assertThat(reply.code()).isEqualTo(code);
        SaemErrors.SaemError documented = SaemErrors.forCode(code).orElseThrow();
        assertThat(reply.english()).isEqualTo(documented.english()).contains(english);
        assertThat(reply.spanish()).isEqualTo(documented.spanish()).contains(spanish);
        assertThat(reply.ids()).isEmpty();
        assertThat(reply.secrets()).isEmpty();
    }

    @Test
    void authenticationErrorsAreNeverUnauthorizedBecauseSaemKeysDoNotExpire() {
        for (String code : List.of("AUTH.TOKEN_MISSING", "API_KEY_NOT_FOUND", "USER_NOT_FOUND", "USER_INACTIVE")) {
            Reply reply = client.read(MASSIVE, SaemErrors.forCode(code).orElseThrow().httpStatus(),
                    reply(code + ".json"));
            assertThat(reply.kind()).as(code).isEqualTo(Reply.Kind.REJECTED);
            assertThat(reply.english()).as(code).containsIgnoringCase("key");
            assertThat(reply.spanish()).as(code).contains("clave");
        }
        assertThat(client.read(MASSIVE, 401, "{}".getBytes()).kind()).isEqualTo(Reply.Kind.REJECTED);
    }

    @Test
    void aPlainTextErrorBodyIsSearchedForACode() {
        Reply reply = client.read(MASSIVE, 402, "CALLB_021 Insufficient credits".getBytes());
        assertThat(reply.code()).isEqualTo("CALLB_021");
    }

    @Test
    void anUnknownCodeGivesTheStatusAndSaemsOwnShortMessage() {
        Reply reply = client.read(MASSIVE, 400, reply("unknown-code.json"));

        assertThat(reply.kind()).isEqualTo(Reply.Kind.REJECTED);
        assertThat(reply.code()).isEqualTo("CALLB_099");
        assertThat(reply.english()).contains("HTTP 400", "\"Campaign name already in use\"");
        assertThat(reply.spanish()).contains("HTTP 400", "\"Campaign name already in use\"");
    }

    @Test
    void aServerErrorNeverQuotesTheWholeBodyAndWarnsTheCampaignMayExist() {
        Reply reply = client.read(MASSIVE, 502, reply("server-error.html"));

        assertThat(reply.code()).isEqualTo("502");
        assertThat(reply.english()).contains("HTTP 502", "was not created").doesNotContain("<html>");
        assertThat(reply.spanish()).contains("HTTP 502", "no se haya creado").doesNotContain("<html>");
    }

    @Test
    void aLongProviderMessageIsCut() {
        String longMessage = "x".repeat(5000);
        Reply reply = client.read(MASSIVE, 400, ("{\"message\":\"" + longMessage + "\"}").getBytes());
        assertThat(reply.english().length()).isLessThan(SaemClient.QUOTE_LIMIT + 200);
    }

    @Test
    void thereIsNoHarmlessCallAndNoTracking() {
        assertThat(client.connectionTest(ACCOUNT, BASE)).isEmpty();
        assertThat(client.trackingRequests(BASE, List.of(Map.of("sends", Map.of("Claro", 1))))).isEmpty();
        String[] reason = client.noTrackingReason().orElseThrow();
        assertThat(reason[0]).contains("no way to follow calls", "Saem's web platform", "summary");
        assertThat(reason[1]).contains("no ofrece forma de seguir las llamadas", "plataforma web de Saem", "resumen");
    }
}
