//! The `subscription` table: who wants to be told, and where.

use super::{on_pool, on_tx, Pool, Tx};

pub struct SubscriptionChanges<'a> {
    pub voter_id: &'a str,
    /// Used only if the voter has no subscription yet; an existing one keeps its token so the
    /// links in earlier messages keep working.
    pub new_token: &'a str,
    pub language: &'a str,
    pub email_address: Option<&'a str>,
    pub sms_phone: Option<&'a str>,
    pub voice_phone: Option<&'a str>,
    pub quiet_start: &'a str,
    pub quiet_end: &'a str,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SavedSubscription {
    pub subscription_id: i64,
    pub token: String,
    /// `true` when this created the subscription, `false` when it updated one.
    pub created: bool,
}

/// Creates the voter's subscription or replaces its preferences, in one statement so that two
/// sign-ups at once cannot create two subscriptions.
pub async fn upsert(
    tx: &mut Tx,
    changes: &SubscriptionChanges<'_>,
    now: &str,
) -> Result<SavedSubscription, sqlx::Error> {
    let (subscription_id, token): (i64, String) = on_tx!(tx, |c| sqlx::query_as(
        "INSERT INTO subscription (voter_id, token, language, email_address, sms_phone, \
             voice_phone, quiet_start, quiet_end, created_at, updated_at, token_hash) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $9, $10) \
         ON CONFLICT (voter_id) DO UPDATE SET language = excluded.language, \
             email_address = excluded.email_address, sms_phone = excluded.sms_phone, \
             voice_phone = excluded.voice_phone, quiet_start = excluded.quiet_start, \
             quiet_end = excluded.quiet_end, updated_at = excluded.updated_at \
         RETURNING subscription_id, token",
    )
    .bind(changes.voter_id)
    .bind(changes.new_token)
    .bind(changes.language)
    .bind(changes.email_address)
    .bind(changes.sms_phone)
    .bind(changes.voice_phone)
    .bind(changes.quiet_start)
    .bind(changes.quiet_end)
    .bind(now)
    .bind(crate::token::lookup_key(changes.new_token))
    .fetch_one(c)
    .await)?;
    // An update keeps the old token, so the fresh one comes back only from an insert.
    let created = token == changes.new_token;
    Ok(SavedSubscription {
        subscription_id,
        token,
        created,
    })
}

/// A subscription as stored: a channel is on when its destination is set.
#[derive(Debug, Clone, PartialEq, Eq, sqlx::FromRow)]
pub struct Subscription {
    pub subscription_id: i64,
    pub voter_id: String,
    pub token: String,
    pub language: String,
    pub email_address: Option<String>,
    pub sms_phone: Option<String>,
    pub voice_phone: Option<String>,
    pub quiet_start: String,
    pub quiet_end: String,
}

const COLUMNS: &str = "subscription_id, voter_id, token, language, email_address, sms_phone, \
     voice_phone, quiet_start, quiet_end";

/// The voter's subscription, in the caller's transaction.
pub async fn find_by_voter(
    tx: &mut Tx,
    voter_id: &str,
) -> Result<Option<Subscription>, sqlx::Error> {
    on_tx!(tx, |c| sqlx::query_as(&format!(
        "SELECT {COLUMNS} FROM subscription WHERE voter_id = $1"
    ))
    .bind(voter_id)
    .fetch_optional(c)
    .await)
}

/// The subscription a presented token opens: found by the token's hash, then compared in
/// constant time (`token`).
pub async fn find_by_token(pool: &Pool, token: &str) -> Result<Option<Subscription>, sqlx::Error> {
    let found: Option<Subscription> = on_pool!(pool, |p| sqlx::query_as(&format!(
        "SELECT {COLUMNS} FROM subscription WHERE token_hash = $1"
    ))
    .bind(crate::token::lookup_key(token))
    .fetch_optional(p)
    .await)?;
    Ok(found.filter(|s| crate::token::same(token, &s.token)))
}

/// Gives rows from before `token_hash` existed their hash (SQLite, which cannot compute it in
/// its migration). Returns how many.
pub async fn backfill_token_hashes(pool: &Pool) -> Result<u64, sqlx::Error> {
    let missing: Vec<(i64, String)> = on_pool!(pool, |p| sqlx::query_as(
        "SELECT subscription_id, token FROM subscription WHERE token_hash IS NULL"
    )
    .fetch_all(p)
    .await)?;
    for (id, token) in &missing {
        on_pool!(pool, |p| sqlx::query(
            "UPDATE subscription SET token_hash = $2 WHERE subscription_id = $1"
        )
        .bind(id)
        .bind(crate::token::lookup_key(token))
        .execute(p)
        .await
        .map(|_| ()))?;
    }
    Ok(missing.len() as u64)
}

pub struct PreferenceChanges<'a> {
    pub language: &'a str,
    pub email_address: Option<&'a str>,
    pub sms_phone: Option<&'a str>,
    pub voice_phone: Option<&'a str>,
    pub quiet_start: &'a str,
    pub quiet_end: &'a str,
}

/// Replaces the preferences of a subscription, in the caller's transaction.
pub async fn update_preferences(
    tx: &mut Tx,
    subscription_id: i64,
    changes: &PreferenceChanges<'_>,
    now: &str,
) -> Result<(), sqlx::Error> {
    on_tx!(tx, |c| {
        sqlx::query(
        "UPDATE subscription SET language = $2, email_address = $3, sms_phone = $4, voice_phone = $5, \
             quiet_start = $6, quiet_end = $7, updated_at = $8 WHERE subscription_id = $1",
    )
    .bind(subscription_id)
    .bind(changes.language)
    .bind(changes.email_address)
    .bind(changes.sms_phone)
    .bind(changes.voice_phone)
    .bind(changes.quiet_start)
    .bind(changes.quiet_end)
    .bind(now)
    .execute(c)
    .await
    .map(|_| ())
    })
}

/// Turns channels off: one (`Some("email")`), or all. Idempotent, as providers retry.
pub async fn stop(
    pool: &Pool,
    subscription_id: i64,
    channel: Option<&str>,
    now: &str,
) -> Result<(), sqlx::Error> {
    let sql = match channel {
        None => "UPDATE subscription SET email_address = NULL, sms_phone = NULL, voice_phone = NULL, updated_at = $2 WHERE subscription_id = $1",
        Some("email") => "UPDATE subscription SET email_address = NULL, updated_at = $2 WHERE subscription_id = $1",
        Some("sms") => "UPDATE subscription SET sms_phone = NULL, updated_at = $2 WHERE subscription_id = $1",
        Some(_) => "UPDATE subscription SET voice_phone = NULL, updated_at = $2 WHERE subscription_id = $1",
    };
    on_pool!(pool, |p| sqlx::query(sql)
        .bind(subscription_id)
        .bind(now)
        .execute(p)
        .await
        .map(|_| ()))
}

/// STOP from a phone: texts to it stop for every subscription, and the number is kept aside
/// for START. Returns how many subscriptions it affected; repeating it changes nothing.
pub async fn pause_sms(pool: &Pool, phone: &str, now: &str) -> Result<u64, sqlx::Error> {
    on_pool!(pool, |p| sqlx::query(
        "UPDATE subscription SET sms_paused_phone = sms_phone, sms_phone = NULL, updated_at = $2 \
         WHERE sms_phone = $1",
    )
    .bind(phone)
    .bind(now)
    .execute(p)
    .await
    .map(|r| r.rows_affected()))
}

/// START from a phone: texts resume where STOP paused them.
pub async fn resume_sms(pool: &Pool, phone: &str, now: &str) -> Result<u64, sqlx::Error> {
    on_pool!(pool, |p| {
        sqlx::query(
        "UPDATE subscription SET sms_phone = sms_paused_phone, sms_paused_phone = NULL, updated_at = $2 \
         WHERE sms_paused_phone = $1",
    )
    .bind(phone)
    .bind(now)
    .execute(p)
    .await
    .map(|r| r.rows_affected())
    })
}

/// The county of a voter who gets (or paused) texts at this number, for HELP replies.
/// The county and language of the subscription a number texts from (paused or not).
pub async fn county_and_language_for_sms(
    pool: &Pool,
    phone: &str,
) -> Result<Option<(String, String)>, sqlx::Error> {
    on_pool!(pool, |p| sqlx::query_as(
        "SELECT v.county, s.language FROM subscription s JOIN voter v ON v.voter_id = s.voter_id \
         WHERE s.sms_phone = $1 OR s.sms_paused_phone = $1 ORDER BY s.subscription_id LIMIT 1",
    )
    .bind(phone)
    .fetch_optional(p)
    .await)
}

pub async fn count(pool: &Pool) -> Result<i64, sqlx::Error> {
    on_pool!(pool, |p| sqlx::query_scalar(
        "SELECT COUNT(*) FROM subscription"
    )
    .fetch_one(p)
    .await)
}
