//! Time, read in one place so that formats stay consistent.

use ballot_shared::date::CivilDate;
use time::{format_description::well_known::Rfc3339, Duration, OffsetDateTime};

/// UTC now as fixed-width RFC 3339 (`2026-11-24T22:33:00.123456Z`): stored as text, it sorts
/// in time order.
pub fn timestamp(at: OffsetDateTime) -> String {
    let at = at.to_offset(time::UtcOffset::UTC);
    format!(
        "{:04}-{:02}-{:02}T{:02}:{:02}:{:02}.{:06}Z",
        at.year(),
        u8::from(at.month()),
        at.day(),
        at.hour(),
        at.minute(),
        at.second(),
        at.microsecond()
    )
}

pub fn now() -> String {
    timestamp(OffsetDateTime::now_utc())
}

pub fn now_plus(duration: Duration) -> String {
    timestamp(OffsetDateTime::now_utc() + duration)
}

pub fn parse(text: &str) -> Option<OffsetDateTime> {
    OffsetDateTime::parse(text, &Rfc3339).ok()
}

/// The date used to refuse dates of birth "in the future": the date in UTC+14, the earliest
/// time zone on Earth, so the server never refuses a date the voter's own browser accepted.
pub fn today_anywhere() -> CivilDate {
    let now = OffsetDateTime::now_utc() + Duration::hours(14);
    let days = now.unix_timestamp().div_euclid(86_400);
    CivilDate::from_days_since_unix_epoch(days)
}

/// The date in California `days` days ago, `YYYY-MM-DD`: certification dates are California's.
pub fn california_date_days_ago(days: i64) -> String {
    let zone = jiff::tz::TimeZone::get("America/Los_Angeles").unwrap_or(jiff::tz::TimeZone::UTC);
    let then = jiff::Timestamp::now()
        .checked_sub(jiff::SignedDuration::from_hours(24 * days))
        .unwrap_or_else(|_| jiff::Timestamp::now())
        .to_zoned(zone);
    format!("{:04}-{:02}-{:02}", then.year(), then.month(), then.day())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn timestamps_are_fixed_width_and_parse_back() {
        let at = OffsetDateTime::from_unix_timestamp(1_764_000_000).unwrap();
        let text = timestamp(at);
        assert_eq!(text, "2025-11-24T16:00:00.000000Z");
        assert_eq!(parse(&text), Some(at));
    }
}
