-- One subscription per voter: signing up again updates it (SPEC.md, journey step 6).
-- A channel is on when its destination is not NULL.
CREATE TABLE subscription (
    subscription_id INTEGER PRIMARY KEY,
    voter_id        TEXT NOT NULL UNIQUE REFERENCES voter (voter_id),
    token           TEXT NOT NULL UNIQUE,
    language        TEXT NOT NULL,
    email_address   TEXT,
    sms_phone       TEXT,                   -- E.164
    voice_phone     TEXT,                   -- E.164
    quiet_start     TEXT NOT NULL,          -- HH:MM, recipient's time
    quiet_end       TEXT NOT NULL,
    created_at      TEXT NOT NULL,
    updated_at      TEXT NOT NULL
);
