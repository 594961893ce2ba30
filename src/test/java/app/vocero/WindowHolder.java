package app.vocero;

import app.vocero.domain.ContactListSummary;
import app.vocero.domain.campaign.CampaignRecord;
import app.vocero.service.ImportRequest;
import app.vocero.service.Progress;
import app.vocero.service.SendRefused;
import app.vocero.service.SendReport;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * A test stand-in for the open window (a separate JVM): opens a data directory as the window does
 * ({@link VoceroApp#openWindow}) and keeps it open, doing what it reads on standard input, one line each:
 * {@code lists}, {@code history}, {@code import FILE NAME}, {@code send DRAFT}, {@code quit}. Each answer is one line.
 */
public final class WindowHolder {

    private WindowHolder() {
    }

    public static void main(String[] args) throws Exception {
        Path data = Path.of(args[0]);
        try (VoceroApp app = VoceroApp.openWindow(data, Locale.ENGLISH, creating -> Optional.of("clave-de-prueba".toCharArray()))) {
            System.out.println("READY");
            BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
            for (String line = in.readLine(); line != null && !line.equals("quit"); line = in.readLine()) {
                String[] words = line.split(" ", 3);
                try {
                    switch (words[0]) {
                        case "lists":
                            System.out.println("LISTS " + app.contactLists().lists().stream().map(ContactListSummary::name)
                                    .collect(Collectors.joining("|")));
                            break;
                        case "history":
                            System.out.println("HISTORY " + app.history().stream().map(c -> c.name() + "=" + c.state())
                                    .collect(Collectors.joining("|")));
                            break;
                        case "import":
                            ImportRequest request = new ImportRequest(Path.of(words[1]), "CO", java.util.Map.of(),
                                    Optional.empty(), Optional.of(words[2]), true);
                            System.out.println("IMPORTED " + app.contactLists().importFile(request, "en", Progress.NONE)
                                    .result().uniqueValid());
                            break;
                        case "send":
                            SendReport report = app.sender().send(Path.of(words[1]), Optional.empty(), Progress.NONE);
                            CampaignRecord campaign = report.campaign();
                            System.out.println("SENT " + campaign.state() + " " + campaign.id());
                            break;
                        default:
                            System.out.println("UNKNOWN " + line);
                    }
                } catch (SendRefused e) {
                    System.out.println("REFUSED " + e.message("en").replace('\n', ' '));
                }
                System.out.flush();
            }
        }
        System.out.println("CLOSED");
    }
}
