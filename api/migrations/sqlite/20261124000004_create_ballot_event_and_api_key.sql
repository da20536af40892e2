-- Ballot status events posted by counties. event_id makes posting idempotent: the same event
-- twice changes nothing and notifies nobody twice.
CREATE TABLE ballot_event (
    event_id     TEXT PRIMARY KEY NOT NULL,
    voter_id     TEXT NOT NULL REFERENCES voter (voter_id),
    election_id  TEXT NOT NULL,
    status       TEXT NOT NULL,
    occurred_at  TEXT NOT NULL,            -- RFC 3339 UTC, fixed width so it sorts
    detail       TEXT NOT NULL DEFAULT '{}', -- JSON: cure_deadline, cure_url, reason, expected_delivery
    received_at  TEXT NOT NULL
);

CREATE INDEX ballot_event_timeline ON ballot_event (voter_id, election_id, occurred_at);

-- Operators' API keys. Only a SHA-256 of the key is kept; the key is shown once at creation.
-- A county key acts only on that county's voters; a NULL county is statewide.
CREATE TABLE api_key (
    api_key_id  INTEGER PRIMARY KEY,
    key_hash    TEXT NOT NULL UNIQUE,
    county      TEXT,
    label       TEXT NOT NULL DEFAULT '',
    created_at  TEXT NOT NULL,
    revoked_at  TEXT
);
