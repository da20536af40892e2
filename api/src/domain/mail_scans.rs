//! The Postal Service's scans of ballot envelopes (issue 15): USPS Informed Visibility Mail
//! Tracking & Reporting (IV-MTR) piece scan data, in its JSON layout, read into [`Scan`]s.
//!
//! What is sure and what is not (the public IV-MTR user guide names the layouts; the field
//! names below are those IV-MTR's JSON files and push feed carry, as read by the programs that
//! consume them):
//!
//! - The body is an object whose `events` array holds one record per scan (header fields such
//!   as `msgGrpId` beside it), or that array alone.
//! - Field names are camelCase, but their case differs between sources (`scanDatetime` and
//!   `scanDateTime`, `scanFacilityZip` and `scanFacilityZIP`): they are matched ignoring case.
//! - The envelope is `imb` (the 20 to 31 digits), or `imbTrackingCode` with `imbRoutingCode`.
//! - `scanDatetime` is the facility's local time, without an offset in the samples seen; when
//!   an offset is given it is kept. Which time zone a local time is in is not in the record:
//!   the facility's ZIP code says it.
//! - `scanEventCode` is the scan's three-digit operation code; `handlingEventType` is a letter
//!   whose values are not documented publicly (`L` is seen on logical events, `A` and `P` on
//!   others); `mailPhase` says where in the mail stream the piece is ("Phase 1 - Origin
//!   Processing" to "Phase 4c - Delivery", spacing varying). They are kept as given: how each
//!   becomes a status is decided where statuses are derived, and said there.
//! - `expectedDeliveryDate` (YYYY-MM-DD) is the Postal Service's own expectation, when present.

use crate::clock::{self, Timestamp};
use crate::domain::api_keys::Scope;
use crate::domain::ballot_events::{self, IngestReport};
use crate::domain::event_record::{EventDetail, EventRecord, PostalScan};
use crate::domain::file_rows::{self, RowError};
use crate::domain::mail_pieces::Direction;
use crate::store::ballot_events::{self as store_events, NewEvent};
use crate::store::mail_scans::{self, PieceState, ScanRow, Shown, UnmatchedScan};
use crate::store::{subscriptions, Store, Tx};
use ballot_shared::date::CivilDate;
use ballot_shared::imb::{Imb, ImbError};
use ballot_shared::status::BallotStatus;
use serde::Serialize;
use serde_json::{Map, Value};
use std::collections::HashMap;

/// One scan of one envelope.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Scan {
    pub imb: Imb,
    /// `YYYY-MM-DDTHH:MM:SS`, the facility's local time.
    pub local_time: String,
    /// The UTC offset the record gave with the time (`-07:00`), if any.
    pub utc_offset: Option<String>,
    /// The three-digit operation code (`scanEventCode`).
    pub operation_code: String,
    pub handling_event_type: String,
    pub mail_phase: String,
    pub facility_name: String,
    pub facility_city: String,
    pub facility_state: String,
    /// Five digits.
    pub facility_zip: String,
    pub expected_delivery: Option<CivilDate>,
    /// When it happened (`Scan::instant`), worked out once as it is read.
    pub at: Timestamp,
}

/// What is wrong with a scan record; shown with the record's position in the file (1-based).
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ScanProblem {
    #[error("the record is not an object")]
    NotAnObject,
    #[error("no imb (nor imbTrackingCode)")]
    NoImb,
    #[error("imb: {0}")]
    Imb(#[source] ImbError),
    #[error("scanDatetime {0:?} is not a time like 2026-10-06T09:15:00")]
    ScanTime(String),
    #[error("scanEventCode {0:?} is not a three-digit operation code")]
    OperationCode(String),
    #[error("scanFacilityZip {0:?} is not a ZIP code")]
    FacilityZip(String),
    #[error("expectedDeliveryDate {0:?} is not a date as YYYY-MM-DD")]
    ExpectedDelivery(String),
    #[error("{0} holds a control character or is longer than 100 characters")]
    Text(&'static str),
    #[error("scanDatetime {0} is more than a day from now: a scan cannot come from the future")]
    InFuture(String),
}

/// The fields a scan is read from, by their IV-MTR names (matched ignoring case), each
/// checked for control characters and length. `read_fields` takes their texts in this order.
const FIELDS: [&str; 12] = [
    "imb",
    "imbTrackingCode",
    "imbRoutingCode",
    "scanDatetime",
    "scanEventCode",
    "handlingEventType",
    "mailPhase",
    "scanFacilityName",
    "scanFacilityCity",
    "scanFacilityState",
    "scanFacilityZip",
    "expectedDeliveryDate",
];
const IMB: usize = 0;
const IMB_TRACKING: usize = 1;
const IMB_ROUTING: usize = 2;
const SCAN_TIME: usize = 3;
const OPERATION: usize = 4;
const HANDLING: usize = 5;
const PHASE: usize = 6;
const FACILITY_NAME: usize = 7;
const FACILITY_CITY: usize = 8;
const FACILITY_STATE: usize = 9;
const FACILITY_ZIP: usize = 10;
const EXPECTED: usize = 11;
const MAX_FIELD_CHARS: usize = 100;

/// Records per request or file: a 64 MB body of tiny records must not take gigabytes.
pub const MAX_RECORDS: usize = 1_000_000;

/// Why a whole feed could not be read.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum FeedError {
    #[error("not valid JSON: {0}")]
    Json(String),
    #[error("expected a list of scans, or an object holding it under events")]
    NoEvents,
    #[error("the delimited file cannot be read: {0}")]
    Delimited(String),
    #[error("the delimited file's header names no imb (nor imbTrackingCode) column")]
    NoImbColumn,
    #[error("more than 1,000,000 records: send them in smaller parts")]
    TooManyRecords,
    /// A feed's records are objects; anything else is a broken body, not a record to skip.
    #[error("record {0} is not an object")]
    NotAnObject(u64),
}

/// A record's position in the feed (1-based), and the scan read from it or why not.
pub type ScanRecord = (u64, Result<Scan, ScanProblem>);

/// The feed's records, each read or refused.
pub fn read_feed(body: &[u8]) -> Result<Vec<ScanRecord>, FeedError> {
    let value: Value = serde_json::from_slice(body).map_err(|e| FeedError::Json(e.to_string()))?;
    let events = match value {
        Value::Array(events) => events,
        Value::Object(mut object) => {
            let key = object
                .keys()
                .find(|k| k.eq_ignore_ascii_case("events"))
                .cloned()
                .ok_or(FeedError::NoEvents)?;
            match object.remove(&key) {
                Some(Value::Array(events)) => events,
                _ => return Err(FeedError::NoEvents),
            }
        }
        _ => return Err(FeedError::NoEvents),
    };
    if events.len() > MAX_RECORDS {
        return Err(FeedError::TooManyRecords);
    }
    if let Some(i) = events.iter().position(|e| !e.is_object()) {
        return Err(FeedError::NotAnObject(i as u64 + 1));
    }
    Ok(in_parallel(&events, |i, record| {
        (i as u64 + 1, read_scan(record))
    }))
}

/// `read` over every item, on as many threads as the machine has cores, in order: reading a
/// scan (times, zones, checks) costs more than storing it, and a feed has a million.
fn in_parallel<T: Sync, R: Send>(items: &[T], read: impl Fn(usize, &T) -> R + Sync) -> Vec<R> {
    let threads = std::thread::available_parallelism().map_or(1, usize::from);
    let part = items.len().div_ceil(threads).max(10_000);
    let read = &read;
    std::thread::scope(|scope| {
        let parts: Vec<_> = items
            .chunks(part)
            .enumerate()
            .map(|(n, chunk)| {
                scope.spawn(move || {
                    chunk
                        .iter()
                        .enumerate()
                        .map(|(i, item)| read(n * part + i, item))
                        .collect::<Vec<R>>()
                })
            })
            .collect();
        // One allocation of the final size: growing a vector of a million scans by doubling
        // copies and faults in hundreds of megabytes.
        let mut all = Vec::with_capacity(items.len());
        for part in parts {
            all.extend(part.join().expect("reading scans does not panic"));
        }
        all
    })
}

/// A field's text, its name matched ignoring case; numbers are taken as their digits.
fn field(record: &Map<String, Value>, name: &str) -> String {
    record
        .iter()
        .find(|(key, _)| key.eq_ignore_ascii_case(name))
        .and_then(|(_, value)| match value {
            Value::String(text) => Some(text.trim().to_string()),
            Value::Number(number) => Some(number.to_string()),
            _ => None,
        })
        .unwrap_or_default()
}

pub fn read_scan(record: &Value) -> Result<Scan, ScanProblem> {
    let record = record.as_object().ok_or(ScanProblem::NotAnObject)?;
    let texts = FIELDS.map(|name| field(record, name));
    read_fields(&texts.each_ref().map(String::as_str))
}

/// A scan from its fields' texts, in [`FIELDS`]' order ("" when absent, trimmed): the one
/// reading of both layouts.
fn read_fields(field: &[&str; 12]) -> Result<Scan, ScanProblem> {
    // Text that no facility has: a control character (PostgreSQL refuses NUL, and it would
    // fail the whole batch on every retry) or more than a name's length.
    for (name, text) in FIELDS.iter().zip(field) {
        if text.chars().any(char::is_control) || text.chars().count() > MAX_FIELD_CHARS {
            return Err(ScanProblem::Text(name));
        }
    }
    let imb = match field[IMB] {
        text if !text.is_empty() => Imb::parse(text),
        _ if field[IMB_TRACKING].is_empty() => return Err(ScanProblem::NoImb),
        _ => Imb::parse(&format!("{}{}", field[IMB_TRACKING], field[IMB_ROUTING])),
    }
    .map_err(ScanProblem::Imb)?;
    let time = field[SCAN_TIME];
    let (local_time, utc_offset) =
        local_time(time).ok_or_else(|| ScanProblem::ScanTime(time.to_string()))?;
    let operation_code = field[OPERATION].to_string();
    if !(operation_code.len() == 3 && operation_code.bytes().all(|b| b.is_ascii_digit())) {
        return Err(ScanProblem::OperationCode(operation_code));
    }
    let zip = field[FACILITY_ZIP];
    let facility_zip = match zip.len() {
        5 | 9 if zip.bytes().all(|b| b.is_ascii_digit()) => zip[..5].to_string(),
        10 if zip.as_bytes()[5] == b'-'
            && zip
                .bytes()
                .enumerate()
                .all(|(i, b)| i == 5 || b.is_ascii_digit()) =>
        {
            zip[..5].to_string()
        }
        _ => return Err(ScanProblem::FacilityZip(zip.to_string())),
    };
    let expected = field[EXPECTED];
    let expected_delivery = if expected.is_empty() {
        None
    } else {
        // Sometimes with a time after the date.
        let day = expected.get(..10).unwrap_or(expected);
        Some(
            CivilDate::parse_iso(day)
                .ok_or_else(|| ScanProblem::ExpectedDelivery(expected.to_string()))?,
        )
    };
    // A date the scan cannot mean (before it, or months after) is not promised to a voter.
    let scan_day = CivilDate::parse_iso(&local_time[..10]);
    let expected_delivery = expected_delivery.filter(|day| {
        scan_day.is_some_and(|scanned| {
            let civil =
                |d: CivilDate| jiff::civil::date(d.year() as i16, d.month() as i8, d.day() as i8);
            civil(*day)
                .since(civil(scanned))
                .is_ok_and(|gap| (0..=30).contains(&gap.get_days()))
        })
    });
    let mut scan = Scan {
        imb,
        local_time,
        utc_offset,
        operation_code,
        handling_event_type: field[HANDLING].to_string(),
        mail_phase: phase_name(field[PHASE]),
        facility_name: field[FACILITY_NAME].to_string(),
        facility_city: plain_place(field[FACILITY_CITY], 40),
        facility_state: plain_place(field[FACILITY_STATE], 2),
        facility_zip,
        expected_delivery,
        at: Timestamp::new(jiff::Timestamp::UNIX_EPOCH),
    };
    scan.at = scan.work_out_instant();
    Ok(scan)
}

/// A facility's city or state as the voter will see it, or nothing: whoever holds a feed's
/// credentials must not be able to write "call this number" on a status page, so only a
/// place name's letters, spaces, `.`, `-` and `'` (no digits, no links) up to `max` long.
fn plain_place(text: &str, max: usize) -> String {
    let plain = text.chars().count() <= max
        && text
            .chars()
            .all(|c| c.is_alphabetic() || matches!(c, ' ' | '.' | '-' | '\''));
    if plain {
        text.to_string()
    } else {
        String::new()
    }
}

/// A mail phase's name with its spacing made regular: "Phase 3c- Destination ..." and
/// "Phase 3c  - Destination ..." are "Phase 3c - Destination ...".
fn phase_name(text: &str) -> String {
    let mut name = String::with_capacity(text.len() + 1);
    for word in text.split_whitespace() {
        if !name.is_empty() {
            name.push(' ');
        }
        match word.strip_suffix('-') {
            Some(before) if !before.is_empty() => {
                name.push_str(before);
                name.push_str(" -");
            }
            _ => name.push_str(word),
        }
    }
    name
}

/// `2026-10-06T09:15:00`, `2026-10-06 09:15:00` or with fractions of a second, and an optional
/// offset (`Z`, `-07:00`): the local time to the second, and the offset.
fn local_time(text: &str) -> Option<(String, Option<String>)> {
    let bytes = text.as_bytes();
    if bytes.len() < 19 {
        return None;
    }
    let date = CivilDate::parse_iso(text.get(..10)?)?;
    if !matches!(bytes[10], b'T' | b' ') || bytes[13] != b':' || bytes[16] != b':' {
        return None;
    }
    let number = |range: std::ops::Range<usize>, max: u32| {
        text.get(range)
            .filter(|t| t.bytes().all(|b| b.is_ascii_digit()))
            .and_then(|t| t.parse::<u32>().ok())
            .filter(|n| *n <= max)
    };
    let (hour, minute, second) = (
        number(11..13, 23)?,
        number(14..16, 59)?,
        number(17..19, 59)?,
    );
    let mut rest = text.get(19..)?;
    if let Some(fraction) = rest.strip_prefix('.') {
        let digits = fraction.bytes().take_while(u8::is_ascii_digit).count();
        if digits == 0 {
            return None;
        }
        rest = &fraction[digits..];
    }
    let offset = match rest {
        "" => None,
        "Z" | "z" => Some("+00:00".to_string()),
        _ => {
            let b = rest.as_bytes();
            let valid = b.len() == 6
                && matches!(b[0], b'+' | b'-')
                && b[3] == b':'
                && [1, 2, 4, 5].iter().all(|&i| b[i].is_ascii_digit())
                && rest[1..3].parse::<u32>().is_ok_and(|h| h <= 14)
                && rest[4..6].parse::<u32>().is_ok_and(|m| m <= 59);
            if !valid {
                return None;
            }
            Some(rest.to_string())
        }
    };
    Some((
        format!("{}T{hour:02}:{minute:02}:{second:02}", date.to_iso()),
        offset,
    ))
}

/// The delimited layout: a header row of the same field names as the JSON (matched ignoring
/// case), then one scan per line, separated by `|` when the header holds one, else by commas;
/// fields may be quoted. Positions are line numbers (the header is line 1).
pub fn read_delimited(body: &[u8]) -> Result<Vec<ScanRecord>, FeedError> {
    let first_line = body.split(|b| *b == b'\n').next().unwrap_or_default();
    let delimiter = if first_line.contains(&b'|') {
        b'|'
    } else {
        b','
    };
    let mut reader = csv::ReaderBuilder::new()
        .delimiter(delimiter)
        .flexible(true)
        .trim(csv::Trim::All)
        .from_reader(body);
    let header: Vec<String> = reader
        .headers()
        .map_err(|e| FeedError::Delimited(e.to_string()))?
        .iter()
        .map(str::to_string)
        .collect();
    if !header
        .iter()
        .any(|h| h.eq_ignore_ascii_case("imb") || h.eq_ignore_ascii_case("imbTrackingCode"))
    {
        return Err(FeedError::NoImbColumn);
    }
    // Each field's column, if the header has it.
    let columns = FIELDS.map(|name| {
        header
            .iter()
            .position(|known| known.eq_ignore_ascii_case(name))
    });
    let read = |rows: &[csv::StringRecord]| {
        in_parallel(rows, |_, row| {
            let line = row.position().map_or(0, |p| p.line());
            let texts = columns.map(|column| column.and_then(|i| row.get(i)).unwrap_or(""));
            (line, read_fields(&texts))
        })
    };
    // Read a part at a time, so that only the scans (not also every line's raw fields) are
    // held for a file of a million; each part's lines are read into the last part's records.
    let lines = body.iter().filter(|&&b| b == b'\n').count();
    let mut records = Vec::with_capacity(lines.min(MAX_RECORDS));
    // A record per line at most (the last may have no newline).
    let mut rows = vec![csv::StringRecord::new(); (lines + 1).min(READ_PART)];
    let mut held = 0;
    loop {
        match reader.read_record(&mut rows[held]) {
            Ok(true) => {}
            Ok(false) => break,
            Err(e) => return Err(FeedError::Delimited(e.to_string())),
        }
        if records.len() + held == MAX_RECORDS {
            return Err(FeedError::TooManyRecords);
        }
        held += 1;
        if held == rows.len() {
            records.extend(read(&rows));
            held = 0;
        }
    }
    records.extend(read(&rows[..held]));
    Ok(records)
}

/// Lines of the delimited layout held at once before they are read, on every core.
const READ_PART: usize = 100_000;

/// Where a scan puts an envelope, as its mail phase says. Read so (the phase names are the
/// Postal Service's; the meaning of PARS for ballots is our reading, docs/file-formats.md):
///
/// - "Phase 4c - Delivery": delivered (letters get a logical delivery event, not a scan at the
///   door, so this is the carrier's route closing out, the same day);
/// - "PARS" and "FPARS" (the Postal Automated Redirection System, for letters and flats): the
///   envelope was turned back as undeliverable as addressed. Ballots are printed "return
///   service requested", not to be forwarded, so it goes back to the county;
/// - any other Phase 3 or 4: at the plant or post office that delivers to the voter;
/// - anything else (Phase 0 to 2, or a phase we do not know): in the mail, on its way.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Stage {
    OnItsWay,
    AtDestination,
    Delivered,
    Returned,
}

pub fn stage(mail_phase: &str) -> Stage {
    let phase = mail_phase.to_ascii_lowercase();
    let words: Vec<&str> = phase
        .split(|c: char| !c.is_ascii_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect();
    if words.iter().any(|w| *w == "pars" || *w == "fpars") {
        return Stage::Returned;
    }
    let code = words
        .iter()
        .position(|w| *w == "phase")
        .and_then(|i| words.get(i + 1))
        .copied()
        .unwrap_or_default();
    match code {
        "4c" => Stage::Delivered,
        c if c.starts_with('3') || c.starts_with('4') => Stage::AtDestination,
        _ => Stage::OnItsWay,
    }
}

/// The IANA zone of a facility's state, for scan times given without an offset. A state that
/// spans two zones gets the one most of its people live in (a scan an hour off there moves no
/// status: statuses change on the day, and the county's events are hours apart); an unknown
/// state is taken as California's.
pub fn zone_of_state(state: &str) -> &'static str {
    match state.trim().to_ascii_uppercase().as_str() {
        "WA" | "OR" | "NV" | "CA" => "America/Los_Angeles",
        "AZ" => "America/Phoenix",
        "CO" | "UT" | "NM" | "WY" | "MT" | "ID" => "America/Denver",
        "TX" | "OK" | "KS" | "NE" | "SD" | "ND" | "MN" | "IA" | "MO" | "AR" | "LA" | "MS"
        | "AL" | "TN" | "WI" | "IL" => "America/Chicago",
        "AK" => "America/Anchorage",
        "HI" => "Pacific/Honolulu",
        "PR" | "VI" => "America/Puerto_Rico",
        "GU" | "MP" => "Pacific/Guam",
        "AS" => "Pacific/Pago_Pago",
        "ME" | "NH" | "VT" | "MA" | "RI" | "CT" | "NY" | "NJ" | "PA" | "DE" | "MD" | "DC"
        | "VA" | "WV" | "NC" | "SC" | "GA" | "FL" | "OH" | "MI" | "IN" | "KY" => "America/New_York",
        _ => "America/Los_Angeles",
    }
}

/// A time zone by IANA name, looked up once per thread: a feed has a few zones and a
/// million scans.
fn zone(name: &'static str) -> Option<jiff::tz::TimeZone> {
    thread_local! {
        static ZONES: std::cell::RefCell<HashMap<&'static str, jiff::tz::TimeZone>> =
            std::cell::RefCell::new(HashMap::new());
    }
    ZONES.with(|zones| {
        let mut zones = zones.borrow_mut();
        if let Some(zone) = zones.get(name) {
            return Some(zone.clone());
        }
        let zone = jiff::tz::TimeZone::get(name).ok()?;
        zones.insert(name, zone.clone());
        Some(zone)
    })
}

impl Scan {
    /// When the scan happened: its own offset if it gave one, else its facility's zone.
    pub fn instant(&self) -> Timestamp {
        self.at
    }

    fn work_out_instant(&self) -> Timestamp {
        let at = match &self.utc_offset {
            Some(offset) => format!("{}{offset}", self.local_time)
                .parse::<jiff::Timestamp>()
                .ok(),
            None => None,
        };
        let at = at.or_else(|| {
            let local: jiff::civil::DateTime = self.local_time.parse().ok()?;
            let zone = zone(zone_of_state(&self.facility_state))?;
            zone.to_ambiguous_zoned(local)
                .compatible()
                .ok()
                .map(|z| z.timestamp())
        });
        // `local_time` was checked when read, so this is only a guard.
        Timestamp::new(at.unwrap_or(jiff::Timestamp::UNIX_EPOCH))
    }

    fn evidence(&self) -> PostalScan {
        PostalScan {
            local_time: self.local_time.clone(),
            city: self.facility_city.clone(),
            state: self.facility_state.clone(),
            zip: self.facility_zip.clone(),
            operation_code: self.operation_code.clone(),
            mail_phase: self.mail_phase.clone(),
        }
    }
}

/// Delivery days First-Class Mail takes from the first scan, by how far apart the origin
/// facility's and the destination's ZIP codes are: the same 3-digit area 2, both in
/// California (900 to 961) 3, otherwise (or the destination unknown) 5, the service
/// standard's range being 1 to 5 (docs/file-formats.md says how this is used).
pub fn service_days(origin_zip: &str, destination_zip: &str) -> u32 {
    let area = |zip: &str| zip.get(..3).and_then(|a| a.parse::<u32>().ok());
    match (area(origin_zip), area(destination_zip)) {
        (Some(a), Some(b)) if a == b => 2,
        (Some(a), Some(b)) if (900..=961).contains(&a) && (900..=961).contains(&b) => 3,
        _ => 5,
    }
}

/// The day `days` delivery days (Monday to Saturday) after `from`.
pub fn after_delivery_days(from: CivilDate, days: u32) -> CivilDate {
    let mut day = jiff::civil::date(from.year() as i16, from.month() as i8, from.day() as i8);
    let mut left = days;
    while left > 0 {
        day = day.tomorrow().unwrap_or(day);
        if day.weekday() != jiff::civil::Weekday::Sunday {
            left -= 1;
        }
    }
    CivilDate::new(day.year() as u16, day.month() as u8, day.day() as u8).unwrap_or(from)
}

/// The delivery the voter may expect: the Postal Service's own date from the newest scan that
/// gives one, else counted in delivery days from a scan: the service standard from the first
/// scan, one day from the destination plant.
/// `from` is the scan the count starts at, `days` how many delivery days it adds.
fn expected_delivery(scans: &[&Scan], from: &Scan, days: u32) -> String {
    scans
        .iter()
        .rev()
        .find_map(|s| s.expected_delivery)
        .unwrap_or_else(|| {
            let day = CivilDate::parse_iso(&from.local_time[..10])
                .unwrap_or(CivilDate::new(2000, 1, 1).expect("a valid date"));
            after_delivery_days(day, days)
        })
        .to_iso()
}

/// What posting scans did.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, utoipa::ToSchema)]
pub struct ScansReport {
    /// Records in the feed or file.
    pub records: u64,
    /// New scans of known envelopes.
    pub stored: u64,
    /// Scans stored before (a feed retried, a file uploaded again): nothing changed.
    pub duplicates: u64,
    /// Scans of envelopes no mail-piece file named (or not this key's county's): counted and
    /// kept aside, never failing the feed.
    pub unmatched: u64,
    /// Records that could not be read; listed in `errors` (the first 50). The others are kept:
    /// a feed cannot send one record again without the rest.
    pub rejected: u64,
    pub errors: Vec<RowError>,
    /// Statuses the scans gave ballots (new ballot events).
    pub statuses: u64,
    /// Messages queued for them: only a ballot's newest new status is told.
    pub notifications: u64,
}

/// Scans read and stored per transaction.
const BATCH: usize = 10_000;

/// Stores the scans and gives ballots the statuses they show (`stage`), each once, as ballot
/// events with their evidence, notified as county events are. A county key's scans reach only
/// its own county's envelopes; the rest are kept aside as unmatched, so a key learns nothing
/// of whose envelope a code is.
pub async fn ingest(
    store: &Store,
    records: Vec<ScanRecord>,
    scope: &Scope,
    public_url: &str,
) -> Result<ScansReport, sqlx::Error> {
    let mut report = ScansReport {
        records: records.len() as u64,
        ..ScansReport::default()
    };
    let mut scans = Vec::with_capacity(records.len());
    // A scan from the future would stay the ballot's newest status and silence the county's
    // real events after it.
    let latest = clock::now().plus(jiff::SignedDuration::from_hours(24));
    for (line, record) in records {
        let record = record.and_then(|scan| {
            if scan.at > latest {
                Err(ScanProblem::InFuture(scan.local_time))
            } else {
                Ok(scan)
            }
        });
        match record {
            Ok(scan) => scans.push(scan),
            Err(problem) => file_rows::reject(
                &mut report.errors,
                &mut report.rejected,
                line,
                problem.to_string(),
            ),
        }
    }
    // An envelope's scans in one batch, so that one push tells the voter once.
    // By a number made of the code's 20 digits (the same order as the text), each scan moved
    // once: sorting the scans themselves moved a million 300-byte records many times over.
    scans.sort_by_cached_key(|scan| scan.imb.tracking_code().parse::<u128>().unwrap_or(0));
    for batch in scans.chunks(BATCH) {
        let mut tx = store.begin().await?;
        let changed = ingest_batch(&mut tx, batch, scope, public_url, &mut report).await?;
        store_events::notify_changed(&mut tx, &changed).await?;
        tx.commit().await?;
    }
    Ok(report)
}

async fn ingest_batch(
    tx: &mut Tx,
    batch: &[Scan],
    scope: &Scope,
    public_url: &str,
    report: &mut ScansReport,
) -> Result<Vec<i64>, sqlx::Error> {
    let now = clock::now();
    let mut codes: Vec<&str> = batch.iter().map(|s| s.imb.tracking_code()).collect();
    codes.sort_unstable();
    codes.dedup();
    let pieces = mail_scans::pieces(tx, &codes).await?;
    let mut rows = Vec::with_capacity(batch.len());
    let mut unmatched = Vec::new();
    let mut by_piece: HashMap<&str, Vec<&Scan>> = HashMap::new();
    for scan in batch {
        let code = scan.imb.tracking_code();
        let instant = scan.instant();
        match pieces.get(code) {
            Some(piece) if scope.allows(&piece.county_key) => {
                by_piece.entry(code).or_default().push(scan);
                rows.push(ScanRow {
                    tracking_code: code,
                    scanned_at: instant,
                    local_time: &scan.local_time,
                    operation_code: &scan.operation_code,
                    handling_event_type: &scan.handling_event_type,
                    mail_phase: &scan.mail_phase,
                    facility_name: &scan.facility_name,
                    facility_city: &scan.facility_city,
                    facility_state: &scan.facility_state,
                    facility_zip: &scan.facility_zip,
                    expected_delivery: scan.expected_delivery.map(CivilDate::to_iso),
                });
            }
            _ => unmatched.push(UnmatchedScan {
                imb: scan.imb.as_str(),
                scanned_at: instant,
                local_time: &scan.local_time,
                operation_code: &scan.operation_code,
                mail_phase: &scan.mail_phase,
                facility_zip: &scan.facility_zip,
            }),
        }
    }
    let stored = mail_scans::insert(tx, &rows, now).await?;
    report.stored += stored;
    report.duplicates += rows.len() as u64 - stored;
    report.unmatched += unmatched.len() as u64;
    mail_scans::insert_unmatched(tx, &unmatched, now).await?;

    let mut events = Vec::new();
    let mut shown_all = Vec::new();
    for (code, mut scans) in by_piece {
        let piece = &pieces[code];
        scans.sort_by_key(|s| s.instant());
        let (shown, mut derived) = derive(piece, &scans);
        if derived.is_empty() {
            continue;
        }
        shown_all.push((code, shown));
        // Newest first: only the newest is the ballot's current status and told to the voter
        // (`ballot_events::is_latest`); the others join the timeline quietly.
        derived.reverse();
        events.extend(derived.into_iter().map(|e| (piece.county_key.as_str(), e)));
    }
    mail_scans::record_shown(tx, &shown_all).await?;

    // Statuses of voters with a subscription go the county events' way, one by one, to be
    // told; the others (most voters) are only recorded, a few hundred per statement.
    let voter_ids: Vec<&str> = events.iter().map(|(_, e)| e.voter_id.as_str()).collect();
    let subscribed = subscriptions::subscribed_among(tx, &voter_ids).await?;
    let (told, quiet): (Vec<_>, Vec<_>) = events
        .into_iter()
        .partition(|(_, e)| subscribed.contains(&e.voter_id));
    let details: Vec<String> = quiet
        .iter()
        .map(|(_, e)| serde_json::to_string(&e.detail).unwrap_or_else(|_| "{}".into()))
        .collect();
    let new_events: Vec<NewEvent> = quiet
        .iter()
        .zip(&details)
        .map(|((county_key, e), detail_json)| NewEvent {
            county_key,
            event_id: &e.event_id,
            voter_id: &e.voter_id,
            election_id: &e.election_id,
            status: e.status,
            occurred_at: e.occurred_at,
            detail_json,
        })
        .collect();
    report.statuses += store_events::insert_many(tx, &new_events, now).await?;

    let mut recorded = IngestReport::default();
    let rows = told
        .into_iter()
        .enumerate()
        .map(|(i, (_, e))| (i as u64 + 1, Ok(e)));
    // Statewide: the envelopes were matched to this key's county above.
    // No scan is a signature problem: no cure page to link to.
    ballot_events::record_in(
        tx,
        rows,
        &Scope::Statewide,
        public_url,
        false,
        true,
        &mut recorded,
    )
    .await?;
    report.statuses += recorded.applied;
    report.notifications += recorded.notifications;
    Ok(recorded.changed)
}

/// The statuses a piece's new scans (oldest first) show, each the first time it is shown, and
/// what to record of them on the piece.
pub fn derive(piece: &PieceState, scans: &[&Scan]) -> (Shown, Vec<EventRecord>) {
    let mut shown = Shown::default();
    let mut events = Vec::new();
    let Some(first) = scans.first() else {
        return (shown, events);
    };
    let event = |status: BallotStatus, scan: &Scan, expected: Option<String>| EventRecord {
        event_id: format!("usps-{}-{}", piece.tracking_code, status.code()),
        voter_id: piece.voter_id.clone(),
        election_id: piece.election_id.clone(),
        status,
        occurred_at: scan.instant(),
        detail: EventDetail {
            expected_delivery: expected,
            postal_scan: Some(scan.evidence()),
            ..EventDetail::default()
        },
    };
    let destination = piece.routing_code.get(..5).unwrap_or_default();
    if piece.direction == Direction::Return.code() {
        if piece.first_scan_at.is_none() {
            shown.first_scan_at = Some(first.instant());
            events.push(event(BallotStatus::InTransitToCounty, first, None));
        }
        return (shown, events);
    }
    if piece.first_scan_at.is_none() {
        shown.first_scan_at = Some(first.instant());
        let days = service_days(&first.facility_zip, destination);
        let expected = expected_delivery(&scans[..1], first, days);
        events.push(event(BallotStatus::Mailed, first, Some(expected)));
    }
    let first_at = |wanted: Stage| scans.iter().position(|s| stage(&s.mail_phase) == wanted);
    if piece.destination_scan_at.is_none() {
        if let Some(i) = first_at(Stage::AtDestination) {
            let scan = scans[i];
            shown.destination_scan_at = Some(scan.instant());
            // At the plant that delivers to the voter: the next delivery day.
            let expected = expected_delivery(&scans[..=i], scan, 1);
            events.push(event(BallotStatus::InTransitToVoter, scan, Some(expected)));
        }
    }
    if piece.delivered_at.is_none() {
        if let Some(i) = first_at(Stage::Delivered) {
            shown.delivered_at = Some(scans[i].instant());
            events.push(event(BallotStatus::Delivered, scans[i], None));
        }
    }
    if piece.returned_at.is_none() {
        if let Some(i) = first_at(Stage::Returned) {
            shown.returned_at = Some(scans[i].instant());
            events.push(event(BallotStatus::Undeliverable, scans[i], None));
        }
    }
    events.sort_by_key(|e| e.occurred_at);
    (shown, events)
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn record() -> Value {
        json!({
            "imb": "0123456709498765432195814",
            "scanDatetime": "2026-10-06T21:14:09",
            "scanEventCode": "919",
            "handlingEventType": "A",
            "mailPhase": "Phase 3c- Destination Sequenced Carrier Sortation",
            "scanFacilityName": "SACRAMENTO CA P&DC",
            "scanFacilityCity": "SACRAMENTO",
            "scanFacilityState": "CA",
            "scanFacilityZip": "95813",
            "expectedDeliveryDate": "2026-10-08",
            "machineName": "DBCS-012"
        })
    }

    #[test]
    fn a_feed_is_read_with_each_records_fields() {
        let body = json!({"msgGrpId": 7, "events": [record()]}).to_string();
        let scans = read_feed(body.as_bytes()).unwrap();
        assert_eq!(scans.len(), 1);
        let (position, scan) = &scans[0];
        assert_eq!(*position, 1);
        let scan = scan.as_ref().unwrap();
        assert_eq!(scan.imb.tracking_code(), "01234567094987654321");
        assert_eq!(scan.imb.routing_code(), "95814");
        assert_eq!(scan.local_time, "2026-10-06T21:14:09");
        assert_eq!(scan.utc_offset, None);
        assert_eq!(scan.operation_code, "919");
        assert_eq!(
            scan.mail_phase,
            "Phase 3c - Destination Sequenced Carrier Sortation"
        );
        assert_eq!(scan.facility_city, "SACRAMENTO");
        assert_eq!(scan.facility_zip, "95813");
        assert_eq!(scan.expected_delivery, CivilDate::parse_iso("2026-10-08"));
        // The bare list, and the other spellings of the names.
        let other = json!([{
            "IMBTRACKINGCODE": "01234567094987654321", "imbRoutingCode": "95814",
            "scanDateTime": "2026-10-06 21:14:09.123-07:00", "scanEventCode": 919,
            "scanFacilityZIP": "95813-9998"
        }])
        .to_string();
        let scans = read_feed(other.as_bytes()).unwrap();
        let scan = scans[0].1.as_ref().unwrap();
        assert_eq!(scan.imb.as_str(), "0123456709498765432195814");
        assert_eq!(scan.local_time, "2026-10-06T21:14:09");
        assert_eq!(scan.utc_offset.as_deref(), Some("-07:00"));
        assert_eq!(scan.operation_code, "919");
        assert_eq!(scan.facility_zip, "95813");
        assert_eq!(scan.expected_delivery, None);
    }

    #[test]
    fn a_bad_record_says_what_is_wrong_and_the_rest_are_read() {
        let mut no_time = record();
        no_time["scanDatetime"] = json!("10/06/2026 9:14 PM");
        let mut bad_code = record();
        bad_code["scanEventCode"] = json!("91");
        let mut bad_imb = record();
        bad_imb["imb"] = json!("0523456709498765432195814");
        let mut no_imb = record();
        no_imb.as_object_mut().unwrap().remove("imb");
        let mut bad_zip = record();
        bad_zip["scanFacilityZip"] = json!("SW1A 1AA");
        let mut bad_date = record();
        bad_date["expectedDeliveryDate"] = json!("10/08/2026");
        let body = json!([
            record(),
            no_time,
            bad_code,
            bad_imb,
            no_imb,
            bad_zip,
            bad_date,
        ])
        .to_string();
        let problems: Vec<String> = read_feed(body.as_bytes())
            .unwrap()
            .into_iter()
            .filter_map(|(position, scan)| scan.err().map(|p| format!("{position}: {p}")))
            .collect();
        assert_eq!(
            problems,
            [
                "2: scanDatetime \"10/06/2026 9:14 PM\" is not a time like 2026-10-06T09:15:00",
                "3: scanEventCode \"91\" is not a three-digit operation code",
                "4: imb: the Intelligent Mail barcode's second digit (barcode identifier) must be 0 to 4",
                "5: no imb (nor imbTrackingCode)",
                "6: scanFacilityZip \"SW1A 1AA\" is not a ZIP code",
                "7: expectedDeliveryDate \"10/08/2026\" is not a date as YYYY-MM-DD",
            ]
        );
        assert_eq!(read_feed(b"{\"records\": []}"), Err(FeedError::NoEvents));
        assert_eq!(read_feed(b"[{}, null]"), Err(FeedError::NotAnObject(2)));
        assert!(matches!(read_feed(b"[{"), Err(FeedError::Json(_))));
    }

    #[test]
    fn times_are_checked_to_the_second() {
        for bad in [
            "2026-10-06T24:00:00",
            "2026-10-06T21:60:00",
            "2026-02-30T21:14:09",
            "2026-10-06T21:14",
            "2026-10-06T21:14:09+25:00",
            "2026-10-06T21:14:09.",
            "2026-10-06T21:14:09 PST",
            "2026-10-0é21:14:09",
            "2026-10-06T21:14:0é",
            "2026-10-06T21:14:09+0é:00",
            "2026-10-06T21:14:09-+1:+5",
        ] {
            assert_eq!(local_time(bad), None, "{bad}");
        }
        assert_eq!(
            local_time("2026-10-06T21:14:09Z"),
            Some(("2026-10-06T21:14:09".into(), Some("+00:00".into())))
        );
    }

    #[test]
    fn only_a_plain_place_name_reaches_the_status_page() {
        let mut r = record();
        r["scanFacilityCity"] = json!("CALL 800-555-0100 TO FIX YOUR BALLOT");
        r["scanFacilityState"] = json!("https://x.example");
        let scan = read_scan(&r).unwrap();
        assert_eq!(
            (scan.facility_city.as_str(), scan.facility_state.as_str()),
            ("", "")
        );
        r["scanFacilityCity"] = json!("SAN LUIS OBISPO");
        r["scanFacilityState"] = json!("CA");
        assert_eq!(read_scan(&r).unwrap().facility_city, "SAN LUIS OBISPO");
    }

    #[test]
    fn each_mail_phase_puts_the_envelope_somewhere() {
        for (phase, expected) in [
            ("Phase 0 - Origin Acceptance", Stage::OnItsWay),
            ("Phase 1 - Origin Processing", Stage::OnItsWay),
            ("Phase 2 - Transit", Stage::OnItsWay),
            (
                "Phase 3c - Destination Sequenced Carrier Sortation",
                Stage::AtDestination,
            ),
            (
                "Phase 3c- Destination Sequenced Carrier Sortation",
                Stage::AtDestination,
            ),
            ("Phase 4b - Delivery Unit", Stage::AtDestination),
            ("Phase 4c - Delivery", Stage::Delivered),
            ("PHASE 4C - DELIVERY", Stage::Delivered),
            ("PARS", Stage::Returned),
            ("FPARS - Flats", Stage::Returned),
            ("", Stage::OnItsWay),
            ("Something new", Stage::OnItsWay),
        ] {
            assert_eq!(stage(phase), expected, "{phase}");
        }
    }

    #[test]
    fn expected_delivery_counts_delivery_days_by_distance() {
        assert_eq!(service_days("95813", "95814"), 2);
        assert_eq!(service_days("95813", "90012"), 3);
        assert_eq!(service_days("10001", "95814"), 5);
        assert_eq!(service_days("95813", ""), 5);
        let day = |iso: &str| CivilDate::parse_iso(iso).unwrap();
        // Tuesday + 2 is Thursday; Friday + 2 skips Sunday to Monday.
        assert_eq!(after_delivery_days(day("2026-10-06"), 2), day("2026-10-08"));
        assert_eq!(after_delivery_days(day("2026-10-09"), 2), day("2026-10-12"));
        assert_eq!(after_delivery_days(day("2026-12-30"), 5), day("2027-01-05"));
    }

    #[test]
    fn a_scan_without_an_offset_is_in_its_facilitys_zone() {
        let scan = |state: &str, offset: Option<&str>| {
            let mut r = record();
            r["scanFacilityState"] = json!(state);
            let mut scan = read_scan(&r).unwrap();
            scan.utc_offset = offset.map(str::to_string);
            scan.work_out_instant().to_string()
        };
        // 21:14:09 on October 6 (daylight time).
        assert_eq!(scan("CA", None), "2026-10-07T04:14:09.000000Z");
        assert_eq!(scan("NY", None), "2026-10-07T01:14:09.000000Z");
        assert_eq!(scan("AZ", None), "2026-10-07T04:14:09.000000Z");
        assert_eq!(scan("HI", None), "2026-10-07T07:14:09.000000Z");
        assert_eq!(scan("CA", Some("+00:00")), "2026-10-06T21:14:09.000000Z");
    }

    #[test]
    fn the_delimited_layout_is_read_with_pipes_or_commas() {
        let pipes = "IMB|scanDatetime|scanEventCode|mailPhase|scanFacilityCity|scanFacilityState|scanFacilityZip\n\
                     0123456709498765432195814|2026-10-06T21:14:09|919|Phase 3c - Destination|SACRAMENTO|CA|95813\n\
                     0123456709498765432195814|2026-10-06 22:00:00|91|Phase 3c|SACRAMENTO|CA|95813\n";
        let records = read_delimited(pipes.as_bytes()).unwrap();
        assert_eq!(records.len(), 2);
        let scan = records[0].1.as_ref().unwrap();
        assert_eq!(scan.operation_code, "919");
        assert_eq!(scan.facility_city, "SACRAMENTO");
        assert_eq!(records[1].0, 3, "positions are lines");
        assert_eq!(
            records[1].1.as_ref().unwrap_err(),
            &ScanProblem::OperationCode("91".into())
        );
        let commas = "imbTrackingCode,imbRoutingCode,scanDatetime,scanEventCode,scanFacilityZip\n\
                      01234567094987654321,95814,2026-10-06T21:14:09,919,95813\n";
        let records = read_delimited(commas.as_bytes()).unwrap();
        assert_eq!(
            records[0].1.as_ref().unwrap().imb.as_str(),
            "0123456709498765432195814"
        );
        assert_eq!(
            read_delimited(b"voter_id,scanDatetime\nV1,2026-10-06T21:14:09\n"),
            Err(FeedError::NoImbColumn)
        );
    }

    #[test]
    fn a_file_longer_than_one_part_keeps_every_record_in_order_with_its_line() {
        // Past the part read at once, with a bad record just after the first part and a last
        // line without a newline: nothing lost, nothing from the last part's records reused.
        let mut file = String::from("IMB|scanDatetime|scanEventCode|scanFacilityZip\n");
        let lines = READ_PART + 5;
        for n in 0..lines {
            let code = if n == READ_PART { "91" } else { "919" };
            file.push_str(&format!(
                "01234567094{n:09}95814|2026-10-06T21:14:09|{code}|95813\n"
            ));
        }
        file.pop();
        let records = read_delimited(file.as_bytes()).unwrap();
        assert_eq!(records.len(), lines);
        for (n, (line, record)) in records.iter().enumerate() {
            assert_eq!(*line, n as u64 + 2);
            match record {
                Ok(scan) => assert_eq!(&scan.imb.tracking_code()[11..], format!("{n:09}")),
                Err(problem) => {
                    assert_eq!(n, READ_PART);
                    assert_eq!(problem, &ScanProblem::OperationCode("91".into()));
                }
            }
        }
    }

    fn piece(direction: &str) -> PieceState {
        PieceState {
            tracking_code: "01234567094987654321".into(),
            routing_code: "95814".into(),
            county_key: "sacramento".into(),
            voter_id: "V1".into(),
            election_id: "g".into(),
            direction: direction.into(),
            first_scan_at: None,
            destination_scan_at: None,
            delivered_at: None,
            returned_at: None,
        }
    }

    fn scan_at(time: &str, phase: &str) -> Scan {
        let mut r = record();
        r["scanDatetime"] = json!(time);
        r["mailPhase"] = json!(phase);
        r.as_object_mut().unwrap().remove("expectedDeliveryDate");
        read_scan(&r).unwrap()
    }

    #[test]
    fn each_status_comes_once_from_the_scan_that_first_shows_it() {
        let scans = [
            scan_at("2026-10-06T21:00:00", "Phase 1 - Origin Processing"),
            scan_at("2026-10-07T02:00:00", "Phase 2 - Transit"),
            scan_at("2026-10-07T22:00:00", "Phase 3c - Destination"),
            scan_at("2026-10-07T23:00:00", "Phase 3c - Destination"),
            scan_at("2026-10-08T14:00:00", "Phase 4c - Delivery"),
        ];
        let refs: Vec<&Scan> = scans.iter().collect();
        let (shown, events) = derive(&piece("outbound"), &refs);
        let got: Vec<(&str, String)> = events
            .iter()
            .map(|e| {
                (
                    e.status.code(),
                    e.detail.postal_scan.as_ref().unwrap().local_time.clone(),
                )
            })
            .collect();
        assert_eq!(
            got,
            [
                ("mailed", "2026-10-06T21:00:00".to_string()),
                ("in_transit_to_voter", "2026-10-07T22:00:00".to_string()),
                ("delivered", "2026-10-08T14:00:00".to_string()),
            ]
        );
        assert_eq!(events[0].event_id, "usps-01234567094987654321-mailed");
        // From the first scan, 95813 to 95814 is 2 delivery days; from the destination plant
        // on the 7th, the next delivery day: the 8th either way.
        assert_eq!(
            events[0].detail.expected_delivery.as_deref(),
            Some("2026-10-08")
        );
        assert_eq!(
            events[1].detail.expected_delivery.as_deref(),
            Some("2026-10-08")
        );
        assert!(shown.first_scan_at.is_some() && shown.delivered_at.is_some());
        assert!(shown.returned_at.is_none());

        // The destination plant in a later push: the next delivery day, not the service
        // standard counted again from this scan.
        let mut mailed = piece("outbound");
        mailed.first_scan_at = shown.first_scan_at;
        let mut at_plant = scan_at("2026-10-07T22:00:00", "Phase 3c - Destination");
        at_plant.facility_zip = "95799".into();
        let (_, events) = derive(&mailed, &[&at_plant]);
        assert_eq!(events[0].status, BallotStatus::InTransitToVoter);
        assert_eq!(
            events[0].detail.expected_delivery.as_deref(),
            Some("2026-10-08")
        );

        // Shown before: only what is new.
        let mut seen = piece("outbound");
        seen.first_scan_at = shown.first_scan_at;
        seen.destination_scan_at = shown.destination_scan_at;
        let later = [scan_at("2026-10-09T10:00:00", "PARS")];
        let (_, events) = derive(&seen, &later.iter().collect::<Vec<_>>());
        let codes: Vec<&str> = events.iter().map(|e| e.status.code()).collect();
        assert_eq!(codes, ["undeliverable"]);

        // A return envelope: on its way back, once, whatever its scans say.
        let (_, events) = derive(&piece("return"), &refs);
        let codes: Vec<&str> = events.iter().map(|e| e.status.code()).collect();
        assert_eq!(codes, ["in_transit_to_county"]);
    }

    proptest::proptest! {
        /// A feed is the Postal Service's, or whoever holds the feed's credentials: no text in
        /// any field stops the reading.
        #[test]
        fn no_field_text_stops_the_reading(
            time in "\\PC{0,40}",
            code in "\\PC{0,6}",
            zip in "\\PC{0,12}",
            imb in "\\PC{0,70}",
            date in "\\PC{0,14}",
        ) {
            let mut r = record();
            r["scanDatetime"] = json!(time);
            r["scanEventCode"] = json!(code);
            r["scanFacilityZip"] = json!(zip);
            r["imb"] = json!(imb);
            r["expectedDeliveryDate"] = json!(date);
            let _ = read_scan(&r);
        }
    }
}
