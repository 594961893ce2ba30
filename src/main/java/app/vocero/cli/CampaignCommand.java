package app.vocero.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

/** {@code vocero campaign …}: check drafts offline and see the exact requests. */
@Command(name = "campaign", mixinStandardHelpOptions = true,
        description = "Check campaign drafts (*.vocero.json) offline and preview the exact requests.",
        subcommands = {CampaignValidateCommand.class, CampaignPreviewCommand.class})
final class CampaignCommand {

    @ParentCommand
    VoceroCommand root;
}
