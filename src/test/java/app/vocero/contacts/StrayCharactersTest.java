package app.vocero.contacts;

import static org.assertj.core.api.Assertions.assertThat;

import app.vocero.contacts.read.ContactFileException;
import app.vocero.contacts.read.ReadOptions;
import app.vocero.contacts.read.RowReader;
import app.vocero.contacts.read.RowReaders;
import app.vocero.domain.ImportResult;
import app.vocero.domain.PhoneCheck;
import app.vocero.domain.RejectReason;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Letters and symbols make a phone cell invalid, with a reason, where libphonenumber would drop them. */
class StrayCharactersTest {

    private final PhoneNumbers phones = new PhoneNumbers("CO");

    @TempDir
    Path dir;

    @Test
    void aLetterAfterTheNumberIsNotDropped() {
        PhoneCheck check = phones.check("+573001234567x");
        assertThat(check.valid()).isFalse();
        assertThat(check.reason()).isEqualTo(RejectReason.STRAY_CHARACTERS);
        assertThat(check.reason().english(null)).isEqualTo("letters or symbols that are not part of a phone number");
        assertThat(check.reason().spanish(null)).isEqualTo("letras o símbolos que no son parte de un número de teléfono");
        for (String cell : new String[] {"300 123 4567 x12", "3001234567 ext", "tel:+57-300-123-4567", "[3001234567]",
            "{\"n\":3001234567}", "3001234567#", "*3001234567",
            "3001234567 anexo 12;", "3001234567 ext. 12 ext. 13", "x 3001234567 ext. 12"}) {
            assertThat(phones.check(cell).reason()).as(cell).isEqualTo(RejectReason.STRAY_CHARACTERS);
        }
    }

    @Test
    void theSeparatorsPeopleWriteStayValid() {
        for (String cell : new String[] {"+57 300 123 4567", "(300) 123-4567", "300.123.4567", "300/123 4567",
            "'3001234567", "300\u00A0123\u00A04567", "300–123–4567", "３００１２３４５６７", "300 123 4567 ext. 12", "3001234567, extensión 4",
            "3001234567 ANEXO 5", "3001234567 Ext12"}) {
            assertThat(phones.check(cell).valid()).as(cell).isTrue();
        }
        assertThat(phones.check("5,73002E+11").reason()).isEqualTo(RejectReason.EXCEL_SCIENTIFIC);
    }

    @Test
    void aJsonPhoneWrittenAsAnObjectOrAListIsRejectedWithTheReason() throws ContactFileException, Exception {
        Path file = Files.writeString(dir.resolve("objeto.json"), "[{\"telefono\":\"3002234567\"},"
                + "{\"telefono\":{\"numero\":3002234568}},{\"telefono\":[3002234569]}]");
        ImportResult result;
        try (RowReader reader = RowReaders.open(file, ReadOptions.defaults())) {
            result = new ContactImporter(1).importRows(reader, file, ImportOptions.forCountry("CO"), Suppression.NONE,
                    ImportProgress.NONE);
        }
        assertThat(result.uniqueValid()).isEqualTo(1);
        assertThat(result.rejects()).extracting(r -> r.reason()).containsExactly(RejectReason.STRAY_CHARACTERS,
                RejectReason.STRAY_CHARACTERS);
        assertThat(result.rejects()).extracting(r -> r.row()).containsExactly(3L, 4L);
    }
}
