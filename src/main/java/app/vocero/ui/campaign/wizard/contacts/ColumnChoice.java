package app.vocero.ui.campaign.wizard.contacts;

import app.vocero.domain.ContactField;
import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;

/**
 * One line of the column mapping: a role ({@code {N}} name) and the file's column it is read from. The header is
 * {@code ""} when the role has no column; the phone always has one.
 */
public final class ColumnChoice {

    private final ContactField field;
    private final List<String> headers;
    private final ObjectProperty<String> header;

    ColumnChoice(ContactField field, List<String> headers, String header) {
        this.field = field;
        this.headers = List.copyOf(headers);
        this.header = new SimpleObjectProperty<>(header);
    }

    public ContactField field() {
        return field;
    }

    /** The columns to choose from: the file's headers, with {@code ""} (no column) first except for the phone. */
    public List<String> headers() {
        return headers;
    }

    /** The chosen column; the view binds its combo box to it and the view model re-checks when the user changes it. */
    public ObjectProperty<String> headerProperty() {
        return header;
    }
}
