//! The `api_key` table.

use super::{on_pool, Pool};
use crate::clock::Timestamp;

#[derive(Debug, Clone, PartialEq, Eq, sqlx::FromRow)]
pub struct ApiKey {
    pub api_key_id: i64,
    /// `None` for a statewide key.
    pub county: Option<String>,
}

pub async fn insert(
    pool: &Pool,
    key_hash: &str,
    county: Option<&str>,
    label: &str,
    expires_at: Timestamp,
    now: Timestamp,
) -> Result<i64, sqlx::Error> {
    on_pool!(pool, |p| sqlx::query_scalar(
        "INSERT INTO api_key (key_hash, county, label, created_at, expires_at) \
         VALUES ($1, $2, $3, $4, $5) RETURNING api_key_id",
    )
    .bind(key_hash)
    .bind(county)
    .bind(label)
    .bind(now)
    .bind(expires_at)
    .fetch_one(p)
    .await)
}

/// The live key with this hash: not revoked, not expired.
pub async fn find_by_hash(
    pool: &Pool,
    key_hash: &str,
    now: Timestamp,
) -> Result<Option<ApiKey>, sqlx::Error> {
    on_pool!(pool, |p| sqlx::query_as(
        "SELECT api_key_id, county FROM api_key WHERE key_hash = $1 AND revoked_at IS NULL \
         AND (expires_at IS NULL OR expires_at > $2)",
    )
    .bind(key_hash)
    .bind(now)
    .fetch_optional(p)
    .await)
}

/// A key as `list-api-keys` shows it (never the key itself, which is not kept).
#[derive(Debug, Clone, PartialEq, Eq, sqlx::FromRow)]
pub struct KeyListing {
    pub api_key_id: i64,
    pub county: Option<String>,
    pub label: String,
    pub created_at: Timestamp,
    pub expires_at: Option<Timestamp>,
    pub revoked_at: Option<Timestamp>,
}

pub async fn list(pool: &Pool) -> Result<Vec<KeyListing>, sqlx::Error> {
    on_pool!(pool, |p| sqlx::query_as(
        "SELECT api_key_id, county, label, created_at, expires_at, revoked_at FROM api_key \
         ORDER BY api_key_id",
    )
    .fetch_all(p)
    .await)
}

/// Revokes a key; `false` if there is no such key or it was already revoked.
pub async fn revoke(pool: &Pool, api_key_id: i64, now: Timestamp) -> Result<bool, sqlx::Error> {
    on_pool!(pool, |p| sqlx::query(
        "UPDATE api_key SET revoked_at = $2 WHERE api_key_id = $1 AND revoked_at IS NULL"
    )
    .bind(api_key_id)
    .bind(now)
    .execute(p)
    .await
    .map(|r| r.rows_affected() == 1))
}
