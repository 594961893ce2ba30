package app.vocero.contacts;

import app.vocero.domain.ImportReport;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;

/** Writes an {@link ImportReport} as the CLI's JSON: snake_case names in the record's order, straight to a stream. */
public final class ImportReportJson {

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS);
    private static final ObjectWriter PRETTY = MAPPER.writerWithDefaultPrettyPrinter();

    private ImportReportJson() {
    }

    /** The mapper configured for reports, for callers that embed a report in a larger document. */
    public static ObjectMapper mapper() {
        return MAPPER.copy();
    }

    public static void write(ImportReport report, OutputStream out) throws IOException {
        PRETTY.without(com.fasterxml.jackson.core.JsonGenerator.Feature.AUTO_CLOSE_TARGET).writeValue(out, report);
    }

    public static String toJson(ImportReport report) {
        try {
            return PRETTY.writeValueAsString(report);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static ImportReport fromJson(String json) {
        try {
            return MAPPER.readValue(json, ImportReport.class);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
