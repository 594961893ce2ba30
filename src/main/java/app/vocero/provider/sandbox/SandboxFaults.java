package app.vocero.provider.sandbox;

import app.vocero.domain.campaign.ProviderId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Queued faults per provider. Each applies once, to the next request of that provider whose path (relative to
 * the provider's base URL, e.g. {@code /send/massive}, {@code /oauth/token} for Routee's auth host) starts with
 * the fault's path prefix; faults of one provider apply in the order they were queued. Thread-safe.
 */
public final class SandboxFaults {

    private record Entry(String pathPrefix, Fault fault) {
    }

    private final Map<ProviderId, List<Entry>> queues = new EnumMap<>(ProviderId.class);

    SandboxFaults() {
    }

    /** Applies the fault to the next request of that provider, whatever its path. */
    public SandboxFaults next(ProviderId provider, Fault fault) {
        return next(provider, "", fault);
    }

    /** Applies the fault to the next request of that provider whose path starts with {@code pathPrefix}. */
    public synchronized SandboxFaults next(ProviderId provider, String pathPrefix, Fault fault) {
        Objects.requireNonNull(provider, "provider");
        Objects.requireNonNull(pathPrefix, "pathPrefix");
        Objects.requireNonNull(fault, "fault");
        queues.computeIfAbsent(provider, p -> new ArrayList<>()).add(new Entry(pathPrefix, fault));
        return this;
    }

    /** Faults still queued for that provider. */
    public synchronized int pending(ProviderId provider) {
        List<Entry> queue = queues.get(provider);
        return queue == null ? 0 : queue.size();
    }

    public synchronized void clear() {
        queues.clear();
    }

    /** Removes and returns the first fault queued for this request, if any. */
    synchronized Optional<Fault> take(ProviderId provider, String path) {
        List<Entry> queue = queues.get(provider);
        if (queue == null) {
            return Optional.empty();
        }
        for (Iterator<Entry> it = queue.iterator(); it.hasNext(); ) {
            Entry entry = it.next();
            if (path.startsWith(entry.pathPrefix())) {
                it.remove();
                return Optional.of(entry.fault());
            }
        }
        return Optional.empty();
    }
}
