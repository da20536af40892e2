//! The `signature_cure` table: cures voters sent from the tracker, as the county reviews them.
//! `content` arrives here already encrypted (`domain::signature_cures`); this module never
//! sees a signature in the clear.

use super::{on_pool, on_tx, Pool, Tx};
use crate::clock::Timestamp;

/// Where a cure is in the county's review (the `state` column).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, sqlx::Type)]
#[sqlx(type_name = "TEXT", rename_all = "snake_case")]
pub enum CureState {
    Pending,
    Accepted,
    Rejected,
}

impl CureState {
    pub fn code(self) -> &'static str {
        match self {
            CureState::Pending => "pending",
            CureState::Accepted => "accepted",
            CureState::Rejected => "rejected",
        }
    }
}

/// A cure to record, its content sealed.
pub struct NewCure<'a> {
    pub county_key: &'a str,
    pub voter_id: &'a str,
    pub election_id: &'a str,
    pub event_id: &'a str,
    pub method: &'a str,
    pub language: &'a str,
    pub content_type: &'a str,
    pub sealed_content: &'a [u8],
    pub content_sha256: &'a str,
    pub created_at: Timestamp,
}

/// A cure without its content.
#[derive(Debug, Clone, PartialEq, Eq, sqlx::FromRow)]
pub struct CureRow {
    pub signature_cure_id: i64,
    pub county_key: String,
    pub voter_id: String,
    pub election_id: String,
    pub event_id: String,
    pub method: String,
    pub language: String,
    pub content_type: String,
    pub content_sha256: String,
    pub created_at: Timestamp,
    pub state: CureState,
    pub reason: Option<String>,
    pub decided_at: Option<Timestamp>,
}

const COLUMNS: &str = "signature_cure_id, county_key, voter_id, election_id, event_id, method, \
     language, content_type, content_sha256, created_at, state, reason, decided_at";

/// Records a pending cure; `None` if one for the same ballot is already pending (the unique
/// index `signature_cure_one_pending` refuses it, so two sent at once cannot both wait).
pub async fn insert_pending(tx: &mut Tx, cure: &NewCure<'_>) -> Result<Option<i64>, sqlx::Error> {
    on_tx!(tx, |c| sqlx::query_scalar(
        "INSERT INTO signature_cure (county_key, voter_id, election_id, event_id, method, \
         language, content_type, content, content_sha256, created_at, state) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, 'pending') \
         ON CONFLICT DO NOTHING RETURNING signature_cure_id",
    )
    .bind(cure.county_key)
    .bind(cure.voter_id)
    .bind(cure.election_id)
    .bind(cure.event_id)
    .bind(cure.method)
    .bind(cure.language)
    .bind(cure.content_type)
    .bind(cure.sealed_content)
    .bind(cure.content_sha256)
    .bind(cure.created_at)
    .fetch_optional(c)
    .await)
}

/// Pending cures, oldest first: of one county (`Some(county_key)`), or of all.
pub async fn pending(
    pool: &Pool,
    county_key: Option<&str>,
    limit: i64,
) -> Result<Vec<CureRow>, sqlx::Error> {
    on_pool!(pool, |p| sqlx::query_as(&format!(
        "SELECT {COLUMNS} FROM signature_cure WHERE state = 'pending' \
         AND ($1 IS NULL OR county_key = $1) ORDER BY created_at, signature_cure_id LIMIT $2"
    ))
    .bind(county_key)
    .bind(limit)
    .fetch_all(p)
    .await)
}

/// A voter's cures, oldest first (the status page shows each ballot's latest).
pub async fn of_voter(pool: &Pool, voter_id: &str) -> Result<Vec<CureRow>, sqlx::Error> {
    on_pool!(pool, |p| sqlx::query_as(&format!(
        "SELECT {COLUMNS} FROM signature_cure WHERE voter_id = $1 \
         ORDER BY created_at, signature_cure_id"
    ))
    .bind(voter_id)
    .fetch_all(p)
    .await)
}

pub async fn get(pool: &Pool, signature_cure_id: i64) -> Result<Option<CureRow>, sqlx::Error> {
    on_pool!(pool, |p| sqlx::query_as(&format!(
        "SELECT {COLUMNS} FROM signature_cure WHERE signature_cure_id = $1"
    ))
    .bind(signature_cure_id)
    .fetch_optional(p)
    .await)
}

/// The sealed content of a cure.
pub async fn sealed_content(
    pool: &Pool,
    signature_cure_id: i64,
) -> Result<Option<Vec<u8>>, sqlx::Error> {
    on_pool!(pool, |p| sqlx::query_scalar(
        "SELECT content FROM signature_cure WHERE signature_cure_id = $1"
    )
    .bind(signature_cure_id)
    .fetch_optional(p)
    .await)
}

/// Records the county's decision on a pending cure; `false` if it was no longer pending (two
/// reviewers at once: the first decision stands).
pub async fn decide(
    tx: &mut Tx,
    signature_cure_id: i64,
    state: CureState,
    reason: Option<&str>,
    // The key that decided; `None` from the command line.
    decided_by: Option<i64>,
    now: Timestamp,
) -> Result<bool, sqlx::Error> {
    let done = on_tx!(tx, |c| sqlx::query(
        "UPDATE signature_cure SET state = $2, reason = $3, decided_by = $4, decided_at = $5 \
         WHERE signature_cure_id = $1 AND state = 'pending'",
    )
    .bind(signature_cure_id)
    .bind(state)
    .bind(reason)
    .bind(decided_by)
    .bind(now)
    .execute(&mut *c)
    .await
    .map(|done| done.rows_affected()))?;
    Ok(done == 1)
}
