package app.vocero.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

/** {@code vocero campaign …}: check drafts offline and see the exact requests. */
@Command(name = "campaign", mixinStandardHelpOptions = true,
        description = "Check campaign drafts (*.vocero.json) offline, preview the exact requests, send, resume and follow them.",
        subcommands = {CampaignValidateCommand.class, CampaignPreviewCommand.class, CampaignSendCommands.Send.class,
                CampaignSendCommands.Resume.class, CampaignSendCommands.Settle.class, CampaignSendCommands.Status.class})
final class CampaignCommand {

    @ParentCommand
    VoceroCommand root;
}
