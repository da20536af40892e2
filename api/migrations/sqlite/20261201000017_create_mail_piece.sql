-- Ballot envelopes and their Intelligent Mail barcodes (issue 15), from the county's mail-piece
-- file: what ties the Postal Service's scans, which name only the barcode, to a voter's ballot.
-- An envelope is its 20-digit tracking code; the routing ZIP is kept beside it, not matched on.
CREATE TABLE mail_piece (
    tracking_code TEXT PRIMARY KEY,           -- barcode identifier, service type, Mailer ID, serial
    routing_code  TEXT NOT NULL DEFAULT '',   -- '' or 5, 9 or 11 digits
    county_key    TEXT NOT NULL,              -- the voter's county, lower-case
    voter_id      TEXT NOT NULL REFERENCES voter (voter_id),
    election_id   TEXT NOT NULL,
    direction     TEXT NOT NULL,              -- outbound (to the voter) or return (to the county)
    received_at   TEXT NOT NULL
);
CREATE INDEX mail_piece_ballot ON mail_piece (voter_id, election_id);
CREATE INDEX mail_piece_election ON mail_piece (election_id);

-- The Mailer IDs a county's ballot envelopes carry (its own, its print vendor's): an envelope
-- is recorded for a county's voter only with one of them, so no key can claim another
-- county's envelopes. A JSON list of 6 or 9-digit strings; set by statewide keys only.
ALTER TABLE county ADD COLUMN mailer_ids TEXT NOT NULL DEFAULT '[]';

-- What the Postal Service's scans have shown of each envelope so far: each is set once, by the
-- scan that first showed it, and is what makes a status from scans happen once.
ALTER TABLE mail_piece ADD COLUMN first_scan_at TEXT;        -- any scan: in the mail
ALTER TABLE mail_piece ADD COLUMN destination_scan_at TEXT;  -- at the destination's plant
ALTER TABLE mail_piece ADD COLUMN delivered_at TEXT;         -- the delivery event
ALTER TABLE mail_piece ADD COLUMN returned_at TEXT;          -- sent back as undeliverable

-- The scans of known envelopes (IV-MTR piece scan data). A scan sent twice (a feed retried, a
-- file uploaded again) is one row: the same envelope, time, operation and facility.
CREATE TABLE mail_scan (
    tracking_code       TEXT NOT NULL,
    scanned_at          TEXT NOT NULL,       -- UTC, from the local time and the facility's zone
    local_time          TEXT NOT NULL,       -- as the Postal Service gave it, YYYY-MM-DDTHH:MM:SS
    operation_code      TEXT NOT NULL,    -- scanEventCode
    handling_event_type TEXT NOT NULL,
    mail_phase          TEXT NOT NULL,
    facility_name       TEXT NOT NULL,
    facility_city       TEXT NOT NULL,
    facility_state      TEXT NOT NULL,
    facility_zip        TEXT NOT NULL,
    expected_delivery   TEXT,                -- YYYY-MM-DD, the Postal Service's own, if given
    received_at         TEXT NOT NULL,
    PRIMARY KEY (tracking_code, scanned_at, operation_code, facility_zip)
) WITHOUT ROWID;

-- Scans whose tracking code is not (or not yet) a known envelope, or not the posting key's
-- county's: counted and kept aside, never failing the feed, and purged after RETENTION_DAYS.
CREATE TABLE mail_scan_unmatched (
    imb                 TEXT NOT NULL,
    scanned_at          TEXT NOT NULL,
    local_time          TEXT NOT NULL,
    operation_code      TEXT NOT NULL,
    mail_phase          TEXT NOT NULL,
    facility_zip        TEXT NOT NULL,
    received_at         TEXT NOT NULL,
    PRIMARY KEY (imb, scanned_at, operation_code, facility_zip)
) WITHOUT ROWID;
CREATE INDEX mail_scan_unmatched_received ON mail_scan_unmatched (received_at);
