package app.vocero.service;

import app.vocero.campaign.DraftException;
import app.vocero.campaign.DraftFile;
import app.vocero.campaign.DraftReading;
import app.vocero.domain.campaign.ContactSource;
import app.vocero.domain.campaign.Draft;
import app.vocero.domain.campaign.Finding;
import app.vocero.domain.campaign.Message;
import app.vocero.store.DraftFolder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The window's campaign drafts: saved as ordinary {@code *.vocero.json} files (written by {@link DraftFile}, the
 * command line's own writer) in the data directory's {@code drafts} folder, so a draft made in the window validates
 * and sends from the command line and the other way round. Where the wizard was is kept beside each draft, never in
 * it.
 */
public final class DraftService {

    private static final Logger LOG = LoggerFactory.getLogger(DraftService.class);

    private final DraftFolder folder;

    public DraftService(DraftFolder folder) {
        this.folder = folder;
    }

    /**
     * A saved draft as the list shows it.
     *
     * @param step where the wizard was (a step's name), empty when never opened in the wizard
     */
    public record Saved(String id, Draft draft, List<Finding> findings, Optional<String> step, Instant changed, Path file) {
    }

    /** Every readable draft, newest change first; a damaged file is left out (and logged), never a crash. */
    public List<Saved> list() {
        List<Saved> drafts = new ArrayList<>();
        for (DraftFolder.Entry entry : folder.list()) {
            try {
                DraftReading reading = DraftFile.read(entry.file());
                drafts.add(new Saved(entry.id(), reading.draft(), reading.findings(), folder.step(entry.id()),
                        entry.modified(), entry.file()));
            } catch (DraftException e) {
                LOG.warn("Draft {} left out of the list: {}", entry.file(), e.getMessage());
            }
        }
        return drafts;
    }

    public Optional<Saved> open(String id) {
        return list().stream().filter(saved -> saved.id().equals(id)).findFirst();
    }

    /** Saves a new draft; returns its id. */
    public String create(Draft draft) {
        String id = UUID.randomUUID().toString();
        save(id, draft);
        return id;
    }

    /** Writes the draft durably (temporary file, forced to disk, atomic move). */
    public void save(String id, Draft draft) {
        folder.write(id, DraftFile.toJson(draft).toPrettyString() + System.lineSeparator());
    }

    public void saveStep(String id, String step) {
        folder.writeStep(id, step);
    }

    /** The draft's file: what the sender and {@code vocero campaign validate} read. */
    public Path file(String id) {
        return folder.file(id);
    }

    /** A copy under a new id and the given name, at the same step. */
    public String duplicate(String id, String newName) {
        Saved original = open(id).orElseThrow(() -> new IllegalArgumentException("No draft " + id));
        Draft draft = original.draft();
        String copy = create(new Draft(draft.version(), newName, draft.provider(), draft.account(), draft.contacts(),
                draft.message(), draft.schedules(), draft.timezone(), draft.options(), draft.extra()));
        original.step().ifPresent(step -> saveStep(copy, step));
        return copy;
    }

    public void delete(String id) {
        folder.delete(id);
    }

    /**
     * Takes a {@code *.vocero.json} file from anywhere into the drafts; relative paths in it (the contact file, a
     * local audio) are made absolute so they still point at the same files from the drafts folder.
     */
    public String importFile(Path file) throws DraftException {
        DraftReading reading = DraftFile.read(file);
        return create(absolute(reading.draft(), reading.folder()));
    }

    /** Writes a clean version-1 copy of the draft to {@code target} ("Save as"). */
    public void export(String id, Path target) throws IOException {
        Path file = folder.file(id);
        Path temporary = Files.createTempFile(target.toAbsolutePath().getParent(), ".vocero", ".tmp");
        try {
            Files.copy(file, temporary, StandardCopyOption.REPLACE_EXISTING);
            Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    static Draft absolute(Draft draft, Path base) {
        ContactSource contacts = draft.contacts();
        if (contacts != null && contacts.file() != null && !Path.of(contacts.file()).isAbsolute()) {
            contacts = new ContactSource(base.resolve(contacts.file()).normalize().toString(), contacts.list(),
                    contacts.country(), contacts.columns(), contacts.sheet(), contacts.extra());
        }
        Message message = draft.message();
        if (message instanceof Message.Audio) {
            Message.Audio audio = (Message.Audio) message;
            if (audio.file() != null && !Path.of(audio.file()).isAbsolute()) {
                message = new Message.Audio(audio.audioId(), audio.fileUrl(),
                        base.resolve(audio.file()).normalize().toString(), audio.durationSeconds(), audio.extra());
            }
        }
        return new Draft(draft.version(), draft.name(), draft.provider(), draft.account(), contacts, message,
                draft.schedules(), draft.timezone(), draft.options(), draft.extra());
    }
}
