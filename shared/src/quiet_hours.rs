//! Quiet hours: when texts and calls must wait.
//!
//! docs/product.md, Rules: texts and calls go only between 8 AM and 9 PM in the recipient's
//! time zone, unless the voter chose narrower hours. A voter states quiet hours as when quiet
//! *starts* in the evening and when it *ends* in the morning (`{"start":"20:00","end":"09:00"}`);
//! they may widen the quiet period, never shrink it below 9 PM-8 AM.

use std::fmt;

/// 8 AM: the earliest a text or call may be placed.
pub const EARLIEST_CONTACT: u16 = 8 * 60;
/// 9 PM: the latest a text or call may be placed.
pub const LATEST_CONTACT: u16 = 21 * 60;

/// Minutes after midnight in the recipient's time zone.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct QuietHours {
    start: u16,
    end: u16,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum QuietHoursError {
    Format,
    /// Contact hours would reach before 8 AM or after 9 PM.
    OutsideAllowed,
    /// Quiet would never end: no hour left for a text or call.
    NoContactHours,
}

impl fmt::Display for QuietHoursError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        crate::i18n::write_english(f, self)
    }
}

impl crate::i18n::Localize for QuietHoursError {
    fn message(&self) -> crate::i18n::Message {
        use crate::i18n::Message;
        match self {
            QuietHoursError::Format => Message::new("quiet-hours-format"),
            QuietHoursError::OutsideAllowed => Message::new("quiet-hours-outside-allowed"),
            QuietHoursError::NoContactHours => Message::new("quiet-hours-no-contact-hours"),
        }
    }
}

impl std::error::Error for QuietHoursError {}

impl Default for QuietHours {
    fn default() -> Self {
        Self {
            start: LATEST_CONTACT,
            end: EARLIEST_CONTACT,
        }
    }
}

impl QuietHours {
    pub fn parse(start: &str, end: &str) -> Result<Self, QuietHoursError> {
        let start = parse_hhmm(start).ok_or(QuietHoursError::Format)?;
        let end = parse_hhmm(end).ok_or(QuietHoursError::Format)?;
        let allowed = EARLIEST_CONTACT..=LATEST_CONTACT;
        if !allowed.contains(&start) || !allowed.contains(&end) {
            return Err(QuietHoursError::OutsideAllowed);
        }
        if end >= start {
            return Err(QuietHoursError::NoContactHours);
        }
        Ok(Self { start, end })
    }

    /// Whether a text or call may be placed at `minute` (0-1439) of the recipient's day.
    pub fn allows(&self, minute: u16) -> bool {
        minute >= self.end && minute < self.start
    }

    pub fn start(&self) -> String {
        format_hhmm(self.start)
    }

    pub fn end(&self) -> String {
        format_hhmm(self.end)
    }

    pub fn is_default(&self) -> bool {
        *self == Self::default()
    }
}

fn parse_hhmm(text: &str) -> Option<u16> {
    let b = text.trim().as_bytes();
    if b.len() != 5 || b[2] != b':' {
        return None;
    }
    let hours = crate::date::digits(&b[0..2])?;
    let minutes = crate::date::digits(&b[3..5])?;
    (hours < 24 && minutes < 60).then_some(hours * 60 + minutes)
}

fn format_hhmm(minutes: u16) -> String {
    format!("{:02}:{:02}", minutes / 60, minutes % 60)
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn default_is_nine_pm_to_eight_am() {
        let q = QuietHours::default();
        assert!(!q.allows(7 * 60 + 59));
        assert!(q.allows(8 * 60));
        assert!(q.allows(20 * 60 + 59));
        assert!(!q.allows(21 * 60));
        assert!(!q.allows(0));
        assert_eq!((q.start(), q.end()), ("21:00".into(), "08:00".into()));
    }

    #[test]
    fn voters_may_only_narrow_contact_hours() {
        let q = QuietHours::parse("20:00", "09:30").unwrap();
        assert!(!q.allows(9 * 60));
        assert!(q.allows(9 * 60 + 30));
        assert!(!q.allows(20 * 60));
        assert_eq!(
            QuietHours::parse("22:00", "08:00"),
            Err(QuietHoursError::OutsideAllowed)
        );
        assert_eq!(
            QuietHours::parse("21:00", "07:00"),
            Err(QuietHoursError::OutsideAllowed)
        );
        assert_eq!(
            QuietHours::parse("09:00", "10:00"),
            Err(QuietHoursError::NoContactHours)
        );
        assert_eq!(
            QuietHours::parse("9pm", "08:00"),
            Err(QuietHoursError::Format)
        );
        assert_eq!(
            QuietHours::parse("24:00", "08:00"),
            Err(QuietHoursError::Format)
        );
    }

    proptest! {
        #[test]
        fn never_panics(a in "\\PC{0,6}", b in "[0-9:]{0,6}") {
            let _ = QuietHours::parse(&a, &b);
        }

        /// Times drawn as times, so that most pairs parse and the assertions run (drawn from
        /// text, almost none parsed and the property was seldom checked).
        #[test]
        fn never_allows_the_night(start in 0u16..1440, end in 0u16..1440, minute in 0u16..1440) {
            let allowed = EARLIEST_CONTACT..=LATEST_CONTACT;
            let parsed = QuietHours::parse(&format_hhmm(start), &format_hhmm(end));
            if !allowed.contains(&start) || !allowed.contains(&end) {
                prop_assert_eq!(parsed, Err(QuietHoursError::OutsideAllowed));
            } else if end >= start {
                prop_assert_eq!(parsed, Err(QuietHoursError::NoContactHours));
            } else {
                let q = parsed.expect("contact hours within 8 AM-9 PM parse");
                prop_assert_eq!(q.allows(minute), minute >= end && minute < start);
                if q.allows(minute) {
                    prop_assert!((EARLIEST_CONTACT..LATEST_CONTACT).contains(&minute));
                }
                prop_assert_eq!(QuietHours::parse(&q.start(), &q.end()), Ok(q));
            }
        }

        #[test]
        fn contact_hours_inside_the_day_always_parse(end in EARLIEST_CONTACT..LATEST_CONTACT, length in 1u16..=(LATEST_CONTACT - EARLIEST_CONTACT)) {
            let start = (end + length).min(LATEST_CONTACT);
            prop_assume!(start > end);
            let q = QuietHours::parse(&format_hhmm(start), &format_hhmm(end)).unwrap();
            prop_assert!(q.allows(end));
            prop_assert!(!q.allows(start));
        }
    }
}
