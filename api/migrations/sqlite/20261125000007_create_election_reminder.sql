-- Return-deadline reminders: each county sets, per election, when to remind voters whose
-- ballot was mailed but not yet received. reminder_sent makes it once per voter.
CREATE TABLE election_reminder (
    county          TEXT NOT NULL,
    election_id     TEXT NOT NULL,
    remind_at       TEXT NOT NULL,          -- RFC 3339 UTC, fixed width
    return_deadline TEXT NOT NULL,          -- YYYY-MM-DD
    done_at         TEXT,
    PRIMARY KEY (county, election_id)
);

CREATE TABLE reminder_sent (
    voter_id    TEXT NOT NULL,
    election_id TEXT NOT NULL,
    sent_at     TEXT NOT NULL,
    PRIMARY KEY (voter_id, election_id)
);
