package app.vocero.service;

import app.vocero.domain.Account;
import app.vocero.domain.SecretProtection;
import app.vocero.domain.campaign.ProviderId;
import app.vocero.provider.ProviderPlan;
import app.vocero.provider.UrlPolicy;
import app.vocero.store.AccountRepository;
import app.vocero.store.SecretException;
import app.vocero.store.SecretStore;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Provider accounts: adding (secret to the secret store, never elsewhere), listing, removing, the sandbox ones. */
public final class AccountService {

    /** Routee's OAuth token endpoint (NOTES.md): an account may set another. */
    public static final String ROUTEE_AUTH_URL = "https://auth.routee.net/oauth/token";
    /** The base URL sandbox accounts are saved with; the sender points it at the running built-in sandbox. */
    public static final String SANDBOX_URL = "sandbox:";

    private final AccountRepository accounts;
    private final SecretStore secrets;
    private final Map<ProviderId, ProviderPlan> plans;
    private final Clock clock;

    public AccountService(AccountRepository accounts, SecretStore secrets, Map<ProviderId, ProviderPlan> plans,
                          Clock clock) {
        this.accounts = accounts;
        this.secrets = secrets;
        this.plans = Map.copyOf(plans);
        this.clock = clock;
    }

    /** What the user gives to add an account; the secret comes from an environment variable, stdin or a dialog. */
    public record NewAccount(String name, ProviderId provider, String baseUrl, String authUrl, String login,
                             String secret) {
    }

    /**
     * @throws AccountException with a message in English and Spanish when something is missing or not allowed
     */
    public Account add(NewAccount request) {
        String name = request.name() == null ? "" : request.name().trim();
        if (name.isEmpty()) {
            throw new AccountException("Give the account a name.", "Dé un nombre a la cuenta.");
        }
        if (accounts.find(name).isPresent()) {
            throw new AccountException("There is already an account named \"" + name + "\".",
                    "Ya hay una cuenta llamada \"" + name + "\".");
        }
        ProviderId provider = request.provider();
        String baseUrl = blank(request.baseUrl()) ? defaultBaseUrl(provider) : request.baseUrl().trim();
        String authUrl = provider == ProviderId.ROUTEE
                ? (blank(request.authUrl()) ? ROUTEE_AUTH_URL : request.authUrl().trim()) : null;
        checkAddresses(baseUrl, authUrl);
        String login = blank(request.login()) ? null : request.login().trim();
        requireLogin(provider, login);
        if (blank(request.secret())) {
            throw new AccountException("The account's secret is empty.", "El secreto de la cuenta está vacío.");
        }
        Account account = new Account(name, provider, baseUrl, authUrl, login, secrets.protection().key(), false,
                clock.instant());
        try {
            secrets.put(name, secretName(provider, login != null), request.secret().trim());
        } catch (SecretException e) {
            throw inWords(e);
        }
        accounts.insert(account);
        return account;
    }

    /**
     * What may change in an account: where it points, its login, and its secret. Its name stays — drafts and the
     * history know the account by it.
     *
     * @param secret a new secret, or {@code null}/blank to keep the stored one
     */
    public record Changes(String baseUrl, String authUrl, String login, String secret) {
    }

    /**
     * Saves new settings for an account; a new secret replaces the stored one (a wrong or missing passphrase changes
     * nothing). Sandbox accounts keep their built-in address and keys.
     *
     * @throws AccountException in English and Spanish when the account is missing or the change is not allowed
     */
    public Account update(String name, Changes changes) {
        Account account = accounts.find(name).orElseThrow(() -> new AccountException(
                "No account named \"" + name + "\".", "No hay una cuenta llamada \"" + name + "\"."));
        if (account.sandbox()) {
            throw new AccountException("The sandbox accounts' address and keys are built in: they cannot be changed.",
                    "La dirección y las claves de las cuentas del sandbox vienen incorporadas: no se pueden cambiar.");
        }
        ProviderId provider = account.provider();
        String baseUrl = blank(changes.baseUrl()) ? defaultBaseUrl(provider) : changes.baseUrl().trim();
        String authUrl = provider == ProviderId.ROUTEE
                ? (blank(changes.authUrl()) ? ROUTEE_AUTH_URL : changes.authUrl().trim()) : null;
        checkAddresses(baseUrl, authUrl);
        String login = blank(changes.login()) ? null : changes.login().trim();
        requireLogin(provider, login);
        String secretName = secretName(provider, login != null);
        boolean newSecret = !blank(changes.secret());
        if (!newSecret && !secretName.equals(secretName(provider, account.login() != null))) {
            throw new AccountException(login == null
                    ? "Without an e-mail, Smartflo logs in with an API token: give the token as the new secret."
                    : "With an e-mail, Smartflo logs in with a password: give the password as the new secret.",
                    login == null
                            ? "Sin correo, Smartflo entra con un token de la API: escriba el token como secreto nuevo."
                            : "Con correo, Smartflo entra con una contraseña: escriba la contraseña como secreto nuevo.");
        }
        Account changed = new Account(name, provider, baseUrl, authUrl, login,
                newSecret ? secrets.protection().key() : account.protection(), false, account.createdAt());
        if (newSecret) {
            try {
                secrets.put(name, secretName, changes.secret().trim());
            } catch (SecretException e) {
                throw inWords(e);
            }
        }
        accounts.update(changed);
        return changed;
    }

    /** Whether the account's secret is kept (sandbox accounts use public keys: always). Never reads the secret. */
    public boolean hasSecret(Account account) {
        if (account.sandbox()) {
            return true;
        }
        try {
            return secrets.has(account.name(), secretName(account.provider(), account.login() != null));
        } catch (SecretException e) {
            return false;
        }
    }

    /** A secret-store problem (wrong or missing passphrase, store unavailable) in the user's words. */
    static AccountException inWords(SecretException e) {
        return new AccountException(e.message("en"), e.message("es"));
    }

    private static void checkAddresses(String baseUrl, String authUrl) {
        for (String url : authUrl == null ? List.of(baseUrl) : List.of(baseUrl, authUrl)) {
            UrlPolicy.problem(url).ifPresent(problem -> {
                throw new AccountException(problem[0], problem[1]);
            });
        }
    }

    private static void requireLogin(ProviderId provider, String login) {
        if (login == null && (provider == ProviderId.ROUTEE || provider == ProviderId.OCTOPUSH)) {
            throw new AccountException(provider == ProviderId.ROUTEE
                    ? "Routee needs the application id as --login (the secret is the application secret)."
                    : "Octopush needs the api-login (your account e-mail) as --login.",
                    provider == ProviderId.ROUTEE
                            ? "Routee necesita el id de la aplicación como --login (el secreto es el secreto de la aplicación)."
                            : "Octopush necesita el api-login (el correo de su cuenta) como --login.");
        }
    }

    /** Which secret an account of this provider keeps. */
    public static String secretName(ProviderId provider, boolean hasLogin) {
        switch (provider) {
            case SAEM:
            case OCTOPUSH:
                return "apiKey";
            case ROUTEE:
                return "secret";
            case SMARTFLO:
                return hasLogin ? "password" : "token";
            default:
                return "token";
        }
    }

    public String defaultBaseUrl(ProviderId provider) {
        ProviderPlan plan = plans.get(provider);
        if (plan == null) {
            throw new AccountException(provider.displayName() + " is not supported by this Vocero yet.",
                    "Este Vocero aún no trabaja con " + provider.displayName() + ".");
        }
        return plan.defaultBaseUrl();
    }

    public List<Account> list() {
        return accounts.all();
    }

    public Optional<Account> find(String name) {
        return accounts.find(name);
    }

    public boolean remove(String name) {
        Optional<Account> account = accounts.find(name);
        if (account.isEmpty()) {
            return false;
        }
        if (!account.get().sandbox()) {
            try {
                secrets.confirmAccess(); // a wrong passphrase removes nothing
                secrets.removeAll(name);
            } catch (SecretException e) {
                throw inWords(e);
            }
        }
        return accounts.delete(name);
    }

    /** The protection new secrets get on this machine. */
    public SecretProtection protection() {
        return secrets.protection();
    }

    /** One "Sandbox …" account per provider, created once, so a new user can try a whole campaign offline. */
    public void ensureSandboxAccounts() {
        for (ProviderId provider : plans.keySet()) {
            String name = sandboxName(provider);
            if (accounts.find(name).isEmpty()) {
                try {
                    accounts.insert(new Account(name, provider, SANDBOX_URL, provider == ProviderId.ROUTEE ? SANDBOX_URL : null,
                            null, SecretProtection.SANDBOX.key(), true, clock.instant()));
                } catch (app.vocero.store.StoreException e) {
                    // a window and a command starting together on a new data directory: the other one added it
                    if (accounts.find(name).isEmpty()) {
                        throw e;
                    }
                }
            }
        }
    }

    public static String sandboxName(ProviderId provider) {
        return "Sandbox " + provider.displayName();
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
