package app.vocero.domain;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;

/**
 * The accepted contacts of one import, stored by column: texts as {@link TextColumn}s (UTF-8 in pages, or a
 * dictionary for repeating values), so half a million contacts cost their text plus a few MB and no per-contact
 * objects. {@link #get(int)} and iteration give light {@link Contact} views. The phone field keeps the cell as
 * written; {@link #e164(int)} is the checked number.
 */
public final class ContactTable implements Iterable<Contact> {

    private final int size;
    private final long[] rows;
    private final long[] e164Digits; // E.164 has at most 15 digits: a long, shown with its '+'
    private final TextColumn nationalDigits;
    private final TextColumn regions;
    private final TextColumn carriers;
    private final Map<ContactField, TextColumn> fields;
    private final Map<String, TextColumn> customs;

    private ContactTable(int size, long[] rows, long[] e164Digits, TextColumn nationalDigits, TextColumn regions,
                         TextColumn carriers, Map<ContactField, TextColumn> fields, Map<String, TextColumn> customs) {
        this.size = size;
        this.rows = rows;
        this.e164Digits = e164Digits;
        this.nationalDigits = nationalDigits;
        this.regions = regions;
        this.carriers = carriers;
        this.fields = Collections.unmodifiableMap(fields);
        this.customs = Collections.unmodifiableMap(customs);
    }

    /**
     * Writes the table column by column as it is held in memory (bulk arrays, no per-contact objects): the stored
     * form of contact lists and campaigns.
     */
    public void writeTo(java.io.DataOutputStream out) throws java.io.IOException {
        out.writeInt(size);
        java.nio.ByteBuffer longs = java.nio.ByteBuffer.allocate(size * 16);
        longs.asLongBuffer().put(rows, 0, size).put(e164Digits, 0, size);
        out.write(longs.array());
        nationalDigits.writeTo(out);
        regions.writeTo(out);
        carriers.writeTo(out);
        out.writeInt(fields.size());
        for (Map.Entry<ContactField, TextColumn> field : fields.entrySet()) {
            TextColumn.writeText(out, field.getKey().name());
            field.getValue().writeTo(out);
        }
        out.writeInt(customs.size());
        for (Map.Entry<String, TextColumn> custom : customs.entrySet()) {
            TextColumn.writeText(out, custom.getKey()); // a header of any length
            custom.getValue().writeTo(out);
        }
    }

    /** The stored form {@link #writeTo} writes; {@link #readFrom(java.io.DataInputStream, int)} also reads 2. */
    public static final int STORED_VERSION = 3;

    /** Reads what {@link #writeTo} wrote. */
    public static ContactTable readFrom(java.io.DataInputStream in) throws java.io.IOException {
        return readFrom(in, STORED_VERSION);
    }

    /**
     * Reads a stored table of {@code version} 3 (what {@link #writeTo} writes: texts of any length, paged
     * columns) or 2 (before: texts of at most 65,535 bytes, one array per column).
     */
    public static ContactTable readFrom(java.io.DataInputStream in, int version) throws java.io.IOException {
        if (version != 2 && version != STORED_VERSION) {
            throw new java.io.IOException("Stored contact table of version " + version);
        }
        boolean old = version == 2;
        int size = in.readInt();
        if (size < 0) {
            throw new java.io.IOException("A table of " + size + " contacts");
        }
        byte[] bytes = new byte[size * 16];
        in.readFully(bytes);
        long[] rows = new long[size];
        long[] e164 = new long[size];
        java.nio.LongBuffer longs = java.nio.ByteBuffer.wrap(bytes).asLongBuffer();
        longs.get(rows).get(e164);
        TextColumn national = column(in, old);
        TextColumn regions = column(in, old);
        TextColumn carriers = column(in, old);
        Map<ContactField, TextColumn> fields = new EnumMap<>(ContactField.class);
        int fieldCount = in.readInt();
        for (int i = 0; i < fieldCount; i++) {
            String field = old ? in.readUTF() : TextColumn.readText(in);
            fields.put(ContactField.valueOf(field), column(in, old));
        }
        Map<String, TextColumn> customs = new LinkedHashMap<>();
        int customCount = in.readInt();
        for (int i = 0; i < customCount; i++) {
            String name = old ? in.readUTF() : TextColumn.readText(in);
            customs.put(name, column(in, old));
        }
        return new ContactTable(size, rows, e164, national, regions, carriers, fields, customs);
    }

    private static TextColumn column(java.io.DataInputStream in, boolean old) throws java.io.IOException {
        return old ? TextColumn.readVersion2(in) : TextColumn.readFrom(in);
    }

    private ContactTable(Builder builder) {
        this.size = builder.size;
        this.rows = Arrays.copyOf(builder.rows, size);
        this.e164Digits = Arrays.copyOf(builder.e164Digits, size);
        this.nationalDigits = builder.nationalDigits.trim();
        this.regions = builder.regions.trim();
        this.carriers = builder.carriers.trim();
        Map<ContactField, TextColumn> fieldColumns = new EnumMap<>(ContactField.class);
        for (int i = 0; i < builder.fieldOrder.length; i++) {
            fieldColumns.put(builder.fieldOrder[i], builder.fieldValues[i].trim());
        }
        this.fields = Collections.unmodifiableMap(fieldColumns);
        Map<String, TextColumn> customColumns = new LinkedHashMap<>();
        for (int i = 0; i < builder.customNames.length; i++) {
            customColumns.put(builder.customNames[i], builder.customValues[i].trim());
        }
        this.customs = Collections.unmodifiableMap(customColumns);
    }

    public static Builder builder(Set<ContactField> fields, List<String> customNames) {
        return new Builder(fields, customNames);
    }

    public static ContactTable empty() {
        return builder(Set.of(), List.of()).build();
    }

    public int size() {
        return size;
    }

    public boolean isEmpty() {
        return size == 0;
    }

    public Contact get(int index) {
        if (index < 0 || index >= size) {
            throw new IndexOutOfBoundsException("Contact " + index + " of " + size);
        }
        return new Contact(this, index);
    }

    /** The row number in the source file. */
    public long row(int index) {
        return rows[index];
    }

    public String e164(int index) {
        if (index < 0 || index >= size) {
            throw new IndexOutOfBoundsException("Contact " + index + " of " + size);
        }
        return "+" + e164Digits[index];
    }

    public String nationalDigits(int index) {
        return nationalDigits.get(index);
    }

    public String region(int index) {
        return regions.get(index);
    }

    public String carrier(int index) {
        return carriers.get(index);
    }

    /** The fields the file had a column for. */
    public Set<ContactField> fields() {
        return fields.keySet();
    }

    /** A field's value, {@code ""} when the file has no column for it or the cell is empty. */
    public String field(ContactField field, int index) {
        TextColumn column = fields.get(field);
        return column == null ? "" : column.get(index);
    }

    public List<String> customNames() {
        return List.copyOf(customs.keySet());
    }

    /** A custom field's value by its column name, {@code ""} when there is no such column. */
    public String custom(String name, int index) {
        TextColumn column = customs.get(name);
        return column == null ? "" : column.get(index);
    }

    @Override
    public Iterator<Contact> iterator() {
        return new Iterator<>() {
            private int next;

            @Override
            public boolean hasNext() {
                return next < size;
            }

            @Override
            public Contact next() {
                if (next >= size) {
                    throw new NoSuchElementException();
                }
                return new Contact(ContactTable.this, next++);
            }
        };
    }

    /** Collects contacts in order; not thread-safe. */
    public static final class Builder {
        private final ContactField[] fieldOrder;
        private final String[] customNames;
        private int size;
        private long[] rows = new long[1024];
        private long[] e164Digits = new long[1024];
        private final TextColumn nationalDigits = new TextColumn();
        private final TextColumn regions = new TextColumn();
        private final TextColumn carriers = new TextColumn();
        private final TextColumn[] fieldValues;
        private final TextColumn[] customValues;

        private Builder(Set<ContactField> fields, List<String> customNames) {
            List<ContactField> ordered = new ArrayList<>();
            for (ContactField field : ContactField.values()) {
                if (fields.contains(field)) {
                    ordered.add(field);
                }
            }
            this.fieldOrder = ordered.toArray(new ContactField[0]);
            this.customNames = customNames.toArray(new String[0]);
            this.fieldValues = new TextColumn[fieldOrder.length];
            for (int i = 0; i < fieldValues.length; i++) {
                fieldValues[i] = new TextColumn();
            }
            this.customValues = new TextColumn[this.customNames.length];
            for (int i = 0; i < customValues.length; i++) {
                customValues[i] = new TextColumn();
            }
        }

        /** The fields in the order {@link #add} takes their values. */
        public List<ContactField> fieldOrder() {
            return List.of(fieldOrder);
        }

        /**
         * @param phone        a valid number's verdict
         * @param fieldValues  one value per {@link #fieldOrder()} entry
         * @param customValues one value per custom name
         */
        public Builder add(long row, PhoneCheck phone, String[] fieldValues, String[] customValues) {
            return add(row, phone, Long.parseLong(phone.e164(), 1, phone.e164().length(), 10), fieldValues,
                    customValues);
        }

        /**
         * {@link #add(long, PhoneCheck, String[], String[])} with the E.164 number's digits already read
         * ({@code 573001234567} for {@code +573001234567}), as an import's checking threads do.
         */
        public Builder add(long row, PhoneCheck phone, long phoneDigits, String[] fieldValues,
                           String[] customValues) {
            if (size == rows.length) {
                rows = Arrays.copyOf(rows, size + (size >> 1));
                e164Digits = Arrays.copyOf(e164Digits, rows.length);
            }
            rows[size] = row;
            e164Digits[size] = phoneDigits;
            nationalDigits.add(phone.nationalDigits());
            regions.add(phone.region());
            carriers.add(phone.carrier());
            for (int i = 0; i < fieldOrder.length; i++) {
                this.fieldValues[i].add(fieldValues[i]);
            }
            for (int i = 0; i < customNames.length; i++) {
                this.customValues[i].add(customValues[i]);
            }
            size++;
            return this;
        }

        public ContactTable build() {
            return new ContactTable(this);
        }
    }
}
