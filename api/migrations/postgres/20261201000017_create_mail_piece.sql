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
