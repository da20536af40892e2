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
