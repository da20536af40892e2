-- Trust (issue 11). A subscription no longer has one all-powerful token kept in plain text:
-- each link is its own capability (read-only status, expiring manage, one-click unsubscribe,
-- confirm a destination, undo a change), minted when a message is sent and kept only as its
-- SHA-256 in access_token. New destinations wait in destination_request until confirmed.
--
-- subscription's old token and token_hash columns go once this has run: SQLite cannot drop a
-- UNIQUE column, and rebuilding the table needs foreign keys off, which cannot be done inside
-- the transaction every migration runs in; `store::sqlite_rebuild` does it right after.

-- A request to send one channel's messages to a new destination. Nothing goes there but the
-- confirmation until it is confirmed (a link, YES by text, 1 on the call); then it replaces
-- what the channel held (replaced_destination), and the destinations on file are told, with a
-- link that undoes it.
CREATE TABLE destination_request (
    destination_request_id INTEGER PRIMARY KEY,
    subscription_id        INTEGER NOT NULL REFERENCES subscription (subscription_id),
    channel                TEXT NOT NULL CHECK (channel IN ('email', 'sms', 'voice')),
    destination            TEXT NOT NULL,   -- email address or E.164
    language               TEXT NOT NULL,   -- of the page that asked: the confirmation's
    via                    TEXT NOT NULL CHECK (via IN ('signup', 'manage')),
                                            -- a sign-up (anyone) or a manage link (the voter)
    created_at             TEXT NOT NULL,
    expires_at             TEXT NOT NULL,
    confirmed_at           TEXT,
    cancelled_at           TEXT,            -- superseded by a newer request, or the channel turned off
    replaced_destination   TEXT,            -- what the channel held when this was confirmed
    undone_at              TEXT
);
CREATE INDEX destination_request_subscription ON destination_request (subscription_id, created_at);
CREATE INDEX destination_request_destination ON destination_request (destination, created_at);

-- Links' keys, as SHA-256 hashes only. A token may be both the status link and the
-- unsubscribe link of a message sent before this migration, hence the key (hash, kind).
CREATE TABLE access_token (
    token_hash             TEXT NOT NULL,
    kind                   TEXT NOT NULL
                           CHECK (kind IN ('status', 'manage', 'unsubscribe', 'confirm', 'undo')),
    subscription_id        INTEGER NOT NULL REFERENCES subscription (subscription_id),
    destination_request_id INTEGER REFERENCES destination_request (destination_request_id),
    channel                TEXT,            -- unsubscribe: the channel it stops
    recipient              TEXT,            -- unsubscribe: only while the channel still goes here
    created_at             TEXT NOT NULL,
    expires_at             TEXT,            -- NULL: until the subscription is purged
    PRIMARY KEY (token_hash, kind)
);
CREATE INDEX access_token_subscription ON access_token (subscription_id);

-- Links already sent keep working as what they can safely be: the status page, and the email
-- one-click unsubscribe (the only place the old token stopped anything: List-Unsubscribe,
-- `?channel=email`), for the address it went to. Their manage pages offer to send a fresh link to the destinations on
-- file. (A row with no hash yet was never opened by a version that computed it; its voter gets
-- new links with the next message.)
INSERT INTO access_token (token_hash, kind, subscription_id, created_at)
SELECT token_hash, 'status', subscription_id, created_at FROM subscription WHERE token_hash IS NOT NULL;
INSERT INTO access_token (token_hash, kind, subscription_id, channel, recipient, created_at)
SELECT token_hash, 'unsubscribe', subscription_id, 'email', email_address, created_at
FROM subscription WHERE token_hash IS NOT NULL;

-- Messages hold their links as placeholders ({{token:status}} …) filled with fresh tokens at
-- delivery, so no stored body holds a token. reference is what /verify looks up.
ALTER TABLE outbox_message ADD COLUMN reference TEXT;
ALTER TABLE outbox_message ADD COLUMN destination_request_id INTEGER REFERENCES destination_request (destination_request_id);
ALTER TABLE outbox_message ADD COLUMN language TEXT NOT NULL DEFAULT 'en';
ALTER TABLE outbox_message ADD COLUMN election_id TEXT;
CREATE UNIQUE INDEX outbox_message_reference ON outbox_message (reference);
CREATE INDEX outbox_message_recipient_created ON outbox_message (recipient, created_at);
