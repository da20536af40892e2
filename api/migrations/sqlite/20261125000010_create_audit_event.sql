-- Every operator request and command-line action: who (the API key, or the command line),
-- what (method and route pattern, never the path's values or the body), for which county, and
-- how it ended. No personal data: counties and status codes only.
CREATE TABLE audit_event (
    audit_event_id INTEGER PRIMARY KEY,
    at             TEXT NOT NULL,           -- RFC 3339 UTC, fixed width
    api_key_id     INTEGER REFERENCES api_key (api_key_id), -- NULL: command line or no valid key
    actor          TEXT NOT NULL,           -- 'api_key', 'unknown_key', 'no_key' or 'cli'
    county         TEXT,                    -- the key's county; NULL statewide
    action         TEXT NOT NULL,           -- 'POST /api/v1/admin/voters', 'cli import-voters'
    outcome        TEXT NOT NULL            -- HTTP status, or 'ok' / 'failed'
);

CREATE INDEX audit_event_at ON audit_event (at);
