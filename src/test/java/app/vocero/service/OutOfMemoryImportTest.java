package app.vocero.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A list bigger than the heap is refused in words, and the database goes on working in the same process. */
class OutOfMemoryImportTest {

    @TempDir
    Path dir;

    @Test
    void aListBiggerThanTheHeapIsRefusedAndTheDatabaseStillWorks() throws Exception {
        Path output = dir.resolve("output.txt");
        Process child = new ProcessBuilder(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx64m", "-XX:+UseParallelGC", "-cp", System.getProperty("java.class.path"),
                OutOfMemoryImport.class.getName(), dir.toString(), "600000"))
                .redirectErrorStream(true).redirectOutput(output.toFile()).start();
        boolean finished = child.waitFor(3, TimeUnit.MINUTES);
        if (!finished) {
            child.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
        String text = Files.exists(output) ? Files.readString(output) : "";

        assertThat(finished).as(text).isTrue();
        assertThat(child.exitValue()).as(text).isZero();
        assertThat(text).contains("REFUSED too_large | enorme.csv: la lista es más grande que la memoria")
                .contains("No se guardó nada").contains("LISTS 1 DNC 1").contains("DONE")
                .doesNotContain("Database shutdown").doesNotContain("Exception in thread").doesNotContain("\tat ");
    }
}
