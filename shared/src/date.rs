//! A calendar date without a time zone: just enough arithmetic for dates of birth.

/// A valid proleptic Gregorian calendar date.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct CivilDate {
    // Field order matters: the derived ordering compares year, then month, then day.
    year: u16,
    month: u8,
    day: u8,
}

pub fn is_leap_year(year: u16) -> bool {
    (year.is_multiple_of(4) && !year.is_multiple_of(100)) || year.is_multiple_of(400)
}

/// Number of days in `month` (1-12) of `year`; 0 for a month outside 1-12.
pub fn days_in_month(year: u16, month: u8) -> u8 {
    match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if is_leap_year(year) => 29,
        2 => 28,
        _ => 0,
    }
}

impl CivilDate {
    pub const JAN_1_1900: CivilDate = CivilDate {
        year: 1900,
        month: 1,
        day: 1,
    };

    /// `None` unless the date exists (month 1-12, day within that month, year 1-9999).
    pub fn new(year: u16, month: u8, day: u8) -> Option<Self> {
        let valid = (1..=9999).contains(&year)
            && (1..=12).contains(&month)
            && day >= 1
            && day <= days_in_month(year, month);
        valid.then_some(Self { year, month, day })
    }

    /// The date `days` days after 1970-01-01 (negative for earlier), for turning a clock into a
    /// date. Howard Hinnant's `civil_from_days`, exact for the whole proleptic calendar.
    pub fn from_days_since_unix_epoch(days: i64) -> Self {
        let z = days + 719_468;
        let era = z.div_euclid(146_097);
        let doe = z.rem_euclid(146_097);
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        let mp = (5 * doy + 2) / 153;
        let day = (doy - (153 * mp + 2) / 5 + 1) as u8;
        let month = if mp < 10 { mp + 3 } else { mp - 9 } as u8;
        let year = (yoe + era * 400 + i64::from(month <= 2)) as u16;
        Self { year, month, day }
    }

    pub fn year(self) -> u16 {
        self.year
    }
    pub fn month(self) -> u8 {
        self.month
    }
    pub fn day(self) -> u8 {
        self.day
    }

    /// `YYYY-MM-DD`, the form of the voter registration file.
    pub fn to_iso(self) -> String {
        format!("{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }

    /// Parses exactly `YYYY-MM-DD`, as found in the voter registration file.
    pub fn parse_iso(text: &str) -> Option<Self> {
        let b = text.as_bytes();
        if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
            return None;
        }
        let year = digits(&b[0..4])?;
        let month = digits(&b[5..7])?;
        let day = digits(&b[8..10])?;
        Self::new(year, month as u8, day as u8)
    }
}

/// The value of a run of ASCII digits, or `None` if any byte is not a digit.
pub(crate) fn digits(bytes: &[u8]) -> Option<u16> {
    if bytes.is_empty() || bytes.len() > 4 {
        return None;
    }
    bytes.iter().try_fold(0u16, |acc, b| {
        b.is_ascii_digit().then(|| acc * 10 + u16::from(b - b'0'))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn leap_years_follow_the_gregorian_rule() {
        assert!(is_leap_year(2000));
        assert!(is_leap_year(2024));
        assert!(!is_leap_year(1900));
        assert!(!is_leap_year(2023));
        assert_eq!(days_in_month(2024, 2), 29);
        assert_eq!(days_in_month(1900, 2), 28);
        assert_eq!(days_in_month(2023, 4), 30);
        assert_eq!(days_in_month(2023, 13), 0);
    }

    #[test]
    fn rejects_dates_that_do_not_exist() {
        assert!(CivilDate::new(2023, 2, 29).is_none());
        assert!(CivilDate::new(2023, 4, 31).is_none());
        assert!(CivilDate::new(2023, 0, 1).is_none());
        assert!(CivilDate::new(2024, 2, 29).is_some());
    }

    #[test]
    fn converts_days_since_epoch() {
        assert_eq!(
            CivilDate::from_days_since_unix_epoch(0).to_iso(),
            "1970-01-01"
        );
        assert_eq!(
            CivilDate::from_days_since_unix_epoch(-1).to_iso(),
            "1969-12-31"
        );
        // 2026-11-24 is day 20_781.
        assert_eq!(
            CivilDate::from_days_since_unix_epoch(20_781).to_iso(),
            "2026-11-24"
        );
        assert_eq!(
            CivilDate::from_days_since_unix_epoch(11_016).to_iso(),
            "2000-02-29"
        );
    }

    #[test]
    fn parses_iso_dates_strictly() {
        assert_eq!(
            CivilDate::parse_iso("1980-01-23"),
            CivilDate::new(1980, 1, 23)
        );
        assert!(CivilDate::parse_iso("1980-1-23").is_none());
        assert!(CivilDate::parse_iso("1980-02-30").is_none());
        assert!(CivilDate::parse_iso("19800123xx").is_none());
    }
}
