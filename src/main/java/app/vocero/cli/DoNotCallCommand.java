package app.vocero.cli;

import app.vocero.VoceroApp;
import app.vocero.contacts.read.ContactFileException;
import app.vocero.domain.DoNotCallEntry;
import app.vocero.domain.ImportResult;
import app.vocero.service.DoNotCallService;
import app.vocero.service.Progress;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code vocero contacts dnc …}: the local do-not-call list, applied to every import. */
@Command(name = "dnc", mixinStandardHelpOptions = true,
        description = "The do-not-call list: numbers no campaign calls. Applied to every import.")
// its subcommands: CommandTree.ROOT
final class DoNotCallCommand {

    @ParentCommand
    ContactsCommand contacts;

    /** Shared by the subcommands: open the data directory, run, report invalid numbers. */
    abstract static class Base implements Callable<Integer> {

        @ParentCommand
        DoNotCallCommand dnc;

        @Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() throws Exception {
            try (VoceroApp app = dnc.contacts.root.openApp()) {
                return run(app, spec.commandLine().getOut(), spec.commandLine().getErr());
            }
        }

        abstract int run(VoceroApp app, PrintWriter out, PrintWriter err) throws Exception;

        String country(PrintWriter err, CountryOption option) {
            String country = option.resolve(dnc.contacts.root.systemLocale());
            if (country == null) {
                err.println("vocero: " + dnc.contacts.root.messages().text("cli.country.missing"));
            }
            return country;
        }

        static void reportInvalid(DoNotCallService.Change change, PrintWriter err) {
            change.invalid().forEach((number, reason) -> err.println("vocero: " + number + ": " + reason));
        }
    }

    /** Adding and removing typed numbers: the same checks, another change. */
    abstract static class ChangeNumbers extends Base {
        @Parameters(paramLabel = "NUMBER", arity = "1..*", description = "Numbers as written (+57 300 123 4567, 3001234567).")
        List<String> numbers;

        @Mixin
        CountryOption country;

        abstract DoNotCallService.Change change(DoNotCallService doNotCall, String country, String language);

        /** The key of the sentence that says how many numbers changed ({0}). */
        abstract String doneKey();

        @Override
        int run(VoceroApp app, PrintWriter out, PrintWriter err) {
            String code = country(err, country);
            if (code == null) {
                return VoceroCommand.EXIT_UNUSABLE;
            }
            DoNotCallService.Change change = change(app.doNotCall(), code, dnc.contacts.root.language(app));
            reportInvalid(change, err);
            out.println(dnc.contacts.root.messages(app).format(doneKey(), change.changed()));
            return change.invalid().isEmpty() ? 0 : 1;
        }
    }

    @Command(name = "add", mixinStandardHelpOptions = true, description = "Adds numbers to the do-not-call list.")
    static final class Add extends ChangeNumbers {
        @Override
        DoNotCallService.Change change(DoNotCallService doNotCall, String country, String language) {
            return doNotCall.add(numbers, country, language);
        }

        @Override
        String doneKey() {
            return "cli.dnc.added";
        }
    }

    @Command(name = "remove", mixinStandardHelpOptions = true, description = "Removes numbers from the do-not-call list.")
    static final class Remove extends ChangeNumbers {
        @Override
        DoNotCallService.Change change(DoNotCallService doNotCall, String country, String language) {
            return doNotCall.remove(numbers, country, language);
        }

        @Override
        String doneKey() {
            return "cli.dnc.removed";
        }
    }

    @Command(name = "import", mixinStandardHelpOptions = true,
            description = "Adds every valid number of a contact file (CSV, XLSX, Parquet, JSON) to the do-not-call list.")
    static final class ImportFile extends Base {
        @Parameters(paramLabel = "FILE")
        Path file;

        @Mixin
        CountryOption country;

        @Override
        int run(VoceroApp app, PrintWriter out, PrintWriter err) {
            String code = country(err, country);
            if (code == null) {
                return VoceroCommand.EXIT_UNUSABLE;
            }
            try {
                ImportResult result = app.doNotCall().importFile(file, code, Progress.NONE);
                out.println(dnc.contacts.root.messages(app).format("cli.dnc.imported", result.rows(),
                        result.contacts().size(), result.invalid()));
                return 0;
            } catch (ContactFileException e) {
                err.println("vocero: " + e.message(dnc.contacts.root.language(app)));
                return VoceroCommand.EXIT_UNUSABLE;
            }
        }
    }

    @Command(name = "export", mixinStandardHelpOptions = true, description = "Writes the do-not-call list to a CSV file.")
    static final class Export extends Base {
        @Parameters(paramLabel = "OUT.csv")
        Path file;

        @Override
        int run(VoceroApp app, PrintWriter out, PrintWriter err) throws Exception {
            int count = app.doNotCall().export(file);
            out.println(dnc.contacts.root.messages(app).format("cli.dnc.exported", count, file.toString()));
            return 0;
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "Shows the do-not-call list.")
    static final class ListNumbers extends Base {
        @Override
        int run(VoceroApp app, PrintWriter out, PrintWriter err) {
            List<DoNotCallEntry> entries = app.doNotCall().entries();
            app.vocero.config.Messages messages = dnc.contacts.root.messages(app);
            java.time.format.DateTimeFormatter when = CliFormats.dateTime(messages);
            for (DoNotCallEntry entry : entries) {
                String source = entry.source() == null || entry.source().isEmpty()
                        || DoNotCallService.TYPED.equals(entry.source())
                        ? messages.text("doNotCall.source.typed") : entry.source();
                out.println(entry.e164() + "\t" + when.format(entry.addedAt()) + "\t" + source);
            }
            out.println(messages.format("cli.dnc.count", entries.size()));
            return 0;
        }
    }
}
