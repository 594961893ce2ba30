package app.vocero.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** Every value comes back as it went in, in every mode of the column and through its stored form. */
class TextColumnTest {

    private static TextColumn column(List<String> values) {
        TextColumn column = new TextColumn();
        values.forEach(column::add);
        return column.trim();
    }

    private static TextColumn roundTrip(TextColumn column) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            column.writeTo(out);
        }
        return TextColumn.readFrom(new DataInputStream(new ByteArrayInputStream(bytes.toByteArray())));
    }

    private static void assertHolds(TextColumn column, List<String> values) {
        assertThat(column.size()).isEqualTo(values.size());
        for (int i = 0; i < values.size(); i++) {
            assertThat(column.get(i)).as("cell %d", i).isEqualTo(values.get(i));
        }
    }

    private static List<String> values(int count, int distinct, SplittableRandom random) {
        List<String> values = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            int v = random.nextInt(distinct);
            values.add(v % 97 == 0 ? "" : "Peña " + v + " ñandú €");
        }
        return values;
    }

    @Test
    void aFewDistinctValuesAHundredsAndThousandsAndUniqueOnes() throws IOException {
        SplittableRandom random = new SplittableRandom(7);
        for (int distinct : new int[] {1, 200, 3000, 40_000, 1_000_000}) {
            List<String> values = values(60_000, distinct, random);
            TextColumn column = column(values);
            assertHolds(column, values);
            assertHolds(roundTrip(column), values);
        }
    }

    @Test
    void longValuesOfAnyLengthAreKeptWhole() throws IOException {
        List<String> values = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            values.add(i % 50 == 7 ? "á".repeat(70_000 + i) : i % 3 == 0 ? "x".repeat(i * 300) : "corto " + i);
        }
        values.add(null);
        TextColumn column = column(values);
        values.set(values.size() - 1, "");
        assertHolds(column, values);
        assertHolds(roundTrip(column), values);
    }

    @Test
    void aLongValueInADictionaryColumnIsStoredWhole() throws IOException {
        List<String> values = List.of("Bogotá", "ñ".repeat(40_000), "Bogotá", "Cali");
        TextColumn column = column(values);
        assertHolds(roundTrip(column), values); // 80,000 UTF-8 bytes: past writeUTF's 65,535
    }

    @Test
    void theStoredFormOfBeforeIsStillRead() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            // version 2, dictionary: size, true, distinct, writeUTF values, int codes
            out.writeInt(3);
            out.writeBoolean(true);
            out.writeInt(2);
            out.writeUTF("Cali");
            out.writeUTF("Bogotá");
            out.writeInt(1);
            out.writeInt(0);
            out.writeInt(1);
            // version 2, bytes: size, false, used, bytes, int ends
            byte[] text = "AnaJosé".getBytes(java.nio.charset.StandardCharsets.UTF_8);
            out.writeInt(2);
            out.writeBoolean(false);
            out.writeInt(text.length);
            out.write(text);
            out.writeInt(3);
            out.writeInt(text.length);
        }
        DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes.toByteArray()));
        assertHolds(TextColumn.readVersion2(in), List.of("Bogotá", "Cali", "Bogotá"));
        assertHolds(TextColumn.readVersion2(in), List.of("Ana", "José"));
    }
}
