package app.vocero.service;

import app.vocero.domain.campaign.Draft;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Saves drafts shortly after each change, off the caller's thread: changes that come quickly (typing) are coalesced
 * into one write of the latest value, which is on disk {@link #DELAY} after the first of them. {@link #flush()}
 * writes what is pending at once (before sending, before "Save as", when the window closes).
 */
public final class DraftAutosave implements AutoCloseable {

    /** Well inside the one second a change may wait before it is on disk. */
    public static final Duration DELAY = Duration.ofMillis(300);
    private static final Logger LOG = LoggerFactory.getLogger(DraftAutosave.class);

    private final DraftService drafts;
    private final Duration delay;
    private final Consumer<Exception> onError;
    private final ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "vocero-autosave");
        thread.setDaemon(true);
        return thread;
    });
    private final Map<String, Draft> pendingDrafts = new LinkedHashMap<>();
    private final Map<String, String> pendingSteps = new LinkedHashMap<>();
    private final Map<String, String> movedTo = new java.util.HashMap<>();
    private volatile Consumer<DraftService.Conflict> onConflict = conflict -> { };
    private boolean scheduled;

    public DraftAutosave(DraftService drafts, Duration delay, Consumer<Exception> onError) {
        this.drafts = drafts;
        this.delay = delay;
        this.onError = onError;
    }

    public DraftAutosave(DraftService drafts) {
        this(drafts, DELAY, error -> LOG.error("A draft could not be saved", error));
    }

    /**
     * Told (on the thread that saved: the autosave's own, or the one calling {@link #flush()}) when a save found the
     * draft changed by another desktop and kept this copy as a new draft. Later changes to the old id go to the copy.
     */
    public void onConflict(Consumer<DraftService.Conflict> listener) {
        this.onConflict = listener;
    }

    /** The draft changed: it will be written soon. */
    public synchronized void draftChanged(String id, Draft draft) {
        pendingDrafts.put(target(id), draft);
        schedule();
    }

    /** The wizard moved to another step. */
    public synchronized void stepChanged(String id, String step) {
        pendingSteps.put(target(id), step);
        schedule();
    }

    /** Forgets what is pending for a draft that was just deleted. */
    public synchronized void forget(String id) {
        pendingDrafts.remove(id);
        pendingSteps.remove(id);
    }

    /** Where the changes of a draft go: the draft itself, or the copy it was saved as after a conflict. */
    private String target(String id) {
        String to = id;
        while (movedTo.containsKey(to)) {
            to = movedTo.get(to);
        }
        return to;
    }

    private void schedule() {
        if (!scheduled) {
            scheduled = true;
            executor.schedule(this::flushQuietly, delay.toMillis(), TimeUnit.MILLISECONDS);
        }
    }

    private void flushQuietly() {
        try {
            flush();
        } catch (RuntimeException e) {
            onError.accept(e);
        }
    }

    /** Writes everything pending now, on the calling thread. */
    public synchronized void flush() {
        scheduled = false;
        Map<String, Draft> draftsNow = new LinkedHashMap<>(pendingDrafts);
        Map<String, String> stepsNow = new LinkedHashMap<>(pendingSteps);
        pendingDrafts.clear();
        pendingSteps.clear();
        for (Map.Entry<String, Draft> change : draftsNow.entrySet()) {
            drafts.save(change.getKey(), change.getValue()).ifPresent(conflict -> {
                movedTo.put(conflict.id(), conflict.copyId());
                String step = stepsNow.remove(conflict.id());
                if (step != null) {
                    stepsNow.put(conflict.copyId(), step);
                }
                onConflict.accept(conflict);
            });
        }
        stepsNow.forEach(drafts::saveStep);
    }

    @Override
    public void close() {
        flush();
        executor.shutdownNow();
    }
}
