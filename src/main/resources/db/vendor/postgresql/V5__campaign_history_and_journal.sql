-- PostgreSQL twin of db/vendor/h2/V5__campaign_history_and_journal.sql: the same tables, columns and meaning (TEXT for CLOB, BYTEA for BLOB/VARBINARY).
-- Every campaign sent (or being sent) with the exact draft and contacts it was sent with, so it can be resumed
-- and found later.
CREATE TABLE campaign (
    id            VARCHAR(36) PRIMARY KEY,
    name          VARCHAR(255) NOT NULL,
    provider      VARCHAR(16) NOT NULL,
    account       VARCHAR(255) NOT NULL,
    draft_file    VARCHAR(4000),
    draft_json    TEXT NOT NULL,
    contacts_data BYTEA NOT NULL,
    contact_count BIGINT NOT NULL,
    state         VARCHAR(16) NOT NULL,
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at    TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX campaign_created ON campaign (created_at);

-- The submission journal: a row is committed BEFORE its request leaves, then updated with the answer.
-- A request never has more than one row: resuming skips what is accepted and stops at what is unknown.
CREATE TABLE submission (
    campaign_id     VARCHAR(36) NOT NULL,
    request_index   INT NOT NULL,
    step            VARCHAR(255) NOT NULL,
    payload_digest  VARCHAR(64) NOT NULL,
    idempotency_key VARCHAR(64),
    state           VARCHAR(16) NOT NULL,
    provider_ids    TEXT,
    http_status     INT,
    error_code      VARCHAR(64),
    error_message   VARCHAR(4000),
    attempts        INT NOT NULL,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (campaign_id, request_index),
    FOREIGN KEY (campaign_id) REFERENCES campaign (id) ON DELETE CASCADE
);

-- Tracking: counts per provider status and each number's latest outcome.
CREATE TABLE tracking_status (
    campaign_id VARCHAR(36) NOT NULL,
    status      VARCHAR(64) NOT NULL,
    calls       BIGINT NOT NULL,
    PRIMARY KEY (campaign_id, status),
    FOREIGN KEY (campaign_id) REFERENCES campaign (id) ON DELETE CASCADE
);

CREATE TABLE call_outcome (
    campaign_id VARCHAR(36) NOT NULL,
    phone       VARCHAR(32) NOT NULL,
    status      VARCHAR(64) NOT NULL,
    detail      VARCHAR(1000),
    updated_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (campaign_id, phone),
    FOREIGN KEY (campaign_id) REFERENCES campaign (id) ON DELETE CASCADE
);

ALTER TABLE campaign ADD COLUMN tracked_at TIMESTAMP WITH TIME ZONE;
