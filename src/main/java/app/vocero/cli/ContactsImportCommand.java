package app.vocero.cli;

import app.vocero.VoceroApp;
import app.vocero.contacts.ImportReportJson;
import app.vocero.contacts.ImportSummary;
import app.vocero.contacts.RejectsCsv;
import app.vocero.contacts.read.ContactFileException;
import app.vocero.domain.ContactField;
import app.vocero.domain.ImportReport;
import app.vocero.domain.ImportResult;
import app.vocero.service.ImportAhead;
import app.vocero.service.ImportOutcome;
import app.vocero.service.ImportRequest;
import app.vocero.service.Progress;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code vocero contacts import FILE}: read, check and save a contact list, with a report. */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = {"Reads a contact file, checks every number (valid, duplicated, on the do-not-call list) and saves "
                + "the callable contacts as a list.",
                "Exit 0 when the file was read (even with invalid rows); 2 when it cannot be read."})
final class ContactsImportCommand implements Callable<Integer> {

    @ParentCommand
    ContactsCommand contacts;

    @Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "CSV/TXT, XLSX, Parquet or JSON file.")
    Path file;

    @Mixin
    CountryOption country;

    @Option(names = "--column", paramLabel = "ROLE=HEADER",
            description = "Use this column for a role (phone, name, last_name, balance, identifier, email, account, content). Repeatable.")
    Map<String, String> columns = new LinkedHashMap<>();

    @Option(names = "--sheet", paramLabel = "NAME", description = "XLSX sheet to read (default: the first).")
    String sheet;

    @Option(names = "--rejects", paramLabel = "OUT.csv", description = "Write every rejected row and its reason to this CSV.")
    Path rejects;

    @Option(names = "--name", paramLabel = "NAME", description = "Name of the saved list (default: the file's name).")
    String name;

    @Option(names = "--no-save", description = "Check the file only; do not save it as a list.")
    boolean dryRun;

    @Option(names = "--json", description = "Print exactly one JSON object with the report on standard output.")
    boolean json;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        VoceroCommand root = contacts.root;
        String countryCode = country.resolve(root.systemLocale());
        if (countryCode == null) {
            err.println("vocero: " + root.messages().text("cli.country.missing"));
            return VoceroCommand.EXIT_UNUSABLE;
        }
        Map<ContactField, String> roles;
        try {
            roles = roles(columns);
        } catch (IllegalArgumentException e) {
            err.println("vocero: " + e.getMessage());
            return VoceroCommand.EXIT_UNUSABLE;
        }
        ImportRequest asked = new ImportRequest(file, countryCode, roles, Optional.ofNullable(sheet),
                Optional.ofNullable(name), !dryRun);
        // a dry run prints counts and rejects: its accepted contacts are counted, not held in memory
        ImportRequest request = dryRun ? asked.checkOnly() : asked;
        // the file is read and checked while the data store opens (one core would wait for it otherwise); the
        // do-not-call list is applied once the store gives it
        try (ImportAhead ahead = ImportAhead.start(request); VoceroApp app = root.openApp()) {
            String language = root.language(app);
            ImportOutcome outcome;
            try {
                outcome = app.contactLists().importFile(ahead, language, Progress.NONE);
            } catch (ContactFileException e) {
                err.println("vocero: " + e.message(language));
                return VoceroCommand.EXIT_UNUSABLE;
            } catch (IllegalArgumentException e) {
                err.println("vocero: " + root.messages(app).format("cli.country.unknown", countryCode));
                return VoceroCommand.EXIT_UNUSABLE;
            }
            ImportResult result = outcome.result();
            ImportReport report = result.report(language);
            if (rejects != null) {
                try {
                    RejectsCsv.write(result.rejects(), rejects, language);
                } catch (IOException e) {
                    err.println("vocero: " + UserErrors.message(e, language).orElse(
                            root.messages(app).format("cli.import.rejectsFailed", rejects, e.getMessage())));
                    return VoceroCommand.EXIT_UNUSABLE;
                }
            }
            if (json) {
                out.println(ImportReportJson.toJson(report));
            } else {
                out.println(ImportSummary.text(report, language));
            }
            outcome.saved().ifPresent(list -> (json ? err : out).println(
                    root.messages(app).format("cli.import.saved", list.name(), list.id())));
            out.flush();
            return 0;
        }
    }

    static Map<ContactField, String> roles(Map<String, String> columns) {
        Map<ContactField, String> roles = new EnumMap<>(ContactField.class);
        columns.forEach((role, header) -> {
            ContactField field = ContactField.fromKey(role.trim().toLowerCase(Locale.ROOT))
                    .orElseThrow(() -> new IllegalArgumentException("--column " + role + "=" + header
                            + ": unknown role '" + role + "'. Roles: " + Arrays.stream(ContactField.values())
                            .map(ContactField::key).collect(Collectors.joining(", ")) + "."));
            roles.put(field, header);
        });
        return roles;
    }
}
