//! The voter registration file (docs/file-formats.md): UTF-8 CSV with a header row,
//! `voter_id,first_name,middle_name,last_name,name_suffix,date_of_birth,residence_zip,county,status`
//! and an optional last column `confidential`. Read as a stream, so a file of millions of rows
//! needs little memory; upserted by `voter_id` in one transaction, so a file with a bad row
//! changes nothing unless the operator asks to skip bad rows.

use crate::clock;
use crate::domain::api_keys::Scope;
use crate::domain::csv_table::{CsvTable, HeaderError, Row};
use crate::domain::file_rows::{self, RowError};
use crate::store::voters::{self, VoterRecord, VoterStatus};
use crate::store::Store;
use ballot_shared::date::CivilDate;
use ballot_shared::name::{last_name_key, name_key, NameError, NameField, PersonName};
use ballot_shared::signup::parse_voter_id;
use ballot_shared::zip::{CaliforniaZip, ZipError};
use std::io::Read;

pub const COLUMNS: [&str; 10] = [
    "voter_id",
    "first_name",
    "middle_name",
    "last_name",
    "name_suffix",
    "date_of_birth",
    "residence_zip",
    "county",
    "status",
    "confidential",
];
const REQUIRED_COLUMNS: usize = 9;
/// Longest name or county we store; a longer one is a broken file, not a name.
const MAX_FIELD_CHARS: usize = 200;
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ImportReport {
    /// Data rows read (not counting the header and blank lines).
    pub rows: u64,
    /// Rows written to the database.
    pub imported: u64,
    /// Bad rows: skipped if the operator asked for that, otherwise the import changed nothing.
    pub rejected: u64,
    /// The first bad rows, by line.
    pub errors: Vec<RowError>,
    /// Rows about voters outside the importer's county.
    pub forbidden: Vec<RowError>,
    /// Whether anything was written.
    pub committed: bool,
}

#[derive(Debug, thiserror::Error)]
pub enum ImportError {
    #[error(transparent)]
    Header(#[from] HeaderError),
    #[error(transparent)]
    Database(#[from] sqlx::Error),
}

/// One voter-file row: a CSV file's columns, or a JSON object's keys
/// (`POST /api/v1/admin/voters`), read into this one type by serde, and checked by
/// [`VoterRow::check`].
#[derive(Debug, Clone, Default, PartialEq, Eq, serde::Deserialize, utoipa::ToSchema)]
#[serde(deny_unknown_fields)]
pub struct VoterRow {
    pub voter_id: String,
    pub first_name: String,
    #[serde(default)]
    pub middle_name: Option<String>,
    pub last_name: String,
    #[serde(default)]
    pub name_suffix: Option<String>,
    /// `YYYY-MM-DD`.
    pub date_of_birth: String,
    pub residence_zip: String,
    pub county: String,
    /// `active`, `inactive` or `cancelled`.
    pub status: String,
    /// `true` for voters whose record is protected: they are never matched. A JSON boolean
    /// (`null` or absent for `false`); the CSV column says `true` or `false` (any case), or is
    /// empty or absent for `false`.
    #[serde(default, deserialize_with = "flag")]
    #[schema(value_type = Option<bool>)]
    pub confidential: bool,
}

/// `true`, `false`, or nothing (false): a JSON boolean or null. A CSV row's column is made one
/// of `true`, `false` first (`from_csv_fields`), which the csv crate hands over as a boolean;
/// any other text, in either form, is refused.
fn flag<'de, D: serde::Deserializer<'de>>(deserializer: D) -> Result<bool, D::Error> {
    struct Flag;
    impl serde::de::Visitor<'_> for Flag {
        type Value = bool;
        fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
            f.write_str("true or false")
        }
        fn visit_bool<E: serde::de::Error>(self, value: bool) -> Result<bool, E> {
            Ok(value)
        }
        fn visit_str<E: serde::de::Error>(self, value: &str) -> Result<bool, E> {
            Err(E::custom(format!(
                "confidential must be true or false, not {value:?}"
            )))
        }
        fn visit_unit<E: serde::de::Error>(self) -> Result<bool, E> {
            Ok(false)
        }
        fn visit_none<E: serde::de::Error>(self) -> Result<bool, E> {
            Ok(false)
        }
    }
    deserializer.deserialize_any(Flag)
}

/// The CSV header the fields of a `CsvTable` row are read against: `COLUMNS`, in order.
fn csv_header() -> &'static csv::StringRecord {
    static HEADER: std::sync::OnceLock<csv::StringRecord> = std::sync::OnceLock::new();
    HEADER.get_or_init(|| csv::StringRecord::from(COLUMNS.to_vec()))
}

impl VoterRow {
    /// A CSV row's fields, in `COLUMNS` order ("" where an optional column is absent).
    pub fn from_csv_fields(fields: &[String]) -> Result<VoterRow, RowProblem> {
        let mut fields = fields.to_vec();
        // `TRUE`, ` false`, or empty for false: as the boolean's own text.
        if let Some(flag) = fields.get_mut(9) {
            let normal = flag.trim().to_ascii_lowercase();
            *flag = if normal.is_empty() {
                "false".to_string()
            } else {
                normal
            };
        }
        let record = csv::StringRecord::from(fields);
        record
            .deserialize::<VoterRow>(Some(csv_header()))
            .map_err(|e| {
                RowProblem::Unreadable(match e.kind() {
                    csv::ErrorKind::Deserialize { err, .. } => err.kind().to_string(),
                    _ => e.to_string(),
                })
            })
    }

    /// The row checked against the voter file's rules, with its match keys; or what is wrong.
    pub fn check(&self) -> Result<VoterRecord, RowProblem> {
        parse_row(self)
    }
}

/// What is wrong with a voter-file row; shown to the operator with the row's line.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum RowProblem {
    /// The CSV row or JSON object could not be read as a `VoterRow` at all.
    #[error("{0}")]
    Unreadable(String),
    #[error("{column} is longer than {MAX_FIELD_CHARS} characters")]
    TooLong { column: &'static str },
    #[error("voter_id is empty")]
    NoVoterId,
    #[error("voter_id must be letters, digits and dashes, at most 32")]
    BadVoterId,
    #[error("first_name: {0}")]
    FirstName(#[source] NameError),
    #[error("last_name: {0}")]
    LastName(#[source] NameError),
    #[error("first_name {}", crate::domain::message_links::BRACES_REFUSED)]
    Braces,
    #[error("date_of_birth {0:?} is not a date as YYYY-MM-DD")]
    DateOfBirth(String),
    #[error("residence_zip {0:?} is not a California ZIP code")]
    Zip(String, #[source] ZipError),
    #[error("county is empty")]
    NoCounty,
    #[error("status {0:?} is not active, inactive or cancelled")]
    Status(String),
}

fn parse_row(row: &VoterRow) -> Result<VoterRecord, RowProblem> {
    let fields: [&str; 9] = [
        &row.voter_id,
        &row.first_name,
        row.middle_name.as_deref().unwrap_or(""),
        &row.last_name,
        row.name_suffix.as_deref().unwrap_or(""),
        &row.date_of_birth,
        &row.residence_zip,
        &row.county,
        &row.status,
    ];
    let field = |i: usize| fields[i].trim();
    for (i, column) in COLUMNS[..9].iter().enumerate() {
        if field(i).chars().count() > MAX_FIELD_CHARS {
            return Err(RowProblem::TooLong { column });
        }
    }
    let voter_id = match parse_voter_id(field(0)) {
        Ok(Some(id)) => id,
        Ok(None) => return Err(RowProblem::NoVoterId),
        Err(_) => return Err(RowProblem::BadVoterId),
    };
    let first = PersonName::parse(field(1), NameField::First).map_err(RowProblem::FirstName)?;
    let last = PersonName::parse(field(3), NameField::Last).map_err(RowProblem::LastName)?;
    if crate::domain::message_links::holds_braces(first.as_str()) {
        return Err(RowProblem::Braces);
    }
    let date_of_birth = CivilDate::parse_iso(field(5))
        .ok_or_else(|| RowProblem::DateOfBirth(field(5).to_string()))?;
    let zip =
        CaliforniaZip::parse(field(6)).map_err(|e| RowProblem::Zip(field(6).to_string(), e))?;
    let county = field(7);
    if county.is_empty() {
        return Err(RowProblem::NoCounty);
    }
    let status = match field(8).to_ascii_lowercase().as_str() {
        "active" => VoterStatus::Active,
        "inactive" => VoterStatus::Inactive,
        "cancelled" | "canceled" => VoterStatus::Cancelled,
        other => return Err(RowProblem::Status(other.to_string())),
    };
    let confidential = row.confidential;
    // A suffix that the county put in the last-name column is still a suffix.
    let last_key = last_name_key(last.as_str());
    Ok(VoterRecord {
        voter_id,
        first_key: name_key(first.as_str()),
        last_key,
        first_name: first.as_str().to_string(),
        middle_name: field(2).to_string(),
        last_name: last.as_str().to_string(),
        name_suffix: field(4).to_string(),
        date_of_birth: date_of_birth.to_iso(),
        residence_zip: zip.as_str().to_string(),
        county: county.to_string(),
        status,
        confidential,
    })
}

/// Imports a voter file from any reader, statewide: all or nothing, unless `skip_bad_rows`.
pub async fn import(
    store: &Store,
    reader: impl Read,
    skip_bad_rows: bool,
) -> Result<ImportReport, ImportError> {
    let mut table = CsvTable::open(reader, &COLUMNS, REQUIRED_COLUMNS)?;
    let rows = std::iter::from_fn(move || table.next_row()).map(csv_row);
    Ok(import_rows(store, rows, &Scope::Statewide, skip_bad_rows).await?)
}

/// A `CsvTable` row as a `VoterRow`, or what is wrong with it.
pub fn csv_row((line, fields): Row) -> (u64, Result<VoterRow, RowProblem>) {
    (
        line,
        fields
            .map_err(RowProblem::Unreadable)
            .and_then(|fields| VoterRow::from_csv_fields(&fields)),
    )
}

/// Imports rows, each with its line (or number in a JSON list). A row outside `scope`'s county makes the
/// whole import change nothing, whatever `skip_bad_rows` says.
pub async fn import_rows(
    store: &Store,
    rows: impl Iterator<Item = (u64, Result<VoterRow, RowProblem>)>,
    scope: &Scope,
    skip_bad_rows: bool,
) -> Result<ImportReport, sqlx::Error> {
    let now = clock::now();
    let mut tx = store.begin().await?;
    let load = voters::begin_bulk_load(&mut tx).await?;
    // Rows are checked here while a task of their own writes the previous batch, so reading
    // and writing overlap (the import's two halves take about as long as each other).
    let (batches, mut to_write) = tokio::sync::mpsc::channel::<Vec<VoterRecord>>(2);
    let writer = tokio::spawn(async move {
        let mut written = 0u64;
        while let Some(batch) = to_write.recv().await {
            voters::load_batch(&mut tx, &batch, now).await?;
            written += batch.len() as u64;
        }
        Ok::<_, sqlx::Error>((tx, written))
    });
    let mut report = ImportReport::default();
    let mut batch = Vec::with_capacity(voters::UPSERT_BATCH);
    let mut lines = Vec::with_capacity(voters::UPSERT_BATCH);
    for (line, fields) in rows {
        report.rows += 1;
        match fields.and_then(|row| row.check()) {
            Ok(voter) if !scope.allows(&voter.county) => report.forbidden.push(RowError {
                line,
                message: format!(
                    "voter {} is in {} County, outside this key's county",
                    voter.voter_id, voter.county
                ),
            }),
            Ok(voter) => {
                batch.push(voter);
                lines.push(line);
            }
            Err(problem) => reject(&mut report, line, problem.to_string()),
        }
        // After a bad row nothing will be committed (unless skipping), but reading on finds
        // every bad row for the report; writing on would be wasted work.
        if !will_commit(&report, skip_bad_rows) {
            batch.clear();
            lines.clear();
        } else if batch.len() == voters::UPSERT_BATCH {
            refuse_voters_of_other_counties(store, scope, &batch, &lines, &mut report).await?;
            lines.clear();
            let full = std::mem::replace(&mut batch, Vec::with_capacity(voters::UPSERT_BATCH));
            if will_commit(&report, skip_bad_rows) && batches.send(full).await.is_err() {
                break; // the writer failed; its error is returned below
            }
        }
    }
    if will_commit(&report, skip_bad_rows) && !batch.is_empty() {
        refuse_voters_of_other_counties(store, scope, &batch, &lines, &mut report).await?;
        if will_commit(&report, skip_bad_rows) {
            let _ = batches.send(batch).await;
        }
    }
    drop(batches);
    let (mut tx, written) = writer.await.map_err(|_| sqlx::Error::WorkerCrashed)??;
    if !will_commit(&report, skip_bad_rows) {
        tx.rollback().await?;
        report.imported = 0;
        return Ok(report);
    }
    voters::end_bulk_load(&mut tx, load).await?;
    tx.commit().await?;
    report.imported = written;
    report.committed = true;
    Ok(report)
}

/// A county's key may not take over a voter another county registered (voter IDs are
/// statewide; an upsert would move the voter, and their ballot news, to this county). The
/// refusal names no other county: where a voter is registered is not this key's business.
async fn refuse_voters_of_other_counties(
    store: &Store,
    scope: &Scope,
    batch: &[VoterRecord],
    lines: &[u64],
    report: &mut ImportReport,
) -> Result<(), sqlx::Error> {
    let Scope::County(county) = scope else {
        return Ok(());
    };
    let ids: Vec<&str> = batch.iter().map(|v| v.voter_id.as_str()).collect();
    let elsewhere = voters::registered_outside(store.pool(), &ids, county).await?;
    for (voter, line) in batch.iter().zip(lines) {
        if elsewhere.contains(&voter.voter_id) {
            report.forbidden.push(RowError {
                line: *line,
                message: format!(
                    "voter {} is registered by another county; only its key or a statewide key may change it",
                    voter.voter_id
                ),
            });
        }
    }
    Ok(())
}

/// Whether the rows read so far may still be committed.
fn will_commit(report: &ImportReport, skip_bad_rows: bool) -> bool {
    report.forbidden.is_empty() && (report.rejected == 0 || skip_bad_rows)
}

fn reject(report: &mut ImportReport, line: u64, message: String) {
    file_rows::reject(&mut report.errors, &mut report.rejected, line, message);
}

#[cfg(test)]
mod tests {
    use super::*;

    fn row(text: &str) -> Result<VoterRecord, String> {
        let fields: Vec<String> = text.split(',').map(String::from).collect();
        VoterRow::from_csv_fields(&fields)
            .and_then(|row| row.check())
            .map_err(|problem| problem.to_string())
    }

    #[test]
    fn json_and_csv_read_into_the_same_row() {
        let csv = VoterRow::from_csv_fields(
            &"V1,Ann,,Lee,,1990-01-01,93721,Fresno,active,TRUE"
                .split(',')
                .map(String::from)
                .collect::<Vec<_>>(),
        )
        .unwrap();
        let json: VoterRow = serde_json::from_value(serde_json::json!({
            "voter_id": "V1", "first_name": "Ann", "last_name": "Lee",
            "date_of_birth": "1990-01-01", "residence_zip": "93721", "county": "Fresno",
            "status": "active", "confidential": true
        }))
        .unwrap();
        assert_eq!(csv, json);
        assert!(csv.confidential);
        let absent = VoterRow::from_csv_fields(
            &"V1,Ann,,Lee,,1990-01-01,93721,Fresno,active,"
                .split(',')
                .map(String::from)
                .collect::<Vec<_>>(),
        )
        .unwrap();
        assert!(!absent.confidential);
        assert_eq!(absent.middle_name, None);
        let unknown = serde_json::from_value::<VoterRow>(serde_json::json!({
            "voter_id": "V1", "first_name": "Ann", "last_name": "Lee", "nickname": "A",
            "date_of_birth": "1990-01-01", "residence_zip": "93721", "county": "Fresno",
            "status": "active"
        }));
        assert!(unknown.unwrap_err().to_string().contains("nickname"));
        // A JSON string is not a boolean, whatever it says; null is false.
        for (value, ok) in [
            (serde_json::json!("true"), false),
            (serde_json::json!(""), false),
            (serde_json::json!(null), true),
        ] {
            let row = serde_json::from_value::<VoterRow>(serde_json::json!({
                "voter_id": "V1", "first_name": "Ann", "last_name": "Lee",
                "date_of_birth": "1990-01-01", "residence_zip": "93721", "county": "Fresno",
                "status": "active", "confidential": value
            }));
            assert_eq!(row.is_ok(), ok, "{value}");
        }
    }

    #[test]
    fn parses_a_good_row_into_match_keys() {
        let v =
            row("v123,José,,O’Brien-Núñez,Jr,1980-01-23,95814-1234,Sacramento,active,").unwrap();
        assert_eq!(v.voter_id, "V123");
        assert_eq!(v.first_key, "jose");
        assert_eq!(v.last_key, "obrien nunez");
        assert_eq!(v.last_name, "O’Brien-Núñez");
        assert_eq!(v.residence_zip, "95814");
        assert_eq!(v.date_of_birth, "1980-01-23");
        assert!(!v.confidential);
    }

    #[test]
    fn a_suffix_inside_the_last_name_column_is_ignored_for_matching() {
        let v = row("V1,Robert,,King Jr.,,1970-05-05,90012,Los Angeles,active,false").unwrap();
        assert_eq!(v.last_key, "king");
    }

    #[test]
    fn says_what_is_wrong_with_a_bad_row() {
        assert!(row("V1,A,,B,,01-23-1980,95814,Sacramento,active,")
            .unwrap_err()
            .contains("date_of_birth"));
        assert!(row("V1,A,,B,,1980-01-23,10001,Sacramento,active,")
            .unwrap_err()
            .contains("residence_zip"));
        assert!(row("V1,A,,B,,1980-01-23,95814,Sacramento,gone,")
            .unwrap_err()
            .contains("status"));
        assert!(row(",A,,B,,1980-01-23,95814,Sacramento,active,")
            .unwrap_err()
            .contains("voter_id"));
        assert!(row("V1,A,,B,,1980-01-23,95814,,active,")
            .unwrap_err()
            .contains("county"));
        assert!(row("V1,A,,B,,1980-01-23,95814,X,active,maybe")
            .unwrap_err()
            .contains("confidential"));
    }
}
