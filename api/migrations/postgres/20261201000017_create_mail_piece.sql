-- See migrations/sqlite/20261201000017_create_mail_piece.sql.
CREATE TABLE mail_piece (
    tracking_code TEXT COLLATE "C" PRIMARY KEY,
    routing_code  TEXT COLLATE "C" NOT NULL DEFAULT '',
    county_key    TEXT COLLATE "C" NOT NULL,
    voter_id      TEXT COLLATE "C" NOT NULL REFERENCES voter (voter_id),
    election_id   TEXT COLLATE "C" NOT NULL,
    direction     TEXT COLLATE "C" NOT NULL,
    received_at   TIMESTAMPTZ NOT NULL
);
CREATE INDEX mail_piece_ballot ON mail_piece (voter_id, election_id);
CREATE INDEX mail_piece_election ON mail_piece (election_id);
ALTER TABLE county ADD COLUMN mailer_ids TEXT NOT NULL DEFAULT '[]';

-- What the Postal Service's scans have shown of each envelope so far: each is set once, by the
-- scan that first showed it, and is what makes a status from scans happen once.
ALTER TABLE mail_piece ADD COLUMN first_scan_at TIMESTAMPTZ;        -- any scan: in the mail
ALTER TABLE mail_piece ADD COLUMN destination_scan_at TIMESTAMPTZ;  -- at the destination's plant
ALTER TABLE mail_piece ADD COLUMN delivered_at TIMESTAMPTZ;         -- the delivery event
ALTER TABLE mail_piece ADD COLUMN returned_at TIMESTAMPTZ;          -- sent back as undeliverable

-- The scans of known envelopes (IV-MTR piece scan data). A scan sent twice (a feed retried, a
-- file uploaded again) is one row: the same envelope, time, operation and facility.
CREATE TABLE mail_scan (
    tracking_code       TEXT COLLATE "C" NOT NULL,
    scanned_at          TIMESTAMPTZ NOT NULL,       -- UTC, from the local time and the facility's zone
    local_time          TEXT NOT NULL,       -- as the Postal Service gave it, YYYY-MM-DDTHH:MM:SS
    operation_code      TEXT COLLATE "C" NOT NULL,    -- scanEventCode
    handling_event_type TEXT NOT NULL,
    mail_phase          TEXT NOT NULL,
    facility_name       TEXT NOT NULL,
    facility_city       TEXT NOT NULL,
    facility_state      TEXT NOT NULL,
    facility_zip        TEXT COLLATE "C" NOT NULL,
    expected_delivery   TEXT,                -- YYYY-MM-DD, the Postal Service's own, if given
    received_at         TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (tracking_code, scanned_at, operation_code, facility_zip)
);

-- Scans whose tracking code is not (or not yet) a known envelope, or not the posting key's
-- county's: counted and kept aside, never failing the feed, and purged after RETENTION_DAYS.
CREATE TABLE mail_scan_unmatched (
    imb                 TEXT COLLATE "C" NOT NULL,
    scanned_at          TIMESTAMPTZ NOT NULL,
    local_time          TEXT NOT NULL,
    operation_code      TEXT COLLATE "C" NOT NULL,
    mail_phase          TEXT NOT NULL,
    facility_zip        TEXT COLLATE "C" NOT NULL,
    received_at         TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (imb, scanned_at, operation_code, facility_zip)
);
CREATE INDEX mail_scan_unmatched_received ON mail_scan_unmatched (received_at);
