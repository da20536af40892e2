//! Counts for operators (`GET /api/v1/admin/stats`), statewide or for one county.

use super::{on_pool, Pool};
use std::collections::BTreeMap;

#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, utoipa::ToSchema)]
pub struct Stats {
    pub voters: i64,
    pub subscriptions: i64,
    pub ballot_events: i64,
    /// Outbox messages by state: pending, sending, sent, dead.
    pub messages: BTreeMap<String, i64>,
}

/// A county is matched as keys match it: without regard to case (voter files differ).
pub async fn stats(pool: &Pool, county: Option<&str>) -> Result<Stats, sqlx::Error> {
    let voters = on_pool!(pool, |p| sqlx::query_scalar(
        "SELECT COUNT(*) FROM voter WHERE ($1 IS NULL OR LOWER(county) = LOWER($1))"
    )
    .bind(county)
    .fetch_one(p)
    .await)?;
    let subscriptions = on_pool!(pool, |p| sqlx::query_scalar(
        "SELECT COUNT(*) FROM subscription s JOIN voter v ON v.voter_id = s.voter_id \
         WHERE ($1 IS NULL OR LOWER(v.county) = LOWER($1))",
    )
    .bind(county)
    .fetch_one(p)
    .await)?;
    let ballot_events = on_pool!(pool, |p| sqlx::query_scalar(
        "SELECT COUNT(*) FROM ballot_event e JOIN voter v ON v.voter_id = e.voter_id \
         WHERE ($1 IS NULL OR LOWER(v.county) = LOWER($1))",
    )
    .bind(county)
    .fetch_one(p)
    .await)?;
    let by_state: Vec<(String, i64)> = on_pool!(pool, |p| sqlx::query_as(
        "SELECT o.state, COUNT(*) FROM outbox_message o \
         JOIN subscription s ON s.subscription_id = o.subscription_id \
         JOIN voter v ON v.voter_id = s.voter_id \
         WHERE ($1 IS NULL OR LOWER(v.county) = LOWER($1)) GROUP BY o.state",
    )
    .bind(county)
    .fetch_all(p)
    .await)?;
    let mut messages: BTreeMap<String, i64> = super::outbox::OutboxState::ALL
        .into_iter()
        .map(|s| (s.code().to_string(), 0))
        .collect();
    messages.extend(by_state);
    Ok(Stats {
        voters,
        subscriptions,
        ballot_events,
        messages,
    })
}
