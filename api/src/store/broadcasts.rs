//! The `broadcast` and `broadcast_recipient` tables: messages to many voters, and exactly whom
//! each reached.

use super::{on_pool, on_tx, Pool, Tx};
use crate::clock::Timestamp;

/// What a broadcast is (`broadcast.kind`, stored by its code).
#[derive(Hash, Debug, Clone, Copy, PartialEq, Eq, sqlx::Type)]
#[sqlx(type_name = "TEXT", rename_all = "snake_case")]
pub enum BroadcastKind {
    /// To voters whose ballot was mailed and is not back, before the return deadline.
    ReturnReminder,
    /// The county's own words, to voters with a ballot in the election.
    Notice,
    /// New words to exactly whom a sent broadcast reached.
    Correction,
}

impl BroadcastKind {
    pub const ALL: [BroadcastKind; 3] = [
        BroadcastKind::ReturnReminder,
        BroadcastKind::Notice,
        BroadcastKind::Correction,
    ];

    /// The stored name, also the API's and the outbox message's `kind`.
    pub fn code(self) -> &'static str {
        match self {
            BroadcastKind::ReturnReminder => "return_reminder",
            BroadcastKind::Notice => "notice",
            BroadcastKind::Correction => "correction",
        }
    }

    pub fn parse(code: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|k| k.code() == code)
    }
}

#[derive(Debug, Clone, PartialEq, Eq, sqlx::FromRow)]
pub struct Broadcast {
    pub broadcast_id: i64,
    pub kind: BroadcastKind,
    pub county: Option<String>,
    pub election_id: String,
    pub return_deadline: Option<String>,
    pub texts: String,
    pub corrects: Option<i64>,
    pub send_at: Timestamp,
    pub audience: i64,
    pub created_by: Option<i64>,
    pub created_at: Timestamp,
    pub tested_at: Option<Timestamp>,
    pub approved_by: Option<i64>,
    pub approved_at: Option<Timestamp>,
    pub cancelled_at: Option<Timestamp>,
    pub started_at: Option<Timestamp>,
    pub finished_at: Option<Timestamp>,
    pub held_reason: Option<String>,
    pub sent: Option<i64>,
}

const COLUMNS: &str = "broadcast_id, kind, county, election_id, return_deadline, texts, corrects, \
     send_at, audience, created_by, created_at, tested_at, approved_by, approved_at, cancelled_at, \
     started_at, finished_at, held_reason, sent";

pub struct NewBroadcast<'a> {
    pub kind: BroadcastKind,
    pub county: Option<&'a str>,
    pub election_id: &'a str,
    pub return_deadline: Option<&'a str>,
    pub texts_json: &'a str,
    pub corrects: Option<i64>,
    pub send_at: Timestamp,
    pub audience: i64,
    pub created_by: i64,
}

pub async fn insert(
    pool: &Pool,
    new: &NewBroadcast<'_>,
    now: Timestamp,
) -> Result<i64, sqlx::Error> {
    on_pool!(pool, |p| sqlx::query_scalar(
        "INSERT INTO broadcast (kind, county, election_id, return_deadline, texts, corrects, \
             send_at, audience, created_by, created_at) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) RETURNING broadcast_id",
    )
    .bind(new.kind)
    .bind(new.county)
    .bind(new.election_id)
    .bind(new.return_deadline)
    .bind(new.texts_json)
    .bind(new.corrects)
    .bind(new.send_at)
    .bind(new.audience)
    .bind(new.created_by)
    .bind(now)
    .fetch_one(p)
    .await)
}

pub async fn get(pool: &Pool, broadcast_id: i64) -> Result<Option<Broadcast>, sqlx::Error> {
    on_pool!(pool, |p| sqlx::query_as(&format!(
        "SELECT {COLUMNS} FROM broadcast WHERE broadcast_id = $1"
    ))
    .bind(broadcast_id)
    .fetch_optional(p)
    .await)
}

/// One subscription a broadcast would reach: whom, in which county.
#[derive(Debug, Clone, PartialEq, Eq, sqlx::FromRow)]
pub struct Recipient {
    pub subscription_id: i64,
    pub county: String,
}

/// Subscriptions with a destination on file, of voters in `county` (every county for `None`).
const REACHABLE: &str = "FROM subscription s JOIN voter v ON v.voter_id = s.voter_id \
     WHERE (s.email_address IS NOT NULL OR s.sms_phone IS NOT NULL OR s.voice_phone IS NOT NULL) \
       AND ($1 IS NULL OR lower(v.county) = lower($1))";

/// Whom a broadcast would reach now, leaving out those it already reached (a send resumed
/// after a worker died). Return reminders: voters whose ballot in the election was mailed and
/// is not back yet, who got no return reminder for it before. Notices: voters with a ballot in
/// the election. Corrections: exactly whom the corrected broadcast reached.
pub async fn audience(pool: &Pool, broadcast: &Broadcast) -> Result<Vec<Recipient>, sqlx::Error> {
    let not_yet = "AND NOT EXISTS (SELECT 1 FROM broadcast_recipient r \
                   WHERE r.broadcast_id = $3 AND r.subscription_id = s.subscription_id)";
    let sql = match broadcast.kind {
        BroadcastKind::ReturnReminder => format!(
            "SELECT s.subscription_id, v.county {REACHABLE} \
             AND (SELECT e.status FROM ballot_event e WHERE e.voter_id = v.voter_id AND e.election_id = $2 \
                  ORDER BY e.occurred_at DESC, e.event_id DESC LIMIT 1) IN ('mailed', 'in_transit_to_voter', 'delivered') \
             AND NOT EXISTS (SELECT 1 FROM broadcast_recipient r JOIN broadcast b ON b.broadcast_id = r.broadcast_id \
                 WHERE r.subscription_id = s.subscription_id AND b.kind = 'return_reminder' \
                   AND b.election_id = $2 AND b.broadcast_id <> $3) \
             {not_yet} ORDER BY s.subscription_id"
        ),
        BroadcastKind::Notice => format!(
            "SELECT s.subscription_id, v.county {REACHABLE} \
             AND EXISTS (SELECT 1 FROM ballot_event e WHERE e.voter_id = v.voter_id AND e.election_id = $2) \
             {not_yet} ORDER BY s.subscription_id"
        ),
        BroadcastKind::Correction => format!(
            "SELECT s.subscription_id, v.county {REACHABLE} \
             AND s.subscription_id IN (SELECT subscription_id FROM broadcast_recipient WHERE broadcast_id = $4) \
             {not_yet} ORDER BY s.subscription_id"
        ),
    };
    on_pool!(pool, |p| sqlx::query_as(&sql)
        .bind(broadcast.county.as_deref())
        .bind(&broadcast.election_id)
        .bind(broadcast.broadcast_id)
        .bind(broadcast.corrects.unwrap_or(0))
        .fetch_all(p)
        .await)
}

/// Subscriptions with a destination, per county (of `county`, or all): what each county's
/// audience is measured against.
pub async fn subscribers_by_county(
    pool: &Pool,
    county: Option<&str>,
) -> Result<Vec<(String, i64)>, sqlx::Error> {
    on_pool!(pool, |p| sqlx::query_as(&format!(
        "SELECT v.county, COUNT(*) {REACHABLE} GROUP BY v.county ORDER BY v.county"
    ))
    .bind(county)
    .fetch_all(p)
    .await)
}

pub async fn mark_tested(
    pool: &Pool,
    broadcast_id: i64,
    now: Timestamp,
) -> Result<(), sqlx::Error> {
    on_pool!(pool, |p| sqlx::query(
        "UPDATE broadcast SET tested_at = $2 WHERE broadcast_id = $1"
    )
    .bind(broadcast_id)
    .bind(now)
    .execute(p)
    .await
    .map(|_| ()))
}

/// Approves a tested broadcast that has not been cancelled or started; `false` otherwise.
pub async fn approve(
    pool: &Pool,
    broadcast_id: i64,
    api_key_id: i64,
    audience: i64,
    now: Timestamp,
) -> Result<bool, sqlx::Error> {
    on_pool!(pool, |p| sqlx::query(
        "UPDATE broadcast SET approved_by = $2, approved_at = $3, audience = $4 \
         WHERE broadcast_id = $1 \
         AND tested_at IS NOT NULL AND cancelled_at IS NULL AND started_at IS NULL"
    )
    .bind(broadcast_id)
    .bind(api_key_id)
    .bind(now)
    .bind(audience)
    .execute(p)
    .await
    .map(|r| r.rows_affected() == 1))
}

/// Cancels a broadcast that has not started; `false` if it has (or was already cancelled).
pub async fn cancel(pool: &Pool, broadcast_id: i64, now: Timestamp) -> Result<bool, sqlx::Error> {
    on_pool!(pool, |p| sqlx::query(
        "UPDATE broadcast SET cancelled_at = $2 WHERE broadcast_id = $1 \
         AND cancelled_at IS NULL AND started_at IS NULL"
    )
    .bind(broadcast_id)
    .bind(now)
    .execute(p)
    .await
    .map(|r| r.rows_affected() == 1))
}

/// Approved broadcasts whose time has come and that nobody is sending: not started, or
/// started by a worker whose claim ran out before it finished.
pub async fn due(
    pool: &Pool,
    now: Timestamp,
    stale: Timestamp,
) -> Result<Vec<Broadcast>, sqlx::Error> {
    on_pool!(pool, |p| sqlx::query_as(&format!(
        "SELECT {COLUMNS} FROM broadcast WHERE approved_at IS NOT NULL AND cancelled_at IS NULL \
         AND finished_at IS NULL AND held_reason IS NULL AND send_at <= $1 \
         AND (started_at IS NULL OR started_at <= $2) ORDER BY send_at"
    ))
    .bind(now)
    .bind(stale)
    .fetch_all(p)
    .await)
}

/// Claims a due broadcast for this worker (one statement, so one worker wins).
pub async fn claim(
    pool: &Pool,
    broadcast_id: i64,
    now: Timestamp,
    stale: Timestamp,
) -> Result<bool, sqlx::Error> {
    on_pool!(pool, |p| sqlx::query(
        "UPDATE broadcast SET started_at = $2 WHERE broadcast_id = $1 AND finished_at IS NULL \
         AND cancelled_at IS NULL AND (started_at IS NULL OR started_at <= $3)"
    )
    .bind(broadcast_id)
    .bind(now)
    .bind(stale)
    .execute(p)
    .await
    .map(|r| r.rows_affected() == 1))
}

pub async fn hold(pool: &Pool, broadcast_id: i64, reason: &str) -> Result<(), sqlx::Error> {
    on_pool!(pool, |p| sqlx::query(
        "UPDATE broadcast SET held_reason = $2, started_at = NULL WHERE broadcast_id = $1"
    )
    .bind(broadcast_id)
    .bind(reason)
    .execute(p)
    .await
    .map(|_| ()))
}

/// Records that these subscriptions were sent the broadcast, in the caller's transaction
/// (the same one that queues their messages).
pub async fn record_recipients(
    tx: &mut Tx,
    broadcast_id: i64,
    subscription_ids: &[i64],
) -> Result<(), sqlx::Error> {
    for chunk in subscription_ids.chunks(400) {
        on_tx!(tx, |c, Db| {
            let mut query: sqlx::QueryBuilder<Db> = sqlx::QueryBuilder::new(
                "INSERT INTO broadcast_recipient (broadcast_id, subscription_id) ",
            );
            query.push_values(chunk, |mut row, id| {
                row.push_bind(broadcast_id).push_bind(*id);
            });
            query.push(" ON CONFLICT DO NOTHING");
            query.build().execute(&mut *c).await.map(|_| ())
        })?;
    }
    Ok(())
}

pub async fn finish(pool: &Pool, broadcast_id: i64, now: Timestamp) -> Result<i64, sqlx::Error> {
    on_pool!(pool, |p| sqlx::query_scalar(
        "UPDATE broadcast SET finished_at = $2, \
             sent = (SELECT COUNT(*) FROM broadcast_recipient WHERE broadcast_id = $1) \
         WHERE broadcast_id = $1 RETURNING sent"
    )
    .bind(broadcast_id)
    .bind(now)
    .fetch_one(p)
    .await)
}

/// A recipient with what their messages need: their subscription, first name and county.
#[derive(Debug, Clone, PartialEq, Eq, sqlx::FromRow)]
pub struct RecipientDetail {
    pub subscription_id: i64,
    pub voter_id: String,
    pub language: String,
    pub email_address: Option<String>,
    pub sms_phone: Option<String>,
    pub voice_phone: Option<String>,
    pub quiet_start: String,
    pub quiet_end: String,
    pub first_name: String,
    pub county: String,
}

pub async fn recipient_details(
    pool: &Pool,
    subscription_ids: &[i64],
) -> Result<Vec<RecipientDetail>, sqlx::Error> {
    let mut details = Vec::with_capacity(subscription_ids.len());
    for chunk in subscription_ids.chunks(500) {
        let rows: Vec<RecipientDetail> = on_pool!(pool, |p| {
            let mut query: sqlx::QueryBuilder<_> = sqlx::QueryBuilder::new(
                "SELECT s.subscription_id, s.voter_id, s.language, s.email_address, s.sms_phone, \
                 s.voice_phone, s.quiet_start, s.quiet_end, v.first_name, v.county \
                 FROM subscription s JOIN voter v ON v.voter_id = s.voter_id \
                 WHERE s.subscription_id IN (",
            );
            let mut separated = query.separated(", ");
            for id in chunk {
                separated.push_bind(*id);
            }
            separated.push_unseparated(") ORDER BY s.subscription_id");
            query.build_query_as().fetch_all(p).await
        })?;
        details.extend(rows);
    }
    Ok(details)
}
