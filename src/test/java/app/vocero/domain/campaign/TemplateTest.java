package app.vocero.domain.campaign;

import static org.assertj.core.api.Assertions.assertThat;

import app.vocero.domain.ContactField;
import app.vocero.domain.ContactTable;
import app.vocero.domain.PhoneCheck;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TemplateTest {

    private static ContactTable contacts() {
        return ContactTable.builder(Set.of(ContactField.PHONE, ContactField.NAME, ContactField.BALANCE), List.of("Ciudad"))
                .add(2, PhoneCheck.valid("+573001234567", "3001234567", "CO", "Claro"),
                        new String[] {"300 123 4567", "José", "150.000"}, new String[] {"Bogotá"})
                .add(3, PhoneCheck.valid("+573101234567", "3101234567", "CO", "Claro"),
                        new String[] {"3101234567", "", "20"}, new String[] {"Cali"})
                .build();
    }

    @Test
    void angleBracketTagsMeanTheSameAsBraces() {
        Template typed = Template.parse("Hola <N>, su saldo es {S}");
        Template saem = Template.parse("Hola {N}, su saldo es {S}");

        assertThat(typed.canonical()).isEqualTo("Hola {N}, su saldo es {S}");
        assertThat(typed.render(contacts(), 0)).isEqualTo(saem.render(contacts(), 0)).isEqualTo("Hola José, su saldo es $150.000");
        assertThat(typed.tags()).containsExactly("{N}", "{S}");
    }

    @Test
    void customColumnsAndThePhoneRender() {
        Template template = Template.parse("{ciudad}: llamamos al {T}");
        assertThat(template.render(contacts(), 1)).isEqualTo("Cali: llamamos al 3101234567");
        assertThat(template.isPersonalized()).isTrue();
        assertThat(template.parts()).hasSize(3);
    }

    @Test
    void textWithoutTagsIsTheSameForEveryone() {
        Template template = Template.parse("Su factura vence mañana. <b> no es una etiqueta");
        assertThat(template.isPersonalized()).isFalse();
        assertThat(template.render(contacts(), 0)).isEqualTo("Su factura vence mañana. <b> no es una etiqueta");
    }

    @Test
    void missingValuesRenderAsNothing() {
        assertThat(Template.parse("Hola {N}.").render(contacts(), 1)).isEqualTo("Hola .");
    }

    @Test
    void theBalanceIsSpokenAsMoneyByDefaultWhateverTheCellType() {
        ContactTable xlsx = ContactTable.builder(Set.of(ContactField.PHONE, ContactField.BALANCE), List.of("Cuota"))
                .add(2, PhoneCheck.valid("+573001234567", "3001234567", "CO", "Claro"),
                        new String[] {"3001234567", "1250000.5"}, new String[] {"1.2500005E6"})
                .build();
        assertThat(Template.parse("Debe {S}.").render(xlsx, 0)).isEqualTo("Debe $1.250.000,50.");
        assertThat(Template.parse("Cuota {Cuota}.").render(xlsx, 0)).as("other columns as written unless chosen")
                .isEqualTo("Cuota 1.2500005E6.");
    }

    @Test
    void theDraftsTagFormatsAreAppliedToEachTag() {
        ContactTable xlsx = ContactTable.builder(Set.of(ContactField.PHONE, ContactField.BALANCE), List.of("Cuota"))
                .add(2, PhoneCheck.valid("+573001234567", "3001234567", "CO", "Claro"),
                        new String[] {"3001234567", "1250000.5"}, new String[] {"1.2500005E6"})
                .build();
        Message.Tts tts = new Message.Tts("{S} / {cuota} / <T>", "Maria", null, null,
                java.util.Map.of("tagFormats", java.util.Map.of("S", "written", "Cuota", "amount", "T", "digits")));

        Template template = Template.of(tts);

        assertThat(template.render(xlsx, 0)).isEqualTo("1250000.5 / $1.250.000,50 / 3 0 0 1 2 3 4 5 6 7");
        assertThat(Template.rawValueOf(template.parts().get(0), xlsx, 0)).isEqualTo("1250000.5");
    }

    @Test
    void tagFormatsTravelInTheMessageAndDefaultsAreNotWritten() {
        Message.Tts tts = new Message.Tts("Hola {N}", "Maria", null, null, java.util.Map.of("otro", 1));
        TagFormats formats = TagFormats.of(tts).with("C", TagFormat.DIGITS).with("S", TagFormat.AMOUNT);

        Message.Tts withFormats = formats.applyTo(tts);

        assertThat(withFormats.extra()).containsEntry("tagFormats", java.util.Map.of("C", "digits")).containsEntry("otro", 1);
        assertThat(TagFormats.of(withFormats).formatOf("C")).isEqualTo(TagFormat.DIGITS);
        assertThat(TagFormats.of(withFormats).formatOf("S")).isEqualTo(TagFormat.AMOUNT);
        assertThat(TagFormats.of(withFormats).formatOf("c")).isEqualTo(TagFormat.DIGITS);
        assertThat(TagFormats.defaults().applyTo(withFormats).extra()).doesNotContainKey("tagFormats");
    }

    @Test
    void aCurrencyWordRightAfterAnAmountIsNoticed() {
        assertThat(Template.parse("Debe {S} pesos").currencyAfterAmount()).contains("{S}");
        assertThat(Template.parse("Debe {S} Dólares").currencyAfterAmount()).contains("{S}");
        assertThat(Template.parse("Debe {S}. Pesos nunca").currencyAfterAmount()).isEmpty();
        assertThat(Template.parse("Debe {S} pesos", TagFormats.defaults().with("S", TagFormat.NUMBER))
                .currencyAfterAmount()).isEmpty();
    }
}
