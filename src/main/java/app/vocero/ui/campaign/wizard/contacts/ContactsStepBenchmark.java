package app.vocero.ui.campaign.wizard.contacts;

import app.vocero.config.Messages;
import app.vocero.service.ContactListService;
import app.vocero.service.DoNotCallService;
import app.vocero.service.SettingsService;
import app.vocero.ui.campaign.wizard.CampaignWizardModel;
import app.vocero.ui.common.FxTaskRunner;
import app.vocero.ui.common.ViewLoader;
import atlantafx.base.theme.PrimerLight;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javafx.animation.AnimationTimer;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.ScrollPane;
import javafx.stage.Stage;

/**
 * {@code vocero bench wizard-contacts}: the contacts step, its real view in a 1280×800 window, checks a generated
 * file through its view model (background import, progress, result shown) while an {@link AnimationTimer} records
 * the gap between JavaFX pulses (the longest gap is the longest time the window could not repaint or answer) and the
 * FX thread's own CPU time between pulses (what the step costs, apart from other processes and collector pauses). Then
 * it drags the rejected rows' scroll bar from the first row to the last, a step per pulse. Needs a display (Xvfb will do).
 */
public final class ContactsStepBenchmark {

    /** One measured phase: what it did, how long, and the pulse gaps while it ran. */
    public record Figure(String phase, long rows, long elapsedMs, double longestStallMs, double p99GapMs,
                         int gapsOver50Ms, long pulses, double longestWorkMs) {
    }

    private static final long SETTLE_MS = 600;

    private final ContactListService contactLists;
    private final DoNotCallService doNotCall;
    private final SettingsService settings;
    private final PrintWriter out;
    private final PulseGaps gaps = new PulseGaps();
    private Stage stage;
    private ContactsStepViewModel viewModel;
    private Parent view;
    private FxTaskRunner tasks;

    public ContactsStepBenchmark(ContactListService contactLists, DoNotCallService doNotCall, SettingsService settings,
                                 PrintWriter out) {
        this.contactLists = contactLists;
        this.doNotCall = doNotCall;
        this.settings = settings;
        this.out = out;
    }

    /**
     * @param contacts   a generated contact file, checked {@code warmUps + runs} times
     * @param rejected   a file whose every row is rejected, for the scrolling phase
     */
    public List<Figure> run(Path contacts, long contactRows, Path rejected, long rejectedRows, int warmUps, int runs)
            throws Exception {
        List<Figure> figures = new ArrayList<>();
        Figure scroll;
        tasks = new FxTaskRunner();
        try {
            startFx();
            onFx(this::showStep);
            out.printf("%-22s %9s %9s %14s %11s %9s %7s %13s%n", "phase", "rows", "ms", "longest stall", "p99 gap",
                    "gaps>50", "pulses", "longest work");
            Figure idle = idle();
            print(idle);
            for (int i = 0; i < warmUps + runs; i++) {
                Figure figure = check(contacts, contactRows, i < warmUps ? "check (warm-up)" : "check");
                print(figure);
                if (i >= warmUps) {
                    figures.add(figure);
                }
            }
            Figure checkRejected = check(rejected, rejectedRows, "check, all rejected");
            print(checkRejected);
            figures.add(checkRejected);
            scroll = scrollRejects();
            print(scroll);
            figures.add(scroll);
        } finally {
            onFx(() -> {
                gaps.stop();
                if (stage != null) {
                    stage.close();
                }
            });
            tasks.close();
            Platform.exit();
        }
        // The bar is the issue's: the longest stall while a check imports and shows 500,000 contacts. Scrolling the
        // rejected rows afterwards is printed apart (its own line above and below), not folded into that figure.
        double worst = figures.stream().filter(figure -> figure != scroll).mapToDouble(Figure::longestStallMs).max()
                .orElse(0);
        double work = figures.stream().mapToDouble(Figure::longestWorkMs).max().orElse(0);
        out.printf("Longest FX-thread stall while checking: %.1f ms (bar: 50 ms) — %s%n", worst,
                worst <= 50 ? "within the bar" : "OVER the bar");
        out.printf("Longest FX-thread stall while scrolling the rejected rows: %.1f ms%n", scroll.longestStallMs());
        out.printf("Longest FX-thread work between two pulses (its own CPU time, whatever the machine's load): %.1f ms%n",
                work);
        out.flush();
        return figures;
    }

    private void print(Figure figure) {
        out.printf("%-22s %9d %9d %11.1f ms %8.1f ms %9d %7d %10.1f ms%n", figure.phase(), figure.rows(),
                figure.elapsedMs(), figure.longestStallMs(), figure.p99GapMs(), figure.gapsOver50Ms(), figure.pulses(),
                figure.longestWorkMs());
        out.flush();
    }

    private static void startFx() throws InterruptedException {
        CountDownLatch started = new CountDownLatch(1);
        Platform.setImplicitExit(false);
        Platform.startup(() -> {
            Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
            started.countDown();
        });
        started.await();
    }

    private void showStep() {
        Messages messages = Messages.of(Locale.forLanguageTag("es"));
        CampaignWizardModel model = new CampaignWizardModel();
        viewModel = new ContactsStepViewModel(model, contactLists, doNotCall, settings, tasks, messages);
        ViewLoader views = new ViewLoader(messages.bundle(), type -> new ContactsStepController(model, viewModel));
        view = views.load(ContactsStepController.class);
        stage = new Stage();
        stage.setScene(new Scene(view, 1280, 800));
        stage.setTitle(messages.text("bench.wizardContacts.title"));
        stage.show();
        gaps.start();
    }

    /** Two seconds of nothing: what this machine's load alone does to the pulses, to read the other figures by. */
    private Figure idle() throws Exception {
        onFx(gaps::reset);
        Thread.sleep(2_000);
        return onFxValue(() -> gaps.figure("idle (reference)", 0, 2_000));
    }

    /** Checks a file through the view model and waits for its result to be shown, measuring pulse gaps. */
    private Figure check(Path file, long rows, String phase) throws Exception {
        CountDownLatch done = new CountDownLatch(1);
        long[] started = new long[1];
        String[] lastProgress = {""};
        javafx.beans.value.ChangeListener<String> progressShown = (observable, before, now) -> {
            if (now != null && now.matches(".*\\d.*")) {
                lastProgress[0] = now;
            }
        };
        onFx(() -> {
            viewModel.statusProperty().addListener(progressShown);
            gaps.reset();
            started[0] = System.nanoTime();
            viewModel.importingProperty().addListener(new javafx.beans.value.ChangeListener<>() {
                @Override
                public void changed(javafx.beans.value.ObservableValue<? extends Boolean> observable, Boolean before,
                                    Boolean now) {
                    if (!now) {
                        observable.removeListener(this);
                        done.countDown();
                    }
                }
            });
            viewModel.chooseFile(file);
        });
        if (!done.await(10, TimeUnit.MINUTES)) {
            throw new IllegalStateException("The check of " + file + " did not finish");
        }
        long elapsed = (System.nanoTime() - started[0]) / 1_000_000;
        Thread.sleep(SETTLE_MS);
        onFx(() -> viewModel.statusProperty().removeListener(progressShown));
        if (!lastProgress[0].isEmpty() && phase.startsWith("check (warm-up)")) {
            out.printf("  progress shown: \"%s\"%n", lastProgress[0]);
        }
        String problem = onFxValue(() -> viewModel.errorProperty().get());
        if (!problem.isEmpty()) {
            throw new IllegalStateException(problem);
        }
        return onFxValue(() -> gaps.figure(phase, rows, elapsed));
    }

    /** Moves the rejected rows' scroll bar from the first row to the last in 600 pulses, as a dragged thumb does. */
    private Figure scrollRejects() throws Exception {
        CountDownLatch done = new CountDownLatch(1);
        long[] started = new long[1];
        int[] size = new int[1];
        onFx(() -> {
            javafx.scene.control.ScrollBar bar = (javafx.scene.control.ScrollBar) view.lookup("#rejectsScroll");
            ((ScrollPane) view).setVvalue(1);
            size[0] = (int) bar.getMax();
            gaps.reset();
            started[0] = System.nanoTime();
            int step = Math.max(1, size[0] / 600);
            new AnimationTimer() {
                private int next;

                @Override
                public void handle(long now) {
                    bar.setValue(Math.min(next, size[0]));
                    next += step;
                    if (next >= size[0] + step) {
                        stop();
                        done.countDown();
                    }
                }
            }.start();
        });
        if (!done.await(5, TimeUnit.MINUTES)) {
            throw new IllegalStateException("Scrolling did not finish");
        }
        long elapsed = (System.nanoTime() - started[0]) / 1_000_000;
        return onFxValue(() -> gaps.figure("scroll rejects table", size[0], elapsed));
    }

    private static void onFx(Runnable action) throws Exception {
        onFxValue(() -> {
            action.run();
            return null;
        });
    }

    private static <T> T onFxValue(java.util.function.Supplier<T> action) throws Exception {
        CompletableFuture<T> result = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                result.complete(action.get());
            } catch (Throwable e) {
                result.completeExceptionally(e);
            }
        });
        return result.get(10, TimeUnit.MINUTES);
    }

    /** The gaps between pulses, recorded by an animation timer on the FX thread. */
    private static final class PulseGaps extends AnimationTimer {
        private final java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        private long last;
        private long lastCpu;
        private double longestWorkMs;
        private double[] gapsMs = new double[4096];
        private int count;

        void reset() {
            last = 0;
            count = 0;
            longestWorkMs = 0;
        }

        @Override
        public void handle(long now) {
            long cpu = threads.getCurrentThreadCpuTime();
            if (last != 0) {
                longestWorkMs = Math.max(longestWorkMs, (cpu - lastCpu) / 1e6);
                if (count == gapsMs.length) {
                    gapsMs = Arrays.copyOf(gapsMs, count * 2);
                }
                gapsMs[count++] = (now - last) / 1e6;
            }
            last = now;
            lastCpu = cpu;
        }

        Figure figure(String phase, long rows, long elapsedMs) {
            double[] sorted = Arrays.copyOf(gapsMs, count);
            Arrays.sort(sorted);
            double longest = count == 0 ? 0 : sorted[count - 1];
            double p99 = count == 0 ? 0 : sorted[Math.min(count - 1, (int) Math.ceil(count * 0.99) - 1)];
            int over = 0;
            for (double gap : sorted) {
                if (gap > 50) {
                    over++;
                }
            }
            return new Figure(phase, rows, elapsedMs, longest, p99, over, count, longestWorkMs);
        }
    }
}
