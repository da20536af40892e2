//! The county's mail report (issue 15): the ballot envelopes of an election that need someone
//! to look, from the Postal Service's scans. JSON or CSV, the same rows.

use crate::clock::{self, Timestamp};
use crate::domain::api_keys::Scope;
use crate::store::mail_scans::{self, ReportRow};
use crate::store::Store;
use serde::Serialize;

/// Why an envelope is on the report.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, utoipa::ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum Attention {
    /// Outbound, recorded more than `days` ago, and the Postal Service has not scanned it.
    NoScan,
    /// Outbound, and turned back as undeliverable: the voter needs another way to vote.
    Undeliverable,
    /// The return envelope, scanned on its way to the county and not yet marked received.
    /// Never late for its scan time: the county's postmark rules decide that.
    ReturnInTransit,
}

impl Attention {
    fn code(self) -> &'static str {
        match self {
            Attention::NoScan => "no_scan",
            Attention::Undeliverable => "undeliverable",
            Attention::ReturnInTransit => "return_in_transit",
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, utoipa::ToSchema)]
pub struct MailReportRow {
    pub attention: Attention,
    pub county: String,
    pub voter_id: String,
    pub election_id: String,
    /// The envelope's 20-digit tracking code.
    pub tracking_code: String,
    /// RFC 3339: when the mail-piece file named it.
    pub recorded_at: String,
    /// RFC 3339, if the Postal Service has scanned it.
    pub latest_scan_at: Option<String>,
    pub latest_scan_place: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, utoipa::ToSchema)]
pub struct MailReport {
    pub election_id: String,
    /// Outbound envelopes count as unscanned after this many days.
    pub days: u32,
    pub no_scan: u64,
    pub undeliverable: u64,
    pub return_in_transit: u64,
    pub rows: Vec<MailReportRow>,
}

pub const DEFAULT_DAYS: u32 = 5;

pub async fn report(
    store: &Store,
    election_id: &str,
    scope: &Scope,
    days: u32,
) -> Result<MailReport, sqlx::Error> {
    let county = match scope {
        Scope::Statewide => None,
        Scope::County(name) => Some(name.to_lowercase()),
    };
    let cut_off: Timestamp = clock::now().minus(jiff::SignedDuration::from_hours(24 * days as i64));
    let found =
        mail_scans::attention(store.pool(), election_id, county.as_deref(), cut_off).await?;
    let rows: Vec<MailReportRow> = found.into_iter().map(row).collect();
    let count = |a: Attention| rows.iter().filter(|r| r.attention == a).count() as u64;
    Ok(MailReport {
        election_id: election_id.to_string(),
        days,
        no_scan: count(Attention::NoScan),
        undeliverable: count(Attention::Undeliverable),
        return_in_transit: count(Attention::ReturnInTransit),
        rows,
    })
}

fn row(found: ReportRow) -> MailReportRow {
    let attention = if found.direction == "return" {
        Attention::ReturnInTransit
    } else if found.returned_at.is_some() {
        Attention::Undeliverable
    } else {
        Attention::NoScan
    };
    let place = match (found.latest_city, found.latest_state) {
        (Some(city), Some(state)) => Some(format!("{city}, {state}")),
        _ => None,
    };
    MailReportRow {
        attention,
        county: found.county_key,
        voter_id: found.voter_id,
        election_id: found.election_id,
        tracking_code: found.tracking_code,
        recorded_at: found.recorded_at.to_string(),
        latest_scan_at: found.latest_scan_at.map(|t| t.to_string()),
        latest_scan_place: place,
    }
}

/// The rows as CSV with a header row; text that a spreadsheet would run as a formula
/// (`=`, `+`, `-`, `@` first) is quoted with a leading `'`.
pub fn to_csv(report: &MailReport) -> String {
    let mut writer = csv::Writer::from_writer(Vec::new());
    let _ = writer.write_record([
        "attention",
        "county",
        "voter_id",
        "election_id",
        "tracking_code",
        "recorded_at",
        "latest_scan_at",
        "latest_scan_place",
    ]);
    for r in &report.rows {
        let _ = writer.write_record([
            r.attention.code(),
            &cell(&r.county),
            &cell(&r.voter_id),
            &r.election_id,
            &r.tracking_code,
            &r.recorded_at,
            r.latest_scan_at.as_deref().unwrap_or(""),
            &cell(r.latest_scan_place.as_deref().unwrap_or("")),
        ]);
    }
    String::from_utf8(writer.into_inner().unwrap_or_default()).unwrap_or_default()
}

fn cell(text: &str) -> String {
    if text.starts_with(['=', '+', '-', '@']) {
        format!("'{text}")
    } else {
        text.to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_formula_in_a_cell_is_made_text() {
        assert_eq!(cell("=HYPERLINK(\"x\")"), "'=HYPERLINK(\"x\")");
        assert_eq!(cell("SACRAMENTO, CA"), "SACRAMENTO, CA");
    }
}
