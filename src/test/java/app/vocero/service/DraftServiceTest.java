package app.vocero.service;

import static org.assertj.core.api.Assertions.assertThat;

import app.vocero.campaign.DraftFile;
import app.vocero.domain.campaign.Draft;
import app.vocero.store.DraftFolder;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DraftServiceTest {

    @TempDir
    Path dir;

    @Test
    void savedDraftsAreListedDuplicatedAndDeletedWithTheirStep() {
        DraftService drafts = new DraftService(new DraftFolder(dir.resolve("data")));
        String id = drafts.create(AutosavingProcess.draft(1));
        drafts.saveStep(id, "SCHEDULE");
        String copy = drafts.duplicate(id, "Cobro 1 (copia)");

        assertThat(drafts.list()).extracting(saved -> saved.draft().name()).containsExactlyInAnyOrder("Cobro 1", "Cobro 1 (copia)");
        assertThat(drafts.open(copy).orElseThrow().step()).contains("SCHEDULE");
        assertThat(drafts.file(id)).isEqualTo(dir.resolve("data/drafts/" + id + ".vocero.json"));

        drafts.delete(id);
        assertThat(drafts.list()).extracting(DraftService.Saved::id).containsExactly(copy);
    }

    @Test
    void anImportedFileKeepsPointingAtItsContactsAndSaveAsWritesACleanVersionOneDraft() throws Exception {
        DraftService drafts = new DraftService(new DraftFolder(dir.resolve("data")));
        Path outside = Files.createDirectories(dir.resolve("shared"));
        Files.writeString(outside.resolve("d.vocero.json"), """
                {"version": 1, "name": "Cobro", "provider": "saem", "account": "Sandbox Saem",
                 "contacts": {"file": "contactos.csv", "country": "CO"}, "timezone": "-05:00", "schedules": []}
                """);
        String id = drafts.importFile(outside.resolve("d.vocero.json"));
        drafts.saveStep(id, "REVIEW");
        Draft imported = drafts.open(id).orElseThrow().draft();
        assertThat(imported.contacts().file()).isEqualTo(outside.resolve("contactos.csv").toString());

        Path exported = dir.resolve("exportado.vocero.json");
        drafts.export(id, exported);
        assertThat(DraftFile.read(exported).draft()).isEqualTo(imported);
        assertThat(Files.readString(exported)).doesNotContain("REVIEW").contains("\"version\" : 1");
    }

    @Test
    void theAutosaveWritesTheLatestValueAndFlushesOnDemand() {
        DraftService drafts = new DraftService(new DraftFolder(dir));
        String id = drafts.create(AutosavingProcess.draft(0));
        try (DraftAutosave autosave = new DraftAutosave(drafts, java.time.Duration.ofHours(1), e -> { })) {
            autosave.draftChanged(id, AutosavingProcess.draft(1));
            autosave.draftChanged(id, AutosavingProcess.draft(2));
            autosave.stepChanged(id, "SEND");
            assertThat(drafts.open(id).orElseThrow().draft().name()).isEqualTo("Cobro 0");
            autosave.flush();
            assertThat(drafts.open(id).orElseThrow().draft().name()).isEqualTo("Cobro 2");
            assertThat(drafts.open(id).orElseThrow().step()).contains("SEND");
        }
    }
}
