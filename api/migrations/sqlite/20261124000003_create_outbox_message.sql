-- The transactional outbox: a message is written in the same transaction as the change that
-- caused it, and a worker delivers it later with retries, so a provider outage delays
-- messages and never loses them.
CREATE TABLE outbox_message (
    outbox_message_id INTEGER PRIMARY KEY,
    subscription_id   INTEGER NOT NULL REFERENCES subscription (subscription_id),
    channel           TEXT NOT NULL CHECK (channel IN ('email', 'sms', 'voice')),
    kind              TEXT NOT NULL,        -- 'confirmation', or a ballot status code
    recipient         TEXT NOT NULL,        -- email address or E.164
    sender            TEXT NOT NULL,        -- the county office, by name
    subject           TEXT,                 -- email only
    body_text         TEXT NOT NULL,
    body_html         TEXT,                 -- email only
    state             TEXT NOT NULL DEFAULT 'pending'
                      CHECK (state IN ('pending', 'sending', 'sent', 'dead')),
    attempts          INTEGER NOT NULL DEFAULT 0,
    next_attempt_at   TEXT NOT NULL,        -- RFC 3339 UTC, fixed width so it sorts
    locked_until      TEXT,
    last_error        TEXT,
    created_at        TEXT NOT NULL,
    sent_at           TEXT
);

CREATE INDEX outbox_message_due ON outbox_message (state, next_attempt_at);
CREATE INDEX outbox_message_subscription ON outbox_message (subscription_id);
