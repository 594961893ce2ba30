package app.vocero.store;

import app.vocero.domain.ContactTable;
import com.github.luben.zstd.ZstdInputStream;
import com.github.luben.zstd.ZstdOutputStream;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;

/**
 * A contact list stored compactly: one zstd-compressed blob of the table's columns as they are held in memory
 * ({@link ContactTable#writeTo}) instead of a database row per contact (500,000 rows as rows cost seconds and
 * ~160 MB; as a blob, a fraction of a second and a few MB). Layout: magic, version 3, the table (version 2, whose
 * texts could not exceed 65,535 bytes, is still read).
 */
final class ContactTableCodec {

    private static final int MAGIC = 0x56434c31; // "VCL1"
    /** 3: texts of any length, paged columns ({@link ContactTable#STORED_VERSION}); 2 is still read. */
    private static final int VERSION = ContactTable.STORED_VERSION;
    private static final int PREVIOUS_VERSION = 2;
    /** Level 1: the fastest; level 3 saved 10 % more space at twice the time. */
    private static final int ZSTD_LEVEL = 1;

    private ContactTableCodec() {
    }

    static void write(ContactTable table, OutputStream target) throws IOException {
        ZstdOutputStream zstd = new ZstdOutputStream(target, ZSTD_LEVEL);
        DataOutputStream out = new DataOutputStream(new BufferedOutputStream(zstd, 1 << 16));
        out.writeInt(MAGIC);
        out.writeInt(VERSION);
        table.writeTo(out);
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
            if (version != VERSION && version != PREVIOUS_VERSION) {
                throw new IOException("Stored contact list of version " + version + " is not readable by this Vocero");
            }
            return ContactTable.readFrom(in, version);
        }
    }
}
