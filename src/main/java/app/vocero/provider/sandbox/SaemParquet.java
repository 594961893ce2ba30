package app.vocero.provider.sandbox;

import app.vocero.contacts.read.ContactFileException;
import app.vocero.contacts.read.ReadOptions;
import app.vocero.contacts.read.RowReader;
import app.vocero.contacts.read.RowReaders;
import app.vocero.contacts.read.SourceRow;
import app.vocero.provider.sandbox.SaemSandbox.Campaign;
import app.vocero.provider.sandbox.SaemSandbox.SaemError;
import app.vocero.provider.sandbox.SaemSandbox.Tally;
import com.fasterxml.jackson.core.JsonProcessingException;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Saem's {@code POST /send/massive/parquet}: multipart form-data with the Parquet file (the part that has a file
 * name, or the part named {@code file}) and the campaign fields as text, {@code configProgramming} as a JSON string.
 * Not Parquet ({@code PAR1} at both ends), unreadable, or without the {@code number} (custom: and {@code content})
 * column → {@code CALLB_019}; over 500,000 rows → {@code CALLB_022}.
 */
final class SaemParquet {

    private static final byte[] MAGIC = {'P', 'A', 'R', '1'};

    private SaemParquet() {
    }

    static SandboxResponse send(SaemSandbox saem, SandboxRequest request) throws SaemError {
        Map<String, Multipart.Part> parts;
        try {
            parts = Multipart.parse(request.header("Content-Type"), request.body());
        } catch (Multipart.Malformed e) {
            throw SaemError.invalid(e.getMessage());
        }
        Multipart.Part file = parts.get("file");
        if (file == null) {
            file = parts.values().stream().filter(p -> p.filename() != null).findFirst().orElse(null);
        }
        if (file == null) {
            throw SaemError.invalid("the form has no Parquet file part (name it \"file\")");
        }
        ObjectNode fields = SandboxResponse.object();
        for (Multipart.Part part : parts.values()) {
            if (part != file) {
                fields.put(part.name(), part.text());
            }
        }
        String schedules = Json.text(fields, "configProgramming");
        if (schedules != null) {
            try {
                fields.set("configProgramming", SandboxRequest.JSON.readTree(schedules));
            } catch (JsonProcessingException e) {
                throw SaemError.invalid("configProgramming must be a JSON string: " + e.getOriginalMessage());
            }
        }
        Campaign campaign = saem.campaign(fields);
        if (!isParquet(file)) {
            throw new SaemError("CALLB_019", 400, "invalid or malformed Parquet file (no PAR1 magic bytes)");
        }
        return saem.created(campaign, read(file, campaign));
    }

    private static boolean isParquet(Multipart.Part file) {
        if (file.length() < 12) {
            return false;
        }
        byte[] data = file.source();
        int end = file.offset() + file.length() - MAGIC.length;
        for (int i = 0; i < MAGIC.length; i++) {
            if (data[file.offset() + i] != MAGIC[i] || data[end + i] != MAGIC[i]) {
                return false;
            }
        }
        return true;
    }

    private static Tally read(Multipart.Part file, Campaign campaign) throws SaemError {
        Path temp;
        try {
            temp = Files.createTempFile("vocero-sandbox-", ".parquet");
        } catch (IOException e) {
            throw new UncheckedIOException("sandbox: cannot create a temporary file", e);
        }
        try {
            Files.write(temp, java.util.Arrays.copyOfRange(file.source(), file.offset(),
                    file.offset() + file.length()));
            try (RowReader reader = RowReaders.open(temp, ReadOptions.defaults())) {
                List<String> columns = reader.declaredColumns().orElse(List.of());
                int number = indexOf(columns, "number");
                int content = indexOf(columns, "content");
                if (number < 0 || campaign.custom() && content < 0) {
                    throw new SaemError("CALLB_019", 400, "the Parquet file needs the column"
                            + (campaign.custom() ? "s number and content" : " number") + "; it has " + columns);
                }
                Tally tally = campaign.tally();
                for (SourceRow row = reader.next(); row != null; row = reader.next()) {
                    if (tally.records >= SaemSandbox.MAX_PARQUET_RECORDS) {
                        throw tooMany();
                    }
                    tally.add(row.cell(number), content < 0 ? 0 : row.cell(content).length());
                }
                return tally;
            }
        } catch (ContactFileException e) {
            if (e.reasonCode().equals("too_many_rows")) {
                throw tooMany();
            }
            throw new SaemError("CALLB_019", 400, "invalid or malformed Parquet file: " + e.getMessage());
        } catch (IOException e) {
            throw new UncheckedIOException("sandbox: cannot write a temporary file", e);
        } finally {
            try {
                Files.deleteIfExists(temp);
            } catch (IOException ignored) {
                // a temp file left behind
            }
        }
    }

    private static SaemError tooMany() {
        return new SaemError("CALLB_022", 400, "maximum number of records exceeded: at most "
                + SaemSandbox.MAX_PARQUET_RECORDS + " for Parquet");
    }

    private static int indexOf(List<String> columns, String name) {
        for (int i = 0; i < columns.size(); i++) {
            if (columns.get(i).trim().toLowerCase(Locale.ROOT).equals(name)) {
                return i;
            }
        }
        return -1;
    }

}
