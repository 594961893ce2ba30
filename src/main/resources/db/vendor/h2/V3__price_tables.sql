-- What a call costs with each provider account, for the estimate before sending.
CREATE TABLE price_table (
    account  VARCHAR(255) PRIMARY KEY,
    unit     VARCHAR(16) NOT NULL,
    amount   DECIMAL(18, 6) NOT NULL,
    currency VARCHAR(16) NOT NULL
);
