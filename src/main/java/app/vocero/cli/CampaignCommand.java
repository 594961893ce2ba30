package app.vocero.cli;

import app.vocero.VoceroApp;
import app.vocero.campaign.DraftException;
import app.vocero.service.CampaignCheck;
import app.vocero.service.Progress;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

/** {@code vocero campaign …}: check drafts offline and see the exact requests. */
@Command(name = "campaign", mixinStandardHelpOptions = true,
        description = "Check campaign drafts (*.vocero.json) offline, preview the exact requests, send, resume and follow them.")
// its subcommands: CommandTree.ROOT
final class CampaignCommand {

    @ParentCommand
    VoceroCommand root;

    /** A draft checked offline, or empty after saying on {@code err} why it cannot be read. */
    static Optional<CampaignCheck> check(VoceroApp vocero, Path draft, PrintWriter err, String language) {
        try {
            return Optional.of(vocero.campaigns().check(draft, Progress.NONE));
        } catch (DraftException e) {
            err.println("vocero: " + UserErrors.message(e, language).orElse(e.getMessage()));
            return Optional.empty();
        }
    }
}
