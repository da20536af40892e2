-- A voter who texts STOP keeps their number here, so that START can resume texts to it.
ALTER TABLE subscription ADD COLUMN sms_paused_phone TEXT;
CREATE INDEX subscription_sms_phone ON subscription (sms_phone);
CREATE INDEX subscription_sms_paused_phone ON subscription (sms_paused_phone);
