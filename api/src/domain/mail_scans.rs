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

use ballot_shared::date::CivilDate;
use ballot_shared::imb::{Imb, ImbError};
use serde_json::{Map, Value};

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
}

/// Why a whole feed could not be read.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum FeedError {
    #[error("not valid JSON: {0}")]
    Json(String),
    #[error("expected a list of scans, or an object holding it under events")]
    NoEvents,
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
    Ok(events
        .iter()
        .enumerate()
        .map(|(i, record)| (i as u64 + 1, read_scan(record)))
        .collect())
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
    let imb_text = match field(record, "imb") {
        text if !text.is_empty() => text,
        _ => {
            let tracking = field(record, "imbTrackingCode");
            if tracking.is_empty() {
                return Err(ScanProblem::NoImb);
            }
            tracking + &field(record, "imbRoutingCode")
        }
    };
    let imb = Imb::parse(&imb_text).map_err(ScanProblem::Imb)?;
    let time = field(record, "scanDatetime");
    let (local_time, utc_offset) = local_time(&time).ok_or(ScanProblem::ScanTime(time))?;
    let operation_code = field(record, "scanEventCode");
    if !(operation_code.len() == 3 && operation_code.bytes().all(|b| b.is_ascii_digit())) {
        return Err(ScanProblem::OperationCode(operation_code));
    }
    let zip = field(record, "scanFacilityZip");
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
        _ => return Err(ScanProblem::FacilityZip(zip)),
    };
    let expected = field(record, "expectedDeliveryDate");
    let expected_delivery = if expected.is_empty() {
        None
    } else {
        // Sometimes with a time after the date.
        let day = expected.get(..10).unwrap_or(&expected);
        Some(CivilDate::parse_iso(day).ok_or(ScanProblem::ExpectedDelivery(expected.clone()))?)
    };
    Ok(Scan {
        imb,
        local_time,
        utc_offset,
        operation_code,
        handling_event_type: field(record, "handlingEventType"),
        // "Phase 3c- Destination ..." and "Phase 3c - Destination ..." are the same phase.
        mail_phase: field(record, "mailPhase")
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" ")
            .replace("- ", " - ")
            .replace("  ", " "),
        facility_name: field(record, "scanFacilityName"),
        facility_city: field(record, "scanFacilityCity"),
        facility_state: field(record, "scanFacilityState"),
        facility_zip,
        expected_delivery,
    })
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
            7
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
                "8: the record is not an object",
            ]
        );
        assert_eq!(read_feed(b"{\"records\": []}"), Err(FeedError::NoEvents));
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
