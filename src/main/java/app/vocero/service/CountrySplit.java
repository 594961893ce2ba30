package app.vocero.service;

import app.vocero.contacts.RejectsCsv;
import app.vocero.domain.ContactField;
import app.vocero.domain.ContactTable;
import app.vocero.domain.ImportResult;
import app.vocero.domain.PhoneCheck;
import app.vocero.domain.campaign.ContactSource;
import app.vocero.domain.campaign.ProviderId;
import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Keeping the numbers of one country calling code and setting the others aside, for a provider that takes one
 * prefix per campaign (Saem: {@code SaemRules} raises {@code saem.prefix} on a list that mixes codes). The choice is
 * remembered in the draft as {@code contacts.onlyCallingCode} ({@code "57"}), so the window and the command line
 * send the same contacts; {@link CampaignService} honours it when it loads a draft's contacts.
 */
public final class CountrySplit {

    /** The draft key ({@code contacts.onlyCallingCode}) that keeps only one calling code's numbers. */
    public static final String DRAFT_KEY = "onlyCallingCode";

    /**
     * A list split by calling code.
     *
     * @param callingCode the code kept ({@code 57})
     * @param kept        the contacts with that code, in list order
     * @param setAside    the others, in list order, with every field the file had
     */
    public record Split(String callingCode, ContactTable kept, ContactTable setAside) {
    }

    private CountrySplit() {
    }

    /** Whether a provider takes only one country calling code per campaign (Saem's single {@code prefix}). */
    public static boolean required(ProviderId provider) {
        return provider == ProviderId.SAEM;
    }

    /** The calling code a draft keeps, if it chose one. */
    public static Optional<String> chosen(ContactSource source) {
        if (source == null) {
            return Optional.empty();
        }
        Object code = source.extra().get(DRAFT_KEY);
        if (code == null || code.toString().isBlank()) {
            return Optional.empty();
        }
        return Optional.of(normalized(code.toString()));
    }

    /** The source keeping only {@code callingCode} ({@code null}: keep every number). */
    public static ContactSource choose(ContactSource source, String callingCode) {
        Map<String, Object> extra = new LinkedHashMap<>(source.extra());
        if (callingCode == null) {
            extra.remove(DRAFT_KEY);
        } else {
            extra.put(DRAFT_KEY, normalized(callingCode));
        }
        return new ContactSource(source.file(), source.list(), source.country(), source.columns(), source.sheet(), extra);
    }

    /** Contacts per calling code ({@code "57" → 21}), most first. */
    public static Map<String, Long> callingCodes(ContactTable contacts) {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (int i = 0; i < contacts.size(); i++) {
            counts.merge(callingCode(contacts, i), 1L, Long::sum);
        }
        return mostFirst(counts);
    }

    /** Keeps the numbers of {@code callingCode} ({@code 57} or {@code +57}); the others are set aside. */
    public static Split keepOnly(ContactTable contacts, String callingCode) {
        String code = normalized(callingCode);
        ContactTable.Builder kept = sameColumns(contacts);
        ContactTable.Builder aside = sameColumns(contacts);
        List<ContactField> fields = kept.fieldOrder();
        List<String> customs = contacts.customNames();
        for (int i = 0; i < contacts.size(); i++) {
            String[] fieldValues = new String[fields.size()];
            for (int f = 0; f < fieldValues.length; f++) {
                fieldValues[f] = contacts.field(fields.get(f), i);
            }
            String[] customValues = new String[customs.size()];
            for (int c = 0; c < customValues.length; c++) {
                customValues[c] = contacts.custom(customs.get(c), i);
            }
            PhoneCheck phone = PhoneCheck.valid(contacts.e164(i), contacts.nationalDigits(i), contacts.region(i),
                    contacts.carrier(i));
            (callingCode(contacts, i).equals(code) ? kept : aside).add(contacts.row(i), phone, fieldValues, customValues);
        }
        return new Split(code, kept.build(), aside.build());
    }

    /**
     * The import's result as the campaign sees it once split: the kept contacts, their count as the callable ones,
     * and the country and operator counts of the kept contacts only. Rows, rejects and the other counts are the
     * file's.
     */
    public static ImportResult applied(ImportResult result, Split split) {
        ContactTable kept = split.kept();
        Map<String, Long> countries = new LinkedHashMap<>();
        Map<String, Long> operators = new LinkedHashMap<>();
        for (int i = 0; i < kept.size(); i++) {
            countries.merge(kept.region(i), 1L, Long::sum);
            operators.merge(kept.carrier(i), 1L, Long::sum);
        }
        return new ImportResult(result.file(), result.format(), result.encoding(), result.rows(), result.blankRows(),
                result.valid(), result.invalid(), result.duplicates(), result.suppressed(), kept.size(),
                result.columns(), mostFirst(countries), mostFirst(operators), result.rejects(), kept,
                result.elapsedMs());
    }

    /**
     * Writes contacts (the set-aside ones) as a CSV Excel opens and Vocero imports back: UTF-8 with BOM, {@code ;},
     * CRLF; {@code row;phone;number;country}, then the file's other fields and columns ({@code phone} as the file
     * had it, {@code number} in E.164). Cells a spreadsheet would run as a formula get a leading {@code '}, as in
     * the rejects file: so {@code +1 212…} is written {@code '+1 212…}.
     */
    public static void writeCsv(ContactTable contacts, Path file) throws IOException {
        try (Writer writer = new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(file),
                StandardCharsets.UTF_8), 1 << 16)) {
            writer.write('\uFEFF');
            CsvWriter csv = CsvWriter.builder().fieldSeparator(';').lineDelimiter(LineDelimiter.CRLF).build(writer);
            List<ContactField> fields = new ArrayList<>(contacts.fields());
            fields.remove(ContactField.PHONE);
            List<String> customs = contacts.customNames();
            List<String> header = new ArrayList<>(List.of("row", "phone", "number", "country"));
            fields.forEach(field -> header.add(field.key()));
            customs.forEach(name -> header.add(RejectsCsv.neutralized(name)));
            csv.writeRecord(header);
            for (int i = 0; i < contacts.size(); i++) {
                List<String> cells = new ArrayList<>(header.size());
                cells.add(String.valueOf(contacts.row(i)));
                cells.add(RejectsCsv.neutralized(contacts.field(ContactField.PHONE, i)));
                cells.add(RejectsCsv.neutralized(contacts.e164(i)));
                cells.add(contacts.region(i));
                for (ContactField field : fields) {
                    cells.add(RejectsCsv.neutralized(contacts.field(field, i)));
                }
                for (String name : customs) {
                    cells.add(RejectsCsv.neutralized(contacts.custom(name, i)));
                }
                csv.writeRecord(cells);
            }
            csv.flush();
        }
    }

    /** The calling code of one contact: its E.164 number without the national digits ({@code 57}). */
    static String callingCode(ContactTable contacts, int index) {
        String e164 = contacts.e164(index);
        int end = Math.max(1, e164.length() - contacts.nationalDigits(index).length());
        return e164.substring(1, end);
    }

    private static String normalized(String code) {
        String text = code.trim();
        return text.startsWith("+") ? text.substring(1) : text;
    }

    private static ContactTable.Builder sameColumns(ContactTable contacts) {
        return ContactTable.builder(contacts.fields(), contacts.customNames());
    }

    private static Map<String, Long> mostFirst(Map<String, Long> counts) {
        List<Map.Entry<String, Long>> entries = new ArrayList<>(counts.entrySet());
        entries.sort(Map.Entry.<String, Long>comparingByValue().reversed());
        Map<String, Long> sorted = new LinkedHashMap<>();
        entries.forEach(entry -> sorted.put(entry.getKey(), entry.getValue()));
        return Collections.unmodifiableMap(sorted);
    }
}
