package app.vocero.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * A wizard process killed with {@code kill -9} while it autosaves into the database: the draft and its step are
 * there afterwards, with every change it had saved a second before.
 */
class DraftKilledTest {

    @Test
    @Timeout(90)
    void aDraftAutosavedByAKilledProcessIsThereAtItsStep(@TempDir Path data) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process process = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                AutosavingProcess.class.getName(), data.toString()).redirectErrorStream(true).start();
        String id;
        int seen = 0;
        try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            String line = out.readLine();
            while (line != null && !line.startsWith("ID ")) {
                line = out.readLine();
            }
            assertThat(line).as("the process started").isNotNull();
            id = line.substring(3);
            while (seen < 30 && (line = out.readLine()) != null) {
                if (line.startsWith("CHANGED ")) {
                    seen = Integer.parseInt(line.substring(8));
                }
            }
            // the promise: a change is on disk within a second
            Thread.sleep(1000);
            process.destroyForcibly(); // SIGKILL: no shutdown hook, no flush, no close
            assertThat(process.waitFor(10, TimeUnit.SECONDS)).isTrue();
        }
        assertThat(process.exitValue()).isEqualTo(137);

        int lastSeen = seen;
        List<DraftService.Saved> drafts;
        try (TestDrafts reopened = TestDrafts.open(data)) {
            drafts = reopened.drafts.list();
        }
        assertThat(drafts).singleElement().satisfies(saved -> {
            assertThat(saved.id()).isEqualTo(id);
            assertThat(saved.findings()).isEmpty();
            assertThat(Integer.parseInt(saved.draft().name().substring("Cobro ".length()))).isGreaterThanOrEqualTo(lastSeen);
            assertThat(saved.step()).contains("MESSAGE");
        });
    }
}
