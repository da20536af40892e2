//! The `cure_reminder` table: which reminders before a signature cure's deadline each ballot
//! was sent, and the ballots that may need one.

use super::{on_pool, on_tx, Pool, Tx};
use crate::clock::Timestamp;
use ballot_shared::status::BallotStatus;

/// A ballot whose latest status is a signature problem and for which the voter sent no cure
/// that is waiting or accepted, with a subscription to tell.
#[derive(Debug, Clone, PartialEq, Eq, sqlx::FromRow)]
pub struct UncuredBallot {
    pub voter_id: String,
    pub election_id: String,
    /// The signature-problem event: its status, when it happened and its detail (JSON).
    pub event_id: String,
    pub status: BallotStatus,
    pub occurred_at: Timestamp,
    pub detail: String,
}

/// The ballots that may need a reminder (of one voter and election when both are given). The
/// latest event is found as `ballot_events::is_latest` finds it: no later `occurred_at`, and
/// at the same time no greater `event_id`. A rejected cure does not stop them: the voter may
/// still send another before the deadline.
pub async fn uncured_ballots(
    pool: &Pool,
    only: Option<(&str, &str)>,
) -> Result<Vec<UncuredBallot>, sqlx::Error> {
    let (voter_id, election_id) = only.unzip();
    on_pool!(pool, |p| sqlx::query_as(
        "SELECT e.voter_id, e.election_id, e.event_id, e.status, e.occurred_at, e.detail \
         FROM ballot_event e JOIN subscription s ON s.voter_id = e.voter_id \
         WHERE e.status IN ('signature_missing', 'signature_mismatch') \
           AND ($1 IS NULL OR e.voter_id = $1) AND ($2 IS NULL OR e.election_id = $2) \
           AND NOT EXISTS (SELECT 1 FROM ballot_event l \
               WHERE l.voter_id = e.voter_id AND l.election_id = e.election_id \
                 AND (l.occurred_at > e.occurred_at \
                      OR (l.occurred_at = e.occurred_at AND l.event_id > e.event_id))) \
           AND NOT EXISTS (SELECT 1 FROM signature_cure c \
               WHERE c.voter_id = e.voter_id AND c.election_id = e.election_id \
                 AND c.state IN ('pending', 'accepted')) \
         ORDER BY e.voter_id, e.election_id",
    )
    .bind(voter_id)
    .bind(election_id)
    .fetch_all(p)
    .await)
}

/// One reminder, `days_before` the deadline.
pub struct NewReminder<'a> {
    pub voter_id: &'a str,
    pub election_id: &'a str,
    /// `YYYY-MM-DD`.
    pub cure_deadline: &'a str,
    pub days_before: i32,
    pub event_id: &'a str,
    pub created_at: Timestamp,
}

/// Records the reminder in the caller's transaction; `false` if it was already recorded (by an
/// earlier pass, or by another worker at the same time: the unique key decides, not a read).
pub async fn record(tx: &mut Tx, reminder: &NewReminder<'_>) -> Result<bool, sqlx::Error> {
    let id: Option<i64> = on_tx!(tx, |c| {
        sqlx::query_scalar(
        "INSERT INTO cure_reminder (voter_id, election_id, cure_deadline, days_before, event_id, \
             created_at) VALUES ($1, $2, $3, $4, $5, $6) \
         ON CONFLICT (voter_id, election_id, cure_deadline, days_before) DO NOTHING \
         RETURNING cure_reminder_id",
    )
    .bind(reminder.voter_id)
    .bind(reminder.election_id)
    .bind(reminder.cure_deadline)
    .bind(reminder.days_before)
    .bind(reminder.event_id)
    .bind(reminder.created_at)
    .fetch_optional(c)
    .await
    })?;
    Ok(id.is_some())
}
