package app.vocero.bench;

import app.vocero.contacts.read.ParquetContactsWriter;
import app.vocero.contacts.read.ParquetContactsWriter.ColumnType;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.SplittableRandom;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * Realistic Colombian contact files for the import benchmark: Claro/Movistar/Tigo/WOM mobile prefixes, accented
 * names, ~5 % invalid numbers and ~3 % repeats, deterministic for a seed.
 */
public final class SampleContacts {

    private static final String[] HEADER = {"Nombre", "Apellido", "Celular", "Saldo", "Cédula", "Ciudad"};
    private static final String[] NAMES = {"José", "María", "Ana", "Luis", "Andrés", "Sofía", "Camilo", "Valentina",
        "Ramón", "Lucía", "Martín", "Paula", "Sebastián", "Daniela", "Iván", "Inés"};
    private static final String[] SURNAMES = {"Peña", "Gómez", "Rodríguez", "Muñoz", "Pérez", "Martínez", "Hernández",
        "García", "López", "Díaz", "Ordóñez", "Báez", "Suárez", "Castaño"};
    private static final String[] CITIES = {"Bogotá", "Medellín", "Cali", "Barranquilla", "Cúcuta", "Ibagué"};
    private static final String[] PREFIXES = {"300", "301", "302", "304", "310", "311", "312", "313", "314", "315",
        "316", "317", "318", "320", "321", "322", "323", "350", "351"};

    private final long seed;

    public SampleContacts(long seed) {
        this.seed = seed;
    }

    /** One row's cells: name, surname, phone as written, balance, id, city. */
    private static String[] row(SplittableRandom random, int index, String[] previousPhones) {
        String phone;
        int kind = random.nextInt(100);
        if (kind < 3 && index > 0) {
            phone = previousPhones[random.nextInt(Math.min(index, previousPhones.length))];
        } else if (kind < 8) {
            phone = random.nextBoolean() ? "12345" : "57" + (100000000 + random.nextInt(899999999));
        } else {
            String prefix = PREFIXES[random.nextInt(PREFIXES.length)];
            phone = prefix + String.format("%07d", random.nextInt(10_000_000));
        }
        previousPhones[index % previousPhones.length] = phone;
        return new String[] {NAMES[random.nextInt(NAMES.length)], SURNAMES[random.nextInt(SURNAMES.length)], phone,
            Integer.toString(random.nextInt(2_000_000)), Long.toString(10_000_000L + random.nextInt(90_000_000)),
            CITIES[random.nextInt(CITIES.length)]};
    }

    /** What a Latin-American Excel writes: Windows-1252, {@code ;}, CRLF. */
    public Path csv(Path file, int rows) throws IOException {
        SplittableRandom random = new SplittableRandom(seed);
        String[] previous = new String[4096];
        try (Writer out = new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(file),
                Charset.forName("windows-1252")), 1 << 16)) {
            out.write(String.join(";", HEADER));
            out.write("\r\n");
            for (int i = 0; i < rows; i++) {
                out.write(String.join(";", row(random, i, previous)));
                out.write("\r\n");
            }
        }
        return file;
    }

    /** Like a DuckDB export: OPTIONAL columns, ZSTD, DuckDB's row groups. */
    public Path parquet(Path file, int rows) throws IOException {
        SplittableRandom random = new SplittableRandom(seed);
        String[] previous = new String[4096];
        ParquetContactsWriter.Builder builder = ParquetContactsWriter.to(file).codec(CompressionCodecName.ZSTD);
        for (String column : HEADER) {
            builder.column(column, ColumnType.STRING, false);
        }
        try (ParquetContactsWriter writer = builder.open()) {
            for (int i = 0; i < rows; i++) {
                writer.write((Object[]) row(random, i, previous));
            }
        }
        return file;
    }

    /** An Excel workbook with phones, balances and ids stored as numbers, as Excel does when a user types them. */
    public Path xlsx(Path file, int rows) throws IOException {
        SplittableRandom random = new SplittableRandom(seed);
        String[] previous = new String[4096];
        try (OutputStream out = Files.newOutputStream(file)) {
            Workbook workbook = new Workbook(out, "Vocero", "1.0");
            Worksheet sheet = workbook.newWorksheet("Contactos");
            for (int c = 0; c < HEADER.length; c++) {
                sheet.value(0, c, HEADER[c]);
            }
            for (int i = 0; i < rows; i++) {
                String[] cells = row(random, i, previous);
                for (int c = 0; c < cells.length; c++) {
                    boolean numeric = c == 2 || c == 3 || c == 4;
                    if (numeric && cells[c].chars().allMatch(Character::isDigit)) {
                        sheet.value(i + 1, c, Long.parseLong(cells[c]));
                    } else {
                        sheet.value(i + 1, c, cells[c]);
                    }
                }
                if (i % 10_000 == 0) {
                    sheet.flush();
                }
            }
            workbook.finish();
        }
        return file;
    }

    /** Rows whose every number is rejected (too short, no two alike): a rejects table of {@code rows} rows. */
    public Path rejectedCsv(Path file, int rows) throws IOException {
        try (Writer out = new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(file),
                Charset.forName("windows-1252")), 1 << 16)) {
            out.write("Nombre;Celular\r\n");
            for (int i = 0; i < rows; i++) {
                out.write(NAMES[i % NAMES.length]);
                out.write(';');
                out.write(Integer.toString(1_000 + i));
                out.write("\r\n");
            }
        }
        return file;
    }
}
