package app.vocero.ui.campaign.wizard.contacts;

import app.vocero.domain.Contact;
import app.vocero.domain.ContactTable;
import java.util.AbstractList;
import java.util.RandomAccess;

/** A contact table seen as a list for a {@code TableView}: a light {@link Contact} view per visible row, no copies. */
final class ContactRows extends AbstractList<Contact> implements RandomAccess {

    private final ContactTable table;

    ContactRows(ContactTable table) {
        this.table = table;
    }

    @Override
    public Contact get(int index) {
        return table.get(index);
    }

    @Override
    public int size() {
        return table.size();
    }
}
