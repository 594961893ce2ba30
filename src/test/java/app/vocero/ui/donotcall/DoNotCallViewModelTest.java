package app.vocero.ui.donotcall;

import static org.assertj.core.api.Assertions.assertThat;

import app.vocero.VoceroApp;
import app.vocero.config.Messages;
import app.vocero.domain.DoNotCallEntry;
import app.vocero.service.Progress;
import app.vocero.ui.common.SyncTaskRunner;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The do-not-call list's state without a window. */
class DoNotCallViewModelTest {

    @TempDir
    Path dir;
    private VoceroApp app;
    private DoNotCallViewModel viewModel;

    @BeforeEach
    void open() throws Exception {
        app = VoceroApp.open(dir.resolve("data"), Locale.ENGLISH);
        viewModel = new DoNotCallViewModel(app.doNotCall(), app.settings(), new SyncTaskRunner(),
                Messages.of(Locale.forLanguageTag("es")));
    }

    @AfterEach
    void close() {
        app.close();
    }

    @Test
    void typedNumbersAreSplitByCommasSemicolonsAndLinesNotBySpaces() {
        assertThat(DoNotCallViewModel.typedNumbers(" +57 300 123 4567 ,3101234567;\n\n315 123 4567\r\n"))
                .containsExactly("+57 300 123 4567", "3101234567", "315 123 4567");
        assertThat(DoNotCallViewModel.typedNumbers("  ")).isEmpty();
        assertThat(DoNotCallViewModel.typedNumbers(null)).isEmpty();
    }

    @Test
    void nothingTypedOrNoCountryIsExplainedInTheWindowsLanguage() {
        viewModel.add();
        assertThat(viewModel.errorProperty().get()).isEqualTo("Escriba uno o más números para agregar.");

        viewModel.typedProperty().set("3001234567");
        viewModel.countryProperty().set(" ");
        viewModel.add();

        assertThat(viewModel.errorProperty().get()).isEqualTo("Escriba el país de los números sin código (CO o 57).");
        assertThat(app.doNotCall().entries()).isEmpty();
    }

    @Test
    void searchMatchesDigitsWrittenAnyWayAndTheSource() throws Exception {
        app.doNotCall().add(List.of("3001234567"), "CO", "es");
        app.doNotCall().importFile(Files.writeString(dir.resolve("quejas.csv"), "Celular\n3101234567\n"), "CO",
                Progress.NONE);
        viewModel.refresh();
        assertThat(viewModel.countProperty().get()).isEqualTo("2 números en la lista");

        viewModel.searchProperty().set("(300) 123-45");
        assertThat(viewModel.shownProperty().get()).extracting(DoNotCallEntry::e164).containsExactly("+573001234567");
        assertThat(viewModel.countProperty().get()).isEqualTo("Un número de 2 coincide");

        viewModel.searchProperty().set("QUEJAS");
        assertThat(viewModel.shownProperty().get()).extracting(DoNotCallEntry::e164).containsExactly("+573101234567");

        viewModel.searchProperty().set("999");
        assertThat(viewModel.shownProperty().get()).isEmpty();
        assertThat(viewModel.placeholderProperty().get()).isEqualTo("Ningún número coincide con la búsqueda.");

        viewModel.useMessages(Messages.of(Locale.ENGLISH));
        assertThat(viewModel.countProperty().get()).isEqualTo("No number of 2 match");
    }

    @Test
    void aFileThatCannotBeReadIsExplainedAndAddsNothing() throws Exception {
        Path file = Files.writeString(dir.resolve("vacio.xlsx"), "no es un libro");

        viewModel.importFile(file);

        assertThat(viewModel.errorProperty().get()).contains("vacio.xlsx");
        assertThat(viewModel.importingProperty().get()).isFalse();
        assertThat(app.doNotCall().entries()).isEmpty();
    }
}
