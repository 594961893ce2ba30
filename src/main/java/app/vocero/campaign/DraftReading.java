package app.vocero.campaign;

import app.vocero.domain.campaign.Draft;
import app.vocero.domain.campaign.Finding;
import java.nio.file.Path;
import java.util.List;

/**
 * A draft as read from its file, with what was wrong in the file itself (missing fields, wrong types).
 *
 * @param folder where relative paths in the draft ({@code contacts.file}) resolve
 */
public record DraftReading(Draft draft, List<Finding> findings, Path folder) {

    public DraftReading {
        findings = List.copyOf(findings);
    }
}
