package app.vocero.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.vocero.VoceroApp;
import app.vocero.config.Messages;
import app.vocero.store.Database;
import app.vocero.store.SendLeases;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The sender locks a window draft by its id: while another sender holds {@code draft:<id>} (another desktop of the
 * team's database sending its own file copy of the draft), this desktop's send of the draft is refused and says who.
 */
class WindowDraftLeaseTest {

    @TempDir
    Path data;

    @Test
    void aWindowDraftBeingSentElsewhereIsRefusedHereWhateverFileCopyIsSent() throws Exception {
        VoceroApp app = VoceroApp.open(data, Locale.ENGLISH);
        Database other = Database.open(data, Messages.of(Locale.ENGLISH)); // a second sender on the same database
        try {
            String id = app.drafts().create(AutosavingProcess.draft(1));
            Path file = app.drafts().file(id);
            try (SendLeases.Lease elsewhere = new SendLeases(other, Clock.systemUTC()).take(SendLeases.draftIdKey(id))) {
                assertThatThrownBy(() -> app.sender().send(file, Optional.empty(), Progress.NONE))
                        .isInstanceOf(SendRefused.class)
                        .hasMessageContaining("is already being sent by")
                        .hasMessageContaining(id);
                assertThat(app.history()).isEmpty();
            }
        } finally {
            app.close();
            other.close();
        }
    }
}
