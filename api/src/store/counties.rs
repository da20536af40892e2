//! The `county` table: per-county sender name, contact and template overrides.

use super::{on_pool, on_tx, Pool, Tx};

#[derive(Debug, Clone, PartialEq, Eq, sqlx::FromRow)]
pub struct CountyRow {
    pub county: String,
    pub sender_name: Option<String>,
    pub contact: Option<String>,
    pub templates: String,
}

/// The county's settings, if it set any (case-insensitive, as voter files differ in case).
pub async fn get(tx: &mut Tx, county: &str) -> Result<Option<CountyRow>, sqlx::Error> {
    on_tx!(tx, |c| {
        sqlx::query_as::<_, CountyRow>(
        "SELECT county, sender_name, contact, templates FROM county WHERE lower(county) = lower($1)",
    )
    .bind(county)
    .fetch_optional(c)
    .await
    })
}

pub async fn upsert(
    pool: &Pool,
    county: &str,
    sender_name: Option<&str>,
    contact: Option<&str>,
    templates_json: &str,
    now: &str,
) -> Result<(), sqlx::Error> {
    on_pool!(pool, |p| {
        sqlx::query(
        "INSERT INTO county (county, sender_name, contact, templates, updated_at) VALUES ($1, $2, $3, $4, $5) \
         ON CONFLICT (county) DO UPDATE SET sender_name = excluded.sender_name, contact = excluded.contact, \
             templates = excluded.templates, updated_at = excluded.updated_at",
    )
    .bind(county)
    .bind(sender_name)
    .bind(contact)
    .bind(templates_json)
    .bind(now)
    .execute(p)
    .await
    .map(|_| ())
    })
}
