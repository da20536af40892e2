//! Date of birth: `MM-DD-YYYY`, the form on the voter's registration and in SPEC.md.
//!
//! The public help page of the service we replace shows the failure we must not repeat: a voter
//! who typed a perfectly good date in the wrong *format* was told "Date of Birth (DOB) cannot be
//! before 01-01-1900". Every error here names the actual problem.

use crate::date::{days_in_month, digits, CivilDate};
use std::fmt;

/// The earliest date of birth we accept. Older dates in a form are typing mistakes.
pub const EARLIEST: CivilDate = CivilDate::JAN_1_1900;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct DateOfBirth(CivilDate);

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DobError {
    Empty,
    /// Not `MM-DD-YYYY` (or, for typing, one of the accepted variants).
    Format,
    /// Month outside 01-12.
    Month,
    /// Day outside the days of that month; carries the month and year to explain why.
    Day {
        month: u8,
        year: u16,
    },
    BeforeEarliest,
    InFuture,
}

impl fmt::Display for DobError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        crate::i18n::write_english(f, self)
    }
}

impl crate::i18n::Localize for DobError {
    fn message(&self) -> crate::i18n::Message {
        use crate::i18n::Message;
        match self {
            DobError::Empty => Message::new("dob-empty"),
            DobError::Format => Message::new("dob-format"),
            DobError::Month => Message::new("dob-month"),
            DobError::Day { month, year } => {
                let days = i64::from(days_in_month(*year, *month));
                if *month == 2 {
                    Message::new("dob-day-february")
                        .number("days", days)
                        .number("year", i64::from(*year))
                } else {
                    Message::new("dob-day")
                        .number("days", days)
                        .number("month", i64::from(*month))
                }
            }
            DobError::BeforeEarliest => Message::new("dob-before-earliest"),
            DobError::InFuture => Message::new("dob-in-future"),
        }
    }
}

impl std::error::Error for DobError {}

impl DateOfBirth {
    /// The API form: exactly `MM-DD-YYYY` with dashes. `today` is the caller's current date,
    /// so that the rule is the same in the browser and on the server.
    pub fn parse_strict(text: &str, today: CivilDate) -> Result<Self, DobError> {
        if text.trim().is_empty() {
            return Err(DobError::Empty);
        }
        let b = text.as_bytes();
        if b.len() != 10 || b[2] != b'-' || b[5] != b'-' {
            return Err(DobError::Format);
        }
        let month = digits(&b[0..2]).ok_or(DobError::Format)?;
        let day = digits(&b[3..5]).ok_or(DobError::Format)?;
        let year = digits(&b[6..10]).ok_or(DobError::Format)?;
        Self::from_parts(month, day, year, today)
    }

    /// What a person types: `1/23/1980`, `01231980`, `1-23-1980`, `01.23.1980`, `1 23 1980`,
    /// with surrounding spaces. Two-digit years are refused: `01-23-80` could be 1880 or 1980.
    pub fn parse_typed(text: &str, today: CivilDate) -> Result<Self, DobError> {
        let text = text.trim();
        if text.is_empty() {
            return Err(DobError::Empty);
        }
        let (month, day, year) = split_typed(text).ok_or(DobError::Format)?;
        Self::from_parts(month, day, year, today)
    }

    fn from_parts(month: u16, day: u16, year: u16, today: CivilDate) -> Result<Self, DobError> {
        if !(1..=12).contains(&month) {
            return Err(DobError::Month);
        }
        let (month, year) = (month as u8, year);
        if year == 0 {
            return Err(DobError::BeforeEarliest);
        }
        let date = u8::try_from(day)
            .ok()
            .and_then(|day| CivilDate::new(year, month, day))
            .ok_or(DobError::Day { month, year })?;
        if date < EARLIEST {
            return Err(DobError::BeforeEarliest);
        }
        if date > today {
            return Err(DobError::InFuture);
        }
        Ok(Self(date))
    }

    pub fn date(self) -> CivilDate {
        self.0
    }

    /// The canonical `MM-DD-YYYY` form.
    pub fn canonical(self) -> String {
        format!(
            "{:02}-{:02}-{:04}",
            self.0.month(),
            self.0.day(),
            self.0.year()
        )
    }

    /// `YYYY-MM-DD`, as stored and as in the voter file.
    pub fn to_iso(self) -> String {
        self.0.to_iso()
    }
}

fn is_separator(c: char) -> bool {
    matches!(c, '-' | '/' | '.' | ' ')
}

/// Month, day and year digits of a typed date, if its shape is one we accept.
fn split_typed(text: &str) -> Option<(u16, u16, u16)> {
    if text.bytes().all(|b| b.is_ascii_digit()) {
        // Only the unambiguous run of eight digits: MMDDYYYY.
        let b = text.as_bytes();
        return (b.len() == 8)
            .then(|| Some((digits(&b[0..2])?, digits(&b[2..4])?, digits(&b[4..8])?)))?;
    }
    let mut parts = text.split(is_separator).filter(|p| !p.is_empty());
    let (m, d, y) = (parts.next()?, parts.next()?, parts.next()?);
    if parts.next().is_some() || m.len() > 2 || d.len() > 2 || y.len() != 4 {
        return None;
    }
    // Separators must be consistent characters, not letters: split() guarantees the parts are
    // separated only by separator characters, so check each part is all digits.
    Some((
        digits(m.as_bytes())?,
        digits(d.as_bytes())?,
        digits(y.as_bytes())?,
    ))
}

/// Helps while the voter types: inserts dashes so that digits become `MM-DD-YYYY`
/// (`01231980` → `01-23-1980`, `1/` → `01-`, `01` → `01-`). Text that is not digits and
/// separators is returned unchanged, so nothing the voter typed is ever lost; it is idempotent.
/// The browser applies it only while inserting at the end of the field, so that deleting a dash
/// works and the caret never jumps.
pub fn format_while_typing(text: &str) -> String {
    let unchanged = || text.to_string();
    if text.is_empty() || !text.chars().all(|c| c.is_ascii_digit() || is_separator(c)) {
        return unchanged();
    }
    if text.starts_with(is_separator) {
        return unchanged();
    }
    let trailing_separator = text.ends_with(is_separator);
    let parts: Vec<&str> = text.split(is_separator).filter(|p| !p.is_empty()).collect();
    let mut out = String::with_capacity(10);
    match parts.as_slice() {
        [only] if !trailing_separator => {
            if only.len() > 8 {
                return unchanged();
            }
            let (mm, rest) = only.split_at(only.len().min(2));
            out.push_str(mm);
            if mm.len() == 2 {
                out.push('-');
                let (dd, yyyy) = rest.split_at(rest.len().min(2));
                out.push_str(dd);
                if dd.len() == 2 {
                    out.push('-');
                    out.push_str(yyyy);
                }
            }
        }
        [month] => {
            if month.len() > 2 {
                return unchanged();
            }
            out.push_str(&pad2(month));
            out.push('-');
        }
        [month, day] => {
            if month.len() > 2 || day.len() > 6 {
                return unchanged();
            }
            out.push_str(&pad2(month));
            out.push('-');
            if trailing_separator {
                if day.len() > 2 {
                    return unchanged();
                }
                out.push_str(&pad2(day));
                out.push('-');
            } else {
                let (dd, yyyy) = day.split_at(day.len().min(2));
                out.push_str(dd);
                if dd.len() == 2 {
                    out.push('-');
                    out.push_str(yyyy);
                }
            }
        }
        [month, day, year] => {
            if month.len() > 2 || day.len() > 2 || year.len() > 4 || trailing_separator {
                return unchanged();
            }
            out.push_str(&pad2(month));
            out.push('-');
            out.push_str(&pad2(day));
            out.push('-');
            out.push_str(year);
        }
        _ => return unchanged(),
    }
    out
}

fn pad2(part: &str) -> String {
    if part.len() == 1 {
        format!("0{part}")
    } else {
        part.to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn today() -> CivilDate {
        CivilDate::new(2026, 11, 24).unwrap()
    }

    fn strict(s: &str) -> Result<String, DobError> {
        DateOfBirth::parse_strict(s, today()).map(|d| d.canonical())
    }

    fn typed(s: &str) -> Result<String, DobError> {
        DateOfBirth::parse_typed(s, today()).map(|d| d.canonical())
    }

    #[test]
    fn strict_accepts_only_the_canonical_form() {
        assert_eq!(strict("01-23-1980"), Ok("01-23-1980".into()));
        assert_eq!(strict("1-23-1980"), Err(DobError::Format));
        assert_eq!(strict("01/23/1980"), Err(DobError::Format));
        assert_eq!(strict("01231980"), Err(DobError::Format));
        assert_eq!(strict("1980-01-23"), Err(DobError::Format));
        assert_eq!(strict(""), Err(DobError::Empty));
        assert_eq!(strict("  "), Err(DobError::Empty));
        assert_eq!(strict("0a-23-1980"), Err(DobError::Format));
    }

    #[test]
    fn typed_forms_normalise_to_canonical() {
        for input in [
            "1/23/1980",
            "01231980",
            "1-23-1980",
            "01-23-1980",
            " 01.23.1980 ",
            "1 23 1980",
        ] {
            assert_eq!(typed(input), Ok("01-23-1980".into()), "{input}");
        }
    }

    #[test]
    fn typed_refuses_ambiguous_or_partial_dates() {
        assert_eq!(typed("01-23-80"), Err(DobError::Format));
        assert_eq!(typed("1231980"), Err(DobError::Format));
        assert_eq!(typed("01-23"), Err(DobError::Format));
        assert_eq!(typed("Jan 23 1980"), Err(DobError::Format));
        assert_eq!(typed("01-23-1980-5"), Err(DobError::Format));
    }

    #[test]
    fn each_error_names_its_problem() {
        assert_eq!(strict("13-01-1980"), Err(DobError::Month));
        assert_eq!(strict("00-01-1980"), Err(DobError::Month));
        assert_eq!(
            strict("02-30-1980"),
            Err(DobError::Day {
                month: 2,
                year: 1980
            })
        );
        assert_eq!(
            strict("04-31-1980"),
            Err(DobError::Day {
                month: 4,
                year: 1980
            })
        );
        assert_eq!(
            strict("01-00-1980"),
            Err(DobError::Day {
                month: 1,
                year: 1980
            })
        );
        assert_eq!(strict("12-31-1899"), Err(DobError::BeforeEarliest));
        assert_eq!(strict("01-01-0000"), Err(DobError::BeforeEarliest));
        assert_eq!(strict("11-25-2026"), Err(DobError::InFuture));
        assert_eq!(strict("11-24-2026"), Ok("11-24-2026".into()));
        assert_eq!(strict("01-01-1900"), Ok("01-01-1900".into()));
    }

    #[test]
    fn leap_days_follow_the_calendar() {
        assert_eq!(strict("02-29-2000"), Ok("02-29-2000".into()));
        assert_eq!(strict("02-29-1984"), Ok("02-29-1984".into()));
        assert_eq!(
            strict("02-29-1900"),
            Err(DobError::Day {
                month: 2,
                year: 1900
            })
        );
        assert_eq!(
            strict("02-29-1981"),
            Err(DobError::Day {
                month: 2,
                year: 1981
            })
        );
    }

    #[test]
    fn messages_are_the_sentences_a_voter_reads() {
        assert_eq!(
            DobError::Format.to_string(),
            "Enter your date of birth as MM-DD-YYYY, for example 01-23-1980"
        );
        assert_eq!(
            DobError::Day {
                month: 2,
                year: 1981
            }
            .to_string(),
            "Day must be between 01 and 28 for February 1981"
        );
        assert_eq!(
            DobError::Day {
                month: 4,
                year: 1981
            }
            .to_string(),
            "Day must be between 01 and 30 for April"
        );
        assert_eq!(
            DobError::BeforeEarliest.to_string(),
            "Date of birth cannot be before 01-01-1900"
        );
    }

    #[test]
    fn the_1900_message_only_when_it_is_the_problem() {
        // The old service said "cannot be before 01-01-1900" for a formatting mistake.
        for input in ["1-23-1980", "01/23/1980", "1/23/80", "19800123"] {
            assert_ne!(strict(input), Err(DobError::BeforeEarliest), "{input}");
        }
    }

    #[test]
    fn formats_while_typing() {
        let cases = [
            ("0", "0"),
            ("01", "01-"),
            ("012", "01-2"),
            ("0123", "01-23-"),
            ("01231", "01-23-1"),
            ("01231980", "01-23-1980"),
            ("1/", "01-"),
            ("1/2/", "01-02-"),
            ("1/23/1980", "01-23-1980"),
            ("01-", "01-"),
            ("01-2", "01-2"),
            ("01-23", "01-23-"),
            ("01-231980", "01-23-1980"),
            ("01-23-19", "01-23-19"),
            ("Jan", "Jan"),
            ("", ""),
            ("012319801", "012319801"),
        ];
        for (input, expected) in cases {
            assert_eq!(format_while_typing(input), expected, "{input:?}");
        }
    }

    proptest! {
        #[test]
        fn parsers_never_panic(s in "\\PC{0,20}") {
            let _ = DateOfBirth::parse_strict(&s, today());
            let _ = DateOfBirth::parse_typed(&s, today());
            let _ = format_while_typing(&s);
        }

        #[test]
        fn digit_strings_never_panic(s in "[0-9/ .-]{0,14}") {
            let _ = DateOfBirth::parse_typed(&s, today());
            let _ = format_while_typing(&s);
        }

        #[test]
        fn format_while_typing_is_idempotent(s in "[0-9/ .a-]{0,12}") {
            let once = format_while_typing(&s);
            prop_assert_eq!(format_while_typing(&once), once.clone());
        }

        #[test]
        fn normalising_is_idempotent_and_strict_accepts_it(s in "[0-9/ .-]{0,12}") {
            if let Ok(dob) = DateOfBirth::parse_typed(&s, today()) {
                let canonical = dob.canonical();
                prop_assert_eq!(DateOfBirth::parse_strict(&canonical, today()), Ok(dob));
                prop_assert_eq!(DateOfBirth::parse_typed(&canonical, today()), Ok(dob));
            }
        }

        #[test]
        fn every_real_date_round_trips(y in 1900u16..=2026, m in 1u8..=12, d in 1u8..=31) {
            if let Some(date) = CivilDate::new(y, m, d) {
                if date <= today() {
                    let text = format!("{m:02}-{d:02}-{y:04}");
                    let dob = DateOfBirth::parse_strict(&text, today()).unwrap();
                    prop_assert_eq!(dob.canonical(), text);
                    prop_assert_eq!(dob.date(), date);
                }
            }
        }
    }
}
