package app.vocero.domain;

/** A view of one contact in a {@link ContactTable}; holds no data of its own. */
public final class Contact {

    private final ContactTable table;
    private final int index;

    Contact(ContactTable table, int index) {
        this.table = table;
        this.index = index;
    }

    public int index() {
        return index;
    }

    public long row() {
        return table.row(index);
    }

    public String e164() {
        return table.e164(index);
    }

    public String nationalDigits() {
        return table.nationalDigits(index);
    }

    public String region() {
        return table.region(index);
    }

    public String carrier() {
        return table.carrier(index);
    }

    /** The field's value ({@code ""} when absent); {@link ContactField#PHONE} is the cell as written. */
    public String field(ContactField field) {
        return table.field(field, index);
    }

    public String custom(String name) {
        return table.custom(name, index);
    }

    @Override
    public String toString() {
        return "Contact[row=" + row() + ", " + e164() + "]";
    }
}
