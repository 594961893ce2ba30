-- Provider accounts. Secrets are never here in plain text: they live in the OS credential store, or encrypted in
-- account_secret with a key derived from the user's passphrase (the key itself is stored nowhere).
CREATE TABLE account (
    name       VARCHAR(255) PRIMARY KEY,
    provider   VARCHAR(16) NOT NULL,
    base_url   VARCHAR(2000) NOT NULL,
    auth_url   VARCHAR(2000),
    login      VARCHAR(255),
    protection VARCHAR(32) NOT NULL,
    sandbox    BOOLEAN DEFAULT FALSE NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE TABLE account_secret (
    account    VARCHAR(255) NOT NULL,
    secret_key VARCHAR(64) NOT NULL,
    nonce      VARBINARY(32) NOT NULL,
    ciphertext VARBINARY(8192) NOT NULL,
    PRIMARY KEY (account, secret_key)
);
