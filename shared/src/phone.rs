//! Phone numbers for texts and calls, stored in E.164 (`+19165550123`).
//!
//! US numbers come in every format people write (`(916) 555-0123`, `916.555.0123`,
//! `1-916-555-0123`) and follow North American numbering rules. Overseas voters often want
//! texts at a number abroad, so any international number written with a leading `+` and its
//! country code is accepted too.

use std::fmt;

#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct PhoneNumber(String);

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PhoneError {
    Empty,
    /// Letters, an extension, or the wrong number of digits for a US number.
    Format,
    /// Ten digits that North American numbering does not allow (area code or exchange).
    NotNorthAmerican,
    /// A `+` number with fewer than 8 or more than 15 digits (E.164's limits).
    InternationalLength,
    /// A premium-rate, shared-cost or satellite range: texts and calls there cost the
    /// service (and fraudsters sign such numbers up on purpose), and no voter needs one.
    PremiumOrSatellite,
}

impl fmt::Display for PhoneError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        crate::i18n::write_english(f, self)
    }
}

impl crate::i18n::Localize for PhoneError {
    fn message(&self) -> crate::i18n::Message {
        use crate::i18n::Message;
        match self {
            PhoneError::Empty => Message::new("phone-empty"),
            PhoneError::Format => Message::new("phone-format"),
            PhoneError::NotNorthAmerican => Message::new("phone-not-north-american"),
            PhoneError::InternationalLength => Message::new("phone-international-length"),
            PhoneError::PremiumOrSatellite => Message::new("phone-premium"),
        }
    }
}

impl std::error::Error for PhoneError {}

impl PhoneNumber {
    pub fn parse(text: &str) -> Result<Self, PhoneError> {
        let text = crate::digits::ascii_digits(text);
        let text = text.trim();
        if text.is_empty() {
            return Err(PhoneError::Empty);
        }
        let (international, rest) = match text.strip_prefix('+') {
            Some(rest) => (true, rest),
            None => (false, text),
        };
        let mut digits = String::with_capacity(16);
        for c in rest.chars() {
            match c {
                '0'..='9' => digits.push(c),
                ' ' | '-' | '.' | '(' | ')' | '\u{a0}' => {}
                _ => return Err(PhoneError::Format),
            }
        }
        if international {
            if let Some(national) = digits.strip_prefix('1') {
                return parse_north_american(national);
            }
            if !(8..=15).contains(&digits.len()) || digits.starts_with('0') {
                return Err(PhoneError::InternationalLength);
            }
            if TOLL_FRAUD_PRONE.iter().any(|code| digits.starts_with(code)) {
                return Err(PhoneError::PremiumOrSatellite);
            }
            return Ok(Self(format!("+{digits}")));
        }
        match digits.len() {
            10 => parse_north_american(&digits),
            11 if digits.starts_with('1') => parse_north_american(&digits[1..]), // trunk prefix
            _ => Err(PhoneError::Format),
        }
    }

    /// E.164, as stored and as sent to the provider.
    pub fn e164(&self) -> &str {
        &self.0
    }

    pub fn is_north_american(&self) -> bool {
        self.0.starts_with("+1")
    }

    /// How a voter reads it: `(916) 555-0123` for North American numbers; for others the
    /// country code, then the number in groups of three with four at the end
    /// (`+44 207 946 0958`), which is easier to check than fifteen digits in a row.
    pub fn display(&self) -> String {
        if self.is_north_american() {
            let d = &self.0[2..];
            return format!("({}) {}-{}", &d[0..3], &d[3..6], &d[6..10]);
        }
        let digits = &self.0[1..];
        let (country, national) = digits.split_at(country_code_len(digits));
        // From the right: four digits, then four more if that is all that is left, else
        // threes (`9123 4567`, `207 946 0958`, `12 345 6789`).
        let mut groups: Vec<&str> = Vec::new();
        let mut rest = national;
        while !rest.is_empty() {
            let take = match groups.len() {
                0 => rest.len().min(4),
                1 if rest.len() <= 4 => rest.len(),
                _ => rest.len().min(3),
            };
            let (head, group) = rest.split_at(rest.len() - take);
            groups.push(group);
            rest = head;
        }
        // No digit alone at the front: `1512 345 6789`, not `1 512 345 6789`.
        if groups.len() > 2 && groups.last().is_some_and(|g| g.len() == 1) {
            let lone = groups.pop().map_or(0, str::len);
            let next = groups.pop().map_or(0, str::len);
            groups.push(&national[..lone + next]);
        }
        groups.push(country);
        let mut out = String::from("+");
        for (index, group) in groups.iter().rev().enumerate() {
            if index > 0 {
                out.push(' ');
            }
            out.push_str(group);
        }
        out
    }

    /// The last four digits, by which a masked number is recognised ("ending in 0123").
    pub fn last_four(&self) -> &str {
        &self.0[self.0.len() - 4..]
    }

    /// Enough to recognise one's own number, not enough to learn someone else's.
    pub fn masked(&self) -> String {
        let last4 = &self.0[self.0.len() - 4..];
        if self.is_north_american() {
            format!("(•••) •••-{last4}")
        } else {
            format!("+•••{last4}")
        }
    }
}

/// How many digits of an E.164 number (without `+`) are its country code. The codes are a
/// prefix code: these are the one- and two-digit ones (ITU-T E.164 assignments), every other
/// is three digits.
fn country_code_len(digits: &str) -> usize {
    const ONE: [&str; 2] = ["1", "7"];
    const TWO: [&str; 43] = [
        "20", "27", "30", "31", "32", "33", "34", "36", "39", "40", "41", "43", "44", "45", "46",
        "47", "48", "49", "51", "52", "53", "54", "55", "56", "57", "58", "60", "61", "62", "63",
        "64", "65", "66", "81", "82", "84", "86", "90", "91", "92", "93", "94", "95",
    ];
    if ONE.iter().any(|code| digits.starts_with(code)) {
        1
    } else if TWO.iter().any(|code| digits.starts_with(code)) || digits.starts_with("98") {
        2
    } else {
        3
    }
}

/// Country codes of the ITU's global services that are not anyone's home or mobile phone:
/// international freephone (800) and shared cost (808), Inmarsat (870), UPT (878), satellite
/// and international networks (881, 882, 883), humanitarian (888) and international premium
/// rate (979). Toll fraud ("SMS pumping") signs such numbers up to run up a sender's bill.
const TOLL_FRAUD_PRONE: [&str; 9] = [
    "800", "808", "870", "878", "881", "882", "883", "888", "979",
];

/// North American premium-rate area code and exchange (900-xxx-xxxx, xxx-976-xxxx).
const NANP_PREMIUM_AREA: &str = "900";
const NANP_PREMIUM_EXCHANGE: &str = "976";

/// North American Numbering Plan: NPA-NXX-XXXX where N is 2-9; area codes N11 are service
/// codes and N9X are reserved for expansion; exchanges N11 are service codes.
fn parse_north_american(ten: &str) -> Result<PhoneNumber, PhoneError> {
    let d = ten.as_bytes();
    if d.len() != 10 {
        return Err(PhoneError::Format);
    }
    let n = |b: u8| (b'2'..=b'9').contains(&b);
    let area_ok = n(d[0]) && d[1] != b'9' && !(d[1] == b'1' && d[2] == b'1');
    let exchange_ok = n(d[3]) && !(d[4] == b'1' && d[5] == b'1');
    if !area_ok || !exchange_ok {
        return Err(PhoneError::NotNorthAmerican);
    }
    if &ten[..3] == NANP_PREMIUM_AREA || &ten[3..6] == NANP_PREMIUM_EXCHANGE {
        return Err(PhoneError::PremiumOrSatellite);
    }
    Ok(PhoneNumber(format!("+1{ten}")))
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn e164(s: &str) -> Result<String, PhoneError> {
        PhoneNumber::parse(s).map(|p| p.e164().to_string())
    }

    #[test]
    fn us_numbers_in_any_common_format() {
        for input in [
            "(916) 555-0123",
            "916-555-0123",
            "916.555.0123",
            "9165550123",
            "1 916 555 0123",
            "1-916-555-0123",
            "+1 (916) 555-0123",
            "+19165550123",
            " 916 555 0123 ",
        ] {
            assert_eq!(e164(input), Ok("+19165550123".into()), "{input}");
        }
    }

    #[test]
    fn north_american_numbering_rules() {
        assert_eq!(e164("(116) 555-0123"), Err(PhoneError::NotNorthAmerican));
        assert_eq!(e164("(016) 555-0123"), Err(PhoneError::NotNorthAmerican));
        assert_eq!(e164("(911) 555-0123"), Err(PhoneError::NotNorthAmerican));
        assert_eq!(e164("(996) 555-0123"), Err(PhoneError::NotNorthAmerican));
        assert_eq!(e164("(916) 155-0123"), Err(PhoneError::NotNorthAmerican));
        assert_eq!(e164("(916) 411-0123"), Err(PhoneError::NotNorthAmerican));
        assert_eq!(e164("+1 916 055 0123"), Err(PhoneError::NotNorthAmerican));
        assert_eq!(e164("555-0123"), Err(PhoneError::Format));
        assert_eq!(e164("2 916 555 0123"), Err(PhoneError::Format));
        assert_eq!(e164("916-555-0123 x12"), Err(PhoneError::Format));
    }

    #[test]
    fn international_numbers_with_a_plus() {
        assert_eq!(e164("+44 20 7946 0958"), Ok("+442079460958".into()));
        assert_eq!(e164("+81-3-1234-5678"), Ok("+81312345678".into()));
        assert_eq!(e164("+49 30 123456"), Ok("+4930123456".into()));
        assert_eq!(e164("+44 12"), Err(PhoneError::InternationalLength));
        assert_eq!(e164("+1234567890123456"), Err(PhoneError::Format));
        assert_eq!(
            e164("+4412345678901234"),
            Err(PhoneError::InternationalLength)
        );
        assert_eq!(e164("+0 123 456 789"), Err(PhoneError::InternationalLength));
        assert_eq!(e164("+"), Err(PhoneError::InternationalLength));
        assert_eq!(e164(""), Err(PhoneError::Empty));
    }

    #[test]
    fn premium_rate_and_satellite_ranges_are_refused() {
        for number in [
            "+881 6 3123 4567",
            "+882 16 1234 5678",
            "+870 7 7312 3456",
            "+979 1234 5678",
            "+808 1234 5678",
            "(900) 555-0123",
            "(916) 976-0123",
        ] {
            assert_eq!(
                e164(number),
                Err(PhoneError::PremiumOrSatellite),
                "{number}"
            );
        }
        // Home and mobile numbers around them are fine.
        assert!(e164("+852 9123 4567").is_ok());
        assert!(e164("+880 1712 345678").is_ok());
        assert!(e164("(916) 975-0123").is_ok());
    }

    #[test]
    fn shows_and_masks() {
        let us = PhoneNumber::parse("916 555 0123").unwrap();
        assert_eq!(us.display(), "(916) 555-0123");
        assert_eq!(us.masked(), "(•••) •••-0123");
        let uk = PhoneNumber::parse("+44 20 7946 0958").unwrap();
        assert_eq!(uk.display(), "+44 207 946 0958");
        assert_eq!(uk.masked(), "+•••0958");
        assert_eq!(uk.last_four(), "0958");
        let hong_kong = PhoneNumber::parse("+85291234567").unwrap();
        assert_eq!(hong_kong.display(), "+852 9123 4567");
        let mexico = PhoneNumber::parse("+525512345678").unwrap();
        assert_eq!(mexico.display(), "+52 551 234 5678");
        let germany = PhoneNumber::parse("+4915123456789").unwrap();
        assert_eq!(germany.display(), "+49 1512 345 6789");
        assert_eq!(
            PhoneNumber::parse("+８５２ ９１２３ ４５６７"),
            Ok(hong_kong)
        );
    }

    proptest! {
        #[test]
        fn never_panics(s in "\\PC{0,24}") {
            let _ = PhoneNumber::parse(&s).map(|p| (p.display(), p.masked()));
        }

        #[test]
        fn e164_is_a_fixed_point(s in "\\+?[0-9 ().-]{0,20}") {
            if let Ok(p) = PhoneNumber::parse(&s) {
                prop_assert_eq!(PhoneNumber::parse(p.e164()), Ok(p.clone()));
                prop_assert_eq!(PhoneNumber::parse(&p.display()), Ok(p));
            }
        }
    }
}
