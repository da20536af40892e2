//! Date of birth: `MM-DD-YYYY`, the form on the voter's registration (docs/product.md, Rules).
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

    /// What a person types or pastes: `1/23/1980`, `01231980`, `1-23-1980`, `01.23.1980`,
    /// `1 23 1980`, the ISO order `1980-01-23`, full-width or other keyboards' digits, with
    /// surrounding spaces. Two-digit years are refused: `01-23-80` could be 1880 or 1980.
    pub fn parse_typed(text: &str, today: CivilDate) -> Result<Self, DobError> {
        let text = crate::digits::ascii_digits(text);
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
    let (first, second, third) = (parts.next()?, parts.next()?, parts.next()?);
    // Year first (`1980-01-23`, as a date picker or a spreadsheet writes it), else US order.
    let (m, d, y) = if first.len() == 4 {
        (second, third, first)
    } else {
        (first, second, third)
    };
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

/// What the browser says an edit was (its `InputEvent.inputType`, reduced).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Edit {
    /// Typing, pasting, dictation, or a finished composition.
    Insert,
    /// Backspace.
    DeleteBackward,
    /// The Delete key.
    DeleteForward,
    /// Anything else (cut, drag, undo): reformatted like an insertion.
    Other,
}

/// The field's text after an edit, and where the caret goes (in UTF-16 code units, as the
/// browser counts).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Typed {
    pub text: String,
    pub caret: usize,
}

/// Helps while the voter types a date of birth: the whole value is reformatted as
/// `MM-DD-YYYY` after every edit (`01231980` → `01-23-1980`, `1/2/` → `01-02-`), with a dash
/// put in only *between* digits, so that no character is there that the voter did not hear
/// typed before the next digit. The caret lands after the digits that were before it.
///
/// `previous` is the text before the edit, `raw` after it, `caret` the browser's caret in
/// `raw`. Backspace or Delete next to a dash removes the digit beyond it (removing only the
/// dash would be undone by the reformatting: the key would seem dead). Text that is not a
/// date in the making (letters, the year first, an impossible month, too many digits) is
/// left as typed, so nothing is ever lost, and the rules say what is wrong with it.
pub fn typing(previous: &str, raw: &str, caret: usize, edit: Edit) -> Typed {
    let previous: Vec<char> = crate::digits::ascii_digits(previous).chars().collect();
    let mut chars: Vec<char> = crate::digits::ascii_digits(raw).chars().collect();
    let mut caret = char_index(&chars, caret);
    let digit_count = |text: &[char]| text.iter().filter(|c| c.is_ascii_digit()).count();
    let only_a_separator_went = chars.len() + 1 == previous.len()
        && digit_count(&chars) == digit_count(&previous)
        && chars.iter().all(|c| c.is_ascii_digit() || is_separator(*c));
    if only_a_separator_went {
        // The separator stays; the digit beyond it goes. In `previous` the separator was where
        // the caret is now.
        let separator = caret;
        let beyond = match edit {
            Edit::DeleteBackward => (0..separator).rev().find(|&i| previous[i].is_ascii_digit()),
            Edit::DeleteForward => {
                (separator + 1..previous.len()).find(|&i| previous[i].is_ascii_digit())
            }
            Edit::Insert | Edit::Other => None,
        };
        if let Some(at) = beyond {
            chars = previous.clone();
            chars.remove(at);
            // Where the digit was: the next digit typed takes its place.
            caret = at;
        }
    }
    let as_typed = |chars: &[char], caret: usize| Typed {
        caret: utf16_len(&chars[..caret]),
        text: chars.iter().collect(),
    };
    let pad = matches!(edit, Edit::Insert | Edit::Other);
    let Some(fields) = date_fields(&chars, pad) else {
        return as_typed(&chars, caret);
    };
    let digits_before = digit_count(&chars[..caret]);
    let separator_before = caret > 0 && is_separator(chars[caret - 1]);
    let mut text = String::with_capacity(10);
    let mut out_caret = 0;
    let mut seen = 0;
    for (index, (field, padded)) in fields.iter().enumerate() {
        if index > 0 {
            text.push('-');
            if seen == digits_before && separator_before && out_caret == text.len() - 1 {
                out_caret = text.len();
            }
        }
        for (position, digit) in field.chars().enumerate() {
            text.push(digit);
            // A zero put in front of `1/` was not typed: the caret counts typed digits.
            if *padded && position == 0 {
                continue;
            }
            seen += 1;
            if seen == digits_before {
                out_caret = text.len();
            }
        }
    }
    // Deleting never leaves a dash at the end: the next Backspace removes a digit.
    if matches!(edit, Edit::DeleteBackward | Edit::DeleteForward) && text.ends_with('-') {
        text.pop();
        out_caret = out_caret.min(text.len());
    }
    Typed {
        caret: out_caret,
        text,
    }
}

/// Month, day and year as typed so far (the year only once begun, or once a separator ends
/// the day), each with whether a zero was put in front, or `None` if the text is not a
/// US-order date in the making.
fn date_fields(chars: &[char], pad: bool) -> Option<Vec<(String, bool)>> {
    const WIDTHS: [usize; 3] = [2, 2, 4];
    if chars.is_empty() || chars.first().is_some_and(|c| is_separator(*c)) {
        return None;
    }
    let mut fields: Vec<(String, bool)> = vec![(String::new(), false)];
    for &c in chars {
        let index = fields.len() - 1;
        let (field, padded) = &mut fields[index];
        if c.is_ascii_digit() {
            if field.len() == WIDTHS[index] {
                if index == 2 {
                    return None; // more digits than a date has
                }
                fields.push((c.to_string(), false));
            } else {
                field.push(c);
            }
        } else if is_separator(c) {
            // A separator ends a month or day typed with one digit (`1/` is January, padded
            // while typing, not while deleting); a second separator in a row, or one after
            // the year began, changes nothing.
            if !field.is_empty() && index < 2 {
                if pad && field.len() == 1 && field != "0" {
                    field.insert(0, '0');
                    *padded = true;
                }
                fields.push((String::new(), false));
            }
        } else {
            return None;
        }
        // The year first (`1980-01-23`) or an impossible month: leave it as typed.
        if fields.len() == 1 && fields[0].0.len() == 2 && digits(fields[0].0.as_bytes())? > 12 {
            return None;
        }
    }
    Some(fields)
}

fn char_index(chars: &[char], utf16: usize) -> usize {
    let mut units = 0;
    for (index, c) in chars.iter().enumerate() {
        if units >= utf16 {
            return index;
        }
        units += c.len_utf16();
    }
    chars.len()
}

fn utf16_len(chars: &[char]) -> usize {
    chars.iter().map(|c| c.len_utf16()).sum()
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

    /// Types `keys` one at a time at the end of the field, as a keyboard does.
    fn type_keys(keys: &str) -> String {
        let mut text = String::new();
        for key in keys.chars() {
            let raw = format!("{text}{key}");
            let caret = raw.encode_utf16().count();
            text = typing(&text, &raw, caret, Edit::Insert).text;
        }
        text
    }

    fn edit(previous: &str, raw: &str, caret: usize, edit: Edit) -> (String, usize) {
        let typed = typing(previous, raw, caret, edit);
        (typed.text, typed.caret)
    }

    #[test]
    fn dashes_go_between_digits_as_they_are_typed() {
        let cases = [
            ("0", "0"),
            ("01", "01"),
            ("012", "01-2"),
            ("0123", "01-23"),
            ("01231", "01-23-1"),
            ("01231980", "01-23-1980"),
            ("1/", "01-"),
            ("1/2/", "01-02-"),
            ("1/23/1980", "01-23-1980"),
            ("01-", "01-"),
            ("01-23-1980", "01-23-1980"),
            ("０１２３１９８０", "01-23-1980"),
            ("Jan", "Jan"),
            ("012319801", "01-23-19801"),
            ("1980-01-23", "1980-01-23"),
            ("13", "13"),
        ];
        for (keys, expected) in cases {
            assert_eq!(type_keys(keys), expected, "{keys:?}");
        }
    }

    #[test]
    fn a_whole_value_is_reformatted_with_the_caret_after_what_was_typed() {
        // A composition committed at once (dictation, an Android keyboard).
        assert_eq!(edit("", "0123", 4, Edit::Insert), ("01-23".into(), 5));
        assert_eq!(
            edit("", "01231980", 8, Edit::Insert),
            ("01-23-1980".into(), 10)
        );
        assert_eq!(edit("01-2", "01-23", 5, Edit::Insert), ("01-23".into(), 5));
        // Pasted.
        assert_eq!(
            edit("", "1/23/1980", 9, Edit::Insert),
            ("01-23-1980".into(), 10)
        );
        assert_eq!(
            edit("", "1980-01-23", 10, Edit::Insert),
            ("1980-01-23".into(), 10)
        );
        // A digit typed in the middle keeps the caret after it.
        assert_eq!(
            edit("01-3-1980", "01-23-1980", 4, Edit::Insert),
            ("01-23-1980".into(), 4)
        );
        // A dash typed after a full month is not doubled.
        assert_eq!(edit("01", "01-", 3, Edit::Insert), ("01-".into(), 3));
    }

    #[test]
    fn backspace_removes_the_digit_before_the_caret() {
        // At the end: the digit, never a dash left alone at the end.
        assert_eq!(
            edit("01-2", "01-", 3, Edit::DeleteBackward),
            ("01".into(), 2)
        );
        assert_eq!(
            edit("01-23-1", "01-23-", 6, Edit::DeleteBackward),
            ("01-23".into(), 5)
        );
        // Just after a dash in the middle: the digit before the dash goes, the dash stays.
        assert_eq!(
            edit("01-23-1980", "0123-1980", 2, Edit::DeleteBackward),
            ("0-23-1980".into(), 1)
        );
        // Delete just before a dash: the digit after it goes.
        assert_eq!(
            edit("01-23-1980", "0123-1980", 2, Edit::DeleteForward),
            ("01-3-1980".into(), 3)
        );
        // A dash deleted some other way (a selection cut) is put back.
        assert_eq!(
            edit("01-23-1980", "0123-1980", 2, Edit::Other),
            ("01-23-1980".into(), 2)
        );
    }

    #[test]
    fn every_edit_leaves_a_value_the_rules_can_read() {
        let today = today();
        for (previous, raw, caret, kind) in [
            ("01-23-1980", "0123-1980", 2, Edit::DeleteBackward),
            ("01-23-1980", "01-231980", 5, Edit::DeleteBackward),
            ("01-23-1980", "01-23-980", 6, Edit::DeleteBackward),
        ] {
            let typed = typing(previous, raw, caret, kind);
            // Either a date, or an error that names the problem: never "not MM-DD-YYYY" for
            // a value the field itself produced from a good one.
            match DateOfBirth::parse_typed(&typed.text, today) {
                Ok(_) | Err(DobError::Month | DobError::Day { .. } | DobError::BeforeEarliest) => {}
                Err(DobError::Format) => {
                    assert!(typed.text.len() < 10, "{previous} -> {}", typed.text)
                }
                Err(other) => panic!("{previous} -> {}: {other:?}", typed.text),
            }
        }
    }

    #[test]
    fn typed_accepts_year_first_and_other_keyboards_digits() {
        assert_eq!(typed("1980-01-23"), Ok("01-23-1980".into()));
        assert_eq!(typed("1980/1/23"), Ok("01-23-1980".into()));
        assert_eq!(typed("０１－２３－１９８０"), Ok("01-23-1980".into()));
        assert_eq!(typed("１/２３/１９８０"), Ok("01-23-1980".into()));
        assert_eq!(typed("1980-13-01"), Err(DobError::Month));
        assert_eq!(typed("80-01-23"), Err(DobError::Format));
    }

    proptest! {
        #[test]
        fn parsers_never_panic(s in "\\PC{0,20}") {
            let _ = DateOfBirth::parse_strict(&s, today());
            let _ = DateOfBirth::parse_typed(&s, today());
            let n = s.encode_utf16().count();
            let _ = typing("", &s, n, Edit::Insert);
            let _ = typing(&s, "", 0, Edit::DeleteBackward);
        }

        #[test]
        fn digit_strings_never_panic(s in "[0-9/ .-]{0,14}") {
            let _ = DateOfBirth::parse_typed(&s, today());
            for caret in 0..=s.len() {
                for kind in [Edit::Insert, Edit::DeleteBackward, Edit::DeleteForward, Edit::Other] {
                    let previous = format!("{s}0");
                    let typed = typing(&previous, &s, caret, kind);
                    prop_assert!(typed.caret <= typed.text.encode_utf16().count());
                }
            }
        }

        #[test]
        fn typing_is_idempotent_and_keeps_every_digit(s in "[0-9/ .a-]{0,12}", caret in 0usize..13) {
            let caret = caret.min(s.len());
            let once = typing(&s, &s, caret, Edit::Insert);
            let twice = typing(&once.text, &once.text, once.caret, Edit::Insert);
            prop_assert_eq!(&twice.text, &once.text);
            // Every digit typed is there, in order (with at most a zero put in front of `1/`).
            let mut kept = once.text.chars().filter(char::is_ascii_digit);
            for digit in s.chars().filter(char::is_ascii_digit) {
                prop_assert!(kept.any(|c| c == digit), "{} lost a digit of {}", once.text, s);
            }
        }

        #[test]
        fn typing_eight_digits_one_by_one_makes_the_date(m in 1u8..=12, d in 1u8..=28, y in 1900u16..=2026) {
            let keys = format!("{m:02}{d:02}{y:04}");
            prop_assert_eq!(type_keys(&keys), format!("{m:02}-{d:02}-{y:04}"));
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
