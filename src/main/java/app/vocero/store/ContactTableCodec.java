package app.vocero.store;

import app.vocero.domain.ContactField;
import app.vocero.domain.ContactTable;
import app.vocero.domain.PhoneCheck;
import com.github.luben.zstd.ZstdInputStream;
import com.github.luben.zstd.ZstdOutputStream;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.IntFunction;

/**
 * A contact list stored compactly: one zstd-compressed, column-by-column blob instead of a database row per
 * contact (500,000 rows as rows cost seconds and ~160 MB; as a blob, a fraction of a second and a few MB).
 * Layout (version 1): magic, version, size, field roles, custom names, the row numbers, then each column's strings
 * as length-prefixed UTF-8 ({@code -1} for absent).
 */
final class ContactTableCodec {

    private static final int MAGIC = 0x56434c31; // "VCL1"
    private static final int VERSION = 1;
    private static final int ZSTD_LEVEL = 3;

    private ContactTableCodec() {
    }

    static void write(ContactTable table, OutputStream target) throws IOException {
        ZstdOutputStream zstd = new ZstdOutputStream(target, ZSTD_LEVEL);
        DataOutputStream out = new DataOutputStream(new BufferedOutputStream(zstd, 1 << 16));
        int size = table.size();
        out.writeInt(MAGIC);
        out.writeInt(VERSION);
        out.writeInt(size);
        List<ContactField> fields = new ArrayList<>(table.fields());
        out.writeInt(fields.size());
        for (ContactField field : fields) {
            out.writeUTF(field.name());
        }
        List<String> customs = table.customNames();
        out.writeInt(customs.size());
        for (String name : customs) {
            out.writeUTF(name);
        }
        for (int i = 0; i < size; i++) {
            out.writeLong(table.row(i));
        }
        writeColumn(out, size, table::e164);
        writeColumn(out, size, table::nationalDigits);
        writeColumn(out, size, table::region);
        writeColumn(out, size, table::carrier);
        for (ContactField field : fields) {
            writeColumn(out, size, i -> table.field(field, i));
        }
        for (String name : customs) {
            writeColumn(out, size, i -> table.custom(name, i));
        }
        out.flush();
        zstd.close();
    }

    /** The whole blob, for an INSERT. */
    static byte[] encode(ContactTable table) {
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream(Math.max(1024, table.size() * 8));
        try {
            write(table, bytes);
        } catch (IOException e) {
            throw new StoreException("Could not encode the contacts", e);
        }
        return bytes.toByteArray();
    }

    /** Reads the contacts blob of one row ({@code SELECT <blob> FROM <table> WHERE id = ?}). */
    static java.util.Optional<ContactTable> query(Database database, String sql, String id) {
        try (java.sql.Connection connection = database.connection();
             java.sql.PreparedStatement select = connection.prepareStatement(sql)) {
            select.setString(1, id);
            try (java.sql.ResultSet rows = select.executeQuery()) {
                if (!rows.next()) {
                    return java.util.Optional.empty();
                }
                try (InputStream data = rows.getBinaryStream(1)) {
                    return java.util.Optional.of(read(data));
                }
            }
        } catch (java.sql.SQLException | IOException e) {
            throw new StoreException("Could not read the contacts of " + id, e);
        }
    }

    static ContactTable read(InputStream source) throws IOException {
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(new ZstdInputStream(source), 1 << 16))) {
            if (in.readInt() != MAGIC) {
                throw new IOException("Not a stored contact list");
            }
            int version = in.readInt();
            if (version != VERSION) {
                throw new IOException("Stored contact list of version " + version + " is newer than this Vocero");
            }
            int size = in.readInt();
            Set<ContactField> fields = EnumSet.noneOf(ContactField.class);
            List<ContactField> fieldOrder = new ArrayList<>();
            int fieldCount = in.readInt();
            for (int f = 0; f < fieldCount; f++) {
                ContactField field = ContactField.valueOf(in.readUTF());
                fields.add(field);
                fieldOrder.add(field);
            }
            List<String> customs = new ArrayList<>();
            int customCount = in.readInt();
            for (int c = 0; c < customCount; c++) {
                customs.add(in.readUTF());
            }
            long[] rows = new long[size];
            for (int i = 0; i < size; i++) {
                rows[i] = in.readLong();
            }
            String[] e164 = readColumn(in, size);
            String[] national = readColumn(in, size);
            String[] regions = dedupe(readColumn(in, size));
            String[] carriers = dedupe(readColumn(in, size));
            String[][] fieldColumns = new String[fieldCount][];
            for (int f = 0; f < fieldCount; f++) {
                fieldColumns[f] = readColumn(in, size);
            }
            String[][] customColumns = new String[customCount][];
            for (int c = 0; c < customCount; c++) {
                customColumns[c] = readColumn(in, size);
            }
            ContactTable.Builder builder = ContactTable.builder(fields, customs);
            int[] position = new int[fieldCount];
            List<ContactField> builderOrder = builder.fieldOrder();
            for (int f = 0; f < fieldCount; f++) {
                position[builderOrder.indexOf(fieldOrder.get(f))] = f;
            }
            String[] fieldValues = new String[fieldCount];
            String[] customValues = new String[customCount];
            for (int i = 0; i < size; i++) {
                for (int f = 0; f < fieldCount; f++) {
                    fieldValues[f] = fieldColumns[position[f]][i];
                }
                for (int c = 0; c < customCount; c++) {
                    customValues[c] = customColumns[c][i];
                }
                builder.add(rows[i], PhoneCheck.valid(e164[i], national[i], regions[i], carriers[i]),
                        fieldValues, customValues);
            }
            return builder.build();
        }
    }

    private static void writeColumn(DataOutputStream out, int size, IntFunction<String> values) throws IOException {
        for (int i = 0; i < size; i++) {
            String value = values.apply(i);
            if (value == null) {
                out.writeInt(-1);
            } else {
                byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
                out.writeInt(bytes.length);
                out.write(bytes);
            }
        }
    }

    /** Regions and operators repeat: share one string per distinct value. */
    private static String[] dedupe(String[] column) {
        java.util.Map<String, String> seen = new java.util.HashMap<>();
        for (int i = 0; i < column.length; i++) {
            if (column[i] != null) {
                column[i] = seen.computeIfAbsent(column[i], value -> value);
            }
        }
        return column;
    }

    private static String[] readColumn(DataInputStream in, int size) throws IOException {
        String[] column = new String[size];
        byte[] buffer = new byte[256];
        for (int i = 0; i < size; i++) {
            int length = in.readInt();
            if (length < 0) {
                continue;
            }
            if (length > buffer.length) {
                buffer = new byte[Math.max(length, buffer.length * 2)];
            }
            in.readFully(buffer, 0, length);
            column[i] = new String(buffer, 0, length, StandardCharsets.UTF_8);
        }
        return column;
    }
}
