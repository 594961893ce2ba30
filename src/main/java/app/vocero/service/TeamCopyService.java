package app.vocero.service;

import app.vocero.config.Messages;
import app.vocero.store.Database;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import app.vocero.store.DatabaseCopy;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Moving to a team and back: "copy my local history to the team database" (campaigns and their journal, contact
 * lists, drafts, the do-not-call list, price tables, account definitions — never secrets or this computer's
 * settings), and the team's history back into this computer's own database for a laptop going offline. Both may be
 * run any number of times: what the other side already has is neither copied twice nor changed.
 */
public final class TeamCopyService {

    /** A team database for one copy, and whether the copy must close it when done. */
    public record TeamHandle(Database database, String where, boolean closeAfter) {
    }

    private final Database local;
    private final Supplier<Optional<TeamHandle>> team;

    /**
     * @param local this computer's own database
     * @param team  the team database in use, or one opened for the copy (empty when no team database is set up)
     */
    public TeamCopyService(Database local, Supplier<Optional<TeamHandle>> team) {
        this.local = local;
        this.team = team;
    }

    /** What a copy did, in the kinds a supervisor knows. */
    public record CopyReport(String where, long campaigns, long contactLists, long drafts, long doNotCall,
                             long accounts, long priceTables, long alreadyThere, long copiedRows, boolean cancelled) {

        /** Nothing new was copied (everything was there already). */
        public boolean nothingNew() {
            return copiedRows == 0;
        }

        /** The outcome as one sentence in the user's language, counts in its format. */
        public String describe(Messages messages, boolean toTeam) {
            if (cancelled) {
                return messages.text("teamDb.copy.cancelled");
            }
            NumberFormat numbers = NumberFormat.getIntegerInstance(messages.locale());
            List<String> parts = new ArrayList<>();
            add(parts, messages, "teamDb.copy.campaigns", campaigns, numbers);
            add(parts, messages, "teamDb.copy.lists", contactLists, numbers);
            add(parts, messages, "teamDb.copy.drafts", drafts, numbers);
            add(parts, messages, "teamDb.copy.doNotCall", doNotCall, numbers);
            add(parts, messages, "teamDb.copy.accounts", accounts, numbers);
            add(parts, messages, "teamDb.copy.prices", priceTables, numbers);
            String target = toTeam ? where : messages.text("teamDb.copy.thisComputer");
            String already = alreadyThere == 0 ? ""
                    : " " + messages.format("teamDb.copy.already", alreadyThere, numbers.format(alreadyThere));
            if (parts.isEmpty()) {
                return messages.format("teamDb.copy.nothing", target) + already;
            }
            return messages.format("teamDb.copy.done", String.join(", ", parts), target) + already;
        }

        private static void add(List<String> parts, Messages messages, String key, long count, NumberFormat numbers) {
            if (count > 0) {
                parts.add(messages.format(key, count, numbers.format(count)));
            }
        }
    }

    /** Copies this computer's history into the team database. */
    public CopyReport copyToTeam(Progress progress) {
        return copy(true, progress);
    }

    /** Copies the team's history into this computer's own database. */
    public CopyReport copyToLocal(Progress progress) {
        return copy(false, progress);
    }

    private CopyReport copy(boolean toTeam, Progress progress) {
        TeamHandle handle = team.get().orElseThrow(() -> new IllegalStateException("no team database is set up"));
        try {
            progress.update(0, -1, handle.where());
            DatabaseCopy copy = toTeam ? new DatabaseCopy(local, handle.database())
                    : new DatabaseCopy(handle.database(), local);
            DatabaseCopy.Outcome outcome = copy.copy(progress::isCancelled);
            return new CopyReport(handle.where(), outcome.copied("campaign"), outcome.copied("contact_list"),
                    outcome.copied("draft"), outcome.copied("do_not_call"), outcome.copied("account"),
                    outcome.copied("price_table"), outcome.alreadyThere(), outcome.copied(), outcome.cancelled());
        } finally {
            if (handle.closeAfter()) {
                handle.database().close();
            }
        }
    }
}
