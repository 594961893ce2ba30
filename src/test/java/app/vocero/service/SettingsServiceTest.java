package app.vocero.service;

import static org.assertj.core.api.Assertions.assertThat;

import app.vocero.config.Language;
import app.vocero.config.Messages;
import app.vocero.store.Database;
import app.vocero.store.SettingsRepository;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SettingsServiceTest {

    @TempDir
    Path dir;
    private Database database;

    @BeforeEach
    void open() throws Exception {
        database = Database.open(dir, Messages.of(Locale.ENGLISH));
    }

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void firstStartFollowsTheOperatingSystem() {
        assertThat(service(Locale.forLanguageTag("es-MX")).language()).isEqualTo(Language.SPANISH);
        assertThat(service(Locale.forLanguageTag("pt-BR")).language()).isEqualTo(Language.ENGLISH);
        assertThat(service(Locale.US).language()).isEqualTo(Language.ENGLISH);
    }

    @Test
    void chosenLanguageIsRemembered() {
        service(Locale.forLanguageTag("es-CO")).setLanguage(Language.ENGLISH);
        assertThat(service(Locale.forLanguageTag("es-CO")).language()).isEqualTo(Language.ENGLISH);
    }

    @Test
    void theLanguageOfThisRunWinsUntilOneIsChosenAndIsNeverRemembered() {
        SettingsService settings = service(Locale.US);
        settings.setLanguage(Language.ENGLISH);

        settings.useForThisRun(Language.SPANISH);

        assertThat(settings.language()).isEqualTo(Language.SPANISH);
        assertThat(service(Locale.US).language()).as("the next run").isEqualTo(Language.ENGLISH);

        settings.setLanguage(Language.ENGLISH);
        assertThat(settings.language()).isEqualTo(Language.ENGLISH);
        settings.setLanguage(Language.SPANISH);
        assertThat(service(Locale.US).language()).isEqualTo(Language.SPANISH);
    }

    @Test
    void windowPlaceIsRemembered() {
        assertThat(service(Locale.US).windowPlace()).isEmpty();
        service(Locale.US).setWindowPlace(new WindowPlace(10.5, 20, 1000, 700, false));
        assertThat(service(Locale.US).windowPlace()).contains(new WindowPlace(10.5, 20, 1000, 700, false));
    }

    @Test
    void unreadableWindowPlaceIsIgnored() {
        new SettingsRepository(database).put(SettingsService.WINDOW, "wide;tall");
        assertThat(service(Locale.US).windowPlace()).isEmpty();
    }

    private SettingsService service(Locale systemLocale) {
        return new SettingsService(new SettingsRepository(database), systemLocale);
    }

    @Test
    void callingHoursDefaultToEightToNineAndAreRemembered() {
        assertThat(service(Locale.US).callingHours()).isEqualTo(app.vocero.campaign.CallingHours.DEFAULT);
        service(Locale.US).setCallingHours(java.time.LocalTime.of(9, 0), java.time.LocalTime.of(19, 30));
        assertThat(service(Locale.US).callingHours())
                .isEqualTo(new app.vocero.campaign.CallingHours(java.time.LocalTime.of(9, 0), java.time.LocalTime.of(19, 30)));
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> service(Locale.US)
                .setCallingHours(java.time.LocalTime.of(20, 0), java.time.LocalTime.of(8, 0)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
