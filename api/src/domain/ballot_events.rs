//! Ballot status events from counties (docs/file-formats.md): CSV
//! `event_id,voter_id,election_id,status,occurred_at,detail` or JSON with the same names.
//! Posting is idempotent by `event_id`; each new event that is the ballot's latest fans out,
//! in the same transaction, to one outbox message per channel the voter turned on.

use crate::clock;
use crate::domain::api_keys::Scope;
use crate::domain::csv_table::{CsvTable, HeaderError};
use crate::domain::event_record::{EventDetail, EventRecord};
use crate::domain::file_rows::{self, reject, RowError};
use crate::domain::messages::Office;
use crate::domain::notifications;
use crate::store::{ballot_events, voters, Store, Tx};
use ballot_shared::date::CivilDate;
use ballot_shared::signup::parse_voter_id;
use ballot_shared::status::{BallotStatus, UnknownStatus};
use serde::{Deserialize, Serialize};
use std::collections::HashMap;
use std::io::Read;

pub const COLUMNS: [&str; 6] = [
    "event_id",
    "voter_id",
    "election_id",
    "status",
    "occurred_at",
    "detail",
];
const REQUIRED_COLUMNS: usize = 5;

/// `detail` as posted: the CSV's `key=value;…` text (or a reason alone), or its fields
/// (`cure_deadline`, `cure_url`, `reason`, `expected_delivery`) as an object of strings.
#[derive(Debug, Clone, Deserialize, utoipa::ToSchema)]
#[serde(untagged)]
pub enum RawDetail {
    Text(String),
    Fields(std::collections::BTreeMap<String, String>),
}

/// One event as posted (JSON), before checking.
#[derive(Debug, Clone, Default, Deserialize, utoipa::ToSchema)]
pub struct RawEvent {
    #[serde(default)]
    pub event_id: String,
    #[serde(default)]
    pub voter_id: String,
    #[serde(default)]
    pub election_id: String,
    #[serde(default)]
    pub status: String,
    #[serde(default)]
    pub occurred_at: String,
    #[serde(default)]
    pub detail: Option<RawDetail>,
}

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, utoipa::ToSchema)]
pub struct IngestReport {
    pub rows: u64,
    /// New events recorded.
    pub applied: u64,
    /// Events already known by `event_id`: nothing changed, nobody notified.
    pub duplicates: u64,
    /// Outbox messages queued.
    pub notifications: u64,
    pub rejected: u64,
    #[serde(skip)]
    pub errors: Vec<RowError>,
    /// Rows about voters outside the poster's county: the whole request is refused.
    #[serde(skip)]
    pub forbidden: Vec<RowError>,
    /// The subscriptions whose ballot status changed.
    #[serde(skip)]
    pub changed: Vec<i64>,
    pub committed: bool,
}

/// What is wrong with a ballot event; shown to the operator with the row's line.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum EventProblem {
    /// The CSV row could not be read at all.
    #[error("{0}")]
    Unreadable(String),
    #[error("{column} must be 1 to 64 letters, digits, '-', '_', '.' or ':'")]
    BadId { column: &'static str },
    #[error("voter_id must be letters, digits and dashes, at most 32")]
    BadVoterId,
    #[error("status: {0}")]
    Status(#[source] UnknownStatus),
    #[error("occurred_at {0:?} is not an RFC 3339 time like 2026-11-03T14:05:00-08:00")]
    OccurredAt(String),
    #[error("{key} {text:?} is not a date as YYYY-MM-DD")]
    Date { key: &'static str, text: String },
    #[error("detail {0:?} is not key=value")]
    NotKeyValue(String),
    #[error(
        "cure_url {0:?} is not an https address (http is refused: voters follow it to a form)"
    )]
    CureUrl(String),
    #[error("reason {}", crate::domain::message_links::BRACES_REFUSED)]
    Braces,
    #[error(
        "detail has unknown key {0:?} (known: cure_deadline, cure_url, reason, expected_delivery)"
    )]
    UnknownDetailKey(String),
}

fn checked_id(text: &str, column: &'static str) -> Result<String, EventProblem> {
    file_rows::checked_id(text)
        .map(str::to_string)
        .ok_or(EventProblem::BadId { column })
}

fn checked_date(text: &str, key: &'static str) -> Result<String, EventProblem> {
    CivilDate::parse_iso(text.trim())
        .map(CivilDate::to_iso)
        .ok_or_else(|| EventProblem::Date {
            key,
            text: text.to_string(),
        })
}

/// Parses the CSV form of `detail`.
pub fn parse_detail(text: &str) -> Result<EventDetail, EventProblem> {
    let text = text.trim();
    let mut detail = EventDetail::default();
    if text.is_empty() {
        return Ok(detail);
    }
    if !text.contains('=') {
        set_detail(&mut detail, "reason", text)?;
        return Ok(detail);
    }
    for pair in text.split(';').map(str::trim).filter(|p| !p.is_empty()) {
        let (key, value) = pair
            .split_once('=')
            .ok_or_else(|| EventProblem::NotKeyValue(pair.to_string()))?;
        set_detail(&mut detail, key.trim(), value.trim())?;
    }
    Ok(detail)
}

fn set_detail(detail: &mut EventDetail, key: &str, value: &str) -> Result<(), EventProblem> {
    match key {
        "cure_deadline" => detail.cure_deadline = Some(checked_date(value, "cure_deadline")?),
        "expected_delivery" => {
            detail.expected_delivery = Some(checked_date(value, "expected_delivery")?)
        }
        "cure_url" => {
            if cure_url_host(value).is_none() {
                return Err(EventProblem::CureUrl(value.to_string()));
            }
            detail.cure_url = Some(value.to_string());
        }
        "reason" if crate::domain::message_links::holds_braces(value) => {
            return Err(EventProblem::Braces)
        }
        "reason" => detail.reason = Some(value.to_string()),
        other => return Err(EventProblem::UnknownDetailKey(other.to_string())),
    }
    Ok(())
}

/// The host of an https address, lower-case; `None` for anything else.
pub fn cure_url_host(url: &str) -> Option<String> {
    let rest = url.strip_prefix("https://")?;
    if url.contains(char::is_whitespace) || url.contains(['<', '>', '"', '\\', '{', '}']) {
        return None;
    }
    let authority = rest.split(['/', '?', '#']).next()?;
    // No user:password@ in front of a host: it makes a link look like it goes where it does not.
    if authority.contains('@') {
        return None;
    }
    let host = authority.split(':').next()?.to_ascii_lowercase();
    is_host_name(&host).then_some(host)
}

/// A DNS host name: letters, digits and hyphens in dot-separated labels, at least two.
pub fn is_host_name(host: &str) -> bool {
    host.len() <= 253
        && host.split('.').count() >= 2
        && host.split('.').all(|label| {
            !label.is_empty()
                && label.len() <= 63
                && !label.starts_with('-')
                && !label.ends_with('-')
                && label
                    .bytes()
                    .all(|b| b.is_ascii_alphanumeric() || b == b'-')
        })
}

/// Checks one event.
pub fn parse_event(raw: &RawEvent) -> Result<EventRecord, EventProblem> {
    let event_id = checked_id(&raw.event_id, "event_id")?;
    let voter_id = match parse_voter_id(&raw.voter_id) {
        Ok(Some(id)) => id,
        _ => return Err(EventProblem::BadVoterId),
    };
    let election_id = checked_id(&raw.election_id, "election_id")?;
    let status = BallotStatus::parse(&raw.status).map_err(EventProblem::Status)?;
    let occurred_at = clock::parse(raw.occurred_at.trim())
        .ok_or_else(|| EventProblem::OccurredAt(raw.occurred_at.clone()))?;
    let detail = match &raw.detail {
        None => EventDetail::default(),
        Some(RawDetail::Text(text)) => parse_detail(text)?,
        Some(RawDetail::Fields(map)) => {
            let mut detail = EventDetail::default();
            for (key, value) in map {
                set_detail(&mut detail, key, value)?;
            }
            detail
        }
    };
    Ok(EventRecord {
        event_id,
        voter_id,
        election_id,
        status,
        occurred_at,
        detail,
    })
}

/// Rows of an events CSV, each checked, with its line.
pub fn csv_events(
    reader: impl Read,
) -> Result<impl Iterator<Item = (u64, Result<EventRecord, EventProblem>)>, HeaderError> {
    let mut table = CsvTable::open(reader, &COLUMNS, REQUIRED_COLUMNS)?;
    Ok(
        std::iter::from_fn(move || table.next_row()).map(|(line, fields)| {
            let record = fields.map_err(EventProblem::Unreadable).and_then(|f| {
                parse_event(&RawEvent {
                    event_id: f[0].clone(),
                    voter_id: f[1].clone(),
                    election_id: f[2].clone(),
                    status: f[3].clone(),
                    occurred_at: f[4].clone(),
                    detail: Some(RawDetail::Text(f[5].clone())),
                })
            });
            (line, record)
        }),
    )
}

/// Records events and queues their notifications, all in one transaction: with a bad row
/// nothing is applied unless `skip_bad_rows`; with a row outside the poster's county nothing is
/// applied at all.
pub async fn ingest(
    store: &Store,
    rows: impl Iterator<Item = (u64, Result<EventRecord, EventProblem>)>,
    scope: &Scope,
    public_url: &str,
    cure_page: bool,
    skip_bad_rows: bool,
) -> Result<IngestReport, sqlx::Error> {
    let mut tx = store.begin().await?;
    let mut report = IngestReport::default();
    record_in(
        &mut tx,
        rows,
        scope,
        public_url,
        cure_page,
        skip_bad_rows,
        &mut report,
    )
    .await?;
    if !report.forbidden.is_empty() || (report.rejected > 0 && !skip_bad_rows) {
        tx.rollback().await?;
        report.applied = 0;
        report.duplicates = 0;
        report.notifications = 0;
        return Ok(report);
    }
    ballot_events::notify_changed(&mut tx, &report.changed).await?;
    tx.commit().await?;
    report.committed = true;
    Ok(report)
}

/// [`ingest`]'s work inside the caller's transaction, adding to `report`; the caller decides
/// whether to commit (the scans' statuses are recorded with the scans, `mail_scans`).
pub async fn record_in(
    tx: &mut Tx,
    rows: impl Iterator<Item = (u64, Result<EventRecord, EventProblem>)>,
    scope: &Scope,
    public_url: &str,
    cure_page: bool,
    skip_bad_rows: bool,
    report: &mut IngestReport,
) -> Result<(), sqlx::Error> {
    let now = clock::now();
    // Each county's settings, read once per ingest rather than once per event.
    let mut offices: HashMap<String, Office> = HashMap::new();
    for (line, record) in rows {
        report.rows += 1;
        let event = match record {
            Ok(event) => event,
            Err(problem) => {
                let message = problem.to_string();
                reject(&mut report.errors, &mut report.rejected, line, message);
                continue;
            }
        };
        let Some((voter, subscription)) =
            voters::find_with_subscription(tx, &event.voter_id).await?
        else {
            let message = format!("voter_id {} is not in the voter file", event.voter_id);
            reject(&mut report.errors, &mut report.rejected, line, message);
            continue;
        };
        if !scope.allows(&voter.county) {
            // Which county the voter is in is not this key's business.
            let message = format!("voter {} is not in this key's county", voter.voter_id);
            report.forbidden.push(RowError { line, message });
            continue;
        }
        let office = match offices.get(&voter.county) {
            Some(office) => office,
            None => {
                let office = crate::domain::offices::office_for(tx, &voter.county).await?;
                offices.entry(voter.county.clone()).or_insert(office)
            }
        };
        // A cure link goes only to a host the county listed: a county key (or a stolen one)
        // cannot send voters to a look-alike site to "fix" their ballot.
        if let Some(url) = &event.detail.cure_url {
            let host = cure_url_host(url).unwrap_or_default();
            if !office.cure_url_hosts.contains(&host) {
                let message = format!(
                    "cure_url host {host:?} is not one of the county's cure-form hosts (set them with PUT /api/v1/admin/counties/{{county}}, cure_url_hosts)"
                );
                reject(&mut report.errors, &mut report.rejected, line, message);
                continue;
            }
        }
        let office = office.clone();
        let failing = report.rejected > 0 && !skip_bad_rows || !report.forbidden.is_empty();
        if failing {
            continue; // nothing will be committed; keep reading only to report every bad row
        }
        let detail_json = serde_json::to_string(&event.detail).unwrap_or_else(|_| "{}".into());
        let county_key = voter.county.to_lowercase();
        let new_event = ballot_events::NewEvent {
            county_key: &county_key,
            event_id: &event.event_id,
            voter_id: &event.voter_id,
            election_id: &event.election_id,
            status: event.status,
            occurred_at: event.occurred_at,
            detail_json: &detail_json,
        };
        if !ballot_events::insert_if_new(tx, &new_event, now).await? {
            report.duplicates += 1;
            continue;
        }
        report.applied += 1;
        // An older event arriving late joins the timeline quietly: telling the voter their
        // ballot was "mailed" after it was "received" would only confuse.
        if !ballot_events::is_latest(tx, &new_event).await? {
            continue;
        }
        if let Some(subscription) = subscription {
            // Reminders queued for the signature problem this status replaces stop with it
            // (`cure_reminders`); a signature problem again brings its own.
            crate::store::outbox::withdraw_kind(
                tx,
                subscription.subscription_id,
                &event.election_id,
                crate::store::outbox::MessageKind::CureReminder,
                crate::domain::cure_reminders::WITHDRAWN_STATUS,
            )
            .await?;
            report.notifications += notifications::enqueue_status_update(
                tx,
                &subscription,
                &voter,
                &office,
                &event,
                public_url,
                cure_page,
                now,
            )
            .await?;
            report.changed.push(subscription.subscription_id);
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn raw(status: &str, occurred_at: &str, detail: Option<serde_json::Value>) -> RawEvent {
        let detail = detail.map(|d| serde_json::from_value(d).unwrap());
        RawEvent {
            event_id: "E1".into(),
            voter_id: "v1".into(),
            election_id: "2026-general".into(),
            status: status.into(),
            occurred_at: occurred_at.into(),
            detail,
        }
    }

    #[test]
    fn parses_and_normalises_an_event() {
        let event = parse_event(&raw("received", "2026-11-03T14:05:00-08:00", None)).unwrap();
        assert_eq!(event.voter_id, "V1");
        assert_eq!(event.status, BallotStatus::Received);
        assert_eq!(event.occurred_at.to_string(), "2026-11-03T22:05:00.000000Z");
    }

    #[test]
    fn detail_in_csv_and_json_forms() {
        assert!(parse_detail("cure_url=http://e.example/cure")
            .unwrap_err()
            .to_string()
            .contains("https"));
        assert!(parse_detail("cure_url=https://user@evil.example/cure").is_err());
        assert_eq!(
            cure_url_host("https://Elections.Example:443/cure?x=1").as_deref(),
            Some("elections.example")
        );
        let csv =
            parse_detail("cure_deadline=2026-12-01; cure_url=https://e.example/cure").unwrap();
        assert_eq!(csv.cure_deadline.as_deref(), Some("2026-12-01"));
        assert_eq!(csv.cure_url.as_deref(), Some("https://e.example/cure"));
        assert_eq!(
            parse_detail("arrived after the deadline")
                .unwrap()
                .reason
                .as_deref(),
            Some("arrived after the deadline")
        );
        assert!(parse_detail("cure_deadline=12/01/2026")
            .unwrap_err()
            .to_string()
            .contains("YYYY-MM-DD"));
        assert!(parse_detail("colour=blue")
            .unwrap_err()
            .to_string()
            .contains("unknown key"));
        let json = parse_event(&raw(
            "signature_missing",
            "2026-11-05T10:00:00Z",
            Some(serde_json::json!({"cure_deadline": "2026-12-01", "cure_url": "https://e.example/c"})),
        ))
        .unwrap();
        assert_eq!(json.detail.cure_deadline.as_deref(), Some("2026-12-01"));
    }

    #[test]
    fn bad_events_say_what_is_wrong() {
        assert!(parse_event(&raw("lost", "2026-11-03T14:05:00Z", None))
            .unwrap_err()
            .to_string()
            .contains("status"));
        assert!(parse_event(&raw("received", "11/03/2026", None))
            .unwrap_err()
            .to_string()
            .contains("occurred_at"));
        let mut no_id = raw("received", "2026-11-03T14:05:00Z", None);
        no_id.event_id = " ".into();
        assert!(parse_event(&no_id)
            .unwrap_err()
            .to_string()
            .contains("event_id"));
    }
}
