package app.vocero.ui.common;

import java.util.List;
import javafx.stage.FileChooser;

/** The file dialogs every screen asks for the same way: a contact file to read, a CSV to write. */
public final class FileChoosers {

    /** The contact files Vocero reads (the readers of {@code contacts.read}). */
    public static final List<String> CONTACT_FILE_TYPES = List.of("csv", "txt", "xlsx", "parquet", "json");

    private FileChoosers() {
    }

    /** Open: contact files first, every file second. */
    public static FileChooser contactFile(String title, String contactFilesName, String allFilesName) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter(contactFilesName,
                        CONTACT_FILE_TYPES.stream().map(type -> "*." + type).toList()),
                new FileChooser.ExtensionFilter(allFilesName, "*.*"));
        return chooser;
    }

    /** Save: a CSV for a spreadsheet, with a name proposed. */
    public static FileChooser csv(String title, String fileName, String csvName) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.setInitialFileName(fileName);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(csvName, "*.csv"));
        return chooser;
    }
}
