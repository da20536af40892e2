//! The `api_key` table.

use super::{on_pool, Pool};

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
    now: &str,
) -> Result<i64, sqlx::Error> {
    on_pool!(pool, |p| sqlx::query_scalar(
        "INSERT INTO api_key (key_hash, county, label, created_at) VALUES ($1, $2, $3, $4) \
         RETURNING api_key_id",
    )
    .bind(key_hash)
    .bind(county)
    .bind(label)
    .bind(now)
    .fetch_one(p)
    .await)
}

/// The live key with this hash.
pub async fn find_by_hash(pool: &Pool, key_hash: &str) -> Result<Option<ApiKey>, sqlx::Error> {
    on_pool!(pool, |p| sqlx::query_as(
        "SELECT api_key_id, county FROM api_key WHERE key_hash = $1 AND revoked_at IS NULL",
    )
    .bind(key_hash)
    .fetch_optional(p)
    .await)
}
