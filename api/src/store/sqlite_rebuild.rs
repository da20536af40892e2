//! Table changes SQLite can make only by rebuilding the table, with foreign keys off, which
//! cannot happen inside the transaction each migration runs in (SQLite ignores the pragma
//! there). Each runs once, after the migrations, and is recognised by what it leaves behind.
//! SQLite's own recipe: foreign keys off, then in one transaction create, copy, drop, rename,
//! check the keys; foreign keys on.

use sqlx::{Connection, SqlitePool};

/// Drops `subscription.token` and `token_hash` (migration 20261130000012 moved what they held
/// into `access_token`, as hashes only): no token stays in plain text.
const SUBSCRIPTION_WITHOUT_TOKENS: &str = "
CREATE TABLE subscription_rebuilt (
    subscription_id  INTEGER PRIMARY KEY,
    voter_id         TEXT NOT NULL UNIQUE REFERENCES voter (voter_id),
    language         TEXT NOT NULL,
    email_address    TEXT,                  -- confirmed destinations only: ballot news goes here
    sms_phone        TEXT,                  -- E.164
    voice_phone      TEXT,                  -- E.164
    quiet_start      TEXT NOT NULL,         -- HH:MM, recipient's time
    quiet_end        TEXT NOT NULL,
    created_at       TEXT NOT NULL,
    updated_at       TEXT NOT NULL,
    sms_paused_phone TEXT                   -- a number that texted STOP, kept for START
);
INSERT INTO subscription_rebuilt (subscription_id, voter_id, language, email_address, sms_phone,
    voice_phone, quiet_start, quiet_end, created_at, updated_at, sms_paused_phone)
SELECT subscription_id, voter_id, language, email_address, sms_phone, voice_phone, quiet_start,
    quiet_end, created_at, updated_at, sms_paused_phone FROM subscription;
DROP TABLE subscription;
ALTER TABLE subscription_rebuilt RENAME TO subscription;
CREATE INDEX subscription_sms_phone ON subscription (sms_phone);
CREATE INDEX subscription_sms_paused_phone ON subscription (sms_paused_phone);
";

pub async fn run(pool: &SqlitePool) -> Result<(), sqlx::Error> {
    let mut connection = pool.acquire().await?;
    sqlx::query("PRAGMA foreign_keys = OFF")
        .execute(&mut *connection)
        .await?;
    let result = async {
        let mut tx = connection.begin_with("BEGIN IMMEDIATE").await?;
        // Checked inside the write lock: another process may have just done it.
        let has_tokens: bool = sqlx::query_scalar(
            "SELECT EXISTS (SELECT 1 FROM pragma_table_info('subscription') WHERE name = 'token')",
        )
        .fetch_one(&mut *tx)
        .await?;
        if has_tokens {
            sqlx::raw_sql(SUBSCRIPTION_WITHOUT_TOKENS)
                .execute(&mut *tx)
                .await?;
            let broken: Vec<(String,)> =
                sqlx::query_as("SELECT \"table\" FROM pragma_foreign_key_check")
                    .fetch_all(&mut *tx)
                    .await?;
            if !broken.is_empty() {
                return Err(sqlx::Error::Protocol(format!(
                    "rebuilding subscription would break foreign keys in {broken:?}"
                )));
            }
            tx.commit().await?;
            tracing::info!("subscription rebuilt without its plain-text token columns");
        }
        Ok(())
    }
    .await;
    sqlx::query("PRAGMA foreign_keys = ON")
        .execute(&mut *connection)
        .await?;
    result
}
