package app.vocero.cli;

import static org.assertj.core.api.Assertions.assertThat;

import app.vocero.campaign.DraftFile;
import app.vocero.domain.campaign.Draft;
import app.vocero.service.DraftService;
import app.vocero.VoceroApp;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * Drafts the window saves (in the database) are the command line's drafts: each example opened in the window, saved
 * there and exported to a file ("Save as") validates from the CLI — as does the file copy the sender reads.
 */
class WindowDraftsThroughCliTest {

    @TempDir
    Path dir;

    @Test
    void everyExampleOpenedInTheWindowAndSavedThereValidatesFromTheCommandLine() throws Exception {
        Path data = dir.resolve("data");
        try (VoceroApp app = VoceroApp.open(data, Locale.ENGLISH)) {
            DraftService drafts = app.drafts();
            for (String provider : new String[] {"saem", "meetzy", "routee", "octopush", "smartflo"}) {
                String id = drafts.importFile(Path.of("assets", "examples", provider + ".vocero.json"));
                Draft opened = drafts.open(id).orElseThrow().draft();
                assertThat(drafts.save(id, opened)).isEmpty(); // what the wizard's autosave writes
                drafts.saveStep(id, "REVIEW");
                Path exported = dir.resolve(provider + "-exported.vocero.json");
                drafts.export(id, exported);
                Path file = drafts.file(id);
                assertThat(file.getParent()).isEqualTo(data.resolve("drafts").resolve("current"));
                for (Path each : new Path[] {exported, file}) {
                    assertThat(DraftFile.read(each).draft()).isEqualTo(opened);
                    // the command line beside the open window (commands share its database)
                    StringWriter out = new StringWriter();
                    CommandLine commandLine = new VoceroCommand(path -> 0, Locale.ENGLISH).commandLine();
                    commandLine.setOut(new PrintWriter(out, true));
                    commandLine.setErr(new PrintWriter(out, true));
                    int exit = commandLine.execute("--data-dir", data.toString(), "campaign", "validate", each.toString());
                    assertThat(exit).as(provider + ": " + out).isZero();
                    assertThat(Files.readString(each)).contains("\"version\" : 1").doesNotContain("REVIEW");
                }
            }
        }
    }
}
