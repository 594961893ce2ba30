package app.vocero.contacts;

import app.vocero.contacts.read.ContactFileException;
import app.vocero.contacts.read.HostileFiles;
import app.vocero.contacts.read.ParquetContactsWriter;
import app.vocero.contacts.read.ParquetContactsWriter.ColumnType;
import app.vocero.contacts.read.ReadOptions;
import app.vocero.contacts.read.RowReader;
import app.vocero.contacts.read.RowReaders;
import app.vocero.domain.ImportResult;
import java.nio.file.Path;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Run by {@code SmallHeapImportTest} in a JVM of {@code -Xmx256m}: imports every hostile file of
 * {@link HostileFiles} and a generated 500,000-row text Parquet (names, balances, custom columns) with the same
 * reader and importer the app uses, printing one line per file: {@code CASE <name> <reason> <key> <row> | <message
 * in Spanish>}, {@code BIG <rows> <kept>}, then {@code DONE}.
 */
public final class SmallHeapImport {

    static final int BIG_ROWS = 500_000;

    private SmallHeapImport() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]);
        for (Map.Entry<String, HostileFiles.Expected> hostile : HostileFiles.all(dir).entrySet()) {
            try {
                ImportResult result = importFile(hostile.getValue().file());
                System.out.println("CASE " + hostile.getKey() + " imported " + result.rows());
            } catch (ContactFileException e) {
                System.out.println("CASE " + hostile.getKey() + " " + e.reasonCode() + " " + e.key() + " " + e.row()
                        + " | " + e.message("es"));
            }
        }
        Path big = bigParquet(dir.resolve("grande.parquet"));
        ImportResult result = importFile(big);
        System.out.println("BIG " + result.rows() + " " + result.contacts().size() + " "
                + result.contacts().custom("Referencia", result.contacts().size() - 1));
        System.out.println("DONE");
    }

    private static ImportResult importFile(Path file) throws ContactFileException {
        try (RowReader reader = RowReaders.open(file, ReadOptions.defaults())) {
            return new ContactImporter().importRows(reader, file, ImportOptions.forCountry("CO"), Suppression.NONE,
                    ImportProgress.NONE);
        }
    }

    /** The providers' largest list: every column text, names and balances, six custom columns, mostly distinct. */
    static Path bigParquet(Path file) throws Exception {
        String[] columns = {"Nombre", "Apellido", "Celular", "Saldo", "Cédula", "Ciudad", "Dirección", "Correo",
            "Referencia", "Producto", "Vence", "Mensaje"};
        String[] prefixes = {"300", "301", "304", "310", "311", "312", "313", "315", "316", "317", "318", "320", "350"};
        ParquetContactsWriter.Builder builder = ParquetContactsWriter.to(file);
        for (String column : columns) {
            builder.column(column, ColumnType.STRING, false);
        }
        SplittableRandom random = new SplittableRandom(11);
        try (ParquetContactsWriter writer = builder.open()) {
            for (int i = 0; i < BIG_ROWS; i++) {
                writer.write("Nombre" + random.nextInt(3000), "Apellido" + random.nextInt(5000),
                        prefixes[random.nextInt(prefixes.length)] + (1_000_000 + random.nextInt(9_000_000)),
                        Integer.toString(random.nextInt(2_000_000)), Long.toString(10_000_000L + i * 7L),
                        "Ciudad" + random.nextInt(200), "Calle " + random.nextInt(200) + " # " + random.nextInt(100)
                                + "-" + random.nextInt(100) + " apto " + random.nextInt(999),
                        "cliente" + i + "@correo" + random.nextInt(50) + ".com", "REF-" + (1_000_000 + i),
                        "Producto " + random.nextInt(20), "2026-" + (1 + random.nextInt(12)) + "-"
                                + (1 + random.nextInt(28)),
                        "Hola, le recordamos su saldo pendiente de la cuota " + i);
            }
        }
        return file;
    }
}
