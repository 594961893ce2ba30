package app.vocero.ui.campaign.wizard;

import app.vocero.domain.campaign.Draft;
import app.vocero.service.DraftAutosave;
import app.vocero.service.DraftService;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * The wizard's shell: which step shows, which steps can be reached (every earlier one complete), Back and Next, and
 * the draft being edited, autosaved on every change of {@link CampaignWizardModel#draftProperty()} and of the step.
 * The steps' own state lives in the shared model, so moving between them never loses input.
 */
public final class CampaignWizardViewModel {

    private final CampaignWizardModel model;
    private final DraftService drafts;
    private final DraftAutosave autosave;
    private final Map<WizardStep, WizardStepModel> steps;
    private final Map<WizardStep, BooleanBinding> reachable = new EnumMap<>(WizardStep.class);
    private final ReadOnlyStringWrapper draftId = new ReadOnlyStringWrapper();
    private final javafx.beans.property.ReadOnlyObjectWrapper<DraftService.Conflict> conflict =
            new javafx.beans.property.ReadOnlyObjectWrapper<>();
    private final BooleanBinding canGoBack;
    private final BooleanBinding canGoNext;
    private boolean loading;
    private WizardStep pendingStep;

    /**
     * @param steps every step's view model; a step missing from the map counts as complete (for a build without it)
     */
    public CampaignWizardViewModel(CampaignWizardModel model, DraftService drafts, DraftAutosave autosave,
                                   Map<WizardStep, ? extends WizardStepModel> steps) {
        this(model, drafts, autosave, steps, CampaignWizardViewModel::onFxThread);
    }

    /** @param fxThread runs a change of the screen's state on the FX thread (tests: at once) */
    CampaignWizardViewModel(CampaignWizardModel model, DraftService drafts, DraftAutosave autosave,
                            Map<WizardStep, ? extends WizardStepModel> steps, java.util.function.Consumer<Runnable> fxThread) {
        this.model = model;
        this.drafts = drafts;
        this.autosave = autosave;
        this.steps = new EnumMap<>(WizardStep.class);
        this.steps.putAll(steps);
        BooleanBinding earlierComplete = null;
        for (WizardStep step : WizardStep.values()) {
            BooleanBinding now = earlierComplete == null ? Bindings.createBooleanBinding(() -> true) : earlierComplete;
            reachable.put(step, now);
            BooleanBinding complete = completeBinding(step);
            earlierComplete = now.and(complete);
            now.addListener((observable, was, is) -> {
                if (is && step == pendingStep) {
                    pendingStep = null;
                    model.stepProperty().set(step);
                }
            });
        }
        canGoBack = Bindings.createBooleanBinding(() -> model.step().ordinal() > 0, model.stepProperty());
        canGoNext = Bindings.createBooleanBinding(() -> {
            WizardStep step = model.step();
            return step.ordinal() < WizardStep.values().length - 1 && complete(step);
        }, dependencies());
        model.draftProperty().addListener((observable, before, now) -> {
            if (!loading && draftId.get() != null) {
                autosave.draftChanged(draftId.get(), now);
            }
        });
        model.stepProperty().addListener((observable, before, now) -> {
            if (!loading && draftId.get() != null && now != null) {
                autosave.stepChanged(draftId.get(), now.name());
            }
        });
        autosave.onConflict(found -> fxThread.accept(() -> movedToCopy(found)));
    }

    private static void onFxThread(Runnable change) {
        if (javafx.application.Platform.isFxApplicationThread()) {
            change.run();
        } else {
            javafx.application.Platform.runLater(change);
        }
    }

    /**
     * Another desktop changed the draft being edited: this version was kept as a new draft, which the wizard now
     * edits (the autosave already sends the following changes there).
     */
    private void movedToCopy(DraftService.Conflict found) {
        if (found.id().equals(draftId.get())) {
            draftId.set(found.copyId());
            conflict.set(found);
        }
    }

    /**
     * The last time a save of the draft being edited found it changed by another desktop (who, when, the new id this
     * version was saved under); empty until then, and again when another draft is opened.
     */
    public javafx.beans.property.ReadOnlyObjectProperty<DraftService.Conflict> conflictProperty() {
        return conflict.getReadOnlyProperty();
    }

    /** Renames the draft being edited (the copy kept after a conflict, so the list tells the two apart). */
    public void rename(String name) {
        model.update(current -> new Draft(current.version(), name, current.provider(), current.account(),
                current.contacts(), current.message(), current.schedules(), current.timezone(), current.options(),
                current.extra()));
    }

    private javafx.beans.Observable[] dependencies() {
        javafx.beans.Observable[] all = new javafx.beans.Observable[steps.size() + 1];
        all[0] = model.stepProperty();
        int i = 1;
        for (WizardStepModel step : steps.values()) {
            all[i++] = step.completeProperty();
        }
        return all;
    }

    private BooleanBinding completeBinding(WizardStep step) {
        WizardStepModel stepModel = steps.get(step);
        if (stepModel == null) {
            return Bindings.createBooleanBinding(() -> true);
        }
        return Bindings.createBooleanBinding(() -> stepModel.completeProperty().get(), stepModel.completeProperty());
    }

    private boolean complete(WizardStep step) {
        WizardStepModel stepModel = steps.get(step);
        return stepModel == null || stepModel.completeProperty().get();
    }

    /** A new campaign: saved at once (empty), so even its first keystrokes are autosaved. */
    public void startNew(Draft draft) {
        String id = drafts.create(draft);
        load(id, draft, WizardStep.PROVIDER);
        autosave.stepChanged(id, WizardStep.PROVIDER.name());
    }

    /** Continues a saved draft where the wizard was (or at the first step not yet complete). */
    public boolean open(String id) {
        Optional<DraftService.Saved> saved = drafts.open(id);
        if (saved.isEmpty()) {
            return false;
        }
        WizardStep step = saved.get().step().flatMap(CampaignWizardViewModel::stepNamed).orElse(WizardStep.PROVIDER);
        load(id, saved.get().draft(), step);
        return true;
    }

    private void load(String id, Draft draft, WizardStep step) {
        pendingStep = null;
        loading = true;
        try {
            model.setImported(null);
            conflict.set(null);
            draftId.set(id);
            model.update(current -> draft);
            model.stepProperty().set(WizardStep.PROVIDER);
        } finally {
            loading = false;
        }
        // a step is shown only when the earlier ones are complete; a restored step waits for them otherwise
        WizardStep reachableStep = WizardStep.PROVIDER;
        for (WizardStep candidate : WizardStep.values()) {
            if (candidate.ordinal() <= step.ordinal() && reachable.get(candidate).get()) {
                reachableStep = candidate;
            }
        }
        loading = true;
        try {
            model.stepProperty().set(reachableStep.ordinal() > WizardStep.REVIEW.ordinal() ? WizardStep.REVIEW : reachableStep);
        } finally {
            loading = false;
        }
        WizardStep wanted = step == WizardStep.SEND ? WizardStep.REVIEW : step;
        pendingStep = wanted.ordinal() > reachableStep.ordinal() ? wanted : null;
    }

    /**
     * The step the draft was saved at, when it could not be shown yet because an earlier step is still being rebuilt
     * after a restart (the contacts step re-reads its file): the wizard goes there as soon as it becomes reachable,
     * unless the user moved first.
     */
    public Optional<WizardStep> pendingStep() {
        return Optional.ofNullable(pendingStep);
    }

    private static Optional<WizardStep> stepNamed(String name) {
        try {
            return Optional.of(WizardStep.valueOf(name));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    public void next() {
        pendingStep = null;
        if (canGoNext.get()) {
            model.stepProperty().set(WizardStep.values()[model.step().ordinal() + 1]);
        }
    }

    public void back() {
        pendingStep = null;
        if (canGoBack.get()) {
            model.stepProperty().set(WizardStep.values()[model.step().ordinal() - 1]);
        }
    }

    /** Jumps to a step when every earlier one is complete (the breadcrumb, a finding's "Go to step"). */
    public boolean go(WizardStep step) {
        pendingStep = null;
        if (isReachable(step) || step.ordinal() < model.step().ordinal()) {
            model.stepProperty().set(step);
            return true;
        }
        return false;
    }

    public boolean isReachable(WizardStep step) {
        return reachable.get(step).get();
    }

    public BooleanBinding reachableProperty(WizardStep step) {
        return reachable.get(step);
    }

    public BooleanBinding canGoBackProperty() {
        return canGoBack;
    }

    public BooleanBinding canGoNextProperty() {
        return canGoNext;
    }

    public ReadOnlyStringProperty draftIdProperty() {
        return draftId.getReadOnlyProperty();
    }

    public String draftId() {
        return draftId.get();
    }

    /** Writes the pending autosave now: before checking, sending or exporting the file. */
    public void flush() {
        autosave.flush();
    }

    /** Writes a clean version-1 copy of the draft being edited to {@code target} ("Save as"). */
    public void saveAs(java.nio.file.Path target) throws java.io.IOException {
        autosave.flush();
        drafts.export(draftId.get(), target);
    }

    /** The autosaved file of the draft being edited: what the sender and the command line read. */
    public java.nio.file.Path draftFile() {
        return drafts.file(draftId.get());
    }

    /** Leaves the draft (it stays saved); the wizard shows nothing until another is opened. */
    public void close() {
        autosave.flush();
        draftId.set(null);
    }

    public CampaignWizardModel model() {
        return model;
    }

    public Optional<WizardStepModel> stepModel(WizardStep step) {
        return Optional.ofNullable(steps.get(step));
    }

    public ReadOnlyBooleanProperty completeProperty(WizardStep step) {
        WizardStepModel stepModel = steps.get(step);
        return stepModel == null ? new javafx.beans.property.ReadOnlyBooleanWrapper(true).getReadOnlyProperty()
                : stepModel.completeProperty();
    }
}
