//! California residential ZIP code.
//!
//! The ZIP tells apart voters who share a name and date of birth, so it must be the ZIP of the
//! voter's California residential address, even for overseas voters. The public help page of
//! the service we replace answers this question twice; our error message answers it in place.

use std::fmt;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct CaliforniaZip([u8; 5]);

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ZipError {
    Empty,
    /// Not five digits or ZIP+4: most often a postcode from abroad.
    Format,
    /// A US ZIP code outside California.
    NotCalifornia,
}

impl fmt::Display for ZipError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        crate::i18n::write_english(f, self)
    }
}

impl crate::i18n::Localize for ZipError {
    fn message(&self) -> crate::i18n::Message {
        use crate::i18n::Message;
        match self {
            ZipError::Empty => Message::new("zip-empty"),
            ZipError::Format => Message::new("zip-format"),
            ZipError::NotCalifornia => Message::new("zip-not-california"),
        }
    }
}

impl std::error::Error for ZipError {}

impl CaliforniaZip {
    /// Accepts `95814` and ZIP+4 `95814-1234` (or `958141234`), in any keyboard's digits
    /// (`９５８１４`); compared on the first five.
    pub fn parse(text: &str) -> Result<Self, ZipError> {
        let text = crate::digits::ascii_digits(text);
        let text = text.trim();
        if text.is_empty() {
            return Err(ZipError::Empty);
        }
        let b = text.as_bytes();
        let all_digits = |s: &[u8]| s.iter().all(u8::is_ascii_digit);
        let five = match b.len() {
            5 if all_digits(b) => &b[..5],
            9 if all_digits(b) => &b[..5],
            10 if b[5] == b'-' && all_digits(&b[..5]) && all_digits(&b[6..]) => &b[..5],
            _ => return Err(ZipError::Format),
        };
        let prefix = u32::from(five[0] - b'0') * 100
            + u32::from(five[1] - b'0') * 10
            + u32::from(five[2] - b'0');
        // California's ZIP codes are 900xx-961xx (USPS sectional centers 900-961).
        if !(900..=961).contains(&prefix) {
            return Err(ZipError::NotCalifornia);
        }
        let mut digits = [0u8; 5];
        digits.copy_from_slice(five);
        Ok(Self(digits))
    }

    pub fn as_str(&self) -> &str {
        // Only ASCII digits are ever stored.
        std::str::from_utf8(&self.0).unwrap_or("00000")
    }
}

impl fmt::Display for CaliforniaZip {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn accepts_five_digits_and_zip_plus_four() {
        assert_eq!(CaliforniaZip::parse("95814").unwrap().as_str(), "95814");
        assert_eq!(
            CaliforniaZip::parse(" 95814-1234 ").unwrap().as_str(),
            "95814"
        );
        assert_eq!(CaliforniaZip::parse("958141234").unwrap().as_str(), "95814");
        assert_eq!(CaliforniaZip::parse("90001").unwrap().as_str(), "90001");
        assert_eq!(CaliforniaZip::parse("96199").unwrap().as_str(), "96199");
    }

    #[test]
    fn refuses_zips_outside_california() {
        assert_eq!(CaliforniaZip::parse("89999"), Err(ZipError::NotCalifornia));
        assert_eq!(CaliforniaZip::parse("96200"), Err(ZipError::NotCalifornia));
        assert_eq!(CaliforniaZip::parse("10001"), Err(ZipError::NotCalifornia));
        assert_eq!(CaliforniaZip::parse("00000"), Err(ZipError::NotCalifornia));
    }

    #[test]
    fn refuses_foreign_postcodes_and_broken_zips() {
        for input in [
            "SW1A 1AA",
            "75008",
            "1010",
            "95814-12",
            "9581",
            "958145",
            "95814 1234",
            "K1A 0B1",
            "१२३४५",
        ] {
            let result = CaliforniaZip::parse(input);
            assert!(result.is_err(), "{input}");
        }
        assert_eq!(CaliforniaZip::parse("SW1A 1AA"), Err(ZipError::Format));
        assert_eq!(CaliforniaZip::parse(""), Err(ZipError::Empty));
    }

    #[test]
    fn messages_tell_overseas_voters_what_to_use() {
        for err in [ZipError::Format, ZipError::NotCalifornia] {
            assert!(
                err.to_string().contains("California residential address"),
                "{err}"
            );
        }
    }

    proptest! {
        #[test]
        fn never_panics(s in "\\PC{0,12}") {
            let _ = CaliforniaZip::parse(&s);
        }

        #[test]
        fn parsing_its_own_output_is_identity(s in "9[0-9]{4}(-[0-9]{4})?") {
            if let Ok(zip) = CaliforniaZip::parse(&s) {
                prop_assert_eq!(CaliforniaZip::parse(zip.as_str()), Ok(zip));
                prop_assert_eq!(zip.as_str(), &s[..5]);
            }
        }
    }
}
