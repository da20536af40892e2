//! The `destination_request` table: new destinations waiting to be confirmed, and the record
//! of each change they made (for undo).

use super::{on_pool, on_tx, Pool, Tx};

#[derive(Debug, Clone, PartialEq, Eq, sqlx::FromRow)]
pub struct DestinationRequest {
    pub destination_request_id: i64,
    pub subscription_id: i64,
    pub channel: String,
    pub destination: String,
    pub language: String,
    pub created_at: String,
    pub expires_at: String,
    pub confirmed_at: Option<String>,
    pub cancelled_at: Option<String>,
    pub replaced_destination: Option<String>,
    pub undone_at: Option<String>,
}

const COLUMNS: &str = "destination_request_id, subscription_id, channel, destination, language, \
     created_at, expires_at, confirmed_at, cancelled_at, replaced_destination, undone_at";

/// Makes concurrent requests for this subscription or this destination wait for each other
/// until the caller's transaction ends, so that the daily caps are counted one at a time.
/// SQLite's single writer already does; PostgreSQL takes a row lock and an advisory lock.
pub async fn serialise_for(
    tx: &mut Tx,
    subscription_id: i64,
    destination: &str,
) -> Result<(), sqlx::Error> {
    let Tx::Postgres(t) = tx else {
        return Ok(());
    };
    sqlx::query("SELECT 1 FROM subscription WHERE subscription_id = $1 FOR UPDATE")
        .bind(subscription_id)
        .execute(&mut **t)
        .await?;
    sqlx::query("SELECT pg_advisory_xact_lock(hashtextextended($1, 11))")
        .bind(format!("confirmations to {destination}"))
        .execute(&mut **t)
        .await?;
    Ok(())
}

pub struct NewRequest<'a> {
    pub subscription_id: i64,
    pub channel: &'a str,
    pub destination: &'a str,
    pub language: &'a str,
    pub expires_at: &'a str,
}

/// Records a request in the caller's transaction, after cancelling any earlier one still
/// waiting for the same channel (only the newest destination typed can be confirmed).
pub async fn insert(tx: &mut Tx, request: &NewRequest<'_>, now: &str) -> Result<i64, sqlx::Error> {
    cancel_waiting(tx, request.subscription_id, Some(request.channel), now).await?;
    on_tx!(tx, |c| sqlx::query_scalar(
        "INSERT INTO destination_request (subscription_id, channel, destination, language, \
             created_at, expires_at) VALUES ($1, $2, $3, $4, $5, $6) \
         RETURNING destination_request_id",
    )
    .bind(request.subscription_id)
    .bind(request.channel)
    .bind(request.destination)
    .bind(request.language)
    .bind(now)
    .bind(request.expires_at)
    .fetch_one(c)
    .await)
}

/// Cancels requests still waiting, for one channel or all (the channel was turned off).
pub async fn cancel_waiting(
    tx: &mut Tx,
    subscription_id: i64,
    channel: Option<&str>,
    now: &str,
) -> Result<u64, sqlx::Error> {
    on_tx!(tx, |c| sqlx::query(
        "UPDATE destination_request SET cancelled_at = $3 \
         WHERE subscription_id = $1 AND ($2 IS NULL OR channel = $2) \
           AND confirmed_at IS NULL AND cancelled_at IS NULL",
    )
    .bind(subscription_id)
    .bind(channel)
    .bind(now)
    .execute(c)
    .await
    .map(|r| r.rows_affected()))
}

/// STOP from a number: any request still waiting for it is cancelled too.
pub async fn cancel_waiting_for(
    tx: &mut Tx,
    channel: &str,
    destination: &str,
    now: &str,
) -> Result<u64, sqlx::Error> {
    on_tx!(tx, |c| sqlx::query(
        "UPDATE destination_request SET cancelled_at = $3 \
         WHERE channel = $1 AND destination = $2 AND confirmed_at IS NULL AND cancelled_at IS NULL",
    )
    .bind(channel)
    .bind(destination)
    .bind(now)
    .execute(c)
    .await
    .map(|r| r.rows_affected()))
}

pub async fn get(tx: &mut Tx, id: i64) -> Result<Option<DestinationRequest>, sqlx::Error> {
    on_tx!(tx, |c| sqlx::query_as(&format!(
        "SELECT {COLUMNS} FROM destination_request WHERE destination_request_id = $1"
    ))
    .bind(id)
    .fetch_optional(c)
    .await)
}

/// The requests of a subscription still waiting and not expired, oldest first.
pub async fn waiting(
    pool: &Pool,
    subscription_id: i64,
    now: &str,
) -> Result<Vec<DestinationRequest>, sqlx::Error> {
    on_pool!(pool, |p| sqlx::query_as(&format!(
        "SELECT {COLUMNS} FROM destination_request WHERE subscription_id = $1 \
         AND confirmed_at IS NULL AND cancelled_at IS NULL AND expires_at > $2 \
         ORDER BY destination_request_id"
    ))
    .bind(subscription_id)
    .bind(now)
    .fetch_all(p)
    .await)
}

/// The newest request still waiting for this destination on this channel (YES by text).
pub async fn newest_waiting_for(
    tx: &mut Tx,
    channel: &str,
    destination: &str,
    now: &str,
) -> Result<Option<DestinationRequest>, sqlx::Error> {
    on_tx!(tx, |c| sqlx::query_as(&format!(
        "SELECT {COLUMNS} FROM destination_request WHERE channel = $1 AND destination = $2 \
         AND confirmed_at IS NULL AND cancelled_at IS NULL AND expires_at > $3 \
         ORDER BY destination_request_id DESC LIMIT 1"
    ))
    .bind(channel)
    .bind(destination)
    .bind(now)
    .fetch_optional(c)
    .await)
}

/// Marks a request confirmed, with what the channel held before it.
pub async fn mark_confirmed(
    tx: &mut Tx,
    id: i64,
    replaced: Option<&str>,
    now: &str,
) -> Result<(), sqlx::Error> {
    on_tx!(tx, |c| sqlx::query(
        "UPDATE destination_request SET confirmed_at = $2, replaced_destination = $3 \
         WHERE destination_request_id = $1",
    )
    .bind(id)
    .bind(now)
    .bind(replaced)
    .execute(c)
    .await
    .map(|_| ()))
}

pub async fn mark_undone(tx: &mut Tx, id: i64, now: &str) -> Result<(), sqlx::Error> {
    on_tx!(tx, |c| sqlx::query(
        "UPDATE destination_request SET undone_at = $2 WHERE destination_request_id = $1"
    )
    .bind(id)
    .bind(now)
    .execute(c)
    .await
    .map(|_| ()))
}

/// The request this subscription already has waiting for this destination, if any.
pub async fn waiting_for(
    tx: &mut Tx,
    subscription_id: i64,
    channel: &str,
    destination: &str,
    now: &str,
) -> Result<Option<DestinationRequest>, sqlx::Error> {
    on_tx!(tx, |c| {
        sqlx::query_as(&format!(
        "SELECT {COLUMNS} FROM destination_request WHERE subscription_id = $1 AND channel = $2 \
         AND destination = $3 AND confirmed_at IS NULL AND cancelled_at IS NULL AND expires_at > $4 \
         ORDER BY destination_request_id DESC LIMIT 1"
    ))
    .bind(subscription_id)
    .bind(channel)
    .bind(destination)
    .bind(now)
    .fetch_optional(c)
    .await
    })
}

/// When the confirmed destination of a channel was asked for (`None`: on file from before
/// destinations were confirmed).
pub async fn asked_at(
    tx: &mut Tx,
    subscription_id: i64,
    channel: &str,
    destination: &str,
) -> Result<Option<String>, sqlx::Error> {
    on_tx!(tx, |c| sqlx::query_scalar(
        "SELECT created_at FROM destination_request WHERE subscription_id = $1 AND channel = $2 \
         AND destination = $3 AND confirmed_at IS NOT NULL ORDER BY confirmed_at DESC LIMIT 1"
    )
    .bind(subscription_id)
    .bind(channel)
    .bind(destination)
    .fetch_optional(c)
    .await)
}
