package app.vocero.ui.common;

import java.util.Locale;
import javafx.scene.control.DatePicker;

/**
 * JavaFX names a {@link DatePicker}'s months and days in the default format locale, not the window's: the calendar
 * of a Spanish window on an English computer would say "December". This sets the window's language as the default
 * format locale while the calendar is open, and gives the computer's back once it closes.
 */
public final class CalendarLanguage {

    private CalendarLanguage() {
    }

    public static void follow(DatePicker picker, Locale window) {
        Locale language = window == null || window.getLanguage().isEmpty() ? Locale.ENGLISH : window;
        Locale[] before = new Locale[1];
        picker.setOnShowing(event -> {
            before[0] = Locale.getDefault(Locale.Category.FORMAT);
            Locale.setDefault(Locale.Category.FORMAT, language);
        });
        picker.setOnHidden(event -> {
            if (before[0] != null) {
                Locale.setDefault(Locale.Category.FORMAT, before[0]);
            }
        });
    }
}
