package app.vocero.ui.campaign.wizard;

/** The steps of the campaign wizard, in order; the breadcrumb shows them and each has its own view. */
public enum WizardStep {
    PROVIDER,
    CONTACTS,
    MESSAGE,
    SCHEDULE,
    REVIEW,
    SEND;

    /** The bundle key of the step's title in the breadcrumb ({@code wizard.step.provider}, …). */
    public String titleKey() {
        return "wizard.step." + name().toLowerCase(java.util.Locale.ROOT);
    }
}
