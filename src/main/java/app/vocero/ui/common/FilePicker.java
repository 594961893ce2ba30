package app.vocero.ui.common;

import java.io.File;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/** Shows a file dialog; tests replace it. */
@FunctionalInterface
public interface FilePicker {

    /** The operating system's own open and save dialogs. */
    FilePicker SYSTEM_DIALOGS = (chooser, owner, save) ->
            save ? chooser.showSaveDialog(owner) : chooser.showOpenDialog(owner);

    /** The chosen file, or null when the user cancelled. */
    File pick(FileChooser chooser, Window owner, boolean save);
}
