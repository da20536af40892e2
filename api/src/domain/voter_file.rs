//! The voter registration file (docs/file-formats.md): UTF-8 CSV with a header row,
//! `voter_id,first_name,middle_name,last_name,name_suffix,date_of_birth,residence_zip,county,status`
//! and an optional last column `confidential`. Read as a stream, so a file of millions of rows
//! needs little memory; upserted by `voter_id` in one transaction, so a file with a bad row
//! changes nothing unless the operator asks to skip bad rows.

use crate::clock;
use crate::domain::api_keys::Scope;
use crate::domain::csv_table::{CsvTable, HeaderError, Row};
use crate::domain::file_rows::{RowError, MAX_LISTED_ERRORS};
use crate::store::voters::{self, VoterRecord, VoterStatus};
use crate::store::Store;
use ballot_shared::date::CivilDate;
use ballot_shared::name::{last_name_key, name_key, NameField, PersonName};
use ballot_shared::signup::parse_voter_id;
use ballot_shared::zip::CaliforniaZip;
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

/// Checks one data row (already split into fields, in `COLUMNS` order).
pub fn parse_row(fields: &[&str]) -> Result<VoterRecord, String> {
    let field = |i: usize| fields.get(i).map(|f| f.trim()).unwrap_or("");
    for (i, name) in COLUMNS.iter().enumerate() {
        if field(i).chars().count() > MAX_FIELD_CHARS {
            return Err(format!(
                "{name} is longer than {MAX_FIELD_CHARS} characters"
            ));
        }
    }
    let voter_id = match parse_voter_id(field(0)) {
        Ok(Some(id)) => id,
        Ok(None) => return Err("voter_id is empty".into()),
        Err(_) => return Err("voter_id must be letters, digits and dashes, at most 32".into()),
    };
    let first =
        PersonName::parse(field(1), NameField::First).map_err(|e| format!("first_name: {e}"))?;
    let last =
        PersonName::parse(field(3), NameField::Last).map_err(|e| format!("last_name: {e}"))?;
    if crate::domain::message_links::holds_braces(first.as_str()) {
        return Err(format!(
            "first_name {}",
            crate::domain::message_links::BRACES_REFUSED
        ));
    }
    let date_of_birth = CivilDate::parse_iso(field(5))
        .ok_or_else(|| format!("date_of_birth {:?} is not a date as YYYY-MM-DD", field(5)))?;
    let zip = CaliforniaZip::parse(field(6))
        .map_err(|_| format!("residence_zip {:?} is not a California ZIP code", field(6)))?;
    let county = field(7);
    if county.is_empty() {
        return Err("county is empty".into());
    }
    let status = match field(8).to_ascii_lowercase().as_str() {
        "active" => VoterStatus::Active,
        "inactive" => VoterStatus::Inactive,
        "cancelled" | "canceled" => VoterStatus::Cancelled,
        other => {
            return Err(format!(
                "status {other:?} is not active, inactive or cancelled"
            ))
        }
    };
    let confidential = match field(9).to_ascii_lowercase().as_str() {
        "" | "false" => false,
        "true" => true,
        other => return Err(format!("confidential {other:?} is not true or false")),
    };
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
    let rows = std::iter::from_fn(move || table.next_row());
    Ok(import_rows(store, rows, &Scope::Statewide, skip_bad_rows).await?)
}

/// Imports rows whose fields are in `COLUMNS` order. A row outside `scope`'s county makes the
/// whole import change nothing, whatever `skip_bad_rows` says.
pub async fn import_rows(
    store: &Store,
    rows: impl Iterator<Item = Row>,
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
        match fields.and_then(|fields| {
            let fields: Vec<&str> = fields.iter().map(String::as_str).collect();
            parse_row(&fields)
        }) {
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
            Err(message) => reject(&mut report, line, message),
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
    report.rejected += 1;
    if report.errors.len() < MAX_LISTED_ERRORS {
        report.errors.push(RowError { line, message });
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn row(text: &str) -> Result<VoterRecord, String> {
        let fields: Vec<&str> = text.split(',').collect();
        parse_row(&fields)
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
