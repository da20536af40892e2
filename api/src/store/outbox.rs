//! The `outbox_message` table: messages waiting to be delivered, and what became of them.

use super::Tx;
use sqlx::SqlitePool;

pub struct NewMessage<'a> {
    pub subscription_id: i64,
    pub channel: &'a str,
    pub kind: &'a str,
    pub recipient: &'a str,
    pub sender: &'a str,
    pub subject: Option<&'a str>,
    pub body_text: &'a str,
    pub body_html: Option<&'a str>,
    /// When it may first be sent: now, or after the recipient's quiet hours.
    pub due_at: &'a str,
    /// Email only: the RFC 8058 one-click unsubscribe address.
    pub list_unsubscribe: Option<&'a str>,
}

#[derive(Debug, Clone, PartialEq, Eq, sqlx::FromRow)]
pub struct OutboxMessage {
    pub outbox_message_id: i64,
    pub subscription_id: i64,
    pub channel: String,
    pub kind: String,
    pub recipient: String,
    pub sender: String,
    pub subject: Option<String>,
    pub body_text: String,
    pub body_html: Option<String>,
    pub state: String,
    pub attempts: i64,
    pub created_at: String,
    pub sent_at: Option<String>,
    pub last_error: Option<String>,
    pub list_unsubscribe: Option<String>,
}

const COLUMNS: &str = "outbox_message_id, subscription_id, channel, kind, recipient, sender, \
     subject, body_text, body_html, state, attempts, created_at, sent_at, last_error, list_unsubscribe";

/// Queues a message in the caller's transaction.
pub async fn enqueue(tx: &mut Tx, message: &NewMessage<'_>, now: &str) -> Result<i64, sqlx::Error> {
    sqlx::query_scalar(
        "INSERT INTO outbox_message (subscription_id, channel, kind, recipient, sender, subject, \
             body_text, body_html, state, attempts, next_attempt_at, created_at, list_unsubscribe) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, 'pending', 0, $9, $10, $11) \
         RETURNING outbox_message_id",
    )
    .bind(message.subscription_id)
    .bind(message.channel)
    .bind(message.kind)
    .bind(message.recipient)
    .bind(message.sender)
    .bind(message.subject)
    .bind(message.body_text)
    .bind(message.body_html)
    .bind(message.due_at)
    .bind(now)
    .bind(message.list_unsubscribe)
    .fetch_one(&mut **tx)
    .await
}

/// Takes up to `limit` due messages for delivery: pending ones whose time has come, and ones
/// whose earlier claim expired (a worker that died mid-send). The claim is a lease until
/// `lease_until`, so two workers never send the same message while the lease holds.
pub async fn claim_due(
    pool: &SqlitePool,
    limit: i64,
    now: &str,
    lease_until: &str,
) -> Result<Vec<OutboxMessage>, sqlx::Error> {
    sqlx::query_as(&format!(
        "UPDATE outbox_message SET state = 'sending', locked_until = $1, attempts = attempts + 1 \
         WHERE outbox_message_id IN ( \
             SELECT outbox_message_id FROM outbox_message \
             WHERE (state = 'pending' AND next_attempt_at <= $2) \
                OR (state = 'sending' AND locked_until <= $2) \
             ORDER BY next_attempt_at, outbox_message_id LIMIT $3) \
         RETURNING {COLUMNS}"
    ))
    .bind(lease_until)
    .bind(now)
    .bind(limit)
    .fetch_all(pool)
    .await
}

/// Records an attempt and its outcome beside the message's new state, in one transaction.
async fn record_attempt<'q>(
    pool: &SqlitePool,
    id: i64,
    outcome: &str,
    error: Option<&str>,
    update: sqlx::query::Query<'q, sqlx::Sqlite, sqlx::sqlite::SqliteArguments<'q>>,
) -> Result<(), sqlx::Error> {
    let mut tx = super::begin_write(pool).await?;
    update.execute(&mut *tx).await?;
    sqlx::query(
        "INSERT INTO delivery_attempt (outbox_message_id, attempted_at, outcome, error) VALUES ($1, $2, $3, $4)",
    )
    .bind(id)
    .bind(crate::clock::now())
    .bind(outcome)
    .bind(error)
    .execute(&mut *tx)
    .await?;
    tx.commit().await
}

pub async fn mark_sent(pool: &SqlitePool, id: i64, now: &str) -> Result<(), sqlx::Error> {
    let update = sqlx::query(
        "UPDATE outbox_message SET state = 'sent', sent_at = $2, locked_until = NULL, last_error = NULL \
         WHERE outbox_message_id = $1",
    )
    .bind(id)
    .bind(now);
    record_attempt(pool, id, "sent", None, update).await
}

/// Puts a message whose delivery failed back in the queue until `next_attempt_at`.
pub async fn schedule_retry(
    pool: &SqlitePool,
    id: i64,
    next_attempt_at: &str,
    error: &str,
) -> Result<(), sqlx::Error> {
    let update = sqlx::query(
        "UPDATE outbox_message SET state = 'pending', next_attempt_at = $2, locked_until = NULL, \
             last_error = $3 \
         WHERE outbox_message_id = $1",
    )
    .bind(id)
    .bind(next_attempt_at)
    .bind(error);
    record_attempt(pool, id, "retry", Some(error), update).await
}

/// Gives up on a message that can never be delivered; it stays, with its error, for operators.
pub async fn mark_dead(pool: &SqlitePool, id: i64, error: &str) -> Result<(), sqlx::Error> {
    let update = sqlx::query(
        "UPDATE outbox_message SET state = 'dead', locked_until = NULL, last_error = $2 \
         WHERE outbox_message_id = $1",
    )
    .bind(id)
    .bind(error);
    record_attempt(pool, id, "dead", Some(error), update).await
}

/// The newest messages, newest first (the local message viewer).
pub async fn list_recent(pool: &SqlitePool, limit: i64) -> Result<Vec<OutboxMessage>, sqlx::Error> {
    sqlx::query_as(&format!(
        "SELECT {COLUMNS} FROM outbox_message ORDER BY outbox_message_id DESC LIMIT $1"
    ))
    .bind(limit)
    .fetch_all(pool)
    .await
}

pub async fn list_for_subscription(
    pool: &SqlitePool,
    subscription_id: i64,
) -> Result<Vec<OutboxMessage>, sqlx::Error> {
    sqlx::query_as(&format!(
        "SELECT {COLUMNS} FROM outbox_message WHERE subscription_id = $1 ORDER BY outbox_message_id"
    ))
    .bind(subscription_id)
    .fetch_all(pool)
    .await
}
