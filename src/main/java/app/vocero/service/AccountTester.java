package app.vocero.service;

import app.vocero.domain.Account;
import app.vocero.domain.campaign.ProviderId;
import app.vocero.provider.PlannedRequest;
import app.vocero.provider.ProviderClient;
import app.vocero.provider.Reply;
import app.vocero.provider.http.HttpResult;
import app.vocero.provider.http.HttpTransport;
import app.vocero.provider.http.OutgoingRequest;
import app.vocero.provider.routee.RouteePlan;
import app.vocero.store.SecretStore;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * "Test connection": the cheapest harmless call each API has (Routee token, Smartflo login, Meetzy calls list,
 * Octopush simulation). Where the API has none (Saem), it says so instead of pretending.
 */
public final class AccountTester {

    private final AccountService accounts;
    private final SecretStore secrets;
    private final Map<ProviderId, ProviderClient> clients;
    private final HttpTransport transport;
    private final SandboxEndpoints sandbox;

    public AccountTester(AccountService accounts, SecretStore secrets, Map<ProviderId, ProviderClient> clients,
                         HttpTransport transport, SandboxEndpoints sandbox) {
        this.accounts = accounts;
        this.secrets = secrets;
        this.clients = Map.copyOf(clients);
        this.transport = transport;
        this.sandbox = sandbox;
    }

    /** @param tested whether a call was made at all (false for Saem) */
    public record Result(boolean ok, boolean tested, String english, String spanish) {
        public String message(String language) {
            return "es".equalsIgnoreCase(language) ? spanish : english;
        }
    }

    /**
     * @throws AccountException in English and Spanish when there is no such account or its secret cannot be read
     *                          (passphrase missing or wrong)
     */
    public Result test(String name) throws InterruptedException {
        Account account = accounts.find(name).orElseThrow(() -> new AccountException(
                "No account named \"" + name + "\".", "No hay una cuenta llamada \"" + name + "\"."));
        ProviderClient client = clients.get(account.provider());
        AccountEndpoint endpoint;
        try {
            endpoint = AccountEndpoint.of(account, client, secrets, sandbox);
        } catch (app.vocero.store.SecretException e) {
            throw AccountService.inWords(e); // a missing or wrong passphrase, or a lost secret: said plainly
        }
        Optional<PlannedRequest> probe = client.connectionTest(endpoint.account(), endpoint.baseUrl());
        if (probe.isEmpty()) {
            return new Result(false, false, account.provider().displayName()
                    + "'s API has no harmless call to test an account with: Vocero cannot check the key without creating a campaign. "
                    + "It will know at the first send.", "La API de " + account.provider().displayName()
                    + " no tiene una llamada inofensiva para probar una cuenta: Vocero no puede verificar la clave sin crear una campaña. "
                    + "Lo sabrá en el primer envío.");
        }
        Map<String, String> values = new HashMap<>();
        for (PlannedRequest login : client.login(endpoint.account(), endpoint.baseUrl())) {
            Reply reply = call(client, endpoint, values, login);
            if (reply.kind() != Reply.Kind.ACCEPTED) {
                return failed(reply);
            }
            endpoint.secrets().putAll(reply.secrets());
        }
        Reply reply = call(client, endpoint, values, probe.get());
        if (reply.kind() == Reply.Kind.ACCEPTED) {
            return new Result(true, true, "The account works: " + account.provider().displayName() + " accepted its credentials.",
                    "La cuenta funciona: " + account.provider().displayName() + " aceptó sus credenciales.");
        }
        return failed(reply);
    }

    private static Result failed(Reply reply) {
        return new Result(false, true, reply.english(), reply.spanish());
    }

    private Reply call(ProviderClient client, AccountEndpoint endpoint, Map<String, String> values, PlannedRequest request)
            throws InterruptedException {
        try {
            PlannedRequest routed = new PlannedRequest(request.step(), request.method(),
                    endpoint.route(request.url(), RouteePlan.TOKEN_URL), request.headers(), request.contentType(),
                    request.body(), request.records());
            Placeholders.Filled filled = new Placeholders(endpoint.secrets(), values).fill(routed);
            HttpResult result = transport.send(new OutgoingRequest(request.method(), filled.uri(), filled.headers(),
                    request.contentType(), filled.body()));
            if (result instanceof HttpResult.Answered) {
                HttpResult.Answered answer = (HttpResult.Answered) result;
                return client.read(request, answer.status(), answer.body());
            }
            if (result instanceof HttpResult.NotSent && !((HttpResult.NotSent) result).worthRetrying()) {
                HttpResult.NotSent refused = (HttpResult.NotSent) result;
                return Reply.rejected("not_sent", refused.reason(), refused.reasonEs());
            }
            String reason = result instanceof HttpResult.NotSent ? ((HttpResult.NotSent) result).reason()
                    : ((HttpResult.Unknown) result).reason();
            String razon = result instanceof HttpResult.NotSent ? ((HttpResult.NotSent) result).reasonEs()
                    : ((HttpResult.Unknown) result).reasonEs();
            return Reply.rejected("unreachable", "The provider could not be reached: " + reason,
                    "No se pudo contactar al proveedor: " + razon);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
