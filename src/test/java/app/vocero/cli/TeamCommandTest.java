package app.vocero.cli;

import static org.assertj.core.api.Assertions.assertThat;

import app.vocero.store.TestPostgres;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code vocero team …} and {@code --db-url}: setting, testing, using and leaving a team database. */
class TeamCommandTest {

    @TempDir
    Path dir;

    private record Run(int exit, String out, String err) {
    }

    private Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        List<String> all = new ArrayList<>(List.of("--data-dir", dir.resolve("data").toString()));
        all.addAll(List.of(args));
        CommandLine commandLine = new VoceroCommand(path -> 0, Locale.ENGLISH)
                .commandLine(new PrintWriter(out, true), new PrintWriter(err, true));
        return new Run(commandLine.execute(all.toArray(String[]::new)), out.toString(), err.toString());
    }

    @Test
    void aTeamDatabaseIsSetUsedByEveryCommandAndLeft() throws Exception {
        String url = TestPostgres.emptyDatabaseUrl();
        Path contacts = Files.writeString(dir.resolve("lista.csv"), "Nombre;Celular\nAna;3001234567\n");

        Run none = run("--lang", "en", "team", "show");
        assertThat(none.out()).contains("No team database is set");

        Run set = run("--lang", "en", "team", "set", url, "--user", TestPostgres.USER);
        assertThat(set.exit()).as(set.err()).isZero();
        assertThat(set.out()).contains("Connected to the team database").contains("PostgreSQL 14");
        Run show = run("--lang", "es", "team", "show");
        assertThat(show.out()).contains(url).contains("usuario " + TestPostgres.USER);
        assertThat(run("team", "test").exit()).isZero();

        Run imported = run("contacts", "import", contacts.toString(), "--country", "CO", "--name", "Del equipo");
        assertThat(imported.exit()).as(imported.err()).isZero();
        assertThat(run("contacts", "lists").out()).as("the list is in the team database").contains("Del equipo");
        assertThat(run("--db-url", "local", "contacts", "lists").out())
                .as("this computer's own database has none of it").doesNotContain("Del equipo");
        assertThat(run("--db-url", url, "contacts", "lists").out()).contains("Del equipo");

        assertThat(run("--lang", "en", "team", "off").out()).contains("this computer's own database again");
        assertThat(run("contacts", "lists").out()).doesNotContain("Del equipo");
    }

    @Test
    void theLocalHistoryIsCopiedToTheTeamOnceAndBack() throws Exception {
        String url = TestPostgres.newDatabaseUrl();
        Path contacts = Files.writeString(dir.resolve("lista.csv"), "Nombre;Celular\nAna;3001234567\nLuis;3101234567\n");
        assertThat(run("contacts", "import", contacts.toString(), "--country", "CO", "--name", "Mía").exit()).isZero();
        assertThat(run("contacts", "dnc", "add", "3151234567", "--country", "CO").exit()).isZero();

        Run none = run("--lang", "en", "team", "copy-to-team");
        assertThat(none.exit()).isEqualTo(1);
        assertThat(none.err()).contains("No team database is set");

        assertThat(run("team", "set", url, "--user", TestPostgres.USER).exit()).isZero();
        Run first = run("--lang", "en", "team", "copy-to-team");
        assertThat(first.exit()).as(first.err()).isZero();
        assertThat(first.out()).contains("one contact list").contains("one do-not-call number");
        Run second = run("--lang", "es", "team", "copy-to-team");
        assertThat(second.exit()).as(second.err()).isZero();
        assertThat(second.out()).startsWith("Nada nuevo que copiar").contains("ya estaban");
        assertThat(run("contacts", "lists").out()).as("now on the team database").contains("Mía");

        assertThat(run("contacts", "dnc", "add", "3209876543", "--country", "CO").exit()).isZero();
        Run back = run("--lang", "en", "team", "copy-to-local");
        assertThat(back.exit()).as(back.err()).isZero();
        assertThat(back.out()).contains("one do-not-call number").contains("this computer");
        assertThat(run("--db-url", "local", "contacts", "dnc", "list").out()).contains("+573209876543");
    }

    @Test
    void aBadAddressOrServerIsOneLineAndNothingIsSaved() throws Exception {
        Run remote = run("--lang", "en", "team", "set", "jdbc:postgresql://db.callcenter.example/vocero");
        assertThat(remote.exit()).isEqualTo(2);
        assertThat(remote.err().strip().lines()).singleElement().asString().contains("sslmode=verify-full");

        int closed;
        try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
            closed = socket.getLocalPort();
        }
        Run unreachable = run("--lang", "es", "team", "set", "jdbc:postgresql://localhost:" + closed + "/vocero");
        assertThat(unreachable.exit()).isEqualTo(2);
        assertThat(unreachable.err()).contains("No se puede llegar").doesNotContain("Exception");
        assertThat(run("--lang", "en", "team", "show").out()).contains("No team database is set");

        Run refused = run("--lang", "en", "--db-url", "jdbc:postgresql://10.1.2.3/vocero", "history");
        assertThat(refused.exit()).isEqualTo(2);
        assertThat(refused.err()).contains("without encryption");
    }
}
