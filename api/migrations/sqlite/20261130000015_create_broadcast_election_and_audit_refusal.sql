-- Operator keys expire (and are revoked by `revoke-api-key`, which sets revoked_at).
ALTER TABLE api_key ADD COLUMN expires_at TEXT;
-- Keys made before keys expired get the default lifetime from now, not forever.
UPDATE api_key SET expires_at = strftime('%Y-%m-%dT%H:%M:%S.000000Z', 'now', '+365 days') WHERE revoked_at IS NULL;

-- The hosts a county's cure-form links may point to (JSON list): an event's cure_url must be
-- https on one of them, so a county key cannot send voters to a look-alike site.
ALTER TABLE county ADD COLUMN cure_url_hosts TEXT NOT NULL DEFAULT '[]';

-- Operator requests refused for a missing or unknown key, counted per minute rather than a row
-- each: a flood of them adds counts, not rows.
CREATE TABLE audit_refusal (
    minute  TEXT NOT NULL,                  -- RFC 3339 UTC, to the minute
    actor   TEXT NOT NULL,                  -- 'no_key' or 'unknown_key'
    action  TEXT NOT NULL,                  -- method and route pattern
    outcome TEXT NOT NULL,                  -- HTTP status
    count   INTEGER NOT NULL,
    PRIMARY KEY (minute, actor, action, outcome)
);

-- An election's certification, for retention: its voters, subscriptions, events and messages
-- are purged RETENTION_DAYS after it, keeping only the counts of what was removed.
CREATE TABLE election (
    election_id  TEXT PRIMARY KEY NOT NULL,
    certified_on TEXT,                      -- YYYY-MM-DD
    purged_at    TEXT,
    purged       TEXT                       -- JSON counts of what the purge removed
);

-- A message to many voters at once: a return reminder, a county's notice, or a correction of
-- an earlier one. It goes out only after a preview (audience by county, every placeholder
-- filled from real data), a test send to the operator, and an approval (by a second key when
-- the audience is large); it can be cancelled until it starts.
CREATE TABLE broadcast (
    broadcast_id     INTEGER PRIMARY KEY,
    kind             TEXT NOT NULL CHECK (kind IN ('return_reminder', 'notice', 'correction')),
    county           TEXT,                  -- NULL: every county (a statewide key only)
    election_id      TEXT NOT NULL,
    return_deadline  TEXT,                  -- YYYY-MM-DD, return reminders
    texts            TEXT NOT NULL DEFAULT '{}', -- notices and corrections: language -> words
    corrects         INTEGER REFERENCES broadcast (broadcast_id),
    send_at          TEXT NOT NULL,
    audience         INTEGER NOT NULL,      -- subscriptions it would reach, at the preview
    created_by       INTEGER REFERENCES api_key (api_key_id),
    created_at       TEXT NOT NULL,
    tested_at        TEXT,
    approved_by      INTEGER REFERENCES api_key (api_key_id),
    approved_at      TEXT,
    cancelled_at     TEXT,
    started_at       TEXT,
    finished_at      TEXT,
    held_reason      TEXT,                  -- why it did not start when due
    sent             INTEGER                -- subscriptions it was sent to
);
CREATE INDEX broadcast_due ON broadcast (approved_at, started_at, send_at);

-- Exactly whom a broadcast went to, so a correction reaches the same people and nobody gets
-- the same return reminder twice.
CREATE TABLE broadcast_recipient (
    broadcast_id    INTEGER NOT NULL REFERENCES broadcast (broadcast_id),
    subscription_id INTEGER NOT NULL REFERENCES subscription (subscription_id),
    PRIMARY KEY (broadcast_id, subscription_id)
);
CREATE INDEX broadcast_recipient_subscription ON broadcast_recipient (subscription_id);

-- Return reminders not yet sent become broadcasts waiting for their test and approval; the
-- tables they replace go.
INSERT INTO broadcast (kind, county, election_id, return_deadline, send_at, audience, created_at)
SELECT 'return_reminder', county, election_id, return_deadline, remind_at, 0, remind_at
FROM election_reminder WHERE done_at IS NULL;
DROP TABLE election_reminder;
DROP TABLE reminder_sent;
