-- Subscriptions are found by a SHA-256 of their token, so the database never compares a
-- presented token with a stored one (a timing side channel); the token itself is kept for the
-- links in messages. Rows from before this migration get their hash at start-up
-- (store::subscriptions::backfill_token_hashes), as SQLite has no SHA-256 function.
ALTER TABLE subscription ADD COLUMN token_hash TEXT;
CREATE UNIQUE INDEX subscription_token_hash ON subscription (token_hash);
