-- The voter registration file, as loaded by a county or the Secretary of State.
-- first_key/last_key are shared::name keys, so matching is an indexed equality.
CREATE TABLE voter (
    voter_id      TEXT PRIMARY KEY NOT NULL,
    first_name    TEXT NOT NULL,
    middle_name   TEXT NOT NULL DEFAULT '',
    last_name     TEXT NOT NULL,
    name_suffix   TEXT NOT NULL DEFAULT '',
    first_key     TEXT NOT NULL,
    last_key      TEXT NOT NULL,
    date_of_birth TEXT NOT NULL,            -- YYYY-MM-DD
    residence_zip TEXT NOT NULL,            -- first five digits
    county        TEXT NOT NULL,
    status        TEXT NOT NULL CHECK (status IN ('active', 'inactive', 'cancelled')),
    confidential  INTEGER NOT NULL DEFAULT 0 CHECK (confidential IN (0, 1)),
    updated_at    TEXT NOT NULL
);

CREATE INDEX voter_identity ON voter (date_of_birth, residence_zip, last_key);
