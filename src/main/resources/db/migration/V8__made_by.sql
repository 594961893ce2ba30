-- Who did what: the operating-system user and computer that saved a contact list or sent a campaign (a team shares
-- one history). Portable SQL, the same on H2 and PostgreSQL. Rows from before this migration have none (NULL): they
-- are shown as unknown.
ALTER TABLE contact_list ADD COLUMN made_by_user VARCHAR(255);
ALTER TABLE contact_list ADD COLUMN made_by_host VARCHAR(255);
ALTER TABLE campaign ADD COLUMN sent_by_user VARCHAR(255);
ALTER TABLE campaign ADD COLUMN sent_by_host VARCHAR(255);

-- The history is filtered by who sent (newest first); the lists screen by who imported.
CREATE INDEX campaign_sent_by ON campaign (sent_by_user, created_at);
CREATE INDEX contact_list_made_by ON contact_list (made_by_user, imported_at);
