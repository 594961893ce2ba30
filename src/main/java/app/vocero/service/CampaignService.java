package app.vocero.service;

import app.vocero.campaign.CampaignChecks;
import app.vocero.campaign.CampaignZone;
import app.vocero.campaign.DraftException;
import app.vocero.campaign.DraftFile;
import app.vocero.campaign.DraftReading;
import app.vocero.campaign.Estimator;
import app.vocero.contacts.read.ContactFileException;
import app.vocero.domain.ContactField;
import app.vocero.domain.ContactTable;
import app.vocero.domain.campaign.ContactSource;
import app.vocero.domain.campaign.Draft;
import app.vocero.domain.campaign.Finding;
import app.vocero.domain.campaign.Message;
import app.vocero.domain.campaign.PriceTable;
import app.vocero.domain.campaign.ProviderId;
import app.vocero.domain.campaign.Template;
import app.vocero.provider.CampaignInput;
import app.vocero.provider.PlannedRequest;
import app.vocero.provider.ProviderPlan;
import app.vocero.provider.TemplateStats;
import app.vocero.store.PriceTableRepository;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Checks drafts offline (findings + estimate) and turns them into the exact requests, sending nothing. */
public final class CampaignService {

    private final ContactListService contactLists;
    private final PriceTableRepository prices;
    private final Map<ProviderId, ProviderPlan> plans;
    private final CampaignChecks checks;
    private final Clock clock;
    private final java.util.function.Predicate<String> accountExists;

    public CampaignService(ContactListService contactLists, PriceTableRepository prices,
                           Map<ProviderId, ProviderPlan> plans, CampaignChecks checks, Clock clock) {
        this(contactLists, prices, plans, checks, clock, name -> true);
    }

    /** @param accountExists whether a saved account has this name (a draft naming none cannot be sent) */
    public CampaignService(ContactListService contactLists, PriceTableRepository prices,
                           Map<ProviderId, ProviderPlan> plans, CampaignChecks checks, Clock clock,
                           java.util.function.Predicate<String> accountExists) {
        this.accountExists = accountExists;
        this.contactLists = contactLists;
        this.prices = prices;
        this.plans = Map.copyOf(plans);
        this.checks = checks;
        this.clock = clock;
    }

    /**
     * Reads a draft and checks it against its contacts and its provider's rules.
     *
     * @throws DraftException when the draft file cannot be read at all
     */
    public CampaignCheck check(Path draftFile, Progress progress) throws DraftException {
        DraftReading reading = DraftFile.read(draftFile);
        Draft draft = reading.draft();
        List<Finding> findings = new ArrayList<>(reading.findings());
        Optional<ProviderPlan> plan = Optional.ofNullable(draft.provider()).map(plans::get);
        if (draft.provider() != null && plan.isEmpty()) {
            findings.add(Finding.error("provider.unsupported", "provider",
                    draft.provider().displayName() + " drafts cannot be checked by this Vocero yet.",
                    "Este Vocero aún no puede revisar borradores de " + draft.provider().displayName() + "."));
        }
        if (draft.account() != null && !draft.account().isBlank() && !accountExists.test(draft.account())) {
            findings.add(Finding.error("draft.account", "account",
                    "No account named \"" + draft.account() + "\": add it (Accounts, or vocero accounts add) or name a saved one"
                            + " (vocero accounts list).",
                    "No hay una cuenta llamada \"" + draft.account() + "\": agréguela (Cuentas, o vocero accounts add) o use"
                            + " una guardada (vocero accounts list)."));
        }
        Optional<Contacts> contacts = contacts(draft.contacts(), reading.folder(), findings, progress);
        if (contacts.isEmpty()) {
            return new CampaignCheck(reading, findings, Optional.empty(), Optional.empty(), plan);
        }
        ZoneId zone = CampaignZone.parse(draft.timezone()).orElse(ZoneId.of("UTC"));
        Optional<Template> template = draft.message() instanceof Message.Tts
                && ((Message.Tts) draft.message()).template() != null
                ? Optional.of(Template.of((Message.Tts) draft.message())) : Optional.empty();
        ContactTable table = contacts.get().table;
        Optional<TemplateStats> stats = template.map(t -> TemplateStats.of(t, table));
        CampaignInput input = new CampaignInput(draft, table, template, stats, zone, clock.instant());
        List<Finding> common = checks.check(input, contacts.get().rows, plan.map(ProviderPlan::maxMessageLength).orElse(-1));
        if (plan.isEmpty()) {
            findings.addAll(common);
            return new CampaignCheck(reading, findings, Optional.empty(), Optional.of(input), plan);
        }
        findings.addAll(withoutRepeats(common, plan.get().check(input)));
        boolean errors = findings.stream().anyMatch(Finding::isError);
        int requests = countRequests(plan.get(), input, errors);
        Double audioSeconds = AudioLength.of(draft.message(), reading.folder(), findings);
        Optional<PriceTable> price = draft.account() == null ? Optional.empty() : prices.find(draft.account());
        var estimate = Estimator.estimate(input, requests, plan.get().providerCampaigns(input), audioSeconds, price);
        return new CampaignCheck(reading, findings, Optional.of(estimate), Optional.of(input), plan);
    }

    /**
     * How many requests the draft would send. With errors they are counted where the plan can still be made
     * (a missing price, a window in the past) and said uncounted where it cannot — never "0 requests".
     */
    static int countRequests(ProviderPlan plan, CampaignInput input, boolean errors) {
        if (!errors) {
            return plan.requests(input, plan.defaultBaseUrl()).size();
        }
        try {
            return plan.requests(input, plan.defaultBaseUrl()).size();
        } catch (RuntimeException e) {
            return app.vocero.domain.campaign.Estimate.UNCOUNTED; // the errors keep the requests from being planned
        }
    }

    /** The exact requests of a draft without errors; empty when it has errors. */
    public List<PlannedRequest> requests(CampaignCheck check) {
        if (check.hasErrors() || check.plan().isEmpty() || check.input().isEmpty()) {
            return List.of();
        }
        ProviderPlan plan = check.plan().get();
        return plan.requests(check.input().get(), plan.defaultBaseUrl());
    }

    /**
     * The exact requests of a draft without errors as a person reads them (secrets masked), addressed to
     * {@code baseUrl} — the account's own address rather than the provider's default; empty when it has errors.
     */
    public List<RequestPreview> previews(CampaignCheck check, String baseUrl) {
        if (check.hasErrors() || check.plan().isEmpty() || check.input().isEmpty()) {
            return List.of();
        }
        ProviderPlan plan = check.plan().get();
        String base = baseUrl == null || baseUrl.isBlank() ? plan.defaultBaseUrl() : baseUrl;
        return plan.requests(check.input().get(), base).stream().map(RequestPreview::of).toList();
    }

    /**
     * Common findings the provider's rules say again in its own terms (same field, same severity) are left out:
     * "Saem allows 0 to 5 retries" says more than "use 0 to 5".
     */
    static List<Finding> withoutRepeats(List<Finding> common, List<Finding> provider) {
        List<Finding> merged = new ArrayList<>();
        for (Finding finding : common) {
            boolean repeated = provider.stream().anyMatch(own -> !own.field().isEmpty()
                    && own.field().equals(finding.field()) && own.severity() == finding.severity());
            if (!repeated) {
                merged.add(finding);
            }
        }
        merged.addAll(provider);
        return merged;
    }

    private record Contacts(ContactTable table, long rows) {
    }

    /** The endings of the contact files a draft may name (what Excel, DuckDB and CRMs export). */
    static final List<String> CONTACT_FILE_EXTENSIONS = List.of(".csv", ".txt", ".tsv", ".xlsx", ".xlsm", ".xls",
            ".parquet", ".pq", ".json");

    static boolean isContactFileName(Path file) {
        Path name = file.getFileName();
        String lower = name == null ? "" : name.toString().toLowerCase(java.util.Locale.ROOT);
        return CONTACT_FILE_EXTENSIONS.stream().anyMatch(lower::endsWith);
    }

    private Optional<Contacts> contacts(ContactSource source, Path folder, List<Finding> findings, Progress progress) {
        Optional<Contacts> loaded = loadContacts(source, folder, findings, progress);
        Optional<String> onlyCode = CountrySplit.chosen(source);
        if (loaded.isEmpty() || onlyCode.isEmpty()) {
            return loaded;
        }
        CountrySplit.Split split = CountrySplit.keepOnly(loaded.get().table, onlyCode.get());
        int aside = split.setAside().size();
        findings.add(Finding.info("contacts.onlyCallingCode", "contacts." + CountrySplit.DRAFT_KEY,
                "Only the +" + split.callingCode() + " numbers are called (" + split.kept().size() + "); " + aside
                        + " numbers of other countries are set aside (contacts." + CountrySplit.DRAFT_KEY + ").",
                "Solo se llama a los números +" + split.callingCode() + " (" + split.kept().size() + "); " + aside
                        + " números de otros países quedan aparte (contacts." + CountrySplit.DRAFT_KEY + ")."));
        return Optional.of(new Contacts(split.kept(), loaded.get().rows));
    }

    private Optional<Contacts> loadContacts(ContactSource source, Path folder, List<Finding> findings,
                                            Progress progress) {
        if (source == null || (source.file() == null) == (source.list() == null)) {
            return Optional.empty();
        }
        if (source.isSavedList()) {
            Optional<app.vocero.domain.ContactListSummary> list = contactLists.find(source.list());
            if (list.isEmpty()) {
                findings.add(Finding.error("contacts.list", "contacts.list",
                        "No saved contact list \"" + source.list() + "\". See the saved lists with: vocero contacts lists",
                        "No hay una lista de contactos guardada \"" + source.list() + "\". Vea las listas con: vocero contacts lists"));
                return Optional.empty();
            }
            return contactLists.contacts(list.get().id()).map(table -> new Contacts(table, list.get().rows()));
        }
        if (source.country() == null || source.country().isBlank()) {
            findings.add(Finding.error("draft.missing", "contacts.country",
                    "The draft has no \"contacts.country\": the country of numbers written without their code (CO or 57).",
                    "El borrador no tiene \"contacts.country\": el país de los números escritos sin su código (CO o 57)."));
            return Optional.empty();
        }
        Map<ContactField, String> columns = new EnumMap<>(ContactField.class);
        source.columns().forEach((role, header) -> ContactField.fromKey(role).ifPresentOrElse(
                field -> columns.put(field, header),
                () -> findings.add(Finding.error("contacts.column", "contacts.columns." + role,
                        "Unknown role \"" + role + "\": use phone, name, last_name, balance, identifier, email, account or content.",
                        "Rol desconocido \"" + role + "\": use phone, name, last_name, balance, identifier, email, account o content."))));
        Path file = folder.resolve(source.file());
        if (!isContactFileName(file)) {
            // a draft is a shared file: it must not make Vocero read (and quote) any file it names
            findings.add(Finding.error("contacts.file", "contacts.file",
                    "\"" + file.getFileName() + "\" is not a contact file: Vocero reads contacts from files ending in "
                            + String.join(", ", CONTACT_FILE_EXTENSIONS) + ".",
                    "\"" + file.getFileName() + "\" no es un archivo de contactos: Vocero lee contactos de archivos "
                            + "terminados en " + String.join(", ", CONTACT_FILE_EXTENSIONS) + "."));
            return Optional.empty();
        }
        ImportRequest request = new ImportRequest(file, source.country(), columns, Optional.ofNullable(source.sheet()),
                Optional.empty(), false);
        try {
            var result = contactLists.importFile(request, "en", progress).result();
            return Optional.of(new Contacts(result.contacts(), result.rows()));
        } catch (ContactFileException e) {
            findings.add(Finding.error("contacts.file", "contacts.file", e.message("en"), e.message("es")));
        } catch (IllegalArgumentException e) {
            findings.add(Finding.error("contacts.country", "contacts.country", e.getMessage(), e.getMessage()));
        }
        return Optional.empty();
    }
}
