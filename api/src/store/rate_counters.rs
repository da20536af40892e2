//! The `rate_counter` table: rate limits shared by every instance (`rate_limits`).

use super::{on_pool, Pool};

pub async fn count(pool: &Pool, key: &str, window_start: i64) -> Result<u32, sqlx::Error> {
    let count: Option<i64> = on_pool!(pool, |p| sqlx::query_scalar(
        "SELECT count FROM rate_counter WHERE counter_key = $1 AND window_start = $2"
    )
    .bind(key)
    .bind(window_start)
    .fetch_optional(p)
    .await)?;
    Ok(count.unwrap_or(0).clamp(0, i64::from(u32::MAX)) as u32)
}

/// Adds one, in one statement so that instances counting at once lose nothing; returns the
/// new count.
pub async fn add(
    pool: &Pool,
    key: &str,
    window_start: i64,
    window_end: i64,
) -> Result<u32, sqlx::Error> {
    let count: i64 = on_pool!(pool, |p| {
        sqlx::query_scalar(
        "INSERT INTO rate_counter (counter_key, window_start, window_end, count) VALUES ($1, $2, $3, 1) \
         ON CONFLICT (counter_key, window_start) DO UPDATE SET count = rate_counter.count + 1 \
         RETURNING count",
    )
    .bind(key)
    .bind(window_start)
    .bind(window_end)
    .fetch_one(p)
    .await
    })?;
    Ok(count.clamp(0, i64::from(u32::MAX)) as u32)
}

/// Takes one back (a reservation that was not needed), never below zero.
pub async fn subtract(pool: &Pool, key: &str, window_start: i64) -> Result<(), sqlx::Error> {
    on_pool!(pool, |p| sqlx::query(
        "UPDATE rate_counter SET count = count - 1 \
         WHERE counter_key = $1 AND window_start = $2 AND count > 0"
    )
    .bind(key)
    .bind(window_start)
    .execute(p)
    .await
    .map(|_| ()))
}

pub async fn delete_ended(pool: &Pool, now: i64) -> Result<u64, sqlx::Error> {
    on_pool!(pool, |p| sqlx::query(
        "DELETE FROM rate_counter WHERE window_end <= $1"
    )
    .bind(now)
    .execute(p)
    .await
    .map(|r| r.rows_affected()))
}
