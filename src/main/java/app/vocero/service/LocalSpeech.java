package app.vocero.service;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

/**
 * Speaks a message preview with this computer's own voice, into a {@code .wav} the window plays: {@code espeak-ng}
 * on Linux, {@code say} on macOS, {@code System.Speech} through PowerShell on Windows. None of them is the
 * provider's voice: the window labels the result as an approximation. The text always goes on standard input,
 * never on the command line (a message may start with {@code -} or hold quotes). The process runner is injectable
 * so tests need no speech engine.
 */
public final class LocalSpeech {

    /** The operating systems with a speech engine Vocero knows how to call. */
    public enum Os {
        LINUX, MAC, WINDOWS;

        public static Os current() {
            String name = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
            if (name.contains("win")) {
                return WINDOWS;
            }
            return name.contains("mac") || name.contains("darwin") ? MAC : LINUX;
        }
    }

    /** Runs one command with a text on its standard input. */
    @FunctionalInterface
    public interface ProcessRunner {
        /**
         * @return the exit code and what the command printed (both streams)
         * @throws IOException when the command cannot be started (not installed)
         */
        Result run(List<String> command, String input, Duration timeout) throws IOException, InterruptedException;
    }

    public record Result(int exitCode, String output) {
    }

    /** Why the computer could not speak, with a key for the window's words. */
    public static final class NoVoice extends Exception {
        private final String hintKey;

        public NoVoice(String hintKey, String detail, Throwable cause) {
            super(detail, cause);
            this.hintKey = hintKey;
        }

        /** {@code wizard.message.listen.noVoice.linux} etc.: what to install or enable. */
        public String hintKey() {
            return hintKey;
        }
    }

    private static final Duration TIMEOUT = Duration.ofSeconds(60);

    private final Os os;
    private final ProcessRunner runner;
    private final Path folder;

    /**
     * @param folder where the spoken {@code .wav} files are written (a temporary folder of the session)
     */
    public LocalSpeech(Os os, ProcessRunner runner, Path folder) {
        this.os = os;
        this.runner = runner;
        this.folder = folder;
    }

    /**
     * The speech engine of this computer, writing into a temporary folder of this process (made when first
     * needed; the spoken files are deleted when Vocero exits).
     */
    public static LocalSpeech forThisComputer() {
        Path folder = Path.of(System.getProperty("java.io.tmpdir"), "vocero-listen-" + ProcessHandle.current().pid());
        return new LocalSpeech(Os.current(), LocalSpeech::runProcess, folder);
    }

    public Os os() {
        return os;
    }

    /**
     * Speaks {@code text} into a new {@code .wav} file.
     *
     * @param language {@code es} or {@code en}: the voice's language (Latin-American Spanish where there is one)
     * @throws NoVoice when this computer has no voice to speak with, or the engine failed
     */
    public Path speak(String text, String language, Progress progress) throws NoVoice, InterruptedException {
        progress.checkCancelled();
        Path out;
        try {
            if (!Files.isDirectory(folder)) {
                Files.createDirectories(folder);
                folder.toFile().deleteOnExit();
            }
            out = Files.createTempFile(folder, "preview-", ".wav");
            out.toFile().deleteOnExit();
        } catch (IOException e) {
            throw new NoVoice("wizard.message.listen.failed", e.getMessage(), e);
        }
        boolean english = "en".equalsIgnoreCase(language);
        List<String> command = command(out, english);
        Result result;
        try {
            result = runner.run(command, text, TIMEOUT);
        } catch (IOException e) {
            throw new NoVoice(hintKey(), command.get(0) + ": " + e.getMessage(), e);
        }
        progress.checkCancelled();
        if (result.exitCode() != 0 || !hasSound(out)) {
            throw new NoVoice(hintKey(), command.get(0) + " exited with " + result.exitCode() + ": "
                    + result.output().strip(), null);
        }
        return out;
    }

    /** The key of the window's text that says how to get a voice on this system. */
    public String hintKey() {
        return "wizard.message.listen.noVoice." + os.name().toLowerCase(Locale.ROOT);
    }

    List<String> command(Path out, boolean english) {
        switch (os) {
            case MAC:
                return List.of("say", "-v", english ? "Samantha" : "Paulina", "-o", out.toString(),
                        "--file-format=WAVE", "--data-format=LEI16@22050", "-f", "-");
            case WINDOWS:
                String culture = english ? "en-US" : "es-MX";
                String script = "$ErrorActionPreference='Stop';"
                        + "[Console]::InputEncoding=[Text.Encoding]::UTF8;"
                        + "Add-Type -AssemblyName System.Speech;"
                        + "$s=New-Object System.Speech.Synthesis.SpeechSynthesizer;"
                        + "try{$s.SelectVoiceByHints('NotSet','NotSet',0,[Globalization.CultureInfo]'" + culture + "')}catch{};"
                        + "$s.SetOutputToWaveFile('" + out.toString().replace("'", "''") + "');"
                        + "$s.Speak([Console]::In.ReadToEnd());$s.Dispose()";
                return List.of("powershell.exe", "-NoProfile", "-NonInteractive", "-Command", script);
            case LINUX:
            default:
                return List.of("espeak-ng", "-v", english ? "en-us" : "es-419", "-w", out.toString(), "--stdin");
        }
    }

    private static boolean hasSound(Path wav) {
        try {
            return Files.size(wav) > 44; // more than a WAV header
        } catch (IOException e) {
            return false;
        }
    }

    /** Starts the command, writes the text as UTF-8 on its input, waits at most {@code timeout}. */
    static Result runProcess(List<String> command, String input, Duration timeout) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        try {
            try (OutputStream stdin = process.getOutputStream()) {
                stdin.write(input.getBytes(StandardCharsets.UTF_8));
            }
            ByteArrayOutputStream output = new ByteArrayOutputStream();
            Thread reader = new Thread(() -> copy(process.getInputStream(), output), "vocero-speech-output");
            reader.setDaemon(true);
            reader.start();
            if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly();
                return new Result(-1, "timed out after " + timeout.toSeconds() + " s");
            }
            reader.join(1000);
            return new Result(process.exitValue(), output.toString(StandardCharsets.UTF_8));
        } finally {
            if (process.isAlive()) {
                process.destroyForcibly();
            }
        }
    }

    /** Whether a command runs and ends well (a speech engine is installed). */
    static boolean runProcessQuietly(List<String> command) {
        try {
            return runProcess(command, "", Duration.ofSeconds(10)).exitCode() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static void copy(InputStream in, ByteArrayOutputStream out) {
        try (in) {
            in.transferTo(out);
        } catch (IOException ignored) {
            // the process ended: what it printed so far is enough
        }
    }
}
