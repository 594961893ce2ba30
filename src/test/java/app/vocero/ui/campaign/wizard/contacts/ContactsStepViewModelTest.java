package app.vocero.ui.campaign.wizard.contacts;

import static org.assertj.core.api.Assertions.assertThat;

import app.vocero.VoceroApp;
import app.vocero.config.Messages;
import app.vocero.domain.ContactField;
import app.vocero.domain.Reject;
import app.vocero.domain.RejectReason;
import app.vocero.domain.campaign.ContactSource;
import app.vocero.domain.campaign.Draft;
import app.vocero.domain.campaign.ProviderId;
import app.vocero.service.ImportRequest;
import app.vocero.service.Progress;
import app.vocero.ui.campaign.wizard.CampaignWizardModel;
import app.vocero.ui.common.SyncTaskRunner;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The contacts step's state and rules, on a real data directory, with work done at once. */
class ContactsStepViewModelTest {

    static final Path EXAMPLE = Path.of("assets/examples/contactos-con-errores.csv");

    @TempDir
    Path dir;
    private VoceroApp app;
    private CampaignWizardModel model;
    private ContactsStepViewModel viewModel;

    @BeforeEach
    void open() throws Exception {
        app = VoceroApp.open(dir.resolve("data"), Locale.ENGLISH);
        app.settings().setDefaultCountry("CO");
        model = new CampaignWizardModel();
        viewModel = viewModel(Locale.ENGLISH);
    }

    private ContactsStepViewModel viewModel(Locale language) {
        return new ContactsStepViewModel(model, app.contactLists(), app.doNotCall(), app.settings(),
                new SyncTaskRunner(), Messages.of(language));
    }

    @AfterEach
    void close() {
        app.close();
    }

    /** 21 Colombian numbers and one from the US. */
    static Path mixedFile(Path dir) throws Exception {
        StringBuilder csv = new StringBuilder("Nombre;Celular;Saldo\n");
        for (int i = 0; i < 21; i++) {
            csv.append("Cliente ").append(i).append(";300").append(String.format("%07d", 2_000_000 + i)).append(";1000\n");
        }
        csv.append("John;+1 212 555 0123;5\n");
        return Files.writeString(dir.resolve("mixta.csv"), csv.toString());
    }

    private void provider(ProviderId provider) {
        model.update(draft -> new Draft(draft.version(), "Cobranza", provider, null, draft.contacts(), draft.message(),
                draft.schedules(), draft.timezone(), draft.options(), draft.extra()));
    }

    @Test
    void nothingChosenAsksForContactsAndIsNotComplete() {
        viewModel.enter();

        assertThat(viewModel.completeProperty().get()).isFalse();
        assertThat(viewModel.hintProperty().get()).isEqualTo("Drop a contact file on this page, choose one, or pick a saved list.");
        assertThat(model.imported()).isNull();
    }

    @Test
    void aChosenFileBecomesTheDraftsContactsAndItsCheckFillsTheCards() {
        viewModel.chooseFile(EXAMPLE);

        ContactSource source = model.draft().contacts();
        assertThat(source.file()).isEqualTo(EXAMPLE.toAbsolutePath().toString());
        assertThat(source.country()).isEqualTo("CO");
        assertThat(source.list()).isNull();
        assertThat(model.imported()).isNotNull();
        assertThat(model.imported().uniqueValid()).isEqualTo(6);
        assertThat(viewModel.readyProperty().get()).isEqualTo("6");
        assertThat(viewModel.invalidProperty().get()).isEqualTo("4");
        assertThat(viewModel.duplicatesProperty().get()).isEqualTo("2");
        assertThat(viewModel.suppressedProperty().get()).isEqualTo("0");
        assertThat(viewModel.rejectsProperty().get()).hasSize(6)
                .extracting(Reject::reason).contains(RejectReason.DUPLICATE, RejectReason.EXCEL_SCIENTIFIC);
        assertThat(viewModel.completeProperty().get()).isTrue();
        assertThat(viewModel.hintProperty().get()).isEqualTo("6 contacts will be called.");
        assertThat(viewModel.countryChartProperty().get()).containsExactly(new Breakdown("Colombia", 6));
        assertThat(viewModel.columns()).extracting(ColumnChoice::field).startsWith(ContactField.PHONE);
        assertThat(viewModel.columns().get(0).headerProperty().get()).isEqualTo("Celular");
    }

    @Test
    void changingAColumnRoleWritesItIntoTheDraftAndChecksAgain() throws Exception {
        Path file = Files.writeString(dir.resolve("dos.csv"), "Nombre;Celular;Saldo;Deuda\nAna;3001234567;10;99\n");
        viewModel.chooseFile(file);
        assertThat(model.imported().contacts().field(ContactField.BALANCE, 0)).isEqualTo("10");

        ColumnChoice balance = viewModel.columns().stream().filter(line -> line.field() == ContactField.BALANCE)
                .findFirst().orElseThrow();
        balance.headerProperty().set("Deuda");

        assertThat(model.draft().contacts().columns()).containsExactly(Map.entry("balance", "Deuda"));
        assertThat(model.imported().contacts().field(ContactField.BALANCE, 0)).isEqualTo("99");
        assertThat(model.imported().contacts().customNames()).contains("Saldo");
        assertThat(viewModel.columns().stream().filter(line -> line.field() == ContactField.BALANCE).findFirst()
                .orElseThrow().headerProperty().get()).isEqualTo("Deuda");
    }

    @Test
    void aRoleCanBeLeftWithoutAColumn() throws Exception {
        Path file = Files.writeString(dir.resolve("tres.csv"), "Nombre;Celular\nAna;3001234567\n");
        viewModel.chooseFile(file);

        viewModel.chooseColumn(ContactField.NAME, "");

        assertThat(model.draft().contacts().columns()).containsExactly(Map.entry("name", ""));
        assertThat(model.imported().contacts().fields()).doesNotContain(ContactField.NAME);
        assertThat(model.imported().contacts().custom("Nombre", 0)).isEqualTo("Ana");
    }

    @Test
    void aMixedListForSaemIsNotCompleteUntilTheUserKeepsOneCountry() throws Exception {
        provider(ProviderId.SAEM);
        viewModel.chooseFile(mixedFile(dir));

        assertThat(viewModel.completeProperty().get()).isFalse();
        assertThat(viewModel.splitOfferedProperty().get()).isTrue();
        assertThat(viewModel.splitOfferProperty().get()).isEqualTo("Keep only +57 numbers (21), set the other 1 aside");
        assertThat(viewModel.splitExplanationProperty().get())
                .isEqualTo("The list mixes countries (Colombia +57: 21; United States +1: 1), but Saem takes one country code per campaign.");
        assertThat(model.imported().uniqueValid()).isEqualTo(22);

        viewModel.keepOnlyMainCountry();

        assertThat(model.draft().contacts().extra()).containsEntry("onlyCallingCode", "57");
        assertThat(model.imported().uniqueValid()).isEqualTo(21);
        assertThat(model.contacts().size()).isEqualTo(21);
        assertThat(viewModel.setAsideProperty().get()).singleElement()
                .satisfies(contact -> assertThat(contact.e164()).isEqualTo("+12125550123"));
        assertThat(viewModel.readyProperty().get()).isEqualTo("21");
        assertThat(viewModel.setAsideCountProperty().get()).isEqualTo("1");
        assertThat(viewModel.splitOfferedProperty().get()).isFalse();
        assertThat(viewModel.splitDoneProperty().get()).contains("+57").contains("the other one is set aside");
        assertThat(viewModel.completeProperty().get()).isTrue();

        viewModel.keepAllCountries();

        assertThat(model.draft().contacts().extra()).doesNotContainKey("onlyCallingCode");
        assertThat(viewModel.completeProperty().get()).isFalse();
        assertThat(viewModel.splitOfferedProperty().get()).isTrue();
    }

    @Test
    void aProviderThatTakesManyCountriesNeedsNoSplitAndChangingProviderRechecksTheRule() throws Exception {
        provider(ProviderId.ROUTEE);
        viewModel.chooseFile(mixedFile(dir));
        assertThat(viewModel.completeProperty().get()).isTrue();
        assertThat(viewModel.splitOfferedProperty().get()).isFalse();

        provider(ProviderId.SAEM);

        assertThat(viewModel.completeProperty().get()).isFalse();
        assertThat(viewModel.splitOfferedProperty().get()).isTrue();
        assertThat(viewModel.hintProperty().get()).contains("Saem calls one country per campaign");
    }

    @Test
    void aSavedListIsCheckedFromTheStoreWithItsRejectReasons() throws Exception {
        var saved = app.contactLists().importFile(ImportRequest.of(EXAMPLE, "CO"), "es", Progress.NONE).saved().orElseThrow();
        viewModel.enter();
        assertThat(viewModel.lists()).extracting(list -> list.id()).containsExactly(saved.id());

        viewModel.chooseList(saved);

        assertThat(model.draft().contacts().list()).isEqualTo(saved.id());
        assertThat(model.draft().contacts().file()).isNull();
        assertThat(model.imported().uniqueValid()).isEqualTo(6);
        assertThat(viewModel.savedListProperty().get()).isTrue();
        assertThat(viewModel.rejectsProperty().get()).filteredOn(reject -> reject.reason() == RejectReason.DUPLICATE)
                .first().satisfies(reject -> assertThat(reject.reasonText("en")).isEqualTo("duplicate of row 2"));
        assertThat(viewModel.completeProperty().get()).isTrue();
    }

    @Test
    void aFileThatCannotBeReadSaysWhyAndIsNotComplete() throws Exception {
        Path file = Files.writeString(dir.resolve("sin-telefono.csv"), "Nombre;Ciudad\nAna;Cali\n");

        viewModel.chooseFile(file);

        assertThat(viewModel.errorProperty().get()).contains("sin-telefono.csv").contains("\"Nombre\", \"Ciudad\"");
        assertThat(viewModel.hintProperty().get()).startsWith("Fix the file or choose another one");
        assertThat(viewModel.resultProperty().get()).isNull();
        assertThat(model.imported()).isNull();
        assertThat(viewModel.completeProperty().get()).isFalse();
    }

    @Test
    void addingSelectedRejectsToTheDoNotCallListChecksAgain() {
        viewModel.chooseFile(EXAMPLE);
        Reject duplicate = viewModel.rejectsProperty().get().stream()
                .filter(reject -> reject.reason() == RejectReason.DUPLICATE).findFirst().orElseThrow();
        Reject invalid = viewModel.rejectsProperty().get().stream()
                .filter(reject -> reject.reason() == RejectReason.TOO_SHORT).findFirst().orElseThrow();

        viewModel.addToDoNotCall(List.of(duplicate, invalid));

        assertThat(app.doNotCall().entries()).hasSize(1);
        assertThat(viewModel.noticeProperty().get())
                .isEqualTo("Added 1 numbers to the do-not-call list. 1 could not be added: they are not valid phone numbers.");
        assertThat(viewModel.suppressedProperty().get()).isEqualTo("1");
        assertThat(model.imported().uniqueValid()).isEqualTo(5);
    }

    @Test
    void rejectsAreExportedFormulaSafe() throws Exception {
        viewModel.chooseFile(EXAMPLE);
        Path out = dir.resolve("rechazados.csv");

        viewModel.exportRejects(out);

        String csv = new String(Files.readAllBytes(out), StandardCharsets.UTF_8);
        assertThat(csv).startsWith("\uFEFFrow;value;reason_code;reason\r\n").contains("\r\n9;'=1+2;stray_characters;");
        assertThat(csv.split("\r\n")).hasSize(7);
        assertThat(viewModel.noticeProperty().get()).isEqualTo("Saved 6 rejected rows in rechazados.csv.");
    }

    @Test
    void aReopenedDraftIsCheckedWhenTheStepIsEntered() {
        model.update(draft -> new Draft(draft.version(), "x", null, null, new ContactSource(
                EXAMPLE.toAbsolutePath().toString(), null, "57", Map.of(), null, Map.of()), null, List.of(), null,
                Map.of(), Map.of()));

        viewModel.enter();

        assertThat(model.imported()).isNotNull();
        assertThat(viewModel.countryProperty().get().region()).isEqualTo("CO");
        assertThat(viewModel.completeProperty().get()).isTrue();
    }

    @Test
    void choosingAnotherCountryChecksTheFileAgainWithIt() {
        viewModel.chooseFile(EXAMPLE);
        var mexico = viewModel.countries().stream().filter(country -> country.region().equals("MX")).findFirst().orElseThrow();

        viewModel.chooseCountry(mexico);

        assertThat(model.draft().contacts().country()).isEqualTo("MX");
        assertThat(model.imported().uniqueValid()).isLessThan(6);
    }

    @Test
    void spanishTextsAndNumbers() throws Exception {
        ContactsStepViewModel spanish = viewModel(Locale.forLanguageTag("es"));
        StringBuilder csv = new StringBuilder("Celular\n");
        for (int i = 0; i < 1500; i++) {
            csv.append("300").append(String.format("%07d", 3_000_000 + i)).append('\n');
        }
        provider(ProviderId.SAEM);

        spanish.chooseFile(Files.writeString(dir.resolve("grande.csv"), csv.toString()));

        assertThat(spanish.readyProperty().get()).isEqualTo("1.500");
        assertThat(spanish.hintProperty().get()).isEqualTo("Se llamará a 1.500 contactos.");
        assertThat(spanish.countryChartProperty().get()).containsExactly(new Breakdown("Colombia", 1500));
        assertThat(spanish.countries()).extracting(country -> country.displayName(Locale.forLanguageTag("es")))
                .contains("Estados Unidos (+1)", "España (+34)");
        assertThat(Optional.ofNullable(spanish.countryProperty().get()).map(c -> c.region())).contains("CO");
    }

    /** Work that stays running until the test says otherwise, as a big file's check does. */
    static final class PendingWork implements app.vocero.ui.common.TaskRunner {
        final javafx.beans.property.ReadOnlyBooleanWrapper running = new javafx.beans.property.ReadOnlyBooleanWrapper(true);
        boolean cancelled;

        @Override
        public <T> app.vocero.ui.common.RunningWork run(app.vocero.ui.common.BackgroundWork<T> work,
                                                          java.util.function.Consumer<T> onSuccess,
                                                          java.util.function.Consumer<Throwable> onFailure) {
            return new app.vocero.ui.common.RunningWork() {
                @Override
                public javafx.beans.property.ReadOnlyDoubleProperty progressProperty() {
                    return new javafx.beans.property.ReadOnlyDoubleWrapper(0.4).getReadOnlyProperty();
                }

                @Override
                public javafx.beans.property.ReadOnlyStringProperty messageProperty() {
                    return new javafx.beans.property.ReadOnlyStringWrapper("big.csv: 200,000 rows checked")
                            .getReadOnlyProperty();
                }

                @Override
                public javafx.beans.property.ReadOnlyBooleanProperty runningProperty() {
                    return running.getReadOnlyProperty();
                }

                @Override
                public boolean cancel() {
                    cancelled = true;
                    running.set(false);
                    return true;
                }
            };
        }
    }

    @Test
    void aRunningCheckShowsItsProgressAndCanBeCancelled() {
        PendingWork work = new PendingWork();
        ContactsStepViewModel waiting = new ContactsStepViewModel(model, app.contactLists(), app.doNotCall(),
                app.settings(), work, Messages.of(Locale.ENGLISH));

        waiting.chooseFile(EXAMPLE);

        assertThat(waiting.importingProperty().get()).isTrue();
        assertThat(waiting.progressProperty().get()).isEqualTo(0.4);
        assertThat(waiting.statusProperty().get()).isEqualTo("big.csv: 200,000 rows checked");
        assertThat(waiting.completeProperty().get()).isFalse();

        waiting.cancel();

        assertThat(work.cancelled).isTrue();
        assertThat(waiting.importingProperty().get()).isFalse();
        assertThat(waiting.statusProperty().get()).isEqualTo("Check cancelled: the contacts were not checked.");
        assertThat(waiting.hintProperty().get()).startsWith("The contacts were not checked: press Check again");
        assertThat(model.imported()).isNull();
        assertThat(model.draft().contacts().file()).isEqualTo(EXAMPLE.toAbsolutePath().toString());
    }
}
