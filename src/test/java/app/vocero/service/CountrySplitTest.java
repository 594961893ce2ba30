package app.vocero.service;

import static org.assertj.core.api.Assertions.assertThat;

import app.vocero.contacts.ContactImporter;
import app.vocero.contacts.ImportOptions;
import app.vocero.contacts.Suppression;
import app.vocero.contacts.read.ReadOptions;
import app.vocero.contacts.read.RowReader;
import app.vocero.contacts.read.RowReaders;
import app.vocero.domain.ContactField;
import app.vocero.domain.ContactTable;
import app.vocero.domain.ImportResult;
import app.vocero.domain.campaign.ContactSource;
import app.vocero.domain.campaign.ProviderId;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CountrySplitTest {

    @TempDir
    Path dir;

    /** 21 Colombian numbers and one from the US, the mix Saem refuses. */
    static String mixedCsv() {
        StringBuilder csv = new StringBuilder("Nombre;Celular;Ciudad\n");
        for (int i = 0; i < 21; i++) {
            csv.append("Cliente ").append(i).append(";300").append(String.format("%07d", 1_234_000 + i)).append(";Cali\n");
        }
        csv.append("John;+1 212 555 0123;=HYPERLINK(\"x\")\n");
        return csv.toString();
    }

    private ImportResult imported(String csv) throws Exception {
        Path file = Files.writeString(dir.resolve("mixed.csv"), csv);
        try (RowReader reader = RowReaders.open(file, ReadOptions.defaults())) {
            return new ContactImporter(1).importRows(reader, file, new ImportOptions("CO", Map.of(), () -> false),
                    Suppression.NONE, rows -> { });
        }
    }

    @Test
    void countsContactsPerCallingCodeMostFirst() throws Exception {
        assertThat(CountrySplit.callingCodes(imported(mixedCsv()).contacts()))
                .containsExactly(Map.entry("57", 21L), Map.entry("1", 1L));
    }

    @Test
    void keepsOneCallingCodeAndSetsTheOthersAsideWithAllTheirFields() throws Exception {
        ContactTable contacts = imported(mixedCsv()).contacts();

        CountrySplit.Split split = CountrySplit.keepOnly(contacts, "+57");

        assertThat(split.callingCode()).isEqualTo("57");
        assertThat(split.kept().size()).isEqualTo(21);
        assertThat(split.kept().e164(0)).isEqualTo("+573001234000");
        assertThat(split.kept().field(ContactField.NAME, 20)).isEqualTo("Cliente 20");
        assertThat(split.kept().custom("Ciudad", 3)).isEqualTo("Cali");
        assertThat(split.setAside().size()).isEqualTo(1);
        assertThat(split.setAside().row(0)).isEqualTo(23);
        assertThat(split.setAside().e164(0)).isEqualTo("+12125550123");
        assertThat(split.setAside().region(0)).isEqualTo("US");
        assertThat(split.setAside().field(ContactField.PHONE, 0)).isEqualTo("+1 212 555 0123");
    }

    @Test
    void theAppliedResultCountsOnlyTheKeptContacts() throws Exception {
        ImportResult result = imported(mixedCsv());

        ImportResult applied = CountrySplit.applied(result, CountrySplit.keepOnly(result.contacts(), "57"));

        assertThat(result.uniqueValid()).isEqualTo(22);
        assertThat(applied.uniqueValid()).isEqualTo(21);
        assertThat(applied.contacts().size()).isEqualTo(21);
        assertThat(applied.countries()).containsExactly(Map.entry("CO", 21L));
        assertThat(applied.rows()).isEqualTo(22);
    }

    @Test
    void theChoiceIsRememberedInTheContactSourceAndCanBeUndone() {
        ContactSource source = new ContactSource("/tmp/l.csv", null, "CO", Map.of("phone", "Celular"), null,
                Map.of("note", "kept"));

        ContactSource chosen = CountrySplit.choose(source, "+57");

        assertThat(chosen.extra()).containsEntry("onlyCallingCode", "57").containsEntry("note", "kept");
        assertThat(CountrySplit.chosen(chosen)).contains("57");
        assertThat(chosen.columns()).isEqualTo(source.columns());
        assertThat(CountrySplit.chosen(CountrySplit.choose(chosen, null))).isEmpty();
        assertThat(CountrySplit.required(ProviderId.SAEM)).isTrue();
        assertThat(CountrySplit.required(ProviderId.ROUTEE)).isFalse();
    }

    @Test
    void theSetAsideCsvIsFormulaSafeAndKeepsEveryColumn() throws Exception {
        ContactTable contacts = imported(mixedCsv()).contacts();
        Path out = dir.resolve("aparte.csv");

        CountrySplit.writeCsv(CountrySplit.keepOnly(contacts, "57").setAside(), out);

        List<String> lines = List.of(new String(Files.readAllBytes(out), StandardCharsets.UTF_8).split("\r\n"));
        assertThat(lines.get(0)).isEqualTo("\uFEFFrow;phone;number;country;name;Ciudad");
        assertThat(lines.get(1)).isEqualTo("23;'+1 212 555 0123;'+12125550123;US;John;\"'=HYPERLINK(\"\"x\"\")\"");
    }
}
