package app.vocero.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Listen: each system's own speech engine, the text on standard input, and what to do when there is none. */
class LocalSpeechTest {

    @TempDir
    Path dir;

    private final List<List<String>> commands = new ArrayList<>();
    private final List<String> inputs = new ArrayList<>();

    private LocalSpeech.ProcessRunner writingWav(int exitCode) {
        return (command, input, timeout) -> {
            commands.add(command);
            inputs.add(input);
            String out = command.stream().filter(part -> part.endsWith(".wav")).findFirst()
                    .orElseGet(() -> command.get(command.size() - 1)
                            .replaceAll(".*SetOutputToWaveFile\\('((?:[^']|'')*)'\\).*", "$1").replace("''", "'"));
            Files.write(Path.of(out), new byte[2048]);
            return new LocalSpeech.Result(exitCode, exitCode == 0 ? "" : "voice not found");
        };
    }

    @Test
    void linuxSpeaksWithEspeakInLatinAmericanSpanishFromStandardInput() throws Exception {
        LocalSpeech speech = new LocalSpeech(LocalSpeech.Os.LINUX, writingWav(0), dir);

        Path wav = speech.speak("-Hola \"Ana\", su saldo es $1.250.000,50.", "es", Progress.NONE);

        assertThat(wav).exists().hasParent(dir);
        assertThat(commands).singleElement().isEqualTo(List.of("espeak-ng", "-v", "es-419", "-w", wav.toString(), "--stdin"));
        assertThat(inputs).containsExactly("-Hola \"Ana\", su saldo es $1.250.000,50.");
    }

    @Test
    void macOsAndWindowsUseTheirOwnVoices() throws Exception {
        Path mac = new LocalSpeech(LocalSpeech.Os.MAC, writingWav(0), dir).speak("Hola", "es", Progress.NONE);
        assertThat(commands.get(0)).containsSubsequence("say", "-v", "Paulina", "-o", mac.toString())
                .contains("--file-format=WAVE").endsWith("-f", "-");

        Path windows = new LocalSpeech(LocalSpeech.Os.WINDOWS, writingWav(0), dir.resolve("it's here")).speak("Hello", "en", Progress.NONE);
        List<String> command = commands.get(1);
        assertThat(command).startsWith("powershell.exe", "-NoProfile", "-NonInteractive", "-Command");
        assertThat(command.get(4)).contains("System.Speech", "'en-US'", "[Console]::In.ReadToEnd()")
                .contains(windows.toString().replace("'", "''")).doesNotContain("Hello");
        assertThat(inputs).containsExactly("Hola", "Hello");
    }

    @Test
    void aComputerWithoutTheEngineIsToldWhatToInstall() {
        LocalSpeech speech = new LocalSpeech(LocalSpeech.Os.LINUX, (command, input, timeout) -> {
            throw new IOException("Cannot run program \"espeak-ng\": error=2, No such file or directory");
        }, dir);

        assertThatThrownBy(() -> speech.speak("Hola", "es", Progress.NONE))
                .isInstanceOfSatisfying(LocalSpeech.NoVoice.class, noVoice -> {
                    assertThat(noVoice.hintKey()).isEqualTo("wizard.message.listen.noVoice.linux");
                    assertThat(noVoice.getMessage()).contains("espeak-ng");
                });
    }

    @Test
    void anEngineThatFailsOrWritesNothingIsNoVoice() {
        LocalSpeech failing = new LocalSpeech(LocalSpeech.Os.MAC, writingWav(1), dir);
        assertThatThrownBy(() -> failing.speak("Hola", "es", Progress.NONE)).isInstanceOf(LocalSpeech.NoVoice.class)
                .hasMessageContaining("voice not found");

        LocalSpeech silent = new LocalSpeech(LocalSpeech.Os.LINUX, (command, input, timeout) -> new LocalSpeech.Result(0, ""), dir);
        assertThatThrownBy(() -> silent.speak("Hola", "es", Progress.NONE)).isInstanceOf(LocalSpeech.NoVoice.class);
    }

    @Test
    void theRealProcessRunnerPassesTheTextOnStandardInput() throws Exception {
        LocalSpeech.Result result = LocalSpeech.runProcess(List.of("cat"), "José: $1.250.000", java.time.Duration.ofSeconds(10));
        assertThat(result.exitCode()).isZero();
        assertThat(result.output()).isEqualTo("José: $1.250.000");
    }

    @Test
    void speaksForRealWhereEspeakIsInstalled() throws Exception {
        org.junit.jupiter.api.Assumptions.assumeTrue(LocalSpeech.Os.current() == LocalSpeech.Os.LINUX
                && LocalSpeech.runProcessQuietly(List.of("espeak-ng", "--version")), "espeak-ng is not installed here");
        LocalSpeech speech = new LocalSpeech(LocalSpeech.Os.LINUX, LocalSpeech::runProcess, dir);

        Path wav = speech.speak("Hola José, su saldo es $1.250.000,50.", "es", Progress.NONE);

        assertThat(AudioLength.ofFile(wav)).hasValueSatisfying(seconds -> assertThat(seconds).isGreaterThan(1.0));
    }
}
