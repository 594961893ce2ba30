package app.vocero.ui.history;

import app.vocero.ui.shell.Section;
import app.vocero.ui.shell.ShellViewModel;
import javafx.fxml.FXML;

/** The campaigns history; while empty, it leads to creating one. */
public final class CampaignsController {

    private final ShellViewModel shell;

    public CampaignsController(ShellViewModel shell) {
        this.shell = shell;
    }

    @FXML
    private void createCampaign() {
        shell.show(Section.NEW_CAMPAIGN);
    }
}
