-- Timestamps typed from the database to the JSON (issue 13): every instant column becomes
-- TIMESTAMPTZ. The text they held is the fixed-width RFC 3339 the program wrote
-- (`2026-11-24T22:33:00.123456Z`, UTC, to the microsecond), which PostgreSQL reads as the same
-- instant, so `USING c::timestamptz` keeps every value exactly. The indexes on these columns
-- are rebuilt by the ALTER; none has a default. One ALTER TABLE per table: one rewrite each.
-- Dates stay text (`date_of_birth`, `certified_on`, `return_deadline`), and so does
-- `audit_refusal.minute`, a text key for a minute.
ALTER TABLE voter
    ALTER COLUMN updated_at TYPE TIMESTAMPTZ USING updated_at::timestamptz;

ALTER TABLE subscription
    ALTER COLUMN created_at TYPE TIMESTAMPTZ USING created_at::timestamptz,
    ALTER COLUMN updated_at TYPE TIMESTAMPTZ USING updated_at::timestamptz;

ALTER TABLE outbox_message
    ALTER COLUMN next_attempt_at TYPE TIMESTAMPTZ USING next_attempt_at::timestamptz,
    ALTER COLUMN locked_until TYPE TIMESTAMPTZ USING locked_until::timestamptz,
    ALTER COLUMN created_at TYPE TIMESTAMPTZ USING created_at::timestamptz,
    ALTER COLUMN sent_at TYPE TIMESTAMPTZ USING sent_at::timestamptz;

ALTER TABLE ballot_event
    ALTER COLUMN occurred_at TYPE TIMESTAMPTZ USING occurred_at::timestamptz,
    ALTER COLUMN received_at TYPE TIMESTAMPTZ USING received_at::timestamptz;

ALTER TABLE api_key
    ALTER COLUMN created_at TYPE TIMESTAMPTZ USING created_at::timestamptz,
    ALTER COLUMN revoked_at TYPE TIMESTAMPTZ USING revoked_at::timestamptz,
    ALTER COLUMN expires_at TYPE TIMESTAMPTZ USING expires_at::timestamptz;

ALTER TABLE county
    ALTER COLUMN updated_at TYPE TIMESTAMPTZ USING updated_at::timestamptz;

ALTER TABLE delivery_attempt
    ALTER COLUMN attempted_at TYPE TIMESTAMPTZ USING attempted_at::timestamptz;

ALTER TABLE audit_event
    ALTER COLUMN at TYPE TIMESTAMPTZ USING at::timestamptz;

ALTER TABLE destination_request
    ALTER COLUMN created_at TYPE TIMESTAMPTZ USING created_at::timestamptz,
    ALTER COLUMN expires_at TYPE TIMESTAMPTZ USING expires_at::timestamptz,
    ALTER COLUMN confirmed_at TYPE TIMESTAMPTZ USING confirmed_at::timestamptz,
    ALTER COLUMN cancelled_at TYPE TIMESTAMPTZ USING cancelled_at::timestamptz,
    ALTER COLUMN undone_at TYPE TIMESTAMPTZ USING undone_at::timestamptz;

ALTER TABLE access_token
    ALTER COLUMN created_at TYPE TIMESTAMPTZ USING created_at::timestamptz,
    ALTER COLUMN expires_at TYPE TIMESTAMPTZ USING expires_at::timestamptz;

ALTER TABLE election
    ALTER COLUMN purged_at TYPE TIMESTAMPTZ USING purged_at::timestamptz;

ALTER TABLE broadcast
    ALTER COLUMN send_at TYPE TIMESTAMPTZ USING send_at::timestamptz,
    ALTER COLUMN created_at TYPE TIMESTAMPTZ USING created_at::timestamptz,
    ALTER COLUMN tested_at TYPE TIMESTAMPTZ USING tested_at::timestamptz,
    ALTER COLUMN approved_at TYPE TIMESTAMPTZ USING approved_at::timestamptz,
    ALTER COLUMN cancelled_at TYPE TIMESTAMPTZ USING cancelled_at::timestamptz,
    ALTER COLUMN started_at TYPE TIMESTAMPTZ USING started_at::timestamptz,
    ALTER COLUMN finished_at TYPE TIMESTAMPTZ USING finished_at::timestamptz;
