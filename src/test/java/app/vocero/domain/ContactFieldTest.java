package app.vocero.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class ContactFieldTest {

    @Test
    void eachFieldHasItsSaemTagWhereSaemHasOne() {
        assertThat(ContactField.PHONE.templateTag()).contains("{T}");
        assertThat(ContactField.NAME.templateTag()).contains("{N}");
        assertThat(ContactField.BALANCE.templateTag()).contains("{S}");
        assertThat(ContactField.IDENTIFIER.templateTag()).contains("{I}");
        assertThat(ContactField.EMAIL.templateTag()).contains("{E}");
        assertThat(ContactField.ACCOUNT.templateTag()).contains("{C}");
        assertThat(ContactField.LAST_NAME.tagLetter()).isEmpty();
        assertThat(ContactField.CONTENT.templateTag()).isEmpty();
    }

    @Test
    void roleKeysAreStableAndLowerCase() {
        assertThat(Arrays.stream(ContactField.values()).map(ContactField::key)).containsExactly("phone", "name",
                "last_name", "balance", "identifier", "email", "account", "content");
        assertThat(ContactField.fromKey("last_name")).contains(ContactField.LAST_NAME);
        assertThat(ContactField.fromKey(" Phone ")).contains(ContactField.PHONE);
        assertThat(ContactField.fromKey("ciudad")).isEmpty();
        assertThat(ContactField.fromTagLetter('s')).contains(ContactField.BALANCE);
        assertThat(ContactField.fromTagLetter('Z')).isEmpty();
    }

    @Test
    void everyRejectReasonSpeaksEnglishAndSpanish() {
        for (RejectReason reason : RejectReason.values()) {
            assertThat(reason.english("CO")).isNotBlank().doesNotContain("%s");
            assertThat(reason.spanish("CO")).isNotBlank().doesNotContain("%s").isNotEqualTo(reason.english("CO"));
            assertThat(RejectReason.fromCode(reason.code())).isSameAs(reason);
        }
        assertThat(RejectReason.INVALID.text("es", "MX")).isEqualTo("no es un número válido para MX");
        assertThat(RejectReason.EXCEL_SCIENTIFIC.code()).isEqualTo("excel_scientific");
    }

    @Test
    void aContactTableIsColumnarAndIterable() {
        ContactTable.Builder builder = ContactTable.builder(java.util.Set.of(ContactField.NAME, ContactField.PHONE),
                java.util.List.of("Ciudad"));
        assertThat(builder.fieldOrder()).containsExactly(ContactField.PHONE, ContactField.NAME);
        for (int i = 0; i < 3000; i++) {
            builder.add(i + 2, PhoneCheck.valid("+57300223" + String.format("%04d", i), "300223"
                    + String.format("%04d", i), "CO", "Tigo"), new String[] {"300223", "Ana " + i}, new String[] {"Cali"});
        }
        ContactTable table = builder.build();

        assertThat(table.size()).isEqualTo(3000);
        assertThat(table.get(2999).nationalDigits()).isEqualTo("3002232999");
        assertThat(table.get(2999).field(ContactField.NAME)).isEqualTo("Ana 2999");
        assertThat(table.get(0).custom("Ciudad")).isEqualTo("Cali");
        assertThat(table.get(0).custom("Nada")).isEmpty();
        assertThat(table).extracting(Contact::row).hasSize(3000).startsWith(2L, 3L);
        assertThat(ContactTable.empty().isEmpty()).isTrue();
    }
}
