CREATE TABLE setting (
    setting_key   VARCHAR(100) PRIMARY KEY,
    setting_value VARCHAR(4000)
);
