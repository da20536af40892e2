-- Every attempt to deliver an outbox message and what came of it, for operators tracing a
-- message that was late or never arrived.
CREATE TABLE delivery_attempt (
    delivery_attempt_id INTEGER PRIMARY KEY,
    outbox_message_id   INTEGER NOT NULL REFERENCES outbox_message (outbox_message_id),
    attempted_at        TEXT NOT NULL,
    outcome             TEXT NOT NULL CHECK (outcome IN ('sent', 'retry', 'dead')),
    error               TEXT
);

CREATE INDEX delivery_attempt_message ON delivery_attempt (outbox_message_id);
