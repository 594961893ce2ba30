package app.vocero.service;

import app.vocero.contacts.ContactImporter;
import app.vocero.contacts.ImportOptions;
import app.vocero.contacts.PhoneNumbers;
import app.vocero.contacts.Suppression;
import app.vocero.contacts.read.ContactFileException;
import app.vocero.contacts.read.ReadOptions;
import app.vocero.contacts.read.RowReader;
import app.vocero.contacts.read.RowReaders;
import app.vocero.domain.ContactTable;
import app.vocero.domain.DoNotCallEntry;
import app.vocero.domain.ImportResult;
import app.vocero.domain.PhoneCheck;
import app.vocero.store.DoNotCallRepository;
import de.siegmar.fastcsv.writer.CsvWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The local do-not-call list: numbers that no campaign calls, applied to every import. */
public final class DoNotCallService {

    /** The source recorded for numbers typed in by hand (the window and the command line say it in words). */
    public static final String TYPED = "typed";

    private final DoNotCallRepository numbers;
    private final ContactImporter importer;
    private final Clock clock;

    public DoNotCallService(DoNotCallRepository numbers, ContactImporter importer, Clock clock) {
        this.numbers = numbers;
        this.importer = importer;
        this.clock = clock;
    }

    /** What adding or removing typed numbers did. */
    public record Change(int changed, List<String> numbers, Map<String, String> invalid) {
    }

    /**
     * Adds numbers as typed ({@code +57 300 123 4567}, {@code 3001234567}…); invalid ones are returned with their
     * reason and not added.
     */
    public Change add(List<String> typed, String country, String language) {
        Checked checked = check(typed, country, language);
        int added = numbers.add(checked.valid, TYPED, clock.instant());
        return new Change(added, checked.valid, checked.invalid);
    }

    public Change remove(List<String> typed, String country, String language) {
        Checked checked = check(typed, country, language);
        int removed = numbers.remove(checked.valid);
        return new Change(removed, checked.valid, checked.invalid);
    }

    /** Adds every valid number of a contact file; the result tells what was read and rejected. */
    public ImportResult importFile(Path file, String country, Progress progress) throws ContactFileException {
        ImportResult result;
        try (RowReader reader = RowReaders.open(file, ReadOptions.defaults())) {
            result = importer.importRows(reader, file, new ImportOptions(country, Map.of(), progress::isCancelled),
                    Suppression.NONE, rowsDone -> progress.update(rowsDone, -1, null));
        }
        ContactTable contacts = result.contacts();
        List<String> valid = new ArrayList<>(contacts.size());
        for (int i = 0; i < contacts.size(); i++) {
            valid.add(contacts.e164(i));
        }
        numbers.add(valid, file.getFileName().toString(), clock.instant());
        return result;
    }

    public List<DoNotCallEntry> entries() {
        return numbers.entries();
    }

        /** Writes the list as CSV (UTF-8 with BOM, for Excel): {@code number;added_at;source}. */
    public int export(Path target) throws IOException {
        List<DoNotCallEntry> entries = numbers.entries();
        try (OutputStream out = Files.newOutputStream(target)) {
            out.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
            try (CsvWriter csv = CsvWriter.builder().fieldSeparator(';')
                    .build(new java.io.OutputStreamWriter(out, StandardCharsets.UTF_8))) {
                csv.writeRecord("number", "added_at", "source");
                for (DoNotCallEntry entry : entries) {
                    // Plain E.164: digits only, nothing a spreadsheet could run; the file imports back as it is.
                    csv.writeRecord(entry.e164(), entry.addedAt().toString(), entry.source());
                }
            }
        }
        app.vocero.config.PrivateFiles.restrict(target); // phone numbers: the owner's eyes only
        return entries.size();
    }

    private record Checked(List<String> valid, Map<String, String> invalid) {
    }

    private static Checked check(List<String> typed, String country, String language) {
        PhoneNumbers phones = new PhoneNumbers(country);
        List<String> valid = new ArrayList<>();
        Map<String, String> invalid = new LinkedHashMap<>();
        for (String number : typed) {
            PhoneCheck verdict = phones.check(number);
            if (verdict.valid()) {
                valid.add(verdict.e164());
            } else {
                invalid.put(number, verdict.reasonText(language));
            }
        }
        return new Checked(valid, invalid);
    }
}
