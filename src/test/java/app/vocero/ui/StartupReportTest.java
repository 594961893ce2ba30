package app.vocero.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The measuring/training switch {@code -Dvocero.windowShown=…}: when the window closes itself. */
class StartupReportTest {

    @Test
    void exitClosesAtOnceAndExitWithMillisecondsWaits() {
        assertThat(StartupReport.exitAfter("exit")).isZero();
        assertThat(StartupReport.exitAfter("exit:4000")).isEqualTo(4000);
    }

    @Test
    void printOrAnythingElseNeverCloses() {
        assertThat(StartupReport.exitAfter("print")).isNegative();
        assertThat(StartupReport.exitAfter("")).isNegative();
        assertThat(StartupReport.exitAfter("exit:soon")).isNegative();
    }
}
