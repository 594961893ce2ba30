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
        assertThat(typed.render(contacts(), 0)).isEqualTo(saem.render(contacts(), 0)).isEqualTo("Hola José, su saldo es 150.000");
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
}
