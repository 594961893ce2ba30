package app.vocero.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import javafx.application.Platform;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;

@ExtendWith(ApplicationExtension.class)
class TaskRunnerTest {

    @Test
    void syncRunnerHandsTheResultAtOnce() {
        List<String> results = new ArrayList<>();
        RunningWork work = new SyncTaskRunner().run(progress -> {
            progress.update(5, 10, "half");
            return "done";
        }, results::add, error -> results.add("failed: " + error.getMessage()));
        assertThat(results).containsExactly("done");
        assertThat(work.runningProperty().get()).isFalse();
        assertThat(work.messageProperty().get()).isEqualTo("half");
        assertThat(work.progressProperty().get()).isEqualTo(1.0);
    }

    @Test
    void syncRunnerReportsFailures() {
        List<String> results = new ArrayList<>();
        new SyncTaskRunner().run(progress -> {
            throw new IllegalStateException("no file");
        }, value -> results.add("ok"), error -> results.add("failed: " + error.getMessage()));
        assertThat(results).containsExactly("failed: no file");
    }

    @Test
    void fxRunnerWorksOffTheFxThreadAndAnswersOnIt() throws Exception {
        CountDownLatch finished = new CountDownLatch(1);
        AtomicBoolean workedOnFxThread = new AtomicBoolean(true);
        AtomicBoolean answeredOnFxThread = new AtomicBoolean(false);
        AtomicReference<Integer> result = new AtomicReference<>();
        try (FxTaskRunner runner = new FxTaskRunner()) {
            Platform.runLater(() -> runner.run(progress -> {
                workedOnFxThread.set(Platform.isFxApplicationThread());
                progress.update(1, 2, "working");
                return 42;
            }, value -> {
                answeredOnFxThread.set(Platform.isFxApplicationThread());
                result.set(value);
                finished.countDown();
            }, error -> finished.countDown()));
            assertThat(finished.await(10, TimeUnit.SECONDS)).isTrue();
        }
        assertThat(result.get()).isEqualTo(42);
        assertThat(workedOnFxThread.get()).isFalse();
        assertThat(answeredOnFxThread.get()).isTrue();
    }

    @Test
    void fxRunnerCancelStopsTheWorkAndCallsNeitherCallback() throws Exception {
        CountDownLatch started = new CountDownLatch(1);
        AtomicBoolean called = new AtomicBoolean(false);
        AtomicReference<RunningWork> running = new AtomicReference<>();
        try (FxTaskRunner runner = new FxTaskRunner()) {
            running.set(runner.run(progress -> {
                started.countDown();
                while (!progress.isCancelled()) {
                    Thread.onSpinWait();
                }
                progress.checkCancelled();
                return "never";
            }, value -> called.set(true), error -> called.set(true)));
            assertThat(started.await(10, TimeUnit.SECONDS)).isTrue();
            assertThat(running.get().cancel()).isTrue();
            Thread.sleep(200);
        }
        assertThat(called.get()).isFalse();
    }

    @Test
    void syncRunnerUpdatesTheScreenAtOnce() {
        List<String> updates = new ArrayList<>();
        SyncTaskRunner runner = new SyncTaskRunner();
        runner.inNextFrame("a", () -> updates.add("a"));
        runner.inNextFrame("b", () -> updates.add("b"));
        assertThat(updates).containsExactly("a", "b");
    }

    @Test
    void fxRunnerUpdatesTheScreenOneUpdateAFrameAndOnlyTheLatestOfAKey() throws Exception {
        List<String> updates = new java.util.concurrent.CopyOnWriteArrayList<>();
        List<Long> framesSeen = new java.util.concurrent.CopyOnWriteArrayList<>();
        long[] frame = new long[1];
        CountDownLatch finished = new CountDownLatch(2);
        javafx.animation.AnimationTimer counter = new javafx.animation.AnimationTimer() {
            @Override
            public void handle(long now) {
                frame[0]++;
            }
        };
        try (FxTaskRunner runner = new FxTaskRunner()) {
            Platform.runLater(() -> {
                counter.start();
                runner.inNextFrame("rejects", () -> {
                    updates.add("rejects, first");
                    finished.countDown();
                });
                runner.inNextFrame("chart", () -> {
                    updates.add("chart");
                    framesSeen.add(frame[0]);
                    finished.countDown();
                });
                runner.inNextFrame("rejects", () -> {
                    updates.add("rejects, latest");
                    framesSeen.add(frame[0]);
                    finished.countDown();
                });
            });
            assertThat(finished.await(10, TimeUnit.SECONDS)).isTrue();
        } finally {
            Platform.runLater(counter::stop);
        }
        assertThat(updates).containsExactly("rejects, latest", "chart");
        assertThat(framesSeen).hasSize(2).doesNotHaveDuplicates();
    }
}
