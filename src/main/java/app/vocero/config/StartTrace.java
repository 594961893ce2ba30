package app.vocero.config;

/**
 * For measuring the window's cold start: with {@code -Dvocero.startTrace=true} each step of the start prints
 * {@code vocero-trace <epoch milliseconds> <thread> <step>} on standard error. Without the property nothing is printed
 * and a mark costs one boolean test.
 */
public final class StartTrace {

    private static final boolean ON = Boolean.getBoolean("vocero.startTrace");

    private StartTrace() {
    }

    public static void mark(String step) {
        if (ON) {
            System.err.println("vocero-trace " + System.currentTimeMillis() + " " + Thread.currentThread().getName()
                    + " " + step);
        }
    }
}
