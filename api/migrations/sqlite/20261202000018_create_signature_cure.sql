-- Signature cures sent from the tracker (issue 16): a voter's signed statement for a ballot
-- whose signature is missing or does not match, until the county accepts or rejects it.
-- The content (the image's bytes, or the typed name) is encrypted by the server before it is
-- written (domain/signature_cures.rs, CURE_ENCRYPTION_KEY): a copy of the database does not
-- give away signatures. Its SHA-256 is kept in the clear, as the audit's proof of what was sent.
CREATE TABLE signature_cure (
    signature_cure_id INTEGER PRIMARY KEY,
    county_key     TEXT NOT NULL,              -- the voter's county, lower-case
    voter_id       TEXT NOT NULL,
    election_id    TEXT NOT NULL,
    event_id       TEXT NOT NULL,              -- the signature-problem event it answers
    method         TEXT NOT NULL CHECK (method IN ('drawn', 'photo', 'typed')),
    language       TEXT NOT NULL,              -- the voter's language when they sent it
    content_type   TEXT NOT NULL,              -- image/png, image/jpeg or text/plain
    content        BLOB NOT NULL,              -- format version, nonce, ciphertext and tag
    content_sha256 TEXT NOT NULL,              -- of the plaintext, hex
    created_at     TEXT NOT NULL,
    state          TEXT NOT NULL DEFAULT 'pending' CHECK (state IN ('pending', 'accepted', 'rejected')),
    reason         TEXT,                       -- the county's, with its decision
    decided_at     TEXT,
    decided_by     INTEGER REFERENCES api_key (api_key_id)
);
-- One cure waits for the county per ballot: a second one while it waits is refused.
CREATE UNIQUE INDEX signature_cure_one_pending ON signature_cure (voter_id, election_id)
    WHERE state = 'pending';
-- The county's review queue, oldest first.
CREATE INDEX signature_cure_queue ON signature_cure (county_key, state, created_at);
CREATE INDEX signature_cure_election ON signature_cure (election_id);
