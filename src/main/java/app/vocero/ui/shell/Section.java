package app.vocero.ui.shell;

/** The parts of the window the sidebar leads to. */
public enum Section {
    CAMPAIGNS,
    NEW_CAMPAIGN,
    CONTACT_LISTS,
    DO_NOT_CALL,
    ACCOUNTS,
    SETTINGS
}
