//! The `voter` table: the registration file.

use super::{on_pool, on_tx, Pool, Tx};
use sqlx::QueryBuilder;

/// One row of the voter file, already checked (see `voter_file`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct VoterRecord {
    pub voter_id: String,
    pub first_name: String,
    pub middle_name: String,
    pub last_name: String,
    pub name_suffix: String,
    pub first_key: String,
    pub last_key: String,
    /// `YYYY-MM-DD`.
    pub date_of_birth: String,
    pub residence_zip: String,
    pub county: String,
    pub status: &'static str,
    pub confidential: bool,
}

/// What sign-up needs of a matched voter.
#[derive(Debug, Clone, PartialEq, Eq, sqlx::FromRow)]
pub struct MatchedVoter {
    pub voter_id: String,
    pub first_name: String,
    pub county: String,
}

/// Rows per INSERT statement: 13 parameters each stays far below SQLite's variable limit.
pub const UPSERT_BATCH: usize = 500;

/// Inserts or replaces voters by `voter_id`, in the caller's transaction.
pub async fn upsert(tx: &mut Tx, voters: &[VoterRecord], now: &str) -> Result<(), sqlx::Error> {
    for chunk in voters.chunks(UPSERT_BATCH) {
        on_tx!(tx, |conn, Db| {
            let mut query: QueryBuilder<Db> = QueryBuilder::new(
            "INSERT INTO voter (voter_id, first_name, middle_name, last_name, name_suffix, \
             first_key, last_key, date_of_birth, residence_zip, county, status, confidential, updated_at) ",
        );
            query.push_values(chunk, |mut row, v| {
                row.push_bind(&v.voter_id)
                    .push_bind(&v.first_name)
                    .push_bind(&v.middle_name)
                    .push_bind(&v.last_name)
                    .push_bind(&v.name_suffix)
                    .push_bind(&v.first_key)
                    .push_bind(&v.last_key)
                    .push_bind(&v.date_of_birth)
                    .push_bind(&v.residence_zip)
                    .push_bind(&v.county)
                    .push_bind(v.status)
                    .push_bind(v.confidential)
                    .push_bind(now);
            });
            query.push(
                " ON CONFLICT (voter_id) DO UPDATE SET first_name = excluded.first_name, \
             middle_name = excluded.middle_name, last_name = excluded.last_name, \
             name_suffix = excluded.name_suffix, first_key = excluded.first_key, \
             last_key = excluded.last_key, date_of_birth = excluded.date_of_birth, \
             residence_zip = excluded.residence_zip, county = excluded.county, \
             status = excluded.status, confidential = excluded.confidential, \
             updated_at = excluded.updated_at",
            );
            query.build().execute(conn).await?;
        });
    }
    Ok(())
}

/// Voters who may sign up with this identity: cancelled registrations and confidential
/// voters (Safe at Home) never match.
pub async fn find_signup_candidates(
    pool: &Pool,
    first_key: &str,
    last_key: &str,
    date_of_birth: &str,
    residence_zip: &str,
) -> Result<Vec<MatchedVoter>, sqlx::Error> {
    on_pool!(pool, |p| sqlx::query_as(
        "SELECT voter_id, first_name, county FROM voter \
         WHERE date_of_birth = $1 AND residence_zip = $2 AND last_key = $3 AND first_key = $4 \
           AND status <> 'cancelled' AND confidential = FALSE \
         ORDER BY voter_id",
    )
    .bind(date_of_birth)
    .bind(residence_zip)
    .bind(last_key)
    .bind(first_key)
    .fetch_all(p)
    .await)
}

/// The voter an event is about, in the caller's transaction.
pub async fn find(tx: &mut Tx, voter_id: &str) -> Result<Option<MatchedVoter>, sqlx::Error> {
    on_tx!(tx, |c| sqlx::query_as(
        "SELECT voter_id, first_name, county FROM voter WHERE voter_id = $1"
    )
    .bind(voter_id)
    .fetch_optional(c)
    .await)
}

/// The voter behind a subscription.
pub async fn get(pool: &Pool, voter_id: &str) -> Result<Option<MatchedVoter>, sqlx::Error> {
    on_pool!(pool, |p| sqlx::query_as(
        "SELECT voter_id, first_name, county FROM voter WHERE voter_id = $1"
    )
    .bind(voter_id)
    .fetch_optional(p)
    .await)
}

pub async fn count(pool: &Pool) -> Result<i64, sqlx::Error> {
    on_pool!(pool, |p| sqlx::query_scalar("SELECT COUNT(*) FROM voter")
        .fetch_one(p)
        .await)
}
