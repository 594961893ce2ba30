package app.vocero.store;

import static org.assertj.core.api.Assertions.assertThat;

import app.vocero.domain.ContactField;
import app.vocero.domain.ContactTable;
import app.vocero.domain.PhoneCheck;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Saving a contact list never fails on a long cell or a long header, and reads back what was saved. */
class ContactTableCodecTest {

    @Test
    void cellsAndHeadersLongerThan65535BytesAreSavedAndReadBackIntact() throws IOException {
        String longCell = "Señor José, " + "le recordamos su saldo. ".repeat(4000); // ~96,000 characters
        String longHeader = "Observación " + "muy larga ".repeat(7000);
        ContactTable.Builder builder = ContactTable.builder(Set.of(ContactField.PHONE, ContactField.NAME),
                List.of(longHeader, "Ciudad"));
        builder.add(2, PhoneCheck.valid("+573002234567", "3002234567", "CO", "Tigo"),
                new String[] {"3002234567", longCell}, new String[] {longCell + "!", "Bogotá"});
        builder.add(3, PhoneCheck.valid("+573102234567", "3102234567", "CO", "Claro"),
                new String[] {"3102234567", "Ana"}, new String[] {"", "Cali"});
        ContactTable table = builder.build();

        byte[] stored = ContactTableCodec.encode(table);
        ContactTable read = ContactTableCodec.read(new ByteArrayInputStream(stored));

        assertThat(read.size()).isEqualTo(2);
        assertThat(read.field(ContactField.NAME, 0)).isEqualTo(longCell);
        assertThat(read.customNames()).containsExactly(longHeader, "Ciudad");
        assertThat(read.custom(longHeader, 0)).isEqualTo(longCell + "!");
        assertThat(read.custom("Ciudad", 1)).isEqualTo("Cali");
        assertThat(read.e164(1)).isEqualTo("+573102234567");
        assertThat(read.carrier(0)).isEqualTo("Tigo");
        assertThat(read.row(1)).isEqualTo(3);
    }
}
