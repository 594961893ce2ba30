package app.vocero.contacts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.vocero.contacts.read.ContactFileException;
import app.vocero.contacts.read.SourceRow;
import app.vocero.domain.ContactField;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ColumnRolesTest {

    private static final Path FILE = Path.of("clientes.csv");
    private final PhoneNumbers phones = new PhoneNumbers("CO");

    @ParameterizedTest
    @CsvSource({"Teléfono,PHONE", "TELEFONO,PHONE", "Celular,PHONE", "Móvil,PHONE", "movil,PHONE", "Número,PHONE",
        "phone,PHONE", "Mobile,PHONE", "MSISDN,PHONE", "Teléfono 2,PHONE", "Nombre,NAME", "First_Name,NAME",
        "first name,NAME", "Apellido,LAST_NAME", "last_name,LAST_NAME", "Saldo,BALANCE", "Deuda,BALANCE",
        "Amount,BALANCE", "Cédula,IDENTIFIER", "Identificación,IDENTIFIER", "ID,IDENTIFIER", "Correo,EMAIL",
        "E-mail,EMAIL", "Cuenta,ACCOUNT", "Contrato,ACCOUNT", "Mensaje,CONTENT", "Content,CONTENT"})
    void recognisesHeadersInSpanishAndEnglish(String header, ContactField expected) {
        assertThat(ColumnRoles.roleOfHeader(header)).contains(expected);
    }

    @Test
    void unknownHeadersAreCustomFieldsKeptByName() throws ContactFileException {
        ColumnRoles roles = ColumnRoles.detect(row("Nombre", "Ciudad", "Teléfono", "Celular", "Plan"), Map.of(),
                phones, FILE);

        assertThat(roles.hasHeaderRow()).isTrue();
        assertThat(roles.phoneColumn()).isEqualTo(2); // first matching column wins
        assertThat(roles.column(ContactField.NAME)).hasValue(0);
        assertThat(roles.customNames()).containsExactly("Ciudad", "Celular", "Plan");
        assertThat(roles.customColumns()).containsExactly(1, 3, 4);
        assertThat(roles.byRoleKey()).containsExactly(Map.entry("phone", "Teléfono"), Map.entry("name", "Nombre"));
    }

    @Test
    void theUserChoosesAColumnByItsHeaderIgnoringAccentsAndCase() throws ContactFileException {
        ColumnRoles roles = ColumnRoles.detect(row("Nombre", "Teléfono", "Celular Nuevo"),
                Map.of(ContactField.PHONE, "celular nuevo"), phones, FILE);

        assertThat(roles.phoneColumn()).isEqualTo(2);
        assertThat(roles.customNames()).containsExactly("Teléfono");
    }

    @Test
    void anEmptyHeaderLeavesTheRoleWithoutAColumnEvenWhenAHeaderNamesIt() throws ContactFileException {
        ColumnRoles roles = ColumnRoles.detect(row("Telefono", "Saldo", "Nombre"),
                Map.of(ContactField.BALANCE, ""), phones, FILE);

        assertThat(roles.column(ContactField.BALANCE)).isEmpty();
        assertThat(roles.column(ContactField.NAME)).hasValue(2);
        assertThat(roles.customNames()).containsExactly("Saldo");
    }

    @Test
    void anOverrideTakesTheColumnFromAnotherRole() throws ContactFileException {
        ColumnRoles roles = ColumnRoles.detect(row("Telefono", "Saldo", "Valor"),
                Map.of(ContactField.ACCOUNT, "SALDO"), phones, FILE);

        assertThat(roles.column(ContactField.ACCOUNT)).hasValue(1);
        assertThat(roles.column(ContactField.BALANCE)).hasValue(2);
    }

    @Test
    void anOverrideNamingNoColumnListsTheHeadersSeen() {
        assertThatThrownBy(() -> ColumnRoles.detect(row("Nombre", "Teléfono"), Map.of(ContactField.PHONE, "Movil"),
                phones, FILE))
                .isInstanceOfSatisfying(ContactFileException.class,
                        e -> assertThat(e.reasonCode()).isEqualTo("unknown_column"))
                .hasMessageContaining("\"Movil\"").hasMessageContaining("\"Nombre\", \"Teléfono\"")
                .hasMessageContaining("clientes.csv");
    }

    @Test
    void withoutAPhoneColumnTheErrorListsTheHeadersSeen() {
        assertThatThrownBy(() -> ColumnRoles.detect(row("Nombre", "Ciudad"), Map.of(), phones, FILE))
                .isInstanceOfSatisfying(ContactFileException.class, e -> {
                    assertThat(e.reasonCode()).isEqualTo("no_phone_column");
                    assertThat(e.file()).isEqualTo(FILE);
                })
                .hasMessageContaining("\"Nombre\", \"Ciudad\"");
    }

    @Test
    void aFirstRowWithoutRolesThatStartsWithANumberIsData() throws ContactFileException {
        ColumnRoles roles = ColumnRoles.detect(row("3002234567", "Ana", "Bogotá"), Map.of(), phones, FILE);

        assertThat(roles.hasHeaderRow()).isFalse();
        assertThat(roles.phoneColumn()).isZero();
        assertThat(roles.headers()).containsExactly("column1", "column2", "column3");
        assertThat(roles.customNames()).containsExactly("column2", "column3");
    }

    @Test
    void aHeaderlessFileCanStillBeGivenRolesByColumnName() throws ContactFileException {
        ColumnRoles roles = ColumnRoles.detect(row("3002234567", "Ana"), Map.of(ContactField.NAME, "column2"),
                phones, FILE);

        assertThat(roles.column(ContactField.NAME)).hasValue(1);
        assertThat(roles.customNames()).isEmpty();
    }

    @Test
    void aFirstRowOfWordsIsAHeaderEvenWithoutRoles() {
        assertThatThrownBy(() -> ColumnRoles.detect(row("Cliente", "Dato"), Map.of(), phones, FILE))
                .isInstanceOfSatisfying(ContactFileException.class,
                        e -> assertThat(e.reasonCode()).isEqualTo("no_phone_column"));
    }

    @Test
    void declaredColumnsAreHeadersWithoutAHeaderRow() throws ContactFileException {
        ColumnRoles roles = ColumnRoles.fromDeclared(List.of("number", "content"), Map.of(), FILE);

        assertThat(roles.hasHeaderRow()).isFalse();
        assertThat(roles.phoneColumn()).isZero();
        assertThat(roles.column(ContactField.CONTENT)).hasValue(1);
    }

    private static SourceRow row(String... cells) {
        return new SourceRow(1, List.of(cells));
    }
}
