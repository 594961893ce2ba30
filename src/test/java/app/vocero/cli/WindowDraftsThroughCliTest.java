package app.vocero.cli;

import static org.assertj.core.api.Assertions.assertThat;

import app.vocero.campaign.DraftFile;
import app.vocero.domain.campaign.Draft;
import app.vocero.service.DraftService;
import app.vocero.store.DraftFolder;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** Drafts the window saves are the command line's drafts: each example opened in the window validates from the CLI. */
class WindowDraftsThroughCliTest {

    @TempDir
    Path dir;

    @Test
    void everyExampleOpenedInTheWindowAndSavedThereValidatesFromTheCommandLine() throws Exception {
        Path data = dir.resolve("data");
        DraftService drafts = new DraftService(new DraftFolder(data));
        for (String provider : new String[] {"saem", "meetzy", "routee", "octopush", "smartflo"}) {
            String id = drafts.importFile(Path.of("assets", "examples", provider + ".vocero.json"));
            Draft opened = drafts.open(id).orElseThrow().draft();
            drafts.save(id, opened); // what the wizard's autosave writes
            drafts.saveStep(id, "REVIEW");
            Path file = drafts.file(id);
            assertThat(file.getParent()).isEqualTo(data.resolve("drafts"));
            assertThat(DraftFile.read(file).draft()).isEqualTo(opened);

            StringWriter out = new StringWriter();
            CommandLine commandLine = new VoceroCommand(path -> 0, Locale.ENGLISH).commandLine();
            commandLine.setOut(new PrintWriter(out, true));
            commandLine.setErr(new PrintWriter(out, true));
            int exit = commandLine.execute("--data-dir", data.toString(), "campaign", "validate", file.toString());
            assertThat(exit).as(provider + ": " + out).isZero();
            assertThat(Files.readString(file)).contains("\"version\" : 1").doesNotContain("REVIEW");
        }
    }
}
