package app.vocero.ui.campaign;

import app.vocero.ui.shell.Section;
import app.vocero.ui.shell.ShellViewModel;
import javafx.fxml.FXML;

/** Starting a campaign; without a contact list, it leads to the lists. */
public final class NewCampaignController {

    private final ShellViewModel shell;

    public NewCampaignController(ShellViewModel shell) {
        this.shell = shell;
    }

    @FXML
    private void openContactLists() {
        shell.show(Section.CONTACT_LISTS);
    }
}
