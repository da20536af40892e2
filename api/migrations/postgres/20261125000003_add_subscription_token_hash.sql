-- See migrations/sqlite/20261125000011_add_subscription_token_hash.sql.
ALTER TABLE subscription ADD COLUMN token_hash TEXT COLLATE "C";
UPDATE subscription SET token_hash = encode(sha256(convert_to(token, 'UTF8')), 'hex');
CREATE UNIQUE INDEX subscription_token_hash ON subscription (token_hash);
