//! The `audit_event` table: what operators did.

use super::{on_pool, Pool};
use crate::clock::Timestamp;

pub struct AuditEvent<'a> {
    pub at: Timestamp,
    pub api_key_id: Option<i64>,
    pub actor: &'a str,
    pub county: Option<&'a str>,
    pub action: &'a str,
    pub outcome: &'a str,
}

pub async fn insert(pool: &Pool, event: &AuditEvent<'_>) -> Result<(), sqlx::Error> {
    on_pool!(pool, |p| sqlx::query(
        "INSERT INTO audit_event (at, api_key_id, actor, county, action, outcome) \
         VALUES ($1, $2, $3, $4, $5, $6)"
    )
    .bind(event.at)
    .bind(event.api_key_id)
    .bind(event.actor)
    .bind(event.county)
    .bind(event.action)
    .bind(event.outcome)
    .execute(p)
    .await
    .map(|_| ()))
}

/// Counts a refused operator request (no key, or an unknown one) in its minute: a flood of
/// them adds to a count rather than a row each.
pub async fn count_refusal(
    pool: &Pool,
    minute: &str,
    actor: &str,
    action: &str,
    outcome: &str,
) -> Result<(), sqlx::Error> {
    on_pool!(pool, |p| {
        sqlx::query(
        "INSERT INTO audit_refusal (minute, actor, action, outcome, count) VALUES ($1, $2, $3, $4, 1) \
         ON CONFLICT (minute, actor, action, outcome) DO UPDATE SET count = audit_refusal.count + 1"
    )
    .bind(minute)
    .bind(actor)
    .bind(action)
    .bind(outcome)
    .execute(p)
    .await
    .map(|_| ())
    })
}
