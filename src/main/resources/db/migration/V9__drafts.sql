-- The window's campaign drafts (until V9 they were files in <data directory>/drafts): in team mode every desktop
-- pointed at one database sees every draft. PORTABLE SQL: this file runs unchanged on H2 2.3 and PostgreSQL 14.
-- draft_json is TEXT: PostgreSQL's unbounded text, and H2 2.3 takes TEXT as CHARACTER VARYING(1000000000); a draft
-- is at most 1 MiB anyway (DraftFile.MAX_DRAFT_BYTES). CLOB / CHARACTER LARGE OBJECT is H2-only, so not used here.
-- name, provider and contacts repeat what the list shows, so the list of a team's drafts needs no JSON parsing to
-- sort or filter; contact_count is known only for a saved list (a contact file is counted when it is checked).
-- version counts the saves of the draft's content: a save names the version it was based on
-- (UPDATE ... WHERE id = ? AND version = ?); when another desktop saved in between, no row matches, nothing is
-- overwritten, and the desktop that came later keeps its copy as a new draft. Moving between steps (wizard_step)
-- does not count as a change of the content.
-- made_by_* is who created the draft, changed_by_* who saved it last (operating-system user and computer); both
-- are empty for drafts imported from the files of an older Vocero.
CREATE TABLE draft (
    id              VARCHAR(64) PRIMARY KEY,
    name            VARCHAR(255) NOT NULL,
    provider        VARCHAR(16),
    contacts        VARCHAR(1000),
    contact_count   BIGINT,
    draft_json      TEXT NOT NULL,
    wizard_step     VARCHAR(32),
    version         BIGINT NOT NULL,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    made_by_user    VARCHAR(255),
    made_by_host    VARCHAR(255),
    changed_by_user VARCHAR(255),
    changed_by_host VARCHAR(255)
);
CREATE INDEX draft_updated ON draft (updated_at);
