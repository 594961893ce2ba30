-- PostgreSQL twin of db/vendor/h2/V2__contact_lists_and_do_not_call.sql: the same tables, columns and meaning (TEXT for CLOB, BYTEA for BLOB/VARBINARY).
-- Imported contact lists: one row per list; the contacts themselves in one compressed, columnar blob
-- (see store.ContactTableCodec), not one row per contact.
CREATE TABLE contact_list (
    id              VARCHAR(36) PRIMARY KEY,
    name            VARCHAR(255) NOT NULL,
    source_file     VARCHAR(4000) NOT NULL,
    file_format     VARCHAR(16) NOT NULL,
    default_country VARCHAR(8) NOT NULL,
    imported_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    row_count       BIGINT NOT NULL,
    invalid_count   BIGINT NOT NULL,
    duplicate_count BIGINT NOT NULL,
    suppressed_count BIGINT NOT NULL,
    contact_count   BIGINT NOT NULL,
    report_json     TEXT NOT NULL,
    contacts_data   BYTEA NOT NULL
);
CREATE INDEX contact_list_imported ON contact_list (imported_at);

-- The local do-not-call list, applied to every import.
CREATE TABLE do_not_call (
    e164     VARCHAR(20) PRIMARY KEY,
    added_at TIMESTAMP WITH TIME ZONE NOT NULL,
    source   VARCHAR(255)
);
