package app.vocero.service;

import app.vocero.domain.campaign.ContactSource;
import app.vocero.domain.campaign.Draft;
import app.vocero.domain.campaign.ProviderId;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Run in its own JVM by {@link DraftKilledTest}: a wizard that keeps typing into one draft (a change every 10 ms)
 * and is at step 3, until it is killed; its drafts are in the data directory's database, as the window's are. Prints {@code ID <id>} once, then {@code CHANGED <n>} after each change.
 */
public final class AutosavingProcess {

    private AutosavingProcess() {
    }

    public static void main(String[] args) throws Exception {
        // never closed: the process is killed with the database open
        DraftService drafts = TestDrafts.open(Path.of(args[0])).drafts;
        DraftAutosave autosave = new DraftAutosave(drafts);
        String id = drafts.create(draft(0));
        System.out.println("ID " + id);
        autosave.stepChanged(id, "MESSAGE");
        for (int n = 1; ; n++) {
            autosave.draftChanged(id, draft(n));
            System.out.println("CHANGED " + n);
            System.out.flush();
            Thread.sleep(10);
        }
    }

    static Draft draft(int n) {
        return new Draft(1, "Cobro " + n, ProviderId.SAEM, "Sandbox Saem",
                new ContactSource("/tmp/contactos.csv", null, "CO", Map.of(), null, Map.of()), null, List.of(),
                "America/Bogota", Map.of(), Map.of());
    }
}
