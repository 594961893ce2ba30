package app.vocero.service;

import static org.assertj.core.api.Assertions.assertThat;

import app.vocero.store.DraftFolder;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** A wizard process killed with {@code kill -9} while it autosaves: the draft and its step are there afterwards. */
class DraftKilledTest {

    @Test
    @Timeout(30)
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
        DraftService reopened = new DraftService(new DraftFolder(data));
        List<DraftService.Saved> drafts = reopened.list();
        assertThat(drafts).singleElement().satisfies(saved -> {
            assertThat(saved.id()).isEqualTo(id);
            assertThat(saved.findings()).isEmpty();
            assertThat(Integer.parseInt(saved.draft().name().substring("Cobro ".length()))).isGreaterThanOrEqualTo(lastSeen);
            assertThat(saved.step()).contains("MESSAGE");
        });
    }
}
