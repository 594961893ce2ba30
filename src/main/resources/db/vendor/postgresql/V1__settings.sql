-- PostgreSQL twin of db/vendor/h2/V1__settings.sql: the same tables, columns and meaning (TEXT for CLOB, BYTEA for BLOB/VARBINARY).
CREATE TABLE setting (
    setting_key   VARCHAR(100) PRIMARY KEY,
    setting_value VARCHAR(4000)
);
