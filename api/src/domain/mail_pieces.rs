//! The county's (or its print vendor's) mail-piece file (issue 15): for each ballot envelope,
//! the voter, the election, which way it travels, and its Intelligent Mail barcode. CSV
//! `voter_id,election_id,direction,imb` or JSON with the same names. The Postal Service's scans
//! name an envelope only by its IMb; this file is what ties a scan to a voter's ballot.
//!
//! An envelope is known by its 20-digit tracking code (barcode identifier, service type, Mailer
//! ID, serial): the routing ZIP after it is the destination, which the scans repeat or leave
//! out, so it is kept but not matched on.

use crate::clock;
use crate::domain::api_keys::Scope;
use crate::domain::csv_table::{CsvTable, HeaderError};
use crate::domain::file_rows::{self, RowError};
use crate::store::{counties, mail_pieces, retention, voters, Store};
use ballot_shared::imb::{Imb, ImbError};
use ballot_shared::signup::parse_voter_id;
use serde::{Deserialize, Serialize};
use std::collections::HashMap;
use std::io::Read;

pub const COLUMNS: [&str; 4] = ["voter_id", "election_id", "direction", "imb"];
const REQUIRED_COLUMNS: usize = 4;

/// Which way an envelope travels.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Direction {
    /// The ballot, from the county (or its print vendor) to the voter.
    Outbound,
    /// The return envelope, from the voter to the county.
    Return,
}

impl Direction {
    pub fn parse(text: &str) -> Option<Direction> {
        match text.trim().to_ascii_lowercase().as_str() {
            "outbound" => Some(Direction::Outbound),
            "return" => Some(Direction::Return),
            _ => None,
        }
    }

    pub fn code(self) -> &'static str {
        match self {
            Direction::Outbound => "outbound",
            Direction::Return => "return",
        }
    }
}

/// One envelope as posted (JSON), before checking.
#[derive(Debug, Clone, Default, Deserialize, utoipa::ToSchema)]
pub struct RawPiece {
    #[serde(default)]
    pub voter_id: String,
    #[serde(default)]
    pub election_id: String,
    /// `outbound` (the ballot to the voter) or `return` (the envelope back to the county).
    #[serde(default)]
    pub direction: String,
    /// 20 to 31 digits (tracking code, then the routing ZIP), or the 65 bar letters.
    #[serde(default)]
    pub imb: String,
}

/// One envelope, checked.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MailPiece {
    pub voter_id: String,
    pub election_id: String,
    pub direction: Direction,
    pub imb: Imb,
}

/// What is wrong with a row; shown to the operator with its line.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum PieceProblem {
    /// The CSV row could not be read at all.
    #[error("{0}")]
    Unreadable(String),
    #[error("voter_id must be letters, digits and dashes, at most 32")]
    BadVoterId,
    #[error("election_id must be 1 to 64 letters, digits, '-', '_', '.' or ':'")]
    BadElectionId,
    #[error("direction {0:?} is neither outbound (the ballot to the voter) nor return (the envelope back)")]
    Direction(String),
    #[error("imb: {0}")]
    Imb(#[source] ImbError),
}

/// Checks one row.
pub fn parse_piece(raw: &RawPiece) -> Result<MailPiece, PieceProblem> {
    let voter_id = match parse_voter_id(&raw.voter_id) {
        Ok(Some(id)) => id,
        _ => return Err(PieceProblem::BadVoterId),
    };
    let election_id = file_rows::checked_id(&raw.election_id).ok_or(PieceProblem::BadElectionId)?;
    let direction = Direction::parse(&raw.direction)
        .ok_or_else(|| PieceProblem::Direction(raw.direction.clone()))?;
    let imb = Imb::parse(&raw.imb).map_err(PieceProblem::Imb)?;
    Ok(MailPiece {
        voter_id,
        election_id: election_id.to_string(),
        direction,
        imb,
    })
}

/// Rows of a mail-piece CSV, each checked, with its line.
pub fn csv_pieces(
    reader: impl Read,
) -> Result<impl Iterator<Item = (u64, Result<MailPiece, PieceProblem>)>, HeaderError> {
    let mut table = CsvTable::open(reader, &COLUMNS, REQUIRED_COLUMNS)?;
    Ok(
        std::iter::from_fn(move || table.next_row()).map(|(line, fields)| {
            let piece = fields.map_err(PieceProblem::Unreadable).and_then(|f| {
                parse_piece(&RawPiece {
                    voter_id: f[0].clone(),
                    election_id: f[1].clone(),
                    direction: f[2].clone(),
                    imb: f[3].clone(),
                })
            });
            (line, piece)
        }),
    )
}

/// What posting a mail-piece file did.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, utoipa::ToSchema)]
pub struct PiecesReport {
    pub rows: u64,
    /// New envelopes recorded.
    pub recorded: u64,
    /// Envelopes already recorded, the same as posted (a file sent again): nothing changed.
    pub duplicates: u64,
    pub rejected: u64,
    #[serde(skip)]
    pub errors: Vec<RowError>,
    /// Rows about voters outside the poster's county: the whole request is refused.
    #[serde(skip)]
    pub forbidden: Vec<RowError>,
    pub committed: bool,
}

/// Records the envelopes, all in one transaction: with a bad row nothing is recorded unless
/// `skip_bad_rows`; with a row outside the poster's county nothing is recorded at all. An
/// envelope's Mailer ID must be one its voter's county listed (`county_settings`), whichever
/// key posts it, so no key can claim another county's envelopes. A tracking code names one envelope for good: given to another envelope, in this file or an
/// earlier one, the row is refused (a print vendor's numbering mistake would otherwise tell
/// one voter about another's ballot).
pub async fn ingest(
    store: &Store,
    rows: impl Iterator<Item = (u64, Result<MailPiece, PieceProblem>)>,
    scope: &Scope,
    skip_bad_rows: bool,
) -> Result<PiecesReport, sqlx::Error> {
    let now = clock::now();
    let mut tx = store.begin().await?;
    let mut report = PiecesReport::default();
    // The file's own envelopes by tracking code, with their first line: a clash inside the
    // file is named even when nothing is being written.
    let mut in_file: HashMap<String, (u64, MailPiece)> = HashMap::new();
    // Which counties list each Mailer ID, read once per file (a few dozen counties at most).
    let mut listed_by: HashMap<String, Vec<String>> = HashMap::new();
    for (county, ids) in counties::all_mailer_ids(&mut tx).await? {
        for id in serde_json::from_str::<Vec<String>>(&ids).unwrap_or_default() {
            listed_by.entry(id).or_default().push(county.to_lowercase());
        }
    }
    let mut purged_elections: HashMap<String, bool> = HashMap::new();
    for (line, piece) in rows {
        report.rows += 1;
        let piece = match piece {
            Ok(piece) => piece,
            Err(problem) => {
                reject(&mut report, line, problem.to_string());
                continue;
            }
        };
        let tracking_code = piece.imb.tracking_code().to_string();
        // Only rows that passed every check below are remembered here, so a clash names a
        // line that was good.
        if let Some((first_line, first)) = in_file.get(&tracking_code) {
            if !same_envelope(first, &piece) {
                let message = format!(
                    "imb tracking code {tracking_code} is already on line {first_line}, for another envelope"
                );
                reject(&mut report, line, message);
            } else {
                report.duplicates += 1;
            }
            continue;
        }
        let Some(voter) = voters::find(&mut tx, &piece.voter_id).await? else {
            let message = format!("voter_id {} is not in the voter file", piece.voter_id);
            reject(&mut report, line, message);
            continue;
        };
        if !scope.allows(&voter.county) {
            let message = format!("voter {} is not in this key's county", voter.voter_id);
            report.forbidden.push(RowError { line, message });
            continue;
        }
        let county_key = voter.county.to_lowercase();
        let mailer_id = piece.imb.mailer_id();
        let owners = listed_by.get(mailer_id).map(Vec::as_slice).unwrap_or(&[]);
        if !owners.contains(&county_key) {
            let message = format!(
                "imb Mailer ID {mailer_id} is not one of {}'s (a statewide key lists them: PUT /api/v1/admin/counties/{{county}}, mailer_ids)",
                voter.county
            );
            reject(&mut report, line, message);
            continue;
        }
        // A print vendor's Mailer ID may serve several counties: then one county's key
        // could take tracking codes the others will print. Only a statewide key posts those.
        if owners.len() > 1 && *scope != Scope::Statewide {
            let message = format!(
                "imb Mailer ID {mailer_id} is shared with another county: a statewide key posts its envelopes"
            );
            reject(&mut report, line, message);
            continue;
        }
        let purged = match purged_elections.get(&piece.election_id) {
            Some(purged) => *purged,
            None => {
                let purged = retention::is_purged(&mut tx, &piece.election_id).await?;
                purged_elections.insert(piece.election_id.clone(), purged);
                purged
            }
        };
        if purged {
            let message = format!(
                "election {} was purged after certification: nothing more is recorded for it",
                piece.election_id
            );
            reject(&mut report, line, message);
            continue;
        }
        in_file.insert(tracking_code.clone(), (line, piece.clone()));
        let failing = report.rejected > 0 && !skip_bad_rows || !report.forbidden.is_empty();
        if failing {
            continue; // nothing will be committed; keep reading only to report every bad row
        }
        let new = mail_pieces::NewPiece {
            tracking_code: &tracking_code,
            routing_code: piece.imb.routing_code(),
            county_key: &county_key,
            voter_id: &piece.voter_id,
            election_id: &piece.election_id,
            direction: piece.direction.code(),
        };
        match mail_pieces::insert_if_new(&mut tx, &new, now).await? {
            None => report.recorded += 1,
            Some(known)
                if known.county_key == county_key
                    && known.voter_id == piece.voter_id
                    && known.election_id == piece.election_id
                    && known.direction == piece.direction.code() =>
            {
                report.duplicates += 1;
            }
            Some(_) => {
                in_file.remove(&tracking_code);
                // Whose envelope it names is not said: it may be another county's.
                let message = format!(
                    "imb tracking code {tracking_code} was posted before for another envelope"
                );
                reject(&mut report, line, message);
            }
        }
    }
    if !report.forbidden.is_empty() || (report.rejected > 0 && !skip_bad_rows) {
        tx.rollback().await?;
        report.recorded = 0;
        report.duplicates = 0;
        return Ok(report);
    }
    tx.commit().await?;
    report.committed = true;
    Ok(report)
}

fn same_envelope(a: &MailPiece, b: &MailPiece) -> bool {
    a.voter_id == b.voter_id && a.election_id == b.election_id && a.direction == b.direction
}

fn reject(report: &mut PiecesReport, line: u64, message: String) {
    file_rows::reject(&mut report.errors, &mut report.rejected, line, message);
}

#[cfg(test)]
mod tests {
    use super::*;

    const BARS: &str = "AADTFFDFTDADTAADAATFDTDDAAADDTDTTDAFADADDDTFFFDDTTTADFAAADFTDAADA";

    #[test]
    fn a_csv_file_is_read_in_any_column_order_with_digits_or_bars() {
        let csv = format!(
            "imb,voter_id,direction,election_id\n\
             0123456709498765432101234567891,V000000001,outbound,2026-general\n\
             \n\
             {BARS},V000000002,RETURN,2026-general\n"
        );
        let rows: Vec<_> = csv_pieces(csv.as_bytes()).unwrap().collect();
        assert_eq!(rows.len(), 2);
        let (line, first) = &rows[0];
        assert_eq!(*line, 2);
        let first = first.as_ref().unwrap();
        assert_eq!(first.voter_id, "V000000001");
        assert_eq!(first.direction, Direction::Outbound);
        assert_eq!(first.imb.mailer_id(), "567094");
        let (line, second) = &rows[1];
        assert_eq!(*line, 4, "the blank line still counts");
        let second = second.as_ref().unwrap();
        assert_eq!(second.direction, Direction::Return);
        assert_eq!(second.imb, first.imb, "the bars decode to the same digits");
    }

    #[test]
    fn each_bad_row_says_what_is_wrong() {
        let csv = "voter_id,election_id,direction,imb\n\
             V000000001,2026-general,sideways,01234567094987654321\n\
             V000000001,2026 general,outbound,01234567094987654321\n\
             V000000001,2026-general,outbound,0123456709498765432\n\
             V000000001,2026-general,outbound,05234567094987654321\n\
             ,2026-general,outbound,01234567094987654321\n";
        let problems: Vec<_> = csv_pieces(csv.as_bytes())
            .unwrap()
            .map(|(line, piece)| format!("line {line}: {}", piece.unwrap_err()))
            .collect();
        assert_eq!(
            problems,
            [
                "line 2: direction \"sideways\" is neither outbound (the ballot to the voter) nor return (the envelope back)",
                "line 3: election_id must be 1 to 64 letters, digits, '-', '_', '.' or ':'",
                "line 4: imb: an Intelligent Mail barcode is 20, 25, 29 or 31 digits (tracking code and routing ZIP), or the 65 bar letters A, D, F and T; this has 19 characters",
                "line 5: imb: the Intelligent Mail barcode's second digit (barcode identifier) must be 0 to 4",
                "line 6: voter_id must be letters, digits and dashes, at most 32",
            ]
        );
        assert!(csv_pieces("voter_id,election_id,imb\n".as_bytes()).is_err());
    }
}
