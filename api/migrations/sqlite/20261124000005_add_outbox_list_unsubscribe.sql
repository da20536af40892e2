-- The one-click unsubscribe address of an email (RFC 8058 List-Unsubscribe), fixed when the
-- message is queued so that the worker needs nothing else to send it.
ALTER TABLE outbox_message ADD COLUMN list_unsubscribe TEXT;
