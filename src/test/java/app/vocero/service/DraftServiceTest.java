package app.vocero.service;

import static org.assertj.core.api.Assertions.assertThat;

import app.vocero.campaign.DraftFile;
import app.vocero.domain.campaign.Draft;
import app.vocero.store.DraftFolder;
import app.vocero.store.DraftRepository;
import app.vocero.store.SendLeases;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DraftServiceTest {

    private static final DraftRepository.Author EVA = new DraftRepository.Author("eva", "pc-2");

    @TempDir
    Path dir;

    private final StepClock clock = new StepClock();
    private TestDrafts data;
    private DraftService drafts;

    @BeforeEach
    void open() throws Exception {
        data = TestDrafts.open(dir.resolve("data"), clock, TestDrafts.ANA);
        drafts = data.drafts;
    }

    @AfterEach
    void close() {
        data.close();
    }

    /** Another desktop on the same database. */
    private DraftService eva() {
        return TestDrafts.on(data.database, dir.resolve("eva"), clock, EVA);
    }

    @Test
    void savedDraftsAreListedNewestFirstDuplicatedAndDeletedWithTheirStep() {
        String id = drafts.create(AutosavingProcess.draft(1));
        drafts.saveStep(id, "SCHEDULE");
        String other = drafts.create(AutosavingProcess.draft(2));
        String copy = drafts.duplicate(id, "Cobro 1 (copia)");
        assertThat(drafts.list()).extracting(saved -> saved.draft().name()).containsExactly("Cobro 1 (copia)", "Cobro 2", "Cobro 1");

        drafts.save(id, AutosavingProcess.draft(11)); // a change brings it to the top
        assertThat(drafts.list()).extracting(DraftService.Saved::id).containsExactly(id, copy, other);
        assertThat(drafts.open(copy).orElseThrow().step()).contains("SCHEDULE");
        assertThat(drafts.open(id).orElseThrow().step()).contains("SCHEDULE"); // a save keeps the step
        assertThat(drafts.open(id).orElseThrow().changedBy()).as("saved here by this user").isEmpty();

        Path file = drafts.file(id);
        assertThat(file).isEqualTo(dir.resolve("data/drafts/current/" + id + ".vocero.json"));
        drafts.delete(id);
        assertThat(drafts.list()).extracting(DraftService.Saved::id).containsExactly(copy, other);
        assertThat(drafts.open(id)).isEmpty();
        assertThat(file).doesNotExist();
    }

    @Test
    void anImportedFileKeepsPointingAtItsContactsAndSaveAsWritesACleanVersionOneDraft() throws Exception {
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
        String id = drafts.create(AutosavingProcess.draft(0));
        try (DraftAutosave autosave = new DraftAutosave(drafts, Duration.ofHours(1), e -> { })) {
            autosave.draftChanged(id, AutosavingProcess.draft(1));
            autosave.draftChanged(id, AutosavingProcess.draft(2));
            autosave.stepChanged(id, "SEND");
            assertThat(drafts.open(id).orElseThrow().draft().name()).isEqualTo("Cobro 0");
            autosave.flush();
            assertThat(drafts.open(id).orElseThrow().draft().name()).isEqualTo("Cobro 2");
            assertThat(drafts.open(id).orElseThrow().step()).contains("SEND");
        }
    }

    @Test
    void aDraftMadeOnOneDesktopIsListedOnTheOtherWithWhoChangedIt() {
        String id = drafts.create(AutosavingProcess.draft(1));
        DraftService eva = eva();
        assertThat(eva.list()).singleElement().satisfies(saved -> {
            assertThat(saved.id()).isEqualTo(id);
            assertThat(saved.changedBy()).contains("ana@pc-1");
        });
        eva.open(id);
        assertThat(eva.save(id, AutosavingProcess.draft(2))).isEmpty();
        assertThat(drafts.list()).singleElement().satisfies(saved -> {
            assertThat(saved.draft().name()).isEqualTo("Cobro 2");
            assertThat(saved.changedBy()).contains("eva@pc-2");
        });
    }

    @Test
    void theLaterOfTwoDesktopsSavingOneDraftKeepsItsVersionAsANewDraftAndOverwritesNothing() {
        String id = drafts.create(AutosavingProcess.draft(1));
        drafts.saveStep(id, "MESSAGE");
        DraftService eva = eva();
        eva.open(id);
        drafts.open(id);

        assertThat(eva.save(id, AutosavingProcess.draft(2))).isEmpty(); // Eva saves first
        Instant evaSaved = drafts.list().get(0).changed();
        Optional<DraftService.Conflict> conflict = drafts.save(id, AutosavingProcess.draft(3)); // Ana, based on version 1

        assertThat(conflict).hasValueSatisfying(found -> {
            assertThat(found.id()).isEqualTo(id);
            assertThat(found.copyId()).isNotEqualTo(id);
            assertThat(found.changedBy()).contains("eva@pc-2");
            assertThat(found.changedAt()).contains(evaSaved);
            assertThat(found.deleted()).isFalse();
        });
        String copy = conflict.get().copyId();
        assertThat(drafts.open(id).orElseThrow().draft().name()).as("Eva's version untouched").isEqualTo("Cobro 2");
        assertThat(drafts.open(copy).orElseThrow().draft().name()).isEqualTo("Cobro 3");
        assertThat(drafts.open(copy).orElseThrow().step()).contains("MESSAGE");
        // the copy is Ana's from now on: her next saves go through, and Eva's next save of the original too
        assertThat(drafts.save(copy, AutosavingProcess.draft(4))).isEmpty();
        assertThat(eva.save(id, AutosavingProcess.draft(5))).isEmpty();
        assertThat(drafts.list()).extracting(saved -> saved.draft().name()).containsExactly("Cobro 5", "Cobro 4");
    }

    @Test
    void aDraftDeletedOnAnotherDesktopWhileEditedIsSavedAgainAsANewDraft() {
        String id = drafts.create(AutosavingProcess.draft(1));
        eva().delete(id);
        Optional<DraftService.Conflict> conflict = drafts.save(id, AutosavingProcess.draft(2));
        assertThat(conflict).hasValueSatisfying(found -> assertThat(found.deleted()).isTrue());
        assertThat(drafts.list()).singleElement().satisfies(saved -> {
            assertThat(saved.id()).isEqualTo(conflict.get().copyId());
            assertThat(saved.draft().name()).isEqualTo("Cobro 2");
        });
    }

    @Test
    void afterAConflictTheAutosaveSendsTheFollowingChangesToTheCopyAndSaysSo() {
        String id = drafts.create(AutosavingProcess.draft(1));
        DraftService eva = eva();
        eva.open(id);
        eva.save(id, AutosavingProcess.draft(2));
        List<DraftService.Conflict> told = new ArrayList<>();
        try (DraftAutosave autosave = new DraftAutosave(drafts, Duration.ofHours(1), e -> { })) {
            autosave.onConflict(told::add);
            autosave.draftChanged(id, AutosavingProcess.draft(3));
            autosave.stepChanged(id, "SCHEDULE");
            autosave.flush();
            assertThat(told).hasSize(1);
            String copy = told.get(0).copyId();
            autosave.draftChanged(id, AutosavingProcess.draft(4)); // the wizard may still say the old id once
            autosave.flush();
            assertThat(told).hasSize(1);
            assertThat(drafts.open(copy).orElseThrow().draft().name()).isEqualTo("Cobro 4");
            assertThat(drafts.open(copy).orElseThrow().step()).contains("SCHEDULE");
            assertThat(drafts.open(id).orElseThrow().draft().name()).isEqualTo("Cobro 2");
        }
    }

    @Test
    void theDraftFilesOfAnOlderVoceroAreImportedOnceAndKeptAside() throws Exception {
        Path data = dir.resolve("old");
        DraftFolder old = new DraftFolder(data);
        String id = "6f1c2a9e-0b7d-4e43-9a51-2d7e3c4b5a61";
        old.write(id, DraftFile.toJson(AutosavingProcess.draft(7)).toPrettyString());
        old.writeStep(id, "MESSAGE");
        Files.writeString(old.folder().resolve("broken.vocero.json"), "{ not json");

        try (TestDrafts opened = TestDrafts.open(data)) {
            assertThat(opened.drafts.importOldFolder()).isEqualTo(1);
            assertThat(opened.drafts.list()).singleElement().satisfies(saved -> {
                assertThat(saved.id()).isEqualTo(id);
                assertThat(saved.draft().name()).isEqualTo("Cobro 7");
                assertThat(saved.step()).contains("MESSAGE");
                assertThat(saved.changedBy()).isEmpty();
            });
            assertThat(old.folder().resolve(id + ".vocero.json")).doesNotExist();
            assertThat(old.folder().resolve("imported/" + id + ".vocero.json")).exists();
            assertThat(old.folder().resolve("imported/" + id + ".wizard")).hasContent("MESSAGE");
            assertThat(old.folder().resolve("broken.vocero.json")).as("unreadable: left where it was").exists();

            // a second run, even with the file put back (a crash before the move): nothing twice
            Files.copy(old.folder().resolve("imported/" + id + ".vocero.json"), old.folder().resolve(id + ".vocero.json"));
            opened.drafts.save(id, AutosavingProcess.draft(8));
            assertThat(opened.drafts.importOldFolder()).isZero();
            assertThat(opened.drafts.list()).singleElement()
                    .satisfies(saved -> assertThat(saved.draft().name()).as("not overwritten by the old file").isEqualTo("Cobro 8"));
        }
    }

    @Test
    void aWindowDraftIsSentUnderItsIdOnEveryDesktopAndAnyOtherFileUnderItsPath() throws Exception {
        String id = drafts.create(AutosavingProcess.draft(1));
        Path mine = drafts.file(id);
        Path evas = eva().file(id);
        assertThat(mine).isNotEqualTo(evas);
        assertThat(drafts.leaseKey(mine)).isEqualTo(eva().leaseKey(evas)).isEqualTo(SendLeases.draftIdKey(id))
                .isEqualTo("draft:" + id);

        Path elsewhere = Files.writeString(dir.resolve(id + ".vocero.json"), "{}");
        assertThat(drafts.leaseKey(elsewhere)).isEqualTo(SendLeases.draftKey(elsewhere)).isNotEqualTo("draft:" + id);
        Path stray = Files.writeString(mine.resolveSibling("stray.vocero.json"), "{}");
        assertThat(drafts.leaseKey(stray)).isEqualTo(SendLeases.draftKey(stray));
    }

    /** A clock one minute later at each reading: every save is later than the one before. */
    private static final class StepClock extends Clock {
        private Instant now = Instant.parse("2026-12-06T10:00:00Z");

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public synchronized Instant instant() {
            now = now.plus(Duration.ofMinutes(1));
            return now;
        }
    }
}
