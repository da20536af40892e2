//! The `election_reminder` and `reminder_sent` tables.

use super::{on_pool, on_tx, Pool, Tx};

#[derive(Debug, Clone, PartialEq, Eq, sqlx::FromRow)]
pub struct ElectionReminder {
    pub county: String,
    pub election_id: String,
    pub return_deadline: String,
}

/// Sets (or moves) a county's reminder for an election; a moved reminder runs again, and
/// `reminder_sent` still keeps it to once per voter.
pub async fn upsert(
    pool: &Pool,
    county: &str,
    election_id: &str,
    remind_at: &str,
    return_deadline: &str,
) -> Result<(), sqlx::Error> {
    on_pool!(pool, |p| {
        sqlx::query(
        "INSERT INTO election_reminder (county, election_id, remind_at, return_deadline) VALUES ($1, $2, $3, $4) \
         ON CONFLICT (county, election_id) DO UPDATE SET remind_at = excluded.remind_at, \
             return_deadline = excluded.return_deadline, done_at = NULL",
    )
    .bind(county)
    .bind(election_id)
    .bind(remind_at)
    .bind(return_deadline)
    .execute(p)
    .await
    .map(|_| ())
    })
}

pub async fn due(pool: &Pool, now: &str) -> Result<Vec<ElectionReminder>, sqlx::Error> {
    on_pool!(pool, |p| sqlx::query_as(
        "SELECT county, election_id, return_deadline FROM election_reminder \
         WHERE done_at IS NULL AND remind_at <= $1 ORDER BY remind_at",
    )
    .bind(now)
    .fetch_all(p)
    .await)
}

/// Voters of the county with a subscription whose ballot's latest status in the election is
/// mailed or on its way to them, and who have not been reminded.
pub async fn voters_to_remind(
    tx: &mut Tx,
    reminder: &ElectionReminder,
) -> Result<Vec<String>, sqlx::Error> {
    on_tx!(tx, |c| {
        sqlx::query_scalar(
        "SELECT v.voter_id FROM voter v JOIN subscription s ON s.voter_id = v.voter_id \
         WHERE v.county = $1 \
           AND (SELECT e.status FROM ballot_event e WHERE e.voter_id = v.voter_id AND e.election_id = $2 \
                ORDER BY e.occurred_at DESC, e.event_id DESC LIMIT 1) IN ('mailed', 'in_transit_to_voter') \
           AND NOT EXISTS (SELECT 1 FROM reminder_sent r WHERE r.voter_id = v.voter_id AND r.election_id = $2) \
         ORDER BY v.voter_id",
    )
    .bind(&reminder.county)
    .bind(&reminder.election_id)
    .fetch_all(c)
    .await
    })
}

/// `true` if this is the first reminder for the voter in this election.
pub async fn record_sent(
    tx: &mut Tx,
    voter_id: &str,
    election_id: &str,
    now: &str,
) -> Result<bool, sqlx::Error> {
    let inserted: Option<String> = on_tx!(tx, |c| sqlx::query_scalar(
        "INSERT INTO reminder_sent (voter_id, election_id, sent_at) VALUES ($1, $2, $3) \
         ON CONFLICT DO NOTHING RETURNING voter_id",
    )
    .bind(voter_id)
    .bind(election_id)
    .bind(now)
    .fetch_optional(c)
    .await)?;
    Ok(inserted.is_some())
}

pub async fn mark_done(
    tx: &mut Tx,
    reminder: &ElectionReminder,
    now: &str,
) -> Result<(), sqlx::Error> {
    on_tx!(tx, |c| sqlx::query(
        "UPDATE election_reminder SET done_at = $3 WHERE county = $1 AND election_id = $2"
    )
    .bind(&reminder.county)
    .bind(&reminder.election_id)
    .bind(now)
    .execute(c)
    .await
    .map(|_| ()))
}
