//! The `ballot_event` table: each voter's ballot timeline.

use super::{on_pool, on_tx, Pool, Tx};
use crate::clock::Timestamp;
use ballot_shared::status::BallotStatus;

pub struct NewEvent<'a> {
    /// The voter's county, lower-case: event ids are unique per county.
    pub county_key: &'a str,
    pub event_id: &'a str,
    pub voter_id: &'a str,
    pub election_id: &'a str,
    pub status: BallotStatus,
    pub occurred_at: Timestamp,
    pub detail_json: &'a str,
}

#[derive(Debug, Clone, PartialEq, Eq, sqlx::FromRow)]
pub struct EventRow {
    pub event_id: String,
    pub voter_id: String,
    pub election_id: String,
    pub status: BallotStatus,
    pub occurred_at: Timestamp,
    pub detail: String,
}

/// The PostgreSQL channel that ingest `NOTIFY`s (`domain::status_changes` listens); payloads
/// are subscription ids separated by commas.
pub const CHANNEL: &str = "ballot_status_changed";

/// Records the event unless its county already posted its `event_id`; `true` if it was new.
pub async fn insert_if_new(
    tx: &mut Tx,
    event: &NewEvent<'_>,
    now: Timestamp,
) -> Result<bool, sqlx::Error> {
    let inserted: Option<String> = on_tx!(tx, |c| {
        sqlx::query_scalar(
        "INSERT INTO ballot_event (county_key, event_id, voter_id, election_id, status, occurred_at, detail, received_at) \
         VALUES ($8, $1, $2, $3, $4, $5, $6, $7) ON CONFLICT (county_key, event_id) DO NOTHING RETURNING event_id",
    )
    .bind(event.event_id)
    .bind(event.voter_id)
    .bind(event.election_id)
    .bind(event.status)
    .bind(event.occurred_at)
    .bind(event.detail_json)
    .bind(now)
    .bind(event.county_key)
    .fetch_optional(c)
    .await
    })?;
    Ok(inserted.is_some())
}

const EVENT_COLUMNS: &str =
    "county_key, event_id, voter_id, election_id, status, occurred_at, detail, received_at";

/// Records many events at once, each unless its county already posted its `event_id`;
/// returns how many were new. For events nobody is told about (a voter with no
/// subscription), where one statement per few hundred events is what keeps a scan feed fast.
pub async fn insert_many(
    tx: &mut Tx,
    events: &[NewEvent<'_>],
    now: Timestamp,
) -> Result<u64, sqlx::Error> {
    if let Tx::Postgres(t) = tx {
        let now = now.to_string();
        let times: Vec<String> = events.iter().map(|e| e.occurred_at.to_string()).collect();
        let rows = events.iter().zip(&times).map(|(e, at)| {
            vec![
                Some(e.county_key),
                Some(e.event_id),
                Some(e.voter_id),
                Some(e.election_id),
                Some(e.status.code()),
                Some(at.as_str()),
                Some(e.detail_json),
                Some(now.as_str()),
            ]
        });
        return super::copy_insert_new(t, "ballot_event", EVENT_COLUMNS, rows).await;
    }
    let mut inserted = 0;
    // 8 parameters each: far below either database's limit.
    for chunk in events.chunks(1_000) {
        inserted += on_tx!(tx, |c, Db| {
            let mut query: sqlx::QueryBuilder<Db> =
                sqlx::QueryBuilder::new(format!("INSERT INTO ballot_event ({EVENT_COLUMNS}) "));
            query.push_values(chunk, |mut row, e| {
                row.push_bind(e.county_key)
                    .push_bind(e.event_id)
                    .push_bind(e.voter_id)
                    .push_bind(e.election_id)
                    .push_bind(e.status)
                    .push_bind(e.occurred_at)
                    .push_bind(e.detail_json)
                    .push_bind(now);
            });
            query.push(" ON CONFLICT (county_key, event_id) DO NOTHING");
            query
                .build()
                .execute(&mut *c)
                .await
                .map(|done| done.rows_affected())
        })?;
    }
    Ok(inserted)
}

/// Whether no other event of this voter's election happened later: only then is the event the
/// ballot's current status (events may arrive out of order).
pub async fn is_latest(tx: &mut Tx, event: &NewEvent<'_>) -> Result<bool, sqlx::Error> {
    let later: i64 = on_tx!(tx, |c| sqlx::query_scalar(
        "SELECT COUNT(*) FROM ballot_event WHERE voter_id = $1 AND election_id = $2 \
         AND NOT (event_id = $3 AND county_key = $5) \
         AND (occurred_at > $4 OR (occurred_at = $4 AND event_id > $3))",
    )
    .bind(event.voter_id)
    .bind(event.election_id)
    .bind(event.event_id)
    .bind(event.occurred_at)
    .bind(event.county_key)
    .fetch_one(c)
    .await)?;
    Ok(later == 0)
}

/// A voter's events, oldest first.
pub async fn timeline(pool: &Pool, voter_id: &str) -> Result<Vec<EventRow>, sqlx::Error> {
    on_pool!(pool, |p| sqlx::query_as(
        "SELECT event_id, voter_id, election_id, status, occurred_at, detail FROM ballot_event \
         WHERE voter_id = $1 ORDER BY election_id, occurred_at, event_id",
    )
    .bind(voter_id)
    .fetch_all(p)
    .await)
}

pub async fn count(pool: &Pool) -> Result<i64, sqlx::Error> {
    on_pool!(pool, |p| sqlx::query_scalar(
        "SELECT COUNT(*) FROM ballot_event"
    )
    .fetch_one(p)
    .await)
}

/// SQLite: the newest event's number (events from other processes are found by it).
pub async fn last_row(pool: &Pool) -> Result<i64, sqlx::Error> {
    match pool {
        Pool::Sqlite(p, _) => {
            sqlx::query_scalar("SELECT COALESCE(MAX(ballot_event_id), 0) FROM ballot_event")
                .fetch_one(p)
                .await
        }
        Pool::Postgres(_) => Ok(0),
    }
}

/// SQLite: the subscriptions whose voters got events after row `since`, and the newest row.
pub async fn subscriptions_changed_since(
    pool: &Pool,
    since: i64,
) -> Result<(i64, Vec<i64>), sqlx::Error> {
    let Pool::Sqlite(p, _) = pool else {
        return Ok((since, Vec::new()));
    };
    let last: i64 =
        sqlx::query_scalar("SELECT COALESCE(MAX(ballot_event_id), 0) FROM ballot_event")
            .fetch_one(p)
            .await?;
    if last <= since {
        return Ok((since, Vec::new()));
    }
    let ids: Vec<i64> = sqlx::query_scalar(
        "SELECT DISTINCT s.subscription_id FROM ballot_event e \
         JOIN subscription s ON s.voter_id = e.voter_id \
         WHERE e.ballot_event_id > $1 AND e.ballot_event_id <= $2",
    )
    .bind(since)
    .bind(last)
    .fetch_all(p)
    .await?;
    Ok((last, ids))
}

/// PostgreSQL: tells every instance's listener, when the caller's transaction commits, which
/// subscriptions' ballots changed (`status_changes`). SQLite's watcher needs nothing.
pub async fn notify_changed(tx: &mut Tx, subscription_ids: &[i64]) -> Result<(), sqlx::Error> {
    let Tx::Postgres(t) = tx else {
        return Ok(());
    };
    // A payload must stay under 8000 bytes.
    for chunk in subscription_ids.chunks(500) {
        let payload = chunk
            .iter()
            .map(i64::to_string)
            .collect::<Vec<_>>()
            .join(",");
        sqlx::query("SELECT pg_notify($1, $2)")
            .bind(CHANNEL)
            .bind(payload)
            .execute(&mut **t)
            .await?;
    }
    Ok(())
}
