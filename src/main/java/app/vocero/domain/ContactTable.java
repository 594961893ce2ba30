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
 * The accepted contacts of one import, stored by column (one array per field) so half a million contacts cost a
 * few arrays of shared strings rather than half a million maps. {@link #get(int)} and iteration give light
 * {@link Contact} views. The phone field keeps the cell as written; {@link #e164(int)} is the checked number.
 */
public final class ContactTable implements Iterable<Contact> {

    private final int size;
    private final long[] rows;
    private final String[] e164;
    private final byte[] nationalStart; // national digits = e164.substring(start): one string per contact, not two
    private final String[] regions;
    private final String[] carriers;
    private final Map<ContactField, String[]> fields;
    private final Map<String, String[]> customs;

    private ContactTable(Builder builder) {
        this.size = builder.size;
        this.rows = Arrays.copyOf(builder.rows, size);
        this.e164 = Arrays.copyOf(builder.e164, size);
        this.nationalStart = Arrays.copyOf(builder.nationalStart, size);
        this.regions = Arrays.copyOf(builder.regions, size);
        this.carriers = Arrays.copyOf(builder.carriers, size);
        Map<ContactField, String[]> fieldColumns = new EnumMap<>(ContactField.class);
        for (int i = 0; i < builder.fieldOrder.length; i++) {
            fieldColumns.put(builder.fieldOrder[i], Arrays.copyOf(builder.fieldValues[i], size));
        }
        this.fields = Collections.unmodifiableMap(fieldColumns);
        Map<String, String[]> customColumns = new LinkedHashMap<>();
        for (int i = 0; i < builder.customNames.length; i++) {
            customColumns.put(builder.customNames[i], Arrays.copyOf(builder.customValues[i], size));
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
        return e164[index];
    }

    public String nationalDigits(int index) {
        return e164[index].substring(nationalStart[index]);
    }

    public String region(int index) {
        return regions[index];
    }

    public String carrier(int index) {
        return carriers[index];
    }

    /** The fields the file had a column for. */
    public Set<ContactField> fields() {
        return fields.keySet();
    }

    /** A field's value, {@code ""} when the file has no column for it. */
    public String field(ContactField field, int index) {
        String[] column = fields.get(field);
        String value = column == null ? null : column[index];
        return value == null ? "" : value;
    }

    public List<String> customNames() {
        return List.copyOf(customs.keySet());
    }

    /** A custom field's value by its column name, {@code ""} when there is no such column. */
    public String custom(String name, int index) {
        String[] column = customs.get(name);
        String value = column == null ? null : column[index];
        return value == null ? "" : value;
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
        private String[] e164 = new String[1024];
        private byte[] nationalStart = new byte[1024];
        private String[] regions = new String[1024];
        private String[] carriers = new String[1024];
        private String[][] fieldValues;
        private String[][] customValues;

        private Builder(Set<ContactField> fields, List<String> customNames) {
            List<ContactField> ordered = new ArrayList<>();
            for (ContactField field : ContactField.values()) {
                if (fields.contains(field)) {
                    ordered.add(field);
                }
            }
            this.fieldOrder = ordered.toArray(new ContactField[0]);
            this.customNames = customNames.toArray(new String[0]);
            this.fieldValues = new String[fieldOrder.length][1024];
            this.customValues = new String[this.customNames.length][1024];
        }

        /** The fields in the order {@link #add} takes their values. */
        public List<ContactField> fieldOrder() {
            return List.of(fieldOrder);
        }

        /**
         * @param fieldValues  one value per {@link #fieldOrder()} entry
         * @param customValues one value per custom name
         */
        public Builder add(long row, PhoneCheck phone, String[] fieldValues, String[] customValues) {
            if (size == rows.length) {
                grow();
            }
            rows[size] = row;
            e164[size] = phone.e164();
            nationalStart[size] = (byte) (phone.e164().length() - phone.nationalDigits().length());
            regions[size] = phone.region();
            carriers[size] = phone.carrier();
            for (int i = 0; i < fieldOrder.length; i++) {
                this.fieldValues[i][size] = fieldValues[i];
            }
            for (int i = 0; i < customNames.length; i++) {
                this.customValues[i][size] = customValues[i];
            }
            size++;
            return this;
        }

        private void grow() {
            int capacity = rows.length + (rows.length >> 1);
            rows = Arrays.copyOf(rows, capacity);
            e164 = Arrays.copyOf(e164, capacity);
            nationalStart = Arrays.copyOf(nationalStart, capacity);
            regions = Arrays.copyOf(regions, capacity);
            carriers = Arrays.copyOf(carriers, capacity);
            for (int i = 0; i < fieldValues.length; i++) {
                fieldValues[i] = Arrays.copyOf(fieldValues[i], capacity);
            }
            for (int i = 0; i < customValues.length; i++) {
                customValues[i] = Arrays.copyOf(customValues[i], capacity);
            }
        }

        public ContactTable build() {
            return new ContactTable(this);
        }
    }
}
