package app.vocero.service;

import app.vocero.VoceroApp;
import app.vocero.contacts.read.ContactFileException;
import java.io.BufferedWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Run by {@link OutOfMemoryImportTest} in a JVM with a small heap: a list too big for that heap ends in one clear
 * message, and the database still works afterwards (no "Database shutdown: Out of memory").
 */
public final class OutOfMemoryImport {

    private OutOfMemoryImport() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]);
        int rows = Integer.parseInt(args[1]);
        Path big = dir.resolve("enorme.csv");
        try (BufferedWriter csv = Files.newBufferedWriter(big)) {
            csv.write("Nombre;Celular;Saldo;Ciudad;Referencia\n");
            for (int i = 0; i < rows; i++) {
                csv.write("Cliente número " + i + ";" + (3_000_000_000L + i * 7L) + ";" + (i * 13 % 1_000_000) + ".50;Ciudad "
                        + (i % 977) + ";REF-" + (1_000_000 + i) + "\n");
            }
        }
        Path small = Files.writeString(dir.resolve("pequena.csv"), "Nombre;Celular\nAna;3001234567\n");
        try (VoceroApp app = VoceroApp.open(dir.resolve("data"), Locale.forLanguageTag("es"))) {
            try {
                app.contactLists().importFile(new ImportRequest(big, "CO", Map.of(), Optional.empty(), Optional.of("Enorme"),
                        true), "es", Progress.NONE);
                System.out.println("IMPORTED (the heap was big enough)");
            } catch (ContactFileException e) {
                System.out.println("REFUSED " + e.reasonCode() + " | " + e.message("es"));
            }
            app.doNotCall().add(List.of("3109876543"), "CO", "es");
            app.contactLists().importFile(new ImportRequest(small, "CO", Map.of(), Optional.empty(), Optional.of("Pequeña"),
                    true), "es", Progress.NONE);
            System.out.println("LISTS " + app.contactLists().lists().size() + " DNC " + app.doNotCall().entries().size());
        }
        System.out.println("DONE");
    }
}
