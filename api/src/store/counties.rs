//! The `county` table: per-county sender name, contact and template overrides.

use super::{on_pool, on_tx, Pool, Tx};
use crate::clock::Timestamp;

#[derive(Debug, Clone, PartialEq, Eq, sqlx::FromRow)]
pub struct CountyRow {
    pub county: String,
    pub sender_name: Option<String>,
    pub contact: Option<String>,
    pub templates: String,
    pub cure_url_hosts: String,
    /// JSON list of the Mailer IDs its envelopes carry.
    pub mailer_ids: String,
    /// JSON list of the ways it accepts a cure's signature.
    pub cure_methods: String,
    /// JSON object: language code -> its cure statement's wording.
    pub cure_statements: String,
}

/// The county's settings, if it set any (case-insensitive, as voter files differ in case).
pub async fn get(tx: &mut Tx, county: &str) -> Result<Option<CountyRow>, sqlx::Error> {
    on_tx!(tx, |c| {
        sqlx::query_as::<_, CountyRow>(
            "SELECT county, sender_name, contact, templates, cure_url_hosts, mailer_ids, \
             cure_methods, cure_statements FROM county \
         WHERE lower(county) = lower($1)",
        )
        .bind(county)
        .fetch_optional(c)
        .await
    })
}

pub struct CountySettings<'a> {
    pub county: &'a str,
    pub sender_name: Option<&'a str>,
    pub contact: Option<&'a str>,
    pub templates_json: &'a str,
    pub cure_url_hosts_json: &'a str,
    pub mailer_ids_json: &'a str,
    pub cure_methods_json: &'a str,
    pub cure_statements_json: &'a str,
}

pub async fn upsert(
    pool: &Pool,
    settings: &CountySettings<'_>,
    now: Timestamp,
) -> Result<(), sqlx::Error> {
    on_pool!(pool, |p| {
        sqlx::query(
        "INSERT INTO county (county, sender_name, contact, templates, cure_url_hosts, mailer_ids, \
             updated_at, cure_methods, cure_statements) VALUES ($1, $2, $3, $4, $5, $7, $6, $8, $9) \
         ON CONFLICT (county) DO UPDATE SET sender_name = excluded.sender_name, contact = excluded.contact, \
             templates = excluded.templates, cure_url_hosts = excluded.cure_url_hosts, \
             mailer_ids = excluded.mailer_ids, updated_at = excluded.updated_at, \
             cure_methods = excluded.cure_methods, cure_statements = excluded.cure_statements",
    )
    .bind(settings.county)
    .bind(settings.sender_name)
    .bind(settings.contact)
    .bind(settings.templates_json)
    .bind(settings.cure_url_hosts_json)
    .bind(now)
    .bind(settings.mailer_ids_json)
    .bind(settings.cure_methods_json)
    .bind(settings.cure_statements_json)
    .execute(p)
    .await
    .map(|_| ())
    })
}

/// Adds a host to the county's cure-form hosts, keeping its other settings (the demo's
/// `simulate` uses it for the Secretary of State's form).
pub async fn add_cure_url_host(
    pool: &Pool,
    county: &str,
    host: &str,
    now: Timestamp,
) -> Result<(), sqlx::Error> {
    let mut tx = pool.begin_write().await?;
    let row = get(&mut tx, county).await?;
    let mut hosts: Vec<String> = row
        .as_ref()
        .and_then(|r| serde_json::from_str(&r.cure_url_hosts).ok())
        .unwrap_or_default();
    if !hosts.iter().any(|h| h == host) {
        hosts.push(host.to_string());
    }
    let hosts = serde_json::to_string(&hosts).unwrap_or_else(|_| "[]".into());
    on_tx!(&mut tx, |c| {
        sqlx::query(
        "INSERT INTO county (county, templates, cure_url_hosts, updated_at) VALUES ($1, '{}', $2, $3) \
         ON CONFLICT (county) DO UPDATE SET cure_url_hosts = excluded.cure_url_hosts, updated_at = excluded.updated_at"
    )
    .bind(row.as_ref().map_or(county, |r| r.county.as_str()))
    .bind(&hosts)
    .bind(now)
    .execute(&mut *c)
    .await
    .map(|_| ())
    })?;
    tx.commit().await
}

/// Every county's Mailer IDs (the JSON lists), for the counties that listed any.
pub async fn all_mailer_ids(tx: &mut Tx) -> Result<Vec<(String, String)>, sqlx::Error> {
    on_tx!(tx, |c| sqlx::query_as(
        "SELECT county, mailer_ids FROM county WHERE mailer_ids <> '[]'"
    )
    .fetch_all(c)
    .await)
}
