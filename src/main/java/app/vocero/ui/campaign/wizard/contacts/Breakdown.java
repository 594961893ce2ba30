package app.vocero.ui.campaign.wizard.contacts;

/** One bar of the country or operator chart: its label in the window's language and how many contacts. */
public record Breakdown(String label, long contacts) {
}
