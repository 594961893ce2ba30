package app.vocero.packaging;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import java.io.PrintWriter;
import java.util.Arrays;
import org.junit.platform.launcher.Launcher;
import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;
import org.junit.platform.launcher.listeners.SummaryGeneratingListener;
import org.junit.platform.launcher.listeners.TestExecutionSummary;

/**
 * Runs the named test classes in this JVM and exits 0 only when at least one test ran and none failed: how
 * {@link SlimJarsTest} runs the Parquet tests on a class path whose Hadoop jars were shrunk.
 */
public final class SlimJarsProbe {

    private SlimJarsProbe() {
    }

    public static void main(String[] testClasses) {
        LauncherDiscoveryRequest request = LauncherDiscoveryRequestBuilder.request()
                .selectors(Arrays.stream(testClasses).map(name -> selectClass(name)).toList())
                .build();
        Launcher launcher = LauncherFactory.create();
        SummaryGeneratingListener listener = new SummaryGeneratingListener();
        launcher.execute(request, listener);
        TestExecutionSummary summary = listener.getSummary();
        PrintWriter out = new PrintWriter(System.out, true);
        summary.printFailuresTo(out, 12);
        out.printf("probe: %d tests succeeded, %d failed, %d aborted%n", summary.getTestsSucceededCount(),
                summary.getTotalFailureCount(), summary.getTestsAbortedCount());
        boolean passed = summary.getTestsSucceededCount() > 0 && summary.getTotalFailureCount() == 0;
        System.exit(passed ? 0 : 1);
    }
}
