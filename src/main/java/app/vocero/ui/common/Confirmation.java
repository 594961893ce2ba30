package app.vocero.ui.common;

import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;

/**
 * Asks before something that cannot be undone (deleting a list, removing numbers). The buttons say what they do, in
 * the window's language; Escape and the close box cancel. The dialog's pane is {@code #<id>}, its buttons
 * {@code #<id>Yes} and {@code #<id>No}, so tests can answer it.
 */
public final class Confirmation {

    private Confirmation() {
    }

    /** True when the user chose {@code yes}. */
    public static boolean ask(Node owner, String id, String title, String text, String yes, String no) {
        ButtonType confirm = new ButtonType(yes, ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(no, ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, text, confirm, cancel);
        alert.setTitle(title);
        alert.setHeaderText(title);
        alert.getDialogPane().setId(id);
        alert.getDialogPane().setMinWidth(480);
        alert.getDialogPane().setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        alert.getDialogPane().lookupButton(confirm).setId(id + "Yes");
        alert.getDialogPane().lookupButton(cancel).setId(id + "No");
        // the safe answer is the default: Enter does not delete
        ((Button) alert.getDialogPane().lookupButton(confirm)).setDefaultButton(false);
        ((Button) alert.getDialogPane().lookupButton(cancel)).setDefaultButton(true);
        if (owner != null && owner.getScene() != null) {
            alert.initOwner(owner.getScene().getWindow());
        }
        return alert.showAndWait().filter(confirm::equals).isPresent();
    }
}
