-- Reminders before a signature cure's deadline (issue 16): one row per reminder a ballot was
-- sent (7, 3 and 1 days before the county's deadline), so that each goes once however many
-- passes or workers see it due. A new deadline from the county is a new set of reminders.
CREATE TABLE cure_reminder (
    cure_reminder_id INTEGER PRIMARY KEY,
    voter_id      TEXT NOT NULL,
    election_id   TEXT NOT NULL,
    cure_deadline TEXT NOT NULL,              -- YYYY-MM-DD, California's day
    days_before   INTEGER NOT NULL,
    event_id      TEXT NOT NULL,              -- the signature-problem event it was about
    created_at    TEXT NOT NULL,
    UNIQUE (voter_id, election_id, cure_deadline, days_before)
);
CREATE INDEX cure_reminder_election ON cure_reminder (election_id);
