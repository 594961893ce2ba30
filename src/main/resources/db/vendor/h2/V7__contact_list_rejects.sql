-- Every rejected row of a saved list (the report keeps only the first 100), in one compressed blob: the Contact
-- lists screen shows and exports them all. Lists saved before this migration have no row here.
CREATE TABLE contact_list_rejects (
    list_id      VARCHAR(36) PRIMARY KEY,
    reject_count BIGINT NOT NULL,
    rejects_data BLOB NOT NULL,
    FOREIGN KEY (list_id) REFERENCES contact_list (id) ON DELETE CASCADE
);
