package app.vocero.contacts;

import static org.assertj.core.api.Assertions.assertThat;

import app.vocero.contacts.read.HostileFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The readers and the importer in a separate JVM of {@code -Xmx256m} (the parallel collector, as the installers
 * start Vocero): every hostile file of issue #11 ends in its one clear message, and the providers' largest list
 * (500,000 text rows with names, balances and custom columns) imports whole. No OutOfMemoryError, no stack trace.
 */
class SmallHeapImportTest {

    @TempDir
    Path dir;

    @Test
    void hostileFilesAndTheLargestListFitInA256MegabyteHeap() throws Exception {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Path output = dir.resolve("output.txt");
        Path files = Files.createDirectories(dir.resolve("files"));
        List<String> command = new ArrayList<>(List.of(java.toString(), "-Xmx256m", "-XX:+UseParallelGC",
                "-cp", System.getProperty("java.class.path"),
                SmallHeapImport.class.getName(), files.toString()));
        Process child = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(output.toFile()).start();
        boolean finished = child.waitFor(3, TimeUnit.MINUTES);
        if (!finished) {
            child.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
        String text = read(output);
        assertThat(finished).as("the child finished; it printed:%n%s", text).isTrue();
        assertThat(child.exitValue()).as("exit value; the child printed:%n%s", text).isZero();
        assertThat(text).doesNotContain("OutOfMemoryError", "heap space", "Exception in thread", "\tat ");

        Map<String, HostileFiles.Expected> expected = HostileFiles.expected(files);
        for (Map.Entry<String, HostileFiles.Expected> e : expected.entrySet()) {
            HostileFiles.Expected want = e.getValue();
            String name = want.file().getFileName().toString();
            String where = want.row() > 0 ? name + ", fila " + want.row() + ": " : name + ": ";
            assertThat(text).contains("CASE " + e.getKey() + " " + want.reasonCode() + " " + want.key() + " "
                    + want.row() + " | " + where);
        }
        assertThat(text).contains("BIG " + SmallHeapImport.BIG_ROWS + " ").contains("\nDONE");
        String big = text.lines().filter(line -> line.startsWith("BIG ")).findFirst().orElseThrow();
        assertThat(Integer.parseInt(big.split(" ")[2])).isGreaterThan(SmallHeapImport.BIG_ROWS * 9 / 10);
        assertThat(big).matches("BIG \\d+ \\d+ REF-1\\d{6}");
    }

    private static String read(Path output) throws IOException {
        return Files.exists(output) ? Files.readString(output, StandardCharsets.UTF_8) : "";
    }
}
