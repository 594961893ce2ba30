package app.vocero.ui.campaign.wizard;

import static org.assertj.core.api.Assertions.assertThat;

import app.vocero.service.DraftAutosave;
import app.vocero.service.DraftService;
import app.vocero.service.TestDrafts;
import java.nio.file.Path;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CampaignWizardViewModelTest {

    @TempDir
    Path dir;

    private final Map<WizardStep, FakeStep> steps = new EnumMap<>(WizardStep.class);
    private TestDrafts data;

    @org.junit.jupiter.api.BeforeEach
    void open() throws Exception {
        data = TestDrafts.open(dir);
    }

    @org.junit.jupiter.api.AfterEach
    void close() {
        data.close();
    }

    private static final class FakeStep implements WizardStepModel {
        final SimpleBooleanProperty complete = new SimpleBooleanProperty(false);

        @Override
        public ReadOnlyBooleanProperty completeProperty() {
            return complete;
        }
    }

    private CampaignWizardViewModel wizard(DraftService drafts, DraftAutosave autosave) {
        for (WizardStep step : WizardStep.values()) {
            steps.put(step, new FakeStep());
        }
        return new CampaignWizardViewModel(new CampaignWizardModel(), drafts, autosave, steps, Runnable::run);
    }

    @Test
    void aStepIsReachedOnlyWhenEveryEarlierOneIsCompleteAndBackAlwaysWorks() {
        DraftService drafts = data.drafts;
        CampaignWizardViewModel wizard = wizard(drafts, new DraftAutosave(drafts, Duration.ofHours(1), e -> { }));
        wizard.startNew(CampaignWizardModel.emptyDraft());
        assertThat(wizard.canGoNextProperty().get()).isFalse();
        assertThat(wizard.isReachable(WizardStep.CONTACTS)).isFalse();
        assertThat(wizard.go(WizardStep.SCHEDULE)).isFalse();

        steps.get(WizardStep.PROVIDER).complete.set(true);
        steps.get(WizardStep.CONTACTS).complete.set(true);
        assertThat(wizard.isReachable(WizardStep.MESSAGE)).isTrue();
        assertThat(wizard.isReachable(WizardStep.SCHEDULE)).isFalse();
        wizard.next();
        wizard.next();
        assertThat(wizard.model().step()).isEqualTo(WizardStep.MESSAGE);
        assertThat(wizard.canGoNextProperty().get()).isFalse();

        steps.get(WizardStep.CONTACTS).complete.set(false);
        assertThat(wizard.isReachable(WizardStep.MESSAGE)).isFalse();
        wizard.back();
        assertThat(wizard.model().step()).isEqualTo(WizardStep.CONTACTS);
        assertThat(wizard.canGoBackProperty().get()).isTrue();
    }

    @Test
    void everyChangeOfTheDraftAndOfTheStepIsAutosavedAndReopenedWhereItWas() {
        DraftService drafts = data.drafts;
        DraftAutosave autosave = new DraftAutosave(drafts, Duration.ofHours(1), e -> { });
        CampaignWizardViewModel wizard = wizard(drafts, autosave);
        wizard.startNew(CampaignWizardModel.emptyDraft());
        String id = wizard.draftId();
        wizard.model().update(draft -> DraftEdits.name(draft, "Cobro marzo"));
        steps.get(WizardStep.PROVIDER).complete.set(true);
        steps.get(WizardStep.CONTACTS).complete.set(true);
        wizard.next();
        wizard.next();
        wizard.flush();

        DraftService.Saved saved = drafts.open(id).orElseThrow();
        assertThat(saved.draft().name()).isEqualTo("Cobro marzo");
        assertThat(saved.step()).contains("MESSAGE");

        CampaignWizardViewModel reopened = wizard(drafts, autosave);
        steps.get(WizardStep.PROVIDER).complete.set(true);
        assertThat(reopened.open(id)).isTrue();
        // contacts not complete yet (its step re-reads the file): the wizard waits at the last reachable step…
        assertThat(reopened.model().step()).isEqualTo(WizardStep.CONTACTS);
        assertThat(reopened.pendingStep()).contains(WizardStep.MESSAGE);
        // …and goes on to where it was as soon as it can
        steps.get(WizardStep.CONTACTS).complete.set(true);
        assertThat(reopened.model().step()).isEqualTo(WizardStep.MESSAGE);
        assertThat(reopened.model().draft().name()).isEqualTo("Cobro marzo");
    }

    @Test
    void whenAnotherDesktopSavedTheDraftMeanwhileTheWizardGoesOnEditingItsOwnCopy() {
        DraftService drafts = data.drafts;
        DraftAutosave autosave = new DraftAutosave(drafts, Duration.ofHours(1), e -> { });
        CampaignWizardViewModel wizard = wizard(drafts, autosave);
        wizard.startNew(CampaignWizardModel.emptyDraft());
        String id = wizard.draftId();
        wizard.model().update(draft -> DraftEdits.name(draft, "Cobro marzo"));
        wizard.flush();

        DraftService eva = TestDrafts.on(data.database, dir.resolve("eva"), java.time.Clock.systemUTC(),
                new app.vocero.store.DraftRepository.Author("eva", "pc-2"));
        eva.open(id);
        eva.save(id, DraftEdits.name(eva.open(id).orElseThrow().draft(), "Cobro de Eva"));

        wizard.model().update(draft -> DraftEdits.name(draft, "Cobro marzo 2"));
        wizard.flush();

        assertThat(wizard.conflictProperty().get()).isNotNull();
        assertThat(wizard.conflictProperty().get().changedBy()).contains("eva@pc-2");
        String copy = wizard.draftId();
        assertThat(copy).isNotEqualTo(id).isEqualTo(wizard.conflictProperty().get().copyId());
        wizard.rename("Cobro marzo (mis cambios)");
        wizard.flush();
        assertThat(drafts.open(copy).orElseThrow().draft().name()).isEqualTo("Cobro marzo (mis cambios)");
        assertThat(drafts.open(id).orElseThrow().draft().name()).isEqualTo("Cobro de Eva");
        assertThat(wizard.draftFile().getFileName().toString()).startsWith(copy);
    }
}
