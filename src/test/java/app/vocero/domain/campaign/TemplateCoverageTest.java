package app.vocero.domain.campaign;

import static org.assertj.core.api.Assertions.assertThat;

import app.vocero.domain.ContactField;
import app.vocero.domain.ContactTable;
import app.vocero.domain.PhoneCheck;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TemplateCoverageTest {

    @Test
    void findsTheLongestMessageAndTheContactsMissingEachValue() {
        ContactTable contacts = ContactTable.builder(Set.of(ContactField.PHONE, ContactField.NAME, ContactField.BALANCE), List.of())
                .add(2, PhoneCheck.valid("+573001234567", "3001234567", "CO", "Claro"), new String[] {"3001234567", "", "1250000.5"}, new String[0])
                .add(3, PhoneCheck.valid("+573101234567", "3101234567", "CO", "Claro"), new String[] {"3101234567", "Ana", ""}, new String[0])
                .add(4, PhoneCheck.valid("+573151234567", "3151234567", "CO", "Claro"), new String[] {"3151234567", "", "5"}, new String[0])
                .build();

        TemplateCoverage coverage = TemplateCoverage.of(Template.parse("{N} {N} debe {S}"), contacts, 1, () -> false);

        assertThat(coverage.longest()).isEqualTo("  debe $1.250.000,50".length());
        assertThat(coverage.longestIndex()).isZero();
        assertThat(coverage.missingCount("{N}")).as("a tag used twice counts its contact once").isEqualTo(2);
        assertThat(coverage.missing().get("{N}").firstIndexes()).containsExactly(0);
        assertThat(coverage.missingCount("{S}")).isEqualTo(1);
        assertThat(coverage.missing().keySet()).containsExactly("{N}", "{S}");
        assertThat(coverage.sameForEveryone()).isFalse();
        assertThat(TemplateCoverage.of(Template.parse("Hola"), ContactTable.empty(), 5, () -> false).longest()).isZero();
        assertThat(TemplateCoverage.of(Template.parse("Hola {I}"), contacts, 5, () -> false).sameForEveryone())
                .as("no identifier column: everyone hears \"Hola \"").isTrue();
    }
}
