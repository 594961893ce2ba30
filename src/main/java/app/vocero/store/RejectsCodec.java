package app.vocero.store;

import app.vocero.domain.Reject;
import app.vocero.domain.RejectReason;
import com.github.luben.zstd.ZstdInputStream;
import com.github.luben.zstd.ZstdOutputStream;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * A saved list's rejected rows as one zstd-compressed blob: {@code "VRJ1"}, a version, a count, then per row its
 * number, value, reason code and detail ({@code null} written as a missing-flag).
 */
final class RejectsCodec {

    private static final int MAGIC = 0x56524a31; // "VRJ1"
    private static final int VERSION = 1;

    private RejectsCodec() {
    }

    static byte[] encode(List<Reject> rejects) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(Math.max(256, rejects.size() * 8));
        try {
            ZstdOutputStream zstd = new ZstdOutputStream(bytes, 1);
            DataOutputStream out = new DataOutputStream(new BufferedOutputStream(zstd, 1 << 16));
            out.writeInt(MAGIC);
            out.writeInt(VERSION);
            out.writeInt(rejects.size());
            for (Reject reject : rejects) {
                out.writeLong(reject.row());
                text(out, reject.value());
                out.writeUTF(reject.reasonCode());
                text(out, reject.detail());
            }
            out.flush();
            zstd.close();
        } catch (IOException e) {
            throw new StoreException("Could not encode the rejected rows", e);
        }
        return bytes.toByteArray();
    }

    static List<Reject> read(InputStream source) throws IOException {
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(new ZstdInputStream(source), 1 << 16))) {
            if (in.readInt() != MAGIC || in.readInt() != VERSION) {
                throw new IOException("Not stored rejected rows of a version this Vocero reads");
            }
            int count = in.readInt();
            List<Reject> rejects = new ArrayList<>(count);
            for (int i = 0; i < count; i++) {
                long row = in.readLong();
                String value = text(in);
                RejectReason reason = RejectReason.fromCode(in.readUTF());
                rejects.add(new Reject(row, value, reason, text(in)));
            }
            return rejects;
        }
    }

    /** Values are cut to 200 characters by the importer; writeUTF's 64 KB limit is far. */
    private static void text(DataOutputStream out, String text) throws IOException {
        out.writeBoolean(text != null);
        if (text != null) {
            out.writeUTF(text.length() > 10_000 ? text.substring(0, 10_000) : text);
        }
    }

    private static String text(DataInputStream in) throws IOException {
        return in.readBoolean() ? in.readUTF() : null;
    }
}
