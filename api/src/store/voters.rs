//! The `voter` table: the registration file.

use super::subscriptions::Subscription;
use super::{on_pool, on_tx, Pool, Tx};
use crate::clock::Timestamp;
use sqlx::QueryBuilder;

/// A voter's registration status in the county's file (`voter.status`, stored by its code).
#[derive(Debug, Clone, Copy, PartialEq, Eq, sqlx::Type)]
#[sqlx(type_name = "TEXT", rename_all = "snake_case")]
pub enum VoterStatus {
    Active,
    Inactive,
    /// Left out of look-ups and sign-ups.
    Cancelled,
}

impl VoterStatus {
    pub const ALL: [VoterStatus; 3] = [
        VoterStatus::Active,
        VoterStatus::Inactive,
        VoterStatus::Cancelled,
    ];

    pub fn code(self) -> &'static str {
        match self {
            VoterStatus::Active => "active",
            VoterStatus::Inactive => "inactive",
            VoterStatus::Cancelled => "cancelled",
        }
    }
}

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
    pub status: VoterStatus,
    pub confidential: bool,
}

/// What sign-up needs of a matched voter.
#[derive(Debug, Clone, PartialEq, Eq, sqlx::FromRow)]
pub struct MatchedVoter {
    pub voter_id: String,
    pub first_name: String,
    pub county: String,
}

/// Rows the import hands over at a time (`voter_file` batches by this).
pub const UPSERT_BATCH: usize = 10_000;
/// Rows per INSERT statement on SQLite: 13 parameters each stays far below its variable limit.
const SQLITE_ROWS_PER_STATEMENT: usize = 500;

const UPSERT_COLUMNS: &str = "voter_id, first_name, middle_name, last_name, name_suffix, \
     first_key, last_key, date_of_birth, residence_zip, county, status, confidential, updated_at";
const ON_CONFLICT_UPDATE: &str =
    " ON CONFLICT (voter_id) DO UPDATE SET first_name = excluded.first_name, \
     middle_name = excluded.middle_name, last_name = excluded.last_name, \
     name_suffix = excluded.name_suffix, first_key = excluded.first_key, \
     last_key = excluded.last_key, date_of_birth = excluded.date_of_birth, \
     residence_zip = excluded.residence_zip, county = excluded.county, \
     status = excluded.status, confidential = excluded.confidential, \
     updated_at = excluded.updated_at";

/// Loads a batch of voters in the caller's transaction, between [`begin_bulk_load`] and
/// [`end_bulk_load`]; each replaces any voter with its `voter_id`, and a voter listed twice
/// ends as its last row, as if the rows were applied one by one.
///
/// SQLite takes multi-row INSERTs at once. PostgreSQL streams every batch with COPY into a
/// temporary table, and [`end_bulk_load`] moves them into `voter` in one statement: many
/// times faster than INSERTs with thousands of parameters, and how a statewide file should
/// go in.
pub async fn load_batch(
    tx: &mut Tx,
    voters: &[VoterRecord],
    now: Timestamp,
) -> Result<(), sqlx::Error> {
    match tx {
        Tx::Sqlite(t, _) => {
            let voters = last_of_each(voters);
            for chunk in voters.chunks(SQLITE_ROWS_PER_STATEMENT) {
                let mut query: QueryBuilder<sqlx::Sqlite> =
                    QueryBuilder::new(format!("INSERT INTO voter ({UPSERT_COLUMNS}) "));
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
                query.push(ON_CONFLICT_UPDATE);
                query.build().execute(&mut **t).await?;
            }
            Ok(())
        }
        Tx::Postgres(t) => {
            let conn: &mut sqlx::PgConnection = t;
            let mut copy = conn
                .copy_in_raw(&format!(
                    "COPY voter_load ({UPSERT_COLUMNS}) FROM STDIN (FORMAT text)"
                ))
                .await?;
            let mut data = Vec::with_capacity(1 << 20);
            let now_text = now.to_string();
            for v in voters {
                copy_text_row(&mut data, v, &now_text);
                if data.len() > 1 << 20 {
                    copy.send(std::mem::take(&mut data)).await?;
                }
            }
            copy.send(data).await?;
            copy.finish().await?;
            Ok(())
        }
    }
}

/// How a bulk load was readied, so [`end_bulk_load`] can undo it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct BulkLoad {
    identity_index_dropped: bool,
}

/// SQLite page cache during a bulk load, in KiB: the default 2 MB spills dirty pages to the
/// WAL again and again inside one large transaction (measured: 6.9 s against 3.8 s for a
/// million rows).
const SQLITE_LOAD_CACHE_KIB: i64 = 64 * 1024;

/// Readies the caller's transaction for a large load.
///
/// SQLite: a bigger page cache, and, when the table is empty (a first statewide load), the
/// identity index is dropped and rebuilt once at the end, as sorting once is cheaper than a
/// million random inserts into it (1.7 s + 0.8 s against 3.8 s). Readers keep their WAL
/// snapshot, with the index, meanwhile; a rollback restores it.
///
/// PostgreSQL: a temporary staging table for [`load_batch`]'s COPY, and a lock that lets
/// voters be read but makes a second import wait for this one.
pub async fn begin_bulk_load(tx: &mut Tx) -> Result<BulkLoad, sqlx::Error> {
    match tx {
        Tx::Sqlite(t, _) => {
            sqlx::query(&format!("PRAGMA cache_size = -{SQLITE_LOAD_CACHE_KIB}"))
                .execute(&mut **t)
                .await?;
            let empty: bool = sqlx::query_scalar("SELECT NOT EXISTS (SELECT 1 FROM voter)")
                .fetch_one(&mut **t)
                .await?;
            if empty {
                sqlx::query("DROP INDEX voter_identity")
                    .execute(&mut **t)
                    .await?;
            }
            Ok(BulkLoad {
                identity_index_dropped: empty,
            })
        }
        Tx::Postgres(t) => {
            sqlx::query("LOCK TABLE voter IN SHARE ROW EXCLUSIVE MODE")
                .execute(&mut **t)
                .await?;
            sqlx::query(
                "CREATE TEMPORARY TABLE voter_load (LIKE voter INCLUDING DEFAULTS, \
                 load_order BIGINT GENERATED ALWAYS AS IDENTITY) ON COMMIT DROP",
            )
            .execute(&mut **t)
            .await?;
            Ok(BulkLoad {
                identity_index_dropped: false,
            })
        }
    }
}

/// Finishes [`begin_bulk_load`] before the caller commits.
pub async fn end_bulk_load(tx: &mut Tx, load: BulkLoad) -> Result<(), sqlx::Error> {
    match tx {
        Tx::Sqlite(t, _) => {
            if load.identity_index_dropped {
                sqlx::query(IDENTITY_INDEX).execute(&mut **t).await?;
            }
            // Back to the default, so the pooled connection does not keep 64 MB.
            sqlx::query("PRAGMA cache_size = -2000")
                .execute(&mut **t)
                .await?;
            Ok(())
        }
        Tx::Postgres(t) => {
            let empty: bool = sqlx::query_scalar("SELECT NOT EXISTS (SELECT 1 FROM voter)")
                .fetch_one(&mut **t)
                .await?;
            // The last row of each voter, in voter_id order (so the primary key grows at
            // its end). Into an empty table nothing can conflict: a plain INSERT, and the
            // identity index built once afterwards, is twice as fast as upserting. Readers
            // then wait for the commit (the table was empty: there was nobody to find).
            let latest = format!(
                "SELECT DISTINCT ON (voter_id) {UPSERT_COLUMNS} FROM voter_load \
                 ORDER BY voter_id, load_order DESC"
            );
            sqlx::query("SET LOCAL maintenance_work_mem = '256MB'")
                .execute(&mut **t)
                .await?;
            if empty {
                sqlx::query("DROP INDEX voter_identity")
                    .execute(&mut **t)
                    .await?;
                sqlx::query(&format!("INSERT INTO voter ({UPSERT_COLUMNS}) {latest}"))
                    .execute(&mut **t)
                    .await?;
                sqlx::query(IDENTITY_INDEX).execute(&mut **t).await?;
            } else {
                sqlx::query(&format!(
                    "INSERT INTO voter ({UPSERT_COLUMNS}) {latest}{ON_CONFLICT_UPDATE}"
                ))
                .execute(&mut **t)
                .await?;
            }
            Ok(())
        }
    }
}

/// Keep in step with the voter table's migrations (both have this index, by this name).
const IDENTITY_INDEX: &str =
    "CREATE INDEX voter_identity ON voter (date_of_birth, residence_zip, last_key)";

/// The last row for each voter_id, in first-seen order (one statement may not touch a row
/// twice on PostgreSQL).
fn last_of_each(voters: &[VoterRecord]) -> Vec<&VoterRecord> {
    let mut position: std::collections::HashMap<&str, usize> =
        std::collections::HashMap::with_capacity(voters.len());
    let mut kept: Vec<&VoterRecord> = Vec::with_capacity(voters.len());
    for v in voters {
        match position.get(v.voter_id.as_str()) {
            Some(&i) => kept[i] = v,
            None => {
                position.insert(&v.voter_id, kept.len());
                kept.push(v);
            }
        }
    }
    kept
}

/// One row in COPY's text format: tab-separated, with backslash, tab, newline and carriage
/// return escaped.
fn copy_text_row(out: &mut Vec<u8>, v: &VoterRecord, now: &str) {
    let texts: [&str; 13] = [
        &v.voter_id,
        &v.first_name,
        &v.middle_name,
        &v.last_name,
        &v.name_suffix,
        &v.first_key,
        &v.last_key,
        &v.date_of_birth,
        &v.residence_zip,
        &v.county,
        v.status.code(),
        if v.confidential { "t" } else { "f" },
        now,
    ];
    super::copy_text_row(out, &texts.map(Some));
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

/// Which of `voter_ids` are registered in a county other than `county`.
pub async fn registered_outside(
    pool: &Pool,
    voter_ids: &[&str],
    county: &str,
) -> Result<std::collections::HashSet<String>, sqlx::Error> {
    let mut found = std::collections::HashSet::new();
    for chunk in voter_ids.chunks(500) {
        let ids: Vec<String> = on_pool!(pool, |p| {
            let mut query: QueryBuilder<_> =
                QueryBuilder::new("SELECT voter_id FROM voter WHERE lower(county) <> lower(");
            query.push_bind(county).push(") AND voter_id IN (");
            let mut separated = query.separated(", ");
            for id in chunk {
                separated.push_bind(*id);
            }
            separated.push_unseparated(")");
            query.build_query_scalar().fetch_all(p).await
        })?;
        found.extend(ids);
    }
    Ok(found)
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

/// The voter an event is about, with their subscription if they have one, in the caller's
/// transaction (one query: event ingest runs this for every event).
pub async fn find_with_subscription(
    tx: &mut Tx,
    voter_id: &str,
) -> Result<Option<(MatchedVoter, Option<Subscription>)>, sqlx::Error> {
    let row: Option<VoterAndSubscription> = on_tx!(tx, |c| sqlx::query_as(
        "SELECT v.voter_id, v.first_name, v.county, s.subscription_id, s.language, \
             s.email_address, s.sms_phone, s.voice_phone, s.quiet_start, s.quiet_end \
         FROM voter v LEFT JOIN subscription s ON s.voter_id = v.voter_id WHERE v.voter_id = $1"
    )
    .bind(voter_id)
    .fetch_optional(c)
    .await)?;
    Ok(row.map(|r| {
        let subscription = match (r.subscription_id, r.language, r.quiet_start, r.quiet_end) {
            (Some(subscription_id), Some(language), Some(quiet_start), Some(quiet_end)) => {
                Some(Subscription {
                    subscription_id,
                    voter_id: r.voter_id.clone(),
                    language,
                    email_address: r.email_address,
                    sms_phone: r.sms_phone,
                    voice_phone: r.voice_phone,
                    quiet_start,
                    quiet_end,
                })
            }
            _ => None,
        };
        let voter = MatchedVoter {
            voter_id: r.voter_id,
            first_name: r.first_name,
            county: r.county,
        };
        (voter, subscription)
    }))
}

#[derive(sqlx::FromRow)]
struct VoterAndSubscription {
    voter_id: String,
    first_name: String,
    county: String,
    subscription_id: Option<i64>,
    language: Option<String>,
    email_address: Option<String>,
    sms_phone: Option<String>,
    voice_phone: Option<String>,
    quiet_start: Option<String>,
    quiet_end: Option<String>,
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

/// The voter's full name as the voter file gives it (first, middle, last, suffix) and their
/// county: what the county's PDF of a signature cure names.
pub async fn full_name(
    pool: &Pool,
    voter_id: &str,
) -> Result<Option<(String, String, String, String, String)>, sqlx::Error> {
    on_pool!(pool, |p| sqlx::query_as(
        "SELECT first_name, middle_name, last_name, name_suffix, county FROM voter \
         WHERE voter_id = $1"
    )
    .bind(voter_id)
    .fetch_optional(p)
    .await)
}

/// The voter's date of birth as the voter file gives it (`YYYY-MM-DD`): what a signature cure
/// must be confirmed with.
pub async fn date_of_birth(pool: &Pool, voter_id: &str) -> Result<Option<String>, sqlx::Error> {
    on_pool!(pool, |p| sqlx::query_scalar(
        "SELECT date_of_birth FROM voter WHERE voter_id = $1"
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

#[cfg(test)]
mod tests {
    use super::*;

    fn record(id: &str, last: &str) -> VoterRecord {
        VoterRecord {
            voter_id: id.into(),
            first_name: "Ana".into(),
            middle_name: String::new(),
            last_name: last.into(),
            name_suffix: String::new(),
            first_key: "ana".into(),
            last_key: last.to_lowercase(),
            date_of_birth: "1980-01-23".into(),
            residence_zip: "95814".into(),
            county: "Sacramento".into(),
            status: VoterStatus::Active,
            confidential: false,
        }
    }

    #[test]
    fn a_repeated_voter_keeps_its_place_and_its_last_row() {
        let rows = [record("V1", "A"), record("V2", "B"), record("V1", "C")];
        let kept: Vec<(&str, &str)> = last_of_each(&rows)
            .iter()
            .map(|v| (v.voter_id.as_str(), v.last_name.as_str()))
            .collect();
        assert_eq!(kept, [("V1", "C"), ("V2", "B")]);
    }

    #[test]
    fn copy_rows_escape_what_copy_text_format_treats_specially() {
        let mut row = record("V1", "O\\Brien\tX");
        row.confidential = true;
        let mut out = Vec::new();
        copy_text_row(&mut out, &row, "now");
        let line = String::from_utf8(out).unwrap();
        assert_eq!(
            line,
            "V1\tAna\t\tO\\\\Brien\\tX\t\tana\to\\\\brien\\tx\t1980-01-23\t95814\tSacramento\tactive\tt\tnow\n"
        );
    }
}
