package app.vocero.contacts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import app.vocero.contacts.read.ContactFileException;
import app.vocero.contacts.read.SourceRow;
import app.vocero.domain.ContactField;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

/** The column and empty-file problems of an import, word for word in English and Spanish. */
class ColumnMessagesTest {

    private static final Path FILE = Path.of("/datos/clientes.csv");
    private final PhoneNumbers phones = new PhoneNumbers("CO");

    private static ContactFileException failure(ThrowingCallable call) {
        return catchThrowableOfType(ContactFileException.class, call);
    }

    private static void says(ContactFileException e, String english, String spanish) {
        assertThat(e).isNotNull();
        assertThat(e.getMessage()).isEqualTo(english);
        assertThat(e.message("en")).isEqualTo(english);
        assertThat(e.message("es")).isEqualTo(spanish);
    }

    @Test
    void noPhoneColumnListsTheHeadersSeenAndHowToChooseOne() {
        ContactFileException e = failure(() -> ColumnRoles.detect(row("Nombre", "Ciudad"), Map.of(), phones, FILE));

        assertThat(e.reasonCode()).isEqualTo("no_phone_column");
        says(e, "clientes.csv: no phone column found (columns seen: \"Nombre\", \"Ciudad\");"
                        + " name the column with the numbers Teléfono, Celular or Phone, or choose the phone column",
                "clientes.csv: no se encontró la columna de teléfonos (columnas encontradas: \"Nombre\", \"Ciudad\");"
                        + " póngale a esa columna el nombre Teléfono, Celular o Phone,"
                        + " o elija cuál es la columna de teléfonos.");
    }

    @Test
    void noColumnsAtAllIsSaidInTheUsersLanguage() {
        ContactFileException e = failure(() -> ColumnRoles.fromDeclared(List.of(), Map.of(), FILE));

        assertThat(e.getMessage()).startsWith("clientes.csv: no phone column found (columns seen: none); ");
        assertThat(e.message("es"))
                .startsWith("clientes.csv: no se encontró la columna de teléfonos (columnas encontradas: ninguna); ");
    }

    @Test
    void anUnknownColumnOverrideNamesTheFieldAndTheHeadersSeen() {
        ContactFileException e = failure(() -> ColumnRoles.detect(row("Nombre", "Teléfono"),
                Map.of(ContactField.LAST_NAME, "Apellidos"), phones, FILE));

        assertThat(e.reasonCode()).isEqualTo("unknown_column");
        says(e, "clientes.csv: no column \"Apellidos\" for last name (columns seen: \"Nombre\", \"Teléfono\");"
                        + " choose one of these columns",
                "clientes.csv: no hay ninguna columna \"Apellidos\" para el campo apellido"
                        + " (columnas encontradas: \"Nombre\", \"Teléfono\"); elija una de esas columnas.");
    }

    @Test
    void aFileWithOnlyBlankRows() {
        ContactFileException e = failure(() -> new ContactImporter(1).importRows(RowsInMemory.csv(),
                Path.of("cartera.csv"), ImportOptions.forCountry("CO"), Suppression.NONE, ImportProgress.NONE));

        assertThat(e.reasonCode()).isEqualTo("empty");
        says(e, "cartera.csv: the file has no contacts, only blank rows;"
                        + " check that you chose the right file (or sheet)",
                "cartera.csv: el archivo no tiene contactos, solo filas en blanco;"
                        + " revise que eligió el archivo (o la hoja) correcto.");
    }

    @Test
    void withoutAFileTheMessageStillReads() {
        ContactFileException e = failure(() -> ColumnRoles.detect(row("Nombre"), Map.of(), phones, null));

        assertThat(e.getMessage()).startsWith("Contact file: no phone column found");
        assertThat(e.message("es")).startsWith("Archivo de contactos: no se encontró la columna de teléfonos");
    }

    private static SourceRow row(String... cells) {
        return new SourceRow(1, List.of(cells));
    }
}
