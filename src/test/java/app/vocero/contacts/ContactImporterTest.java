package app.vocero.contacts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.vocero.contacts.read.ContactFileException;
import app.vocero.contacts.read.SourceRow;
import app.vocero.domain.Contact;
import app.vocero.domain.ContactField;
import app.vocero.domain.ImportResult;
import app.vocero.domain.Reject;
import app.vocero.domain.RejectReason;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class ContactImporterTest {

    private static final Path FILE = Path.of("cartera.csv");
    private final ContactImporter importer = new ContactImporter(2);

    private ImportResult run(RowsInMemory rows, ImportOptions options, Suppression suppression)
            throws ContactFileException {
        return importer.importRows(rows, FILE, options, suppression, ImportProgress.NONE);
    }

    @Test
    void aCheckOnlyImportCountsWhatAKeepingOneKeepsWithoutHoldingTheContacts() throws ContactFileException {
        // past two chunks: repeats across chunks, invalid and suppressed numbers, a non-Colombian number
        List<String> lines = new ArrayList<>();
        lines.add("Nombre;Teléfono;Ciudad");
        for (int i = 0; i < 10_000; i++) {
            String phone = switch (i % 7) {
                case 0 -> "300 " + (1_000_000 + i / 70);       // each repeated 10 times
                case 1 -> "324 012 " + (1000 + i % 9000);       // unallocated: invalid
                case 2 -> "+52 55 1234 " + (1000 + i % 9000);   // Mexico
                case 3 -> "no tiene";
                default -> "310 " + (2_000_000 + i);
            };
            lines.add("Persona " + i + ";" + phone + ";Cali");
        }
        Suppression suppression = "+573102000004"::equals;
        ImportResult kept = run(RowsInMemory.csv(lines.toArray(String[]::new)), ImportOptions.forCountry("CO"),
                suppression);
        ImportResult counted = run(RowsInMemory.csv(lines.toArray(String[]::new)),
                ImportOptions.forCountry("CO").withoutContacts(), suppression);

        assertThat(kept.contacts().size()).isEqualTo((int) kept.uniqueValid()).isGreaterThan(4000);
        assertThat(counted.contacts().size()).isZero();
        assertThat(counted.report("es")).usingRecursiveComparison().ignoringFields("elapsedMs")
                .isEqualTo(kept.report("es"));
        assertThat(counted.rejects()).isEqualTo(kept.rejects());
        assertThat(kept.duplicates()).isPositive();
        assertThat(kept.suppressed()).isEqualTo(1);
        assertThat(counted.countries()).containsKeys("CO", "MX");
    }

    @Test
    void aCheckOnlyParquetImportReportsWhatAKeepingOneReports(@org.junit.jupiter.api.io.TempDir Path dir)
            throws Exception {
        // a check-only read gives stand-ins for cells it need not read (RowReader.checkOnly): same counts, blanks,
        // rejects and breakdowns as the import that keeps the contacts
        Path file = dir.resolve("cartera.parquet");
        try (app.vocero.contacts.read.ParquetContactsWriter w = app.vocero.contacts.read.ParquetContactsWriter.to(file)
                .column("Nombre", app.vocero.contacts.read.ParquetContactsWriter.ColumnType.STRING, false)
                .column("Celular", app.vocero.contacts.read.ParquetContactsWriter.ColumnType.STRING, false)
                .column("Saldo", app.vocero.contacts.read.ParquetContactsWriter.ColumnType.INT64, false)
                .rowGroupRows(3_000).open()) {
            for (int i = 0; i < 10_000; i++) {
                String phone = switch (i % 9) {
                    case 0 -> null;                              // no phone: invalid, or blank with no name
                    case 1 -> "300 " + (1_000_000 + i / 90);     // repeats
                    case 2 -> "324 012 " + (1000 + i % 9000);    // invalid
                    default -> "310 " + (2_000_000 + i);
                };
                String name = i % 18 == 0 ? null : i % 7 == 0 ? "  " : "Peña " + i;
                w.write(name, phone, i % 3 == 0 ? null : (long) i);
            }
        }
        Suppression suppression = "+573102000004"::equals;
        ImportResult kept;
        ImportResult counted;
        try (var reader = app.vocero.contacts.read.RowReaders.open(file,
                app.vocero.contacts.read.ReadOptions.defaults())) {
            kept = importer.importRows(reader, file, ImportOptions.forCountry("CO"), suppression, ImportProgress.NONE);
        }
        try (var reader = app.vocero.contacts.read.RowReaders.open(file,
                app.vocero.contacts.read.ReadOptions.defaults())) {
            counted = importer.importRows(reader, file, ImportOptions.forCountry("CO").withoutContacts(), suppression,
                    ImportProgress.NONE);
        }

        assertThat(counted.report("es")).usingRecursiveComparison().ignoringFields("elapsedMs")
                .isEqualTo(kept.report("es"));
        assertThat(counted.rejects()).isEqualTo(kept.rejects());
        assertThat(kept.blankRows()).isPositive();
        assertThat(kept.invalid()).isPositive();
        assertThat(kept.duplicates()).isPositive();
        assertThat(kept.suppressed()).isEqualTo(1);
    }

    @Test
    void whileTheDoNotCallListIsNotThereTheImportReadsAheadThenWaitsForIt() throws Exception {
        List<String> lines = new ArrayList<>();
        lines.add("Celular");
        for (int i = 0; i < 30 * ContactImporter.CHUNK_ROWS; i++) {
            lines.add(String.valueOf(3_002_000_000L + i));
        }
        RowsInMemory waiting = RowsInMemory.csv(lines.toArray(String[]::new));
        RowsInMemory ready = RowsInMemory.csv(lines.toArray(String[]::new));
        DeferredSuppression doNotCall = new DeferredSuppression();
        AtomicInteger readWhenFirstAsked = new AtomicInteger(-1);
        Thread giver = new Thread(() -> {
            try {
                // give the list once the import has read all it may read ahead (or after 10 s)
                long until = System.nanoTime() + 10_000_000_000L;
                while (waiting.handedOut() < ContactImporter.CHUNKS_AHEAD_WHILE_WAITING * ContactImporter.CHUNK_ROWS
                        && System.nanoTime() < until) {
                    Thread.sleep(5);
                }
                readWhenFirstAsked.set(waiting.handedOut());
                doNotCall.give(java.util.Set.of("+573002000007"));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        giver.start();
        ImportResult deferred = importer.importRows(waiting, FILE, ImportOptions.forCountry("CO"), doNotCall,
                ImportProgress.NONE);
        giver.join();
        AtomicInteger readWhenAskedReady = new AtomicInteger(-1);
        ImportResult direct = importer.importRows(ready, FILE, ImportOptions.forCountry("CO"), e164 -> {
            readWhenAskedReady.compareAndSet(-1, ready.handedOut());
            return e164.equals("+573002000007");
        }, ImportProgress.NONE);

        // it read at least the chunks it may read ahead before the list came; a ready list is looked up sooner
        assertThat(readWhenFirstAsked.get())
                .isGreaterThanOrEqualTo(ContactImporter.CHUNKS_AHEAD_WHILE_WAITING * ContactImporter.CHUNK_ROWS);
        assertThat(readWhenAskedReady.get()).isLessThanOrEqualTo((2 * 2 + 2) * ContactImporter.CHUNK_ROWS);
        assertThat(deferred.report("en")).usingRecursiveComparison().ignoringFields("elapsedMs")
                .isEqualTo(direct.report("en"));
        assertThat(deferred.suppressed()).isEqualTo(1);
        assertThat(deferred.uniqueValid()).isEqualTo(30L * ContactImporter.CHUNK_ROWS - 1);
    }

    @Test
    void aCheckingThreadRunningOutOfMemoryReachesTheServiceAsItself() {
        // the service reports an OutOfMemoryError as "not enough memory for this list"; wrapped, it would not
        assertThatThrownBy(() -> ContactImporter.await(
                java.util.concurrent.CompletableFuture.failedFuture(new OutOfMemoryError("Java heap space"))))
                .isExactlyInstanceOf(OutOfMemoryError.class);
        assertThatThrownBy(() -> ContactImporter.await(
                java.util.concurrent.CompletableFuture.failedFuture(new IllegalArgumentException("país"))))
                .isExactlyInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aWithdrawnDoNotCallListStopsTheImport() {
        RowsInMemory rows = RowsInMemory.csv("Celular", "3002000001", "3002000002");
        DeferredSuppression doNotCall = new DeferredSuppression();
        doNotCall.withdraw();

        assertThatThrownBy(() -> importer.importRows(rows, FILE, ImportOptions.forCountry("CO"), doNotCall,
                ImportProgress.NONE)).isInstanceOf(CancellationException.class);
    }

    @Test
    void countsAMixedFileExactly() throws ContactFileException {
        RowsInMemory rows = RowsInMemory.csv(
                "Nombre;Teléfono;Saldo;Ciudad",       // 1 header
                "Ana;300 223 4567;1000;Bogotá",       // 2 valid Tigo
                "Luis;(310) 223.4567;2000;Cali",      // 3 valid Claro
                "Eva;+57 300 223 4567;3000;Bogotá",   // 4 duplicate of row 2
                "Rita;;0;Pasto",                      // 5 missing
                "Juan;5,73002E+11;0;Cali",            // 6 Excel
                "",                                   // 7 blank
                "Sara;324 012 3456;0;Neiva",          // 8 invalid (unallocated)
                "Pedro;315 223 4567;10;Tunja",        // 9 suppressed
                "Rosa;+52 55 1234 5678;5;CDMX",       // 10 valid Mexico
                "Teo;315-223-4567;10;Tunja",          // 11 duplicate of a suppressed number
                "Mia;no tiene;0;Ibagué");             // 12 not a number
        ImportResult result = run(rows, ImportOptions.forCountry("CO"), "+573152234567"::equals);

        assertThat(result.rows()).isEqualTo(10);
        assertThat(result.blankRows()).isEqualTo(1);
        assertThat(result.invalid()).isEqualTo(4);
        assertThat(result.valid()).isEqualTo(6).isEqualTo(result.rows() - result.invalid());
        assertThat(result.duplicates()).isEqualTo(2);
        assertThat(result.suppressed()).isEqualTo(1);
        assertThat(result.uniqueValid()).isEqualTo(3)
                .isEqualTo(result.valid() - result.duplicates() - result.suppressed());
        assertThat(result.contacts().size()).isEqualTo(3);
        assertThat(result.countries()).containsExactly(Map.entry("CO", 2L), Map.entry("MX", 1L));
        assertThat(result.operators()).containsOnly(Map.entry("Tigo", 1L), Map.entry("Claro", 1L),
                Map.entry("unknown", 1L));
        assertThat(result.columns()).containsExactly(Map.entry("phone", "Teléfono"), Map.entry("name", "Nombre"),
                Map.entry("balance", "Saldo"));
        assertThat(result.format()).isEqualTo("csv");
        assertThat(result.encoding()).isEqualTo("UTF-8");
        assertThat(result.file()).isEqualTo("cartera.csv");

        assertThat(result.rejects()).extracting(Reject::row, Reject::value, Reject::reasonCode).containsExactly(
                org.assertj.core.groups.Tuple.tuple(4L, "+57 300 223 4567", "duplicate"),
                org.assertj.core.groups.Tuple.tuple(5L, "", "missing"),
                org.assertj.core.groups.Tuple.tuple(6L, "5,73002E+11", "excel_scientific"),
                org.assertj.core.groups.Tuple.tuple(8L, "324 012 3456", "invalid"),
                org.assertj.core.groups.Tuple.tuple(9L, "315 223 4567", "suppressed"),
                org.assertj.core.groups.Tuple.tuple(11L, "315-223-4567", "duplicate"),
                org.assertj.core.groups.Tuple.tuple(12L, "no tiene", "not_a_number"));
        assertThat(result.rejects().get(0).reasonText("en")).isEqualTo("duplicate of row 2");
        assertThat(result.rejects().get(0).reasonText("es")).isEqualTo("repetido de la fila 2");
        assertThat(result.rejects().get(3).reasonText("en")).isEqualTo("not a valid number for CO");
    }

    @Test
    void keepsTheAcceptedContactsWithTheirFields() throws ContactFileException {
        RowsInMemory rows = RowsInMemory.csv("Nombre;Teléfono;Saldo;Ciudad", "Ana;300 223 4567;1000;Bogotá",
                "Eva;3002234567;3000;Medellín", "Rosa;+52 55 1234 5678;5;CDMX");
        ImportResult result = run(rows, ImportOptions.forCountry("CO"), Suppression.NONE);

        Contact ana = result.contacts().get(0);
        assertThat(ana.row()).isEqualTo(2);
        assertThat(ana.e164()).isEqualTo("+573002234567");
        assertThat(ana.nationalDigits()).isEqualTo("3002234567");
        assertThat(ana.region()).isEqualTo("CO");
        assertThat(ana.carrier()).isEqualTo("Tigo");
        assertThat(ana.field(ContactField.NAME)).isEqualTo("Ana");
        assertThat(ana.field(ContactField.BALANCE)).isEqualTo("1000");
        assertThat(ana.field(ContactField.PHONE)).isEqualTo("300 223 4567");
        assertThat(ana.field(ContactField.EMAIL)).isEmpty();
        assertThat(ana.custom("Ciudad")).isEqualTo("Bogotá");
        assertThat(result.contacts().customNames()).containsExactly("Ciudad");
        assertThat(result.contacts().fields()).containsExactly(ContactField.PHONE, ContactField.NAME,
                ContactField.BALANCE);
        List<String> names = new ArrayList<>();
        result.contacts().forEach(contact -> names.add(contact.field(ContactField.NAME)));
        assertThat(names).containsExactly("Ana", "Rosa"); // Eva repeats Ana's number: the first one wins
        assertThat(result.contacts().get(1).region()).isEqualTo("MX");
    }

    @Test
    void theFirstOccurrenceWinsAcrossChunksAndThreads() throws ContactFileException {
        int half = ContactImporter.CHUNK_ROWS * 5 / 2 + 9;
        int count = half * 2;
        List<SourceRow> rows = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            // every number appears twice, the second time two chunks later and written differently
            int n = i < half ? i : i - half;
            String cell = i < half ? "300 2" + String.format("%06d", n) : "+573002" + String.format("%06d", n);
            rows.add(new SourceRow(i + 1, List.of(cell, "Cliente " + (char) ('A' + i % 26))));
        }
        ImportResult result = importer.importRows(RowsInMemory.of(rows), FILE, ImportOptions.forCountry("CO"),
                Suppression.NONE, ImportProgress.NONE);

        assertThat(result.rows()).isEqualTo(count);
        assertThat(result.duplicates()).isEqualTo(half);
        assertThat(result.contacts().size()).isEqualTo(half);
        for (int i = 0; i < result.contacts().size(); i++) {
            assertThat(result.contacts().row(i)).isEqualTo(i + 1);
        }
        assertThat(result.rejects()).allSatisfy(reject -> {
            assertThat(reject.reason()).isEqualTo(RejectReason.DUPLICATE);
            assertThat(Long.parseLong(reject.detail())).isEqualTo(reject.row() - half);
        });
    }

    @Test
    void aHeaderlessFileStartsWithData() throws ContactFileException {
        ImportResult result = run(RowsInMemory.csv("3002234567;Ana", "3102234567;Luis"),
                ImportOptions.forCountry("57"), Suppression.NONE);

        assertThat(result.rows()).isEqualTo(2);
        assertThat(result.uniqueValid()).isEqualTo(2);
        assertThat(result.columns()).containsExactly(Map.entry("phone", "column1"));
        assertThat(result.contacts().get(0).custom("column2")).isEqualTo("Ana");
    }

    @Test
    void declaredColumnsNeedNoHeaderRow() throws ContactFileException {
        RowsInMemory rows = RowsInMemory.declared(List.of("number", "content"),
                List.of(List.of("573002234567", "Hola"), List.of("3102234567", "Buenas")));
        ImportResult result = run(rows, ImportOptions.forCountry("CO"), Suppression.NONE);

        assertThat(result.rows()).isEqualTo(2);
        assertThat(result.uniqueValid()).isEqualTo(2);
        assertThat(result.contacts().get(1).field(ContactField.CONTENT)).isEqualTo("Buenas");
        assertThat(result.contacts().get(1).row()).isEqualTo(3);
    }

    @Test
    void roleOverridesChooseThePhoneColumn() throws ContactFileException {
        RowsInMemory rows = RowsInMemory.csv("Teléfono;Celular", "6012345678;3002234567");
        ImportResult result = run(rows, ImportOptions.forCountry("CO").withOverride(ContactField.PHONE, "CELULAR"),
                Suppression.NONE);

        assertThat(result.contacts().get(0).e164()).isEqualTo("+573002234567");
        assertThat(result.columns()).containsEntry("phone", "Celular");
    }

    @Test
    void anOverrideForAMissingColumnIsAClearError() {
        RowsInMemory rows = RowsInMemory.csv("Teléfono;Nombre", "3002234567;Ana");
        assertThatThrownBy(() -> run(rows, ImportOptions.forCountry("CO").withOverride(ContactField.NAME, "Cliente"),
                Suppression.NONE))
                .isInstanceOf(ContactFileException.class).hasMessageContaining("\"Cliente\"")
                .hasMessageContaining("\"Teléfono\", \"Nombre\"");
    }

    @Test
    void aFileWithoutAPhoneColumnIsRefused() {
        RowsInMemory rows = RowsInMemory.csv("Nombre;Ciudad", "Ana;Bogotá");
        assertThatThrownBy(() -> run(rows, ImportOptions.forCountry("CO"), Suppression.NONE))
                .isInstanceOfSatisfying(ContactFileException.class,
                        e -> assertThat(e.reasonCode()).isEqualTo("no_phone_column"));
    }

    @Test
    void anEmptyFileIsRefused() {
        assertThatThrownBy(() -> run(RowsInMemory.csv(), ImportOptions.forCountry("CO"), Suppression.NONE))
                .isInstanceOfSatisfying(ContactFileException.class,
                        e -> assertThat(e.reasonCode()).isEqualTo("empty"));
    }

    @Test
    void reportsProgressAndHonoursCancellation() {
        List<SourceRow> rows = new ArrayList<>();
        for (int i = 0; i < ContactImporter.CHUNK_ROWS * 20; i++) {
            rows.add(new SourceRow(i + 1, List.of("3002" + String.format("%06d", i))));
        }
        List<Long> progress = new ArrayList<>();
        AtomicInteger asked = new AtomicInteger();
        ImportOptions options = ImportOptions.forCountry("CO")
                .withCancelCheck(() -> asked.incrementAndGet() > 6 && !progress.isEmpty());

        assertThatThrownBy(() -> importer.importRows(RowsInMemory.of(rows), FILE, options, Suppression.NONE,
                progress::add)).isInstanceOf(CancellationException.class);
        assertThat(progress).isNotEmpty().isSorted().allSatisfy(done -> assertThat(done).isPositive());
        assertThat(progress.get(progress.size() - 1)).isLessThan(rows.size());
    }

    @Test
    void reportsProgressUpToTheLastRow() throws ContactFileException {
        List<SourceRow> rows = new ArrayList<>();
        for (int i = 0; i < 10_000; i++) {
            rows.add(new SourceRow(i + 1, List.of("3102" + String.format("%06d", i))));
        }
        List<Long> progress = new ArrayList<>();
        importer.importRows(RowsInMemory.of(rows), FILE, ImportOptions.forCountry("CO"), Suppression.NONE,
                progress::add);

        assertThat(progress).hasSizeGreaterThan(2).isSorted().endsWith(10_000L);
    }

    @Test
    void suppressionIsAskedOncePerNumberAndOnlyForValidOnes() throws ContactFileException {
        List<String> asked = new ArrayList<>();
        RowsInMemory rows = RowsInMemory.csv("Celular", "3002234567", "300 223 4567", "abc", "3102234567");
        ImportResult result = run(rows, ImportOptions.forCountry("CO"), e164 -> {
            asked.add(e164);
            return false;
        });

        assertThat(asked).containsExactly("+573002234567", "+573102234567");
        assertThat(result.suppressed()).isZero();
        assertThat(Set.copyOf(result.operators().keySet())).containsExactlyInAnyOrder("Tigo", "Claro");
    }
}
