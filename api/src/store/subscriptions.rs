//! The `subscription` table: who wants to be told, and where.

use super::{on_pool, on_tx, Pool, Tx};
use crate::clock::Timestamp;
use ballot_shared::channels::Channel;

/// Creates the voter's subscription unless they have one, in one statement so that two
/// sign-ups at once cannot create two. Returns its id if this created it. It starts with no
/// destination: each must be confirmed first (`destinations`).
pub async fn create_if_new(
    tx: &mut Tx,
    voter_id: &str,
    language: &str,
    quiet_start: &str,
    quiet_end: &str,
    now: Timestamp,
) -> Result<Option<i64>, sqlx::Error> {
    on_tx!(tx, |c| {
        sqlx::query_scalar(
        "INSERT INTO subscription (voter_id, language, quiet_start, quiet_end, created_at, updated_at) \
         VALUES ($1, $2, $3, $4, $5, $5) ON CONFLICT (voter_id) DO NOTHING RETURNING subscription_id",
    )
    .bind(voter_id)
    .bind(language)
    .bind(quiet_start)
    .bind(quiet_end)
    .bind(now)
    .fetch_optional(c)
    .await
    })
}

/// A subscription as stored: a channel is on when its destination is set.
#[derive(Debug, Clone, PartialEq, Eq, sqlx::FromRow)]
pub struct Subscription {
    pub subscription_id: i64,
    pub voter_id: String,
    pub language: String,
    pub email_address: Option<String>,
    pub sms_phone: Option<String>,
    pub voice_phone: Option<String>,
    pub quiet_start: String,
    pub quiet_end: String,
}

const COLUMNS: &str = "subscription_id, voter_id, language, email_address, sms_phone, \
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

/// A subscription by id (the one a link's token names).
pub async fn get(pool: &Pool, subscription_id: i64) -> Result<Option<Subscription>, sqlx::Error> {
    on_pool!(pool, |p| sqlx::query_as(&format!(
        "SELECT {COLUMNS} FROM subscription WHERE subscription_id = $1"
    ))
    .bind(subscription_id)
    .fetch_optional(p)
    .await)
}

/// A subscription by id, in the caller's transaction.
pub async fn get_in(
    tx: &mut Tx,
    subscription_id: i64,
) -> Result<Option<Subscription>, sqlx::Error> {
    on_tx!(tx, |c| sqlx::query_as(&format!(
        "SELECT {COLUMNS} FROM subscription WHERE subscription_id = $1"
    ))
    .bind(subscription_id)
    .fetch_optional(c)
    .await)
}

/// Puts a confirmed destination on a channel (or clears it), in the caller's transaction. A
/// number confirmed for texts is no longer paused by an earlier STOP: confirming is a new yes.
/// Ballot news still queued for the destination it replaces is withdrawn.
pub async fn set_destination(
    tx: &mut Tx,
    subscription_id: i64,
    channel: Channel,
    destination: Option<&str>,
    now: Timestamp,
) -> Result<(), sqlx::Error> {
    let sql = match channel {
        Channel::Email => "UPDATE subscription SET email_address = $2, updated_at = $3 WHERE subscription_id = $1",
        Channel::Sms => "UPDATE subscription SET sms_phone = $2, sms_paused_phone = NULL, updated_at = $3 WHERE subscription_id = $1",
        Channel::Voice => "UPDATE subscription SET voice_phone = $2, updated_at = $3 WHERE subscription_id = $1",
    };
    on_tx!(tx, |c| sqlx::query(sql)
        .bind(subscription_id)
        .bind(destination)
        .bind(now)
        .execute(c)
        .await
        .map(|_| ()))?;
    super::outbox::withdraw_news(tx, subscription_id, channel, destination).await?;
    Ok(())
}

/// Changes the language and quiet hours, in the caller's transaction. Destinations change
/// only through `set_destination`, once confirmed.
pub async fn update_settings(
    tx: &mut Tx,
    subscription_id: i64,
    language: &str,
    quiet_start: &str,
    quiet_end: &str,
    now: Timestamp,
) -> Result<(), sqlx::Error> {
    on_tx!(tx, |c| sqlx::query(
        "UPDATE subscription SET language = $2, quiet_start = $3, quiet_end = $4, updated_at = $5 \
         WHERE subscription_id = $1",
    )
    .bind(subscription_id)
    .bind(language)
    .bind(quiet_start)
    .bind(quiet_end)
    .bind(now)
    .execute(c)
    .await
    .map(|_| ()))
}

/// Turns channels off: one (`Some(Channel::Email)`), or all, and withdraws the ballot news still
/// queued for them. Idempotent, as providers retry.
pub async fn stop(
    tx: &mut Tx,
    subscription_id: i64,
    channel: Option<Channel>,
    now: Timestamp,
) -> Result<(), sqlx::Error> {
    let sql = match channel {
        None => "UPDATE subscription SET email_address = NULL, sms_phone = NULL, voice_phone = NULL, updated_at = $2 WHERE subscription_id = $1",
        Some(Channel::Email) => "UPDATE subscription SET email_address = NULL, updated_at = $2 WHERE subscription_id = $1",
        Some(Channel::Sms) => "UPDATE subscription SET sms_phone = NULL, updated_at = $2 WHERE subscription_id = $1",
        Some(Channel::Voice) => "UPDATE subscription SET voice_phone = NULL, updated_at = $2 WHERE subscription_id = $1",
    };
    on_tx!(tx, |c| sqlx::query(sql)
        .bind(subscription_id)
        .bind(now)
        .execute(c)
        .await
        .map(|_| ()))?;
    let stopped = match channel {
        Some(one) => vec![one],
        None => Channel::ALL.to_vec(),
    };
    for channel in stopped {
        super::outbox::withdraw_news(tx, subscription_id, channel, None).await?;
    }
    Ok(())
}

/// STOP from a phone: texts to it stop for every subscription (those queued are withdrawn),
/// and the number is kept aside for START. Returns how many subscriptions it affected; repeating it changes nothing.
pub async fn pause_sms(tx: &mut Tx, phone: &str, now: Timestamp) -> Result<u64, sqlx::Error> {
    let paused = on_tx!(tx, |c| {
        sqlx::query(
        "UPDATE subscription SET sms_paused_phone = sms_phone, sms_phone = NULL, updated_at = $2 \
         WHERE sms_phone = $1",
    )
    .bind(phone)
    .bind(now)
    .execute(c)
    .await
    .map(|r| r.rows_affected())
    })?;
    super::outbox::withdraw_all_to(tx, Channel::Sms, phone).await?;
    Ok(paused)
}

/// START from a phone: texts resume where STOP paused them.
pub async fn resume_sms(pool: &Pool, phone: &str, now: Timestamp) -> Result<u64, sqlx::Error> {
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

/// The language of a subscription a number texts from (paused or not), for replies to it.
pub async fn language_for_sms(pool: &Pool, phone: &str) -> Result<Option<String>, sqlx::Error> {
    on_pool!(pool, |p| sqlx::query_scalar(
        "SELECT language FROM subscription WHERE sms_phone = $1 OR sms_paused_phone = $1 \
         ORDER BY subscription_id LIMIT 1",
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

/// Which of these voters have a subscription.
pub async fn subscribed_among(
    tx: &mut Tx,
    voter_ids: &[&str],
) -> Result<std::collections::HashSet<String>, sqlx::Error> {
    let mut found = std::collections::HashSet::new();
    for chunk in voter_ids.chunks(500) {
        let ids: Vec<String> = on_tx!(tx, |c, Db| {
            let mut query: sqlx::QueryBuilder<Db> =
                sqlx::QueryBuilder::new("SELECT voter_id FROM subscription WHERE voter_id IN (");
            let mut list = query.separated(", ");
            for id in chunk {
                list.push_bind(*id);
            }
            query.push(")");
            query.build_query_scalar().fetch_all(&mut *c).await
        })?;
        found.extend(ids);
    }
    Ok(found)
}
