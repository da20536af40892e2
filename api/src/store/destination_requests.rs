//! The `destination_request` table: new destinations waiting to be confirmed, and the record
//! of each change they made (for undo).

use super::{on_pool, on_tx, Pool, Tx};
use crate::clock::Timestamp;
use ballot_shared::channels::Channel;

/// Where a request for a new destination came from (`via`, stored by its code).
#[derive(Debug, Clone, Copy, PartialEq, Eq, sqlx::Type)]
#[sqlx(type_name = "TEXT", rename_all = "snake_case")]
pub enum Via {
    /// A sign-up: anyone who typed the voter's name, date of birth and ZIP code.
    Signup,
    /// A manage link: the voter (or whoever they forwarded it to).
    Manage,
}

impl Via {
    pub fn code(self) -> &'static str {
        match self {
            Via::Signup => "signup",
            Via::Manage => "manage",
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, sqlx::FromRow)]
pub struct DestinationRequest {
    pub destination_request_id: i64,
    pub subscription_id: i64,
    pub channel: Channel,
    pub destination: String,
    pub language: String,
    /// A sign-up (anyone who typed the voter's details) or a manage link's holder.
    pub via: Via,
    pub created_at: Timestamp,
    pub expires_at: Timestamp,
    pub confirmed_at: Option<Timestamp>,
    pub cancelled_at: Option<Timestamp>,
    pub replaced_destination: Option<String>,
    pub undone_at: Option<Timestamp>,
}

const COLUMNS: &str = "destination_request_id, subscription_id, channel, destination, language, \
     via, created_at, expires_at, confirmed_at, cancelled_at, replaced_destination, undone_at";

/// Makes concurrent requests for this subscription or this destination wait for each other
/// until the caller's transaction ends, so that the daily caps are counted one at a time.
/// SQLite's single writer already does; PostgreSQL takes a row lock and an advisory lock.
pub async fn serialise_for(
    tx: &mut Tx,
    subscription_id: i64,
    destination: &str,
) -> Result<(), sqlx::Error> {
    lock_subscription(tx, subscription_id).await?;
    let Tx::Postgres(t) = tx else {
        return Ok(());
    };
    sqlx::query("SELECT pg_advisory_xact_lock(hashtextextended($1, 11))")
        .bind(format!("confirmations to {destination}"))
        .execute(&mut **t)
        .await?;
    Ok(())
}

/// Makes whatever else changes this subscription's destinations wait until the caller's
/// transaction ends (a confirmation and an undo at once must not both apply). SQLite's single
/// writer already does; PostgreSQL locks the subscription's row.
pub async fn lock_subscription(tx: &mut Tx, subscription_id: i64) -> Result<(), sqlx::Error> {
    if let Tx::Postgres(t) = tx {
        sqlx::query("SELECT 1 FROM subscription WHERE subscription_id = $1 FOR UPDATE")
            .bind(subscription_id)
            .execute(&mut **t)
            .await?;
    }
    Ok(())
}

pub struct NewRequest<'a> {
    pub subscription_id: i64,
    pub channel: Channel,
    pub destination: &'a str,
    pub language: &'a str,
    pub via: Via,
    pub expires_at: Timestamp,
}

/// Records a request in the caller's transaction. One from a manage link first cancels any
/// still waiting for the same channel: the voter's own choice replaces what anyone typed. One
/// from a sign-up cancels nothing, so a stranger's sign-up cannot void the confirmation the
/// voter is about to click.
pub async fn insert(
    tx: &mut Tx,
    request: &NewRequest<'_>,
    now: Timestamp,
) -> Result<i64, sqlx::Error> {
    if request.via == Via::Manage {
        cancel_waiting(tx, request.subscription_id, Some(request.channel), now).await?;
    }
    on_tx!(tx, |c| sqlx::query_scalar(
        "INSERT INTO destination_request (subscription_id, channel, destination, language, via, \
             created_at, expires_at) VALUES ($1, $2, $3, $4, $5, $6, $7) \
         RETURNING destination_request_id",
    )
    .bind(request.subscription_id)
    .bind(request.channel)
    .bind(request.destination)
    .bind(request.language)
    .bind(request.via)
    .bind(now)
    .bind(request.expires_at)
    .fetch_one(c)
    .await)
}

/// Cancels requests still waiting, for one channel or all (the channel was turned off).
pub async fn cancel_waiting(
    tx: &mut Tx,
    subscription_id: i64,
    channel: Option<Channel>,
    now: Timestamp,
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
    channel: Channel,
    destination: &str,
    now: Timestamp,
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
    now: Timestamp,
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
    channel: Channel,
    destination: &str,
    now: Timestamp,
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

/// Marks a request confirmed, with what the channel held before it, if it is still waiting
/// and unexpired; `false` when it is not (another confirmation or a cancel came first).
pub async fn mark_confirmed(
    tx: &mut Tx,
    id: i64,
    replaced: Option<&str>,
    now: Timestamp,
) -> Result<bool, sqlx::Error> {
    on_tx!(tx, |c| sqlx::query(
        "UPDATE destination_request SET confirmed_at = $2, replaced_destination = $3 \
         WHERE destination_request_id = $1 AND confirmed_at IS NULL AND cancelled_at IS NULL \
           AND expires_at > $2",
    )
    .bind(id)
    .bind(now)
    .bind(replaced)
    .execute(c)
    .await
    .map(|r| r.rows_affected() == 1))
}

/// Marks a confirmed change undone, once; `false` when it already was.
pub async fn mark_undone(tx: &mut Tx, id: i64, now: Timestamp) -> Result<bool, sqlx::Error> {
    on_tx!(tx, |c| sqlx::query(
        "UPDATE destination_request SET undone_at = $2 \
         WHERE destination_request_id = $1 AND confirmed_at IS NOT NULL AND undone_at IS NULL"
    )
    .bind(id)
    .bind(now)
    .execute(c)
    .await
    .map(|r| r.rows_affected() == 1))
}

/// Cancels one request if it is still waiting (the unsubscribe link in its own confirmation).
pub async fn cancel(tx: &mut Tx, id: i64, now: Timestamp) -> Result<bool, sqlx::Error> {
    on_tx!(tx, |c| sqlx::query(
        "UPDATE destination_request SET cancelled_at = $2 \
         WHERE destination_request_id = $1 AND confirmed_at IS NULL AND cancelled_at IS NULL"
    )
    .bind(id)
    .bind(now)
    .execute(c)
    .await
    .map(|r| r.rows_affected() == 1))
}

/// How many confirmations went out since `since` for this subscription's requests that came
/// `via` one way: a stranger's sign-ups use up their own daily allowance, not the voter's.
pub async fn confirmations_sent_since(
    tx: &mut Tx,
    subscription_id: i64,
    via: Via,
    since: Timestamp,
) -> Result<i64, sqlx::Error> {
    on_tx!(tx, |c| sqlx::query_scalar(
        "SELECT COUNT(*) FROM outbox_message o \
         JOIN destination_request r ON r.destination_request_id = o.destination_request_id \
         WHERE o.subscription_id = $1 AND o.kind = 'confirm_destination' AND o.created_at > $3 \
           AND r.via = $2"
    )
    .bind(subscription_id)
    .bind(via)
    .bind(since)
    .fetch_one(c)
    .await)
}

/// The request this subscription already has waiting for this destination, if any.
pub async fn waiting_for(
    tx: &mut Tx,
    subscription_id: i64,
    channel: Channel,
    destination: &str,
    now: Timestamp,
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
    channel: Channel,
    destination: &str,
) -> Result<Option<Timestamp>, sqlx::Error> {
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
