package app.vocero.ui;

import app.vocero.service.AccountService;
import app.vocero.service.AccountTester;
import app.vocero.service.CampaignSender;
import app.vocero.service.CampaignService;
import app.vocero.service.CampaignTracker;
import app.vocero.service.DoNotCallService;
import app.vocero.service.DraftService;
import app.vocero.service.ContactListService;
import app.vocero.service.KnownAudios;
import app.vocero.service.LocalSpeech;
import app.vocero.service.PriceService;
import app.vocero.service.SettingsService;
import app.vocero.service.TeamCopyService;
import app.vocero.service.TeamDatabaseService;
import app.vocero.service.TeamStatus;
import java.nio.file.Path;

/** The services the window uses, handed over by the composition root. */
public record UiServices(SettingsService settings, ContactListService contactLists, AccountService accounts,
                         AccountTester accountTester, CampaignSender sender, CampaignTracker tracker,
                         Path dataDirectory, Path logFile, CampaignService campaigns, DraftService drafts,
                         KnownAudios knownAudios, LocalSpeech speech, DoNotCallService doNotCall,
                         PriceService prices, TeamDatabaseService team, TeamCopyService teamCopies,
                         TeamStatus teamStatus) {
}
