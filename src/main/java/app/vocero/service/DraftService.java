package app.vocero.service;

import app.vocero.campaign.DraftException;
import app.vocero.campaign.DraftFile;
import app.vocero.campaign.DraftReading;
import app.vocero.domain.campaign.ContactSource;
import app.vocero.domain.campaign.Draft;
import app.vocero.domain.campaign.Finding;
import app.vocero.domain.campaign.Message;
import app.vocero.store.DraftFolder;
import app.vocero.store.DraftRepository;
import app.vocero.store.SendLeases;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The window's campaign drafts, kept in the database ({@link DraftRepository}) so that every desktop of a team sees
 * them, as the same version-1 JSON the command line reads and writes ({@link DraftFile}). Where the wizard was is
 * kept beside each draft, never in it. The checker, the sender and the command line read files: {@link #file}
 * writes the draft's current text to {@code <dataDir>/drafts/current/<id>.vocero.json} for them, and a send of that
 * file is locked by the draft's id ({@link #leaseKey}), on every desktop alike.
 *
 * <p>Two desktops editing one draft: each save names the version it was based on; when the other desktop saved in
 * between, nothing is overwritten — the later save is kept as a new draft and reported as a {@link Conflict}.
 */
public final class DraftService {

    private static final Logger LOG = LoggerFactory.getLogger(DraftService.class);

    private final DraftRepository repository;
    private final DraftFolder oldFolder;
    private final DraftFolder current;
    private final Function<ContactSource, Optional<Long>> contactCount;
    /** The version each draft had when this process last read it to edit it, or saved it. */
    private final Map<String, Long> versions = new ConcurrentHashMap<>();

    /**
     * @param contactCount how many contacts a draft's source has, when it is known without reading a file (a saved list)
     */
    public DraftService(DraftRepository repository, Path dataDirectory,
                        Function<ContactSource, Optional<Long>> contactCount) {
        this.repository = repository;
        this.oldFolder = new DraftFolder(dataDirectory);
        this.current = DraftFolder.at(dataDirectory.resolve("drafts").resolve("current"));
        this.contactCount = contactCount;
    }

    public DraftService(DraftRepository repository, Path dataDirectory) {
        this(repository, dataDirectory, source -> Optional.empty());
    }

    /**
     * A saved draft as the list shows it.
     *
     * @param step where the wizard was (a step's name), empty when never opened in the wizard
     * @param changedBy who saved it last ({@code user@computer}) when that was another user or computer; empty when
     *                  it was this user on this computer, or for a draft imported from an older Vocero's files
     * @param contacts   how many contacts its saved list has; empty for a contact file (counted when checked)
     */
    public record Saved(String id, Draft draft, List<Finding> findings, Optional<String> step, Instant changed,
                        Optional<String> changedBy, OptionalLong contacts) {
    }

    /**
     * A save that found the draft changed by someone else since this process read it: the draft as it was here is
     * kept as the new draft {@code copyId}, and the other one is left as the other desktop saved it.
     *
     * @param changedBy who saved the other version ({@code user@computer}), empty when unknown or deleted
     * @param changedAt when, empty when the draft was deleted meanwhile
     */
    public record Conflict(String id, String copyId, Optional<String> changedBy, Optional<Instant> changedAt) {

        public boolean deleted() {
            return changedAt.isEmpty();
        }
    }

    /** Every readable draft, newest change first; a damaged one is left out (and logged), never a crash. */
    public List<Saved> list() {
        List<Saved> drafts = new ArrayList<>();
        for (DraftRepository.Row row : repository.list()) {
            saved(row).ifPresent(drafts::add);
        }
        return drafts;
    }

    private Optional<Saved> saved(DraftRepository.Row row) {
        try {
            JsonNode tree = JSON.readTree(row.content().json());
            if (!(tree instanceof ObjectNode)) {
                throw new IOException("not a JSON object");
            }
            DraftReading reading = DraftFile.fromJson((ObjectNode) tree, current.folder());
            return Optional.of(new Saved(row.id(), reading.draft(), reading.findings(), row.step(), row.updatedAt(),
                    row.changedBy().filter(author -> !author.equals(repository.me())).map(DraftRepository.Author::toString),
                    row.content().contactCount() == null ? OptionalLong.empty() : OptionalLong.of(row.content().contactCount())));
        } catch (IOException | RuntimeException e) {
            LOG.warn("Draft {} left out of the list: {}", row.id(), e.getMessage());
            return Optional.empty();
        }
    }

    /** A draft to edit: later saves of it from this process are based on the version read now. */
    public Optional<Saved> open(String id) {
        Optional<DraftRepository.Row> row = repository.find(id);
        row.ifPresent(found -> versions.put(id, found.version()));
        return row.flatMap(this::saved);
    }

    /** Saves a new draft; returns its id. */
    public String create(Draft draft) {
        return create(draft, Optional.empty());
    }

    private String create(Draft draft, Optional<String> step) {
        String id = UUID.randomUUID().toString();
        repository.insert(id, content(draft), step);
        versions.put(id, 1L);
        return id;
    }

    /**
     * Writes the draft durably. When another desktop changed (or deleted) it since this process read it, nothing of
     * theirs is overwritten: this version is saved as a new draft, at the same step, and the conflict is returned.
     */
    public Optional<Conflict> save(String id, Draft draft) {
        DraftRepository.Content content = content(draft);
        Long basedOn = versions.get(id);
        if (basedOn == null) {
            // never read to be edited here (a tool, a test): based on what is stored now
            Optional<DraftRepository.Row> stored = repository.find(id);
            if (stored.isEmpty()) {
                repository.insert(id, content, Optional.empty());
                versions.put(id, 1L);
                return Optional.empty();
            }
            basedOn = stored.get().version();
        }
        DraftRepository.Saved saved = repository.update(id, content, basedOn);
        if (saved instanceof DraftRepository.Saved.Written) {
            versions.put(id, ((DraftRepository.Saved.Written) saved).version());
            return Optional.empty();
        }
        Optional<DraftRepository.Row> theirs = ((DraftRepository.Saved.Conflict) saved).current();
        String copy = create(draft, theirs.flatMap(DraftRepository.Row::step));
        versions.remove(id);
        LOG.warn("Draft {} was changed by {} meanwhile: this copy is saved as draft {}", id,
                theirs.flatMap(DraftRepository.Row::changedBy).map(Object::toString).orElse("another desktop"), copy);
        return Optional.of(new Conflict(id, copy, theirs.flatMap(DraftRepository.Row::changedBy).map(Object::toString),
                theirs.map(DraftRepository.Row::updatedAt)));
    }

    public void saveStep(String id, String step) {
        repository.saveStep(id, step);
    }

    /**
     * The draft as a file: its current text written (durably) to {@code <dataDir>/drafts/current/<id>.vocero.json},
     * what the sender and {@code vocero campaign validate} read.
     *
     * @throws IllegalArgumentException when there is no such draft
     */
    public Path file(String id) {
        DraftRepository.Row row = repository.find(id).orElseThrow(() -> new IllegalArgumentException("No draft " + id));
        current.write(id, row.content().json());
        return current.file(id);
    }

    /**
     * The send lease of a draft file: a window draft's file ({@link #file}) is locked by the draft's id, so two
     * desktops sending one draft of the team's database meet on one lease; any other file by its real path.
     */
    public String leaseKey(Path draftFile) {
        Path folder = real(current.folder());
        Path parent = draftFile.toAbsolutePath().normalize().getParent();
        String name = draftFile.getFileName() == null ? "" : draftFile.getFileName().toString();
        if (parent != null && real(parent).equals(folder) && name.endsWith(DraftFolder.SUFFIX)) {
            String id = name.substring(0, name.length() - DraftFolder.SUFFIX.length());
            try {
                if (repository.find(id).isPresent()) {
                    return SendLeases.draftIdKey(id);
                }
            } catch (IllegalArgumentException e) {
                // not a draft id: an ordinary file that happens to be there
            }
        }
        return SendLeases.draftKey(draftFile);
    }

    private static Path real(Path path) {
        Path absolute = path.toAbsolutePath().normalize();
        try {
            return absolute.toRealPath();
        } catch (IOException | SecurityException e) {
            return absolute;
        }
    }

    /** A copy under a new id and the given name, at the same step. */
    public String duplicate(String id, String newName) {
        DraftRepository.Row row = repository.find(id).orElseThrow(() -> new IllegalArgumentException("No draft " + id));
        Draft draft = saved(row).orElseThrow(() -> new IllegalArgumentException("The draft " + id + " cannot be read")).draft();
        return create(new Draft(draft.version(), newName, draft.provider(), draft.account(), draft.contacts(),
                draft.message(), draft.schedules(), draft.timezone(), draft.options(), draft.extra()), row.step());
    }

    public void delete(String id) {
        repository.delete(id);
        versions.remove(id);
        current.delete(id);
    }

    /**
     * Takes a {@code *.vocero.json} file from anywhere into the drafts; relative paths in it (the contact file, a
     * local audio) are made absolute so they still point at the same files.
     */
    public String importFile(Path file) throws DraftException {
        DraftReading reading = DraftFile.read(file);
        return create(absolute(reading.draft(), reading.folder()));
    }

    /**
     * Imports the drafts an older Vocero kept as files ({@code <dataDir>/drafts/<id>.vocero.json} and its
     * {@code .wizard} step) into the database, once: a draft already stored under its id is not imported again, and
     * each imported file (with its sidecar) is moved to {@code drafts/imported/} — kept, never deleted, but out of
     * the way of the next import and of anyone who would think editing it still changes the window's draft. A file
     * that cannot be read at all stays where it is (and is logged).
     *
     * @return how many drafts were stored now
     */
    public int importOldFolder() {
        int imported = 0;
        Path done = oldFolder.folder().resolve("imported");
        for (DraftFolder.Entry entry : oldFolder.list()) {
            try {
                DraftReading reading = DraftFile.read(entry.file());
                Draft draft = absolute(reading.draft(), reading.folder());
                if (repository.insertIfAbsent(entry.id(), content(draft), oldFolder.step(entry.id()), entry.modified())) {
                    imported++;
                }
                oldFolder.moveTo(entry.id(), done);
            } catch (DraftException | RuntimeException e) {
                LOG.warn("The old draft file {} was not imported: {}", entry.file(), e.getMessage());
            }
        }
        if (imported > 0) {
            LOG.info("{} drafts imported from {} (the files are kept in {})", imported, oldFolder.folder(), done);
        }
        return imported;
    }

    /** Writes a clean version-1 copy of the draft to {@code target} ("Save as"). */
    public void export(String id, Path target) throws IOException {
        DraftRepository.Row row = repository.find(id).orElseThrow(() -> new IllegalArgumentException("No draft " + id));
        Path temporary = Files.createTempFile(target.toAbsolutePath().getParent(), ".vocero", ".tmp");
        try {
            Files.writeString(temporary, row.content().json());
            Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    private DraftRepository.Content content(Draft draft) {
        ContactSource source = draft.contacts();
        String contacts = source == null ? null : source.isSavedList() ? "list:" + source.list() : source.file();
        Long count = source == null ? null : contactCount.apply(source).orElse(null);
        return new DraftRepository.Content(draft.name() == null ? "" : draft.name(),
                draft.provider() == null ? null : draft.provider().key(), contacts, count,
                DraftFile.toJson(draft).toPrettyString() + System.lineSeparator());
    }

    private static final com.fasterxml.jackson.databind.ObjectMapper JSON = new com.fasterxml.jackson.databind.ObjectMapper();

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
