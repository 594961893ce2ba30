package app.vocero.service;

import app.vocero.domain.ContactField;
import app.vocero.domain.ContactListSummary;
import app.vocero.domain.ContactTable;
import app.vocero.domain.PhoneCheck;
import app.vocero.domain.campaign.CallOutcome;
import app.vocero.domain.campaign.ContactSource;
import app.vocero.domain.campaign.Draft;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The re-dial: a new draft that calls again only the contacts that, according to the campaign's tracking, did not
 * answer, were busy or whose call failed ({@link CallOutcome#callAgain()}). Their contacts (every column the
 * campaign had, for the message's tags) are saved as a new contact list, and the draft calls that list. Numbers not
 * called yet, answered or never tracked are left out. Nothing is sent.
 */
public final class CallAgain {

    private final CampaignTracker history;
    private final DraftService drafts;
    private final ContactListService lists;

    public CallAgain(CampaignTracker history, DraftService drafts, ContactListService lists) {
        this.history = history;
        this.drafts = drafts;
        this.lists = lists;
    }

    /**
     * @param draftId empty when no contact is to be called again (then nothing is saved)
     */
    public record Result(Optional<String> draftId, Optional<java.nio.file.Path> draftFile, String draftName,
                         Optional<ContactListSummary> list, int contacts) {
    }

    /** The contacts of the campaign whose tracked outcome asks for another call, in the campaign's order. */
    public ContactTable contactsToCall(String campaignId) {
        CampaignTracker.View view = history.view(campaignId)
                .orElseThrow(() -> new IllegalArgumentException("No campaign " + campaignId + " in the history"));
        ContactTable contacts = history.contacts(campaignId).orElse(ContactTable.empty());
        return select(contacts, view.outcomes());
    }

    /**
     * Saves the list and the draft.
     *
     * @param draftName the new draft's name (also the list's)
     */
    public Result prepare(String campaignId, String draftName) {
        Draft sent = history.sentDraft(campaignId)
                .orElseThrow(() -> new IllegalArgumentException("No campaign " + campaignId + " in the history"));
        ContactTable again = contactsToCall(campaignId);
        if (again.isEmpty()) {
            return new Result(Optional.empty(), Optional.empty(), draftName, Optional.empty(), 0);
        }
        String country = sent.contacts() == null ? null : sent.contacts().country();
        ContactListSummary list = lists.saveContacts(draftName, again, "campaign " + campaignId, country);
        ContactSource source = new ContactSource(null, list.id(), null, Map.of(), null, Map.of());
        Draft draft = new Draft(sent.version(), draftName, sent.provider(), sent.account(), source, sent.message(),
                sent.schedules(), sent.timezone(), sent.options(), sent.extra());
        String id = drafts.create(draft);
        return new Result(Optional.of(id), Optional.of(drafts.file(id)), draftName, Optional.of(list), again.size());
    }

    static ContactTable select(ContactTable contacts, Map<String, String[]> outcomes) {
        ContactTable.Builder kept = ContactTable.builder(contacts.fields(), contacts.customNames());
        List<ContactField> fields = kept.fieldOrder();
        List<String> customs = contacts.customNames();
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (int i = 0; i < contacts.size(); i++) {
            String number = contacts.e164(i);
            String[] outcome = outcomes.get(number);
            if (outcome == null || !CallOutcome.of(outcome[0]).callAgain() || !seen.add(number)) {
                continue;
            }
            String[] fieldValues = new String[fields.size()];
            for (int f = 0; f < fieldValues.length; f++) {
                fieldValues[f] = contacts.field(fields.get(f), i);
            }
            String[] customValues = new String[customs.size()];
            for (int c = 0; c < customValues.length; c++) {
                customValues[c] = contacts.custom(customs.get(c), i);
            }
            kept.add(contacts.row(i), PhoneCheck.valid(number, contacts.nationalDigits(i), contacts.region(i),
                    contacts.carrier(i)), fieldValues, customValues);
        }
        return kept.build();
    }
}
