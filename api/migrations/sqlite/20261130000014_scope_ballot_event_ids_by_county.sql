-- Each county numbers its own events: event_id is unique per county, not across the state, so
-- one county's ids can neither collide with another's (an event silently counted as a repeat)
-- nor be used to learn which ids another county used. ballot_event is rebuilt (SQLite cannot
-- change a primary key); nothing refers to it. ballot_event_id numbers rows in arrival order,
-- which is how another process's new events are found (status_changes).
CREATE TABLE ballot_event_rebuilt (
    ballot_event_id INTEGER PRIMARY KEY,
    county_key   TEXT NOT NULL,             -- the voter's county, lower-case
    event_id     TEXT NOT NULL,
    voter_id     TEXT NOT NULL REFERENCES voter (voter_id),
    election_id  TEXT NOT NULL,
    status       TEXT NOT NULL,
    occurred_at  TEXT NOT NULL,             -- RFC 3339 UTC, fixed width so it sorts
    detail       TEXT NOT NULL DEFAULT '{}', -- JSON: cure_deadline, cure_url, reason, expected_delivery
    received_at  TEXT NOT NULL
);
INSERT INTO ballot_event_rebuilt (ballot_event_id, county_key, event_id, voter_id, election_id,
    status, occurred_at, detail, received_at)
SELECT e.rowid, lower(v.county), e.event_id, e.voter_id, e.election_id, e.status, e.occurred_at,
    e.detail, e.received_at
FROM ballot_event e JOIN voter v ON v.voter_id = e.voter_id ORDER BY e.rowid;
DROP TABLE ballot_event;
ALTER TABLE ballot_event_rebuilt RENAME TO ballot_event;
CREATE UNIQUE INDEX ballot_event_county_event ON ballot_event (county_key, event_id);
CREATE INDEX ballot_event_timeline ON ballot_event (voter_id, election_id, occurred_at);
