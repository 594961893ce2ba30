package app.vocero.service;

import app.vocero.domain.Account;
import app.vocero.provider.ProviderClient;
import app.vocero.store.SecretException;
import app.vocero.store.SecretStore;
import java.util.HashMap;
import java.util.Map;

/**
 * Where an account's requests go and the secrets they carry, kept in memory for one send only. Sandbox accounts
 * point at the running built-in sandbox with its public keys.
 */
record AccountEndpoint(String baseUrl, String authUrl, Map<String, String> secrets, Account account) {

    static AccountEndpoint of(Account account, ProviderClient client, SecretStore secrets, SandboxEndpoints sandbox) {
        if (account.sandbox()) {
            Account pointed = new Account(account.name(), account.provider(), sandbox.baseUrl(account.provider()),
                    sandbox.authUrl(account.provider()), sandbox.login(account.provider()), account.protection(), true,
                    account.createdAt());
            return new AccountEndpoint(pointed.baseUrl(), pointed.authUrl(),
                    new HashMap<>(client.credentials(pointed, sandbox.secret(account.provider()))), pointed);
        }
        String name = AccountService.secretName(account.provider(), account.login() != null);
        String secret = secrets.get(account.name(), name).orElseThrow(() -> new SecretException(
                "The secret of account " + account.name() + " is missing: edit the account and give its secret again.",
                "Falta el secreto de la cuenta " + account.name() + ": edite la cuenta y escriba su secreto de nuevo."));
        return new AccountEndpoint(account.baseUrl(), account.authUrl(), new HashMap<>(client.credentials(account, secret)),
                account);
    }

    /** A planned URL with the official token URL replaced by the account's (Routee accounts may point elsewhere). */
    String route(String url, String officialAuthUrl) {
        if (authUrl != null && officialAuthUrl != null && url.startsWith(officialAuthUrl)) {
            return authUrl + url.substring(officialAuthUrl.length());
        }
        return url;
    }
}
