package app.vocero.contacts;

import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * The do-not-call list of an import that started before the list could be read (a command reads its file while
 * its data store opens): {@link #isReady()} says no until {@link #give} has the numbers, and an import reads ahead
 * meanwhile; the first number that must be looked up waits for them. {@link #withdraw()} ends that wait with a
 * {@link CancellationException} (the store could not be opened).
 */
public final class DeferredSuppression implements Suppression {

    private final CompletableFuture<Suppression> numbers = new CompletableFuture<>();
    /** Read and written by the importing thread only (as {@link Suppression} is asked). */
    private Suppression resolved;

    /** The do-not-call numbers (E.164) the import applies: a set nobody changes while it runs. */
    public void give(Set<String> doNotCall) {
        numbers.complete(doNotCall.isEmpty() ? NONE : doNotCall::contains);
    }

    /** No numbers will come: an import waiting for them stops. */
    public void withdraw() {
        numbers.completeExceptionally(new CancellationException("The do-not-call list could not be read"));
    }

    @Override
    public boolean isReady() {
        return numbers.isDone();
    }

    @Override
    public boolean isSuppressed(String e164) {
        if (resolved == null) {
            try {
                resolved = numbers.join();
            } catch (CompletionException e) {
                throw e.getCause() instanceof RuntimeException cause ? cause : e;
            }
        }
        return resolved.isSuppressed(e164);
    }
}
