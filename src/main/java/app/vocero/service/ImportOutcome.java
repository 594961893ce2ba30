package app.vocero.service;

import app.vocero.domain.ContactListSummary;
import app.vocero.domain.ImportResult;
import java.util.Optional;

/** An import's full result and, when it was saved, the saved list. */
public record ImportOutcome(ImportResult result, Optional<ContactListSummary> saved, long saveMs) {
}
