package app.vocero;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Which command lines start JavaFX before they are parsed: the window's, and never a command's. */
class EarlyWindowTest {

    @Test
    void theWindowsCommandLinesStartTheToolkitEarly() {
        assertThat(EarlyWindow.opensWindow(new String[0])).isTrue();
        assertThat(EarlyWindow.opensWindow(new String[] {"--data-dir", "/tmp/v"})).isTrue();
        assertThat(EarlyWindow.opensWindow(new String[] {"--data-dir=/tmp/v", "--lang", "es"})).isTrue();
        assertThat(EarlyWindow.opensWindow(new String[] {"/home/ana/Cobro.vocero.json"})).isTrue();
        assertThat(EarlyWindow.opensWindow(new String[] {"--db-url", "local", "--data-dir", "d", "C.VOCERO.JSON"})).isTrue();
    }

    @Test
    void commandsHelpAndUnknownArgumentsStartNothing() {
        assertThat(EarlyWindow.opensWindow(new String[] {"contacts", "lists"})).isFalse();
        assertThat(EarlyWindow.opensWindow(new String[] {"--data-dir", "d", "history"})).isFalse();
        assertThat(EarlyWindow.opensWindow(new String[] {"campaign", "validate", "x.vocero.json"})).isFalse();
        assertThat(EarlyWindow.opensWindow(new String[] {"--version"})).isFalse();
        assertThat(EarlyWindow.opensWindow(new String[] {"-h"})).isFalse();
        assertThat(EarlyWindow.opensWindow(new String[] {"--data-dir"})).isFalse();
        assertThat(EarlyWindow.opensWindow(new String[] {"a.vocero.json", "b.vocero.json"})).isFalse();
        assertThat(EarlyWindow.opensWindow(new String[] {"--bogus"})).isFalse();
    }
}
