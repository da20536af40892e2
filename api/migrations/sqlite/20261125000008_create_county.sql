-- A county's own words: the sender name on its messages, the contact it gives voters, and
-- overrides of the status sentences (JSON {"status": {"email"|"sms"|"voice"|"all": "text"}}).
CREATE TABLE county (
    county      TEXT PRIMARY KEY NOT NULL,
    sender_name TEXT,
    contact     TEXT,
    templates   TEXT NOT NULL DEFAULT '{}',
    updated_at  TEXT NOT NULL
);
