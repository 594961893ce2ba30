package app.vocero;

import app.vocero.ui.Desktop;

/**
 * The window's head start: when the command line opens the window (no subcommand: nothing, {@code --data-dir},
 * {@code --db-url}, {@code --lang}, or a draft file), JavaFX starts on a thread of its own before the command line is
 * parsed, so the toolkit, the theme and the first screen's classes load on the second core meanwhile. Anything else
 * (a subcommand, {@code --help}, {@code --version}, an unknown option) starts nothing: a command never opens a display.
 */
final class EarlyWindow {

    private static final java.util.Set<String> WINDOW_OPTIONS = java.util.Set.of("--data-dir", "--db-url", "--lang");

    private EarlyWindow() {
    }

    /** Starts the toolkit early when {@code args} open the window; otherwise does nothing. */
    static void startIfWindow(String[] args) {
        app.vocero.config.StartTrace.mark("main");
        if (opensWindow(args)) {
            Desktop.startToolkitEarly();
        }
    }

    /**
     * Whether these arguments open the window: only the root command's options (each with its value) and at most one
     * {@code *.json} draft. Conservative: an argument it does not know means "not the window".
     */
    static boolean opensWindow(String[] args) {
        boolean draft = false;
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            int equals = arg.indexOf('=');
            if (arg.startsWith("--") && equals > 0 && WINDOW_OPTIONS.contains(arg.substring(0, equals))) {
                continue;
            }
            if (WINDOW_OPTIONS.contains(arg)) {
                if (i + 1 >= args.length) {
                    return false;
                }
                i++;
                continue;
            }
            if (!draft && !arg.startsWith("-") && arg.toLowerCase(java.util.Locale.ROOT).endsWith(".json")) {
                draft = true;
                continue;
            }
            return false;
        }
        return true;
    }
}
