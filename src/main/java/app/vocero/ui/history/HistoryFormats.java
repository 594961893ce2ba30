package app.vocero.ui.history;

import app.vocero.config.Messages;
import app.vocero.domain.campaign.Draft;
import app.vocero.domain.campaign.Message;
import app.vocero.domain.campaign.Schedule;
import app.vocero.ui.campaign.wizard.Formats;
import java.time.ZoneId;
import java.time.chrono.IsoChronology;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Dates, the message and the calling windows of a sent campaign as the history shows them. */
final class HistoryFormats {

    private HistoryFormats() {
    }

    static Locale locale(Locale language) {
        return Formats.of(language);
    }

    /** The locale's short date and time with a four-digit year ({@code 6/12/2026 10:42}, {@code 12/6/2026, 10:42 AM}). */
    static DateTimeFormatter dateTime(Locale language, ZoneId zone) {
        Locale locale = locale(language);
        String pattern = DateTimeFormatterBuilder.getLocalizedDateTimePattern(FormatStyle.SHORT, FormatStyle.SHORT,
                IsoChronology.INSTANCE, locale);
        return DateTimeFormatter.ofPattern(fourDigitYears(pattern), locale).withZone(zone);
    }

    static DateTimeFormatter date(Locale language) {
        Locale locale = locale(language);
        String pattern = DateTimeFormatterBuilder.getLocalizedDateTimePattern(FormatStyle.SHORT, null,
                IsoChronology.INSTANCE, locale);
        return DateTimeFormatter.ofPattern(fourDigitYears(pattern), locale);
    }

    static String fourDigitYears(String pattern) {
        return pattern.contains("yyyy") ? pattern : pattern.replaceAll("y+", "yyyy");
    }

    static String message(Draft draft, Messages messages) {
        Message message = draft.message();
        if (message instanceof Message.Tts tts) {
            return messages.format("history.message.tts", tts.template() == null ? "" : tts.template());
        }
        if (message instanceof Message.Audio audio) {
            String what = audio.audioId() != null ? audio.audioId() : audio.fileUrl() != null ? audio.fileUrl() : "";
            return messages.format("history.message.audio", what);
        }
        return messages.format("history.message.none", draft.provider() == null ? "" : draft.provider().displayName());
    }

    static String windows(Draft draft, Messages messages) {
        DateTimeFormatter day = date(messages.locale());
        DateTimeFormatter hour = DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).withLocale(locale(messages.locale()));
        List<String> lines = new ArrayList<>();
        for (Schedule window : draft.schedules()) {
            if (window.start() == null || window.end() == null) {
                continue;
            }
            String end = window.end().toLocalDate().equals(window.start().toLocalDate()) ? hour.format(window.end())
                    : day.format(window.end()) + " " + hour.format(window.end());
            String line = messages.format("history.window", day.format(window.start()) + " " + hour.format(window.start()),
                    end, draft.timezone() == null ? "" : draft.timezone(), window.retries());
            if (window.retries() > 0 && !window.retryOn().isEmpty()) {
                line += messages.format("history.window.retryOn", String.join(", ", window.retryOn().stream()
                        .map(key -> app.vocero.domain.campaign.RetryCondition.fromKey(key)
                                .map(condition -> condition.label(messages.locale().getLanguage())).orElse(key))
                        .toList()));
            }
            lines.add(line);
        }
        return lines.isEmpty() ? messages.text("history.window.none") : String.join("\n", lines);
    }
}
