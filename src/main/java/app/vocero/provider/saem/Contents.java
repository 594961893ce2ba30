package app.vocero.provider.saem;

import app.vocero.domain.ContactTable;
import app.vocero.domain.campaign.Template;

/** The {@code content} of each contact of a custom campaign: the template rendered once, or per contact. */
final class Contents {

    private final Template template;
    private final ContactTable contacts;
    private final String same;

    Contents(Template template, ContactTable contacts) {
        this.template = template;
        this.contacts = contacts;
        this.same = template.isPersonalized() || contacts.isEmpty() ? null : template.render(contacts, 0);
    }

    String of(int index) {
        return same != null ? same : template.render(contacts, index);
    }
}
