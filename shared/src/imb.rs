//! The USPS Intelligent Mail barcode (IMb), which a county's print vendor puts on each ballot
//! envelope and by which the Postal Service reports every scan of it (issue 15).
//!
//! An IMb is a 20-digit tracking code and a 0, 5, 9 or 11-digit routing code (the delivery ZIP,
//! ZIP+4 or ZIP+4+delivery point). The tracking code is:
//!
//! | digits | what |
//! |---|---|
//! | 2 | barcode identifier (its second digit 0 to 4) |
//! | 3 | service type identifier |
//! | 6 or 9 | Mailer ID: 9 digits when it begins with 9, else 6 |
//! | 9 or 6 | serial number: Mailer ID and serial are 15 digits together |
//!
//! Files give it as those 20 to 31 digits, or as the 65 bar letters printed on the envelope
//! (`A` ascender, `D` descender, `F` full, `T` tracker), which [`Imb::parse`] decodes by the
//! Postal Service's specification USPS-B-3200: bars to ten 13-bit characters, characters to
//! codewords through the 5-of-13 and 2-of-13 tables, codewords to one 102-bit number checked
//! by an 11-bit CRC, and that number to the digits. [`Imb::bars`] is the other way, for
//! tests and for the synthetic feed.

use std::fmt;

#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Imb {
    /// The tracking code's 20 digits, then the routing code's 0, 5, 9 or 11.
    digits: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ImbError {
    Empty,
    /// Neither 20, 25, 29 or 31 digits nor 65 bar letters.
    Length(usize),
    /// A character that is not a digit (or, in bar letters, not A, D, F or T).
    Character {
        position: usize,
    },
    /// The barcode identifier's second digit is above 4.
    BarcodeIdentifier,
    /// Bar letters that are no IMb: a character outside the code's tables, the barcode read
    /// upside down, or a check sum that does not match (a misread or mistyped letter).
    Bars,
}

impl fmt::Display for ImbError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ImbError::Empty => write!(f, "the Intelligent Mail barcode is empty"),
            ImbError::Length(n) => write!(
                f,
                "an Intelligent Mail barcode is 20, 25, 29 or 31 digits (tracking code and \
                 routing ZIP), or the 65 bar letters A, D, F and T; this has {n} characters"
            ),
            ImbError::Character { position } => write!(
                f,
                "character {position} of the Intelligent Mail barcode is not a digit \
                 (or, in bar letters, not A, D, F or T)"
            ),
            ImbError::BarcodeIdentifier => write!(
                f,
                "the Intelligent Mail barcode's second digit (barcode identifier) must be 0 to 4"
            ),
            ImbError::Bars => write!(
                f,
                "these 65 bar letters are not a valid Intelligent Mail barcode (a letter is \
                 misread or mistyped, or the barcode was read upside down)"
            ),
        }
    }
}

impl std::error::Error for ImbError {}

const BAR_COUNT: usize = 65;

impl Imb {
    /// Reads the digits (spaces and dashes between groups allowed) or the 65 bar letters
    /// (any case).
    pub fn parse(text: &str) -> Result<Self, ImbError> {
        let text: String = text
            .trim()
            .chars()
            .filter(|c| !matches!(c, ' ' | '-'))
            .collect();
        if text.is_empty() {
            return Err(ImbError::Empty);
        }
        // No digit at all: bar letters (a wrong letter among them is named by its place).
        if !text.bytes().any(|b| b.is_ascii_digit()) {
            if text.len() != BAR_COUNT {
                return Err(ImbError::Length(text.chars().count()));
            }
            return Self::from_bars(&text);
        }
        Self::from_digits(&text)
    }

    fn from_digits(text: &str) -> Result<Self, ImbError> {
        if let Some(position) = text.chars().position(|c| !c.is_ascii_digit()) {
            return Err(ImbError::Character {
                position: position + 1,
            });
        }
        if !matches!(text.len(), 20 | 25 | 29 | 31) {
            return Err(ImbError::Length(text.chars().count()));
        }
        if text.as_bytes()[1] > b'4' {
            return Err(ImbError::BarcodeIdentifier);
        }
        Ok(Imb {
            digits: text.to_string(),
        })
    }

    fn from_bars(text: &str) -> Result<Self, ImbError> {
        let mut characters = [0u16; 10];
        for (position, (letter, bar)) in text.bytes().zip(BAR_TABLE.iter()).enumerate() {
            let (descender, ascender) = match letter.to_ascii_uppercase() {
                b'T' => (false, false),
                b'A' => (false, true),
                b'D' => (true, false),
                b'F' => (true, true),
                _ => {
                    return Err(ImbError::Character {
                        position: position + 1,
                    })
                }
            };
            let (descender_char, descender_bit, ascender_char, ascender_bit) = *bar;
            if descender {
                characters[usize::from(descender_char)] |= 1 << descender_bit;
            }
            if ascender {
                characters[usize::from(ascender_char)] |= 1 << ascender_bit;
            }
        }
        let tables = Tables::get();
        let mut codewords = [0u32; 10];
        let mut fcs = 0u16;
        for (i, &character) in characters.iter().enumerate() {
            codewords[i] = match tables.codeword(character) {
                Some(codeword) => codeword,
                None => {
                    fcs |= 1 << i;
                    tables.codeword(!character & 0x1FFF).ok_or(ImbError::Bars)?
                }
            };
        }
        // Codeword J is doubled, so that a barcode read upside down shows as odd.
        if codewords[9] % 2 != 0 {
            return Err(ImbError::Bars);
        }
        codewords[9] /= 2;
        if codewords[0] >= 659 {
            codewords[0] -= 659;
            fcs |= 1 << 10;
        }
        if codewords[0] > 658 || codewords[9] > 635 {
            return Err(ImbError::Bars);
        }
        let mut value = u128::from(codewords[0]);
        for &codeword in &codewords[1..9] {
            value = value * 1365 + u128::from(codeword);
        }
        value = value * 636 + u128::from(codewords[9]);
        if crc11(value) != fcs {
            return Err(ImbError::Bars);
        }
        let mut tracking = [0u8; 20];
        for digit in tracking[2..].iter_mut().rev() {
            *digit = (value % 10) as u8;
            value /= 10;
        }
        tracking[1] = (value % 5) as u8;
        value /= 5;
        tracking[0] = (value % 10) as u8;
        value /= 10;
        let mut digits: String = tracking.iter().map(|d| char::from(b'0' + d)).collect();
        match value {
            0 => {}
            1..=100_000 => digits.push_str(&format!("{:05}", value - 1)),
            100_001..=1_000_100_000 => digits.push_str(&format!("{:09}", value - 100_001)),
            _ => {
                let routing = value - 1_000_100_001;
                if routing > 99_999_999_999 {
                    return Err(ImbError::Bars);
                }
                digits.push_str(&format!("{routing:011}"));
            }
        }
        Ok(Imb { digits })
    }

    /// The tracking code and routing code, as one string of 20 to 31 digits: the form
    /// stored and matched (the Postal Service's scan data gives it so).
    pub fn as_str(&self) -> &str {
        &self.digits
    }

    /// The 20-digit tracking code: what identifies the envelope.
    pub fn tracking_code(&self) -> &str {
        &self.digits[..20]
    }

    pub fn barcode_identifier(&self) -> &str {
        &self.digits[..2]
    }

    pub fn service_type(&self) -> &str {
        &self.digits[2..5]
    }

    fn mailer_id_len(&self) -> usize {
        if self.digits.as_bytes()[5] == b'9' {
            9
        } else {
            6
        }
    }

    /// The mailer's 6 or 9-digit Mailer ID: the county's or its print vendor's.
    pub fn mailer_id(&self) -> &str {
        &self.digits[5..5 + self.mailer_id_len()]
    }

    pub fn serial_number(&self) -> &str {
        &self.digits[5 + self.mailer_id_len()..20]
    }

    /// The delivery ZIP code, ZIP+4 or ZIP+4 and delivery point, or empty.
    pub fn routing_code(&self) -> &str {
        &self.digits[20..]
    }

    /// The 65 bar letters, as printed.
    pub fn bars(&self) -> String {
        let digits = self.digits.as_bytes();
        let routing = &self.digits[20..];
        let mut value: u128 = match routing.len() {
            0 => 0,
            5 => routing.parse::<u128>().unwrap_or(0) + 1,
            9 => routing.parse::<u128>().unwrap_or(0) + 100_001,
            _ => routing.parse::<u128>().unwrap_or(0) + 1_000_100_001,
        };
        value = value * 10 + u128::from(digits[0] - b'0');
        value = value * 5 + u128::from(digits[1] - b'0');
        for &digit in &digits[2..20] {
            value = value * 10 + u128::from(digit - b'0');
        }
        let fcs = crc11(value);
        let mut codewords = [0u32; 10];
        codewords[9] = (value % 636) as u32;
        value /= 636;
        for codeword in codewords[1..9].iter_mut().rev() {
            *codeword = (value % 1365) as u32;
            value /= 1365;
        }
        codewords[0] = value as u32;
        codewords[9] *= 2;
        if fcs & (1 << 10) != 0 {
            codewords[0] += 659;
        }
        let tables = Tables::get();
        let mut characters = [0u16; 10];
        for (i, &codeword) in codewords.iter().enumerate() {
            let mut character = tables.characters[codeword as usize];
            if fcs & (1 << i) != 0 {
                character = !character & 0x1FFF;
            }
            characters[i] = character;
        }
        BAR_TABLE
            .iter()
            .map(
                |&(descender_char, descender_bit, ascender_char, ascender_bit)| {
                    let descender =
                        characters[usize::from(descender_char)] >> descender_bit & 1 == 1;
                    let ascender = characters[usize::from(ascender_char)] >> ascender_bit & 1 == 1;
                    match (descender, ascender) {
                        (false, false) => 'T',
                        (false, true) => 'A',
                        (true, false) => 'D',
                        (true, true) => 'F',
                    }
                },
            )
            .collect()
    }
}

impl fmt::Display for Imb {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.digits)
    }
}

/// The frame check sequence over the 102-bit value: CRC-11, generator 0xF35, register
/// starting at all ones, most significant bit first.
fn crc11(value: u128) -> u16 {
    let mut fcs: u16 = 0x7FF;
    for i in (0..102).rev() {
        let bit = (value >> i) as u16 & 1;
        fcs = if ((fcs >> 10) ^ bit) & 1 == 1 {
            ((fcs << 1) ^ 0xF35) & 0x7FF
        } else {
            (fcs << 1) & 0x7FF
        };
    }
    fcs
}

/// Codeword to 13-bit character: the 1,287 characters with five bits set, then the 78 with
/// two, in the specification's order; and back.
struct Tables {
    characters: [u16; 1365],
    codewords: std::collections::HashMap<u16, u32>,
}

impl Tables {
    fn get() -> &'static Tables {
        static TABLES: std::sync::OnceLock<Tables> = std::sync::OnceLock::new();
        TABLES.get_or_init(|| {
            let mut characters = [0u16; 1365];
            n_of_13(5, &mut characters[..1287]);
            n_of_13(2, &mut characters[1287..]);
            let codewords = characters
                .iter()
                .enumerate()
                .map(|(i, &c)| (c, i as u32))
                .collect();
            Tables {
                characters,
                codewords,
            }
        })
    }

    fn codeword(&self, character: u16) -> Option<u32> {
        self.codewords.get(&character).copied()
    }
}

/// USPS-B-3200's table of 13-bit values with `n` bits set: a value and its bit reversal next
/// to each other from the front, the values that are their own reversal from the back.
fn n_of_13(n: u32, table: &mut [u16]) {
    let mut lower = 0;
    let mut upper = table.len();
    for count in 0u16..8192 {
        if count.count_ones() != n {
            continue;
        }
        let reverse = count.reverse_bits() >> 3;
        if reverse < count {
            continue;
        }
        if count == reverse {
            upper -= 1;
            table[upper] = count;
        } else {
            table[lower] = count;
            table[lower + 1] = reverse;
            lower += 2;
        }
    }
    debug_assert_eq!(lower, upper);
}

/// For each of the 65 bars, left to right: the character (A = 0 ... J = 9) and bit that make
/// its descender, then those that make its ascender (USPS-B-3200, Table 22).
const BAR_TABLE: [(u8, u8, u8, u8); BAR_COUNT] = [
    (7, 2, 4, 3),
    (1, 10, 0, 0),
    (9, 12, 2, 8),
    (5, 5, 6, 11),
    (8, 9, 3, 1),
    (0, 1, 5, 12),
    (2, 5, 1, 8),
    (4, 4, 9, 11),
    (6, 3, 8, 10),
    (3, 9, 7, 6),
    (5, 11, 1, 4),
    (8, 5, 2, 12),
    (9, 10, 0, 2),
    (7, 1, 6, 7),
    (3, 6, 4, 9),
    (0, 3, 8, 6),
    (6, 4, 2, 7),
    (1, 1, 9, 9),
    (7, 10, 5, 2),
    (4, 0, 3, 8),
    (6, 2, 0, 4),
    (8, 11, 1, 0),
    (9, 8, 3, 12),
    (2, 6, 7, 7),
    (5, 1, 4, 10),
    (1, 12, 6, 9),
    (7, 3, 8, 0),
    (5, 8, 9, 7),
    (4, 6, 2, 10),
    (3, 4, 0, 5),
    (8, 4, 5, 7),
    (7, 11, 1, 9),
    (6, 0, 9, 6),
    (0, 6, 4, 8),
    (2, 1, 3, 2),
    (5, 9, 8, 12),
    (4, 11, 6, 1),
    (9, 5, 7, 4),
    (3, 3, 1, 2),
    (0, 7, 2, 0),
    (1, 3, 4, 1),
    (6, 10, 3, 5),
    (8, 7, 9, 4),
    (2, 11, 5, 6),
    (0, 8, 7, 12),
    (4, 2, 8, 1),
    (5, 10, 3, 0),
    (9, 3, 0, 9),
    (6, 5, 2, 4),
    (7, 8, 1, 7),
    (5, 0, 4, 5),
    (2, 3, 0, 10),
    (6, 12, 9, 2),
    (3, 11, 1, 6),
    (8, 8, 7, 9),
    (5, 4, 0, 11),
    (1, 5, 2, 2),
    (9, 1, 4, 12),
    (8, 3, 6, 6),
    (7, 0, 3, 7),
    (4, 7, 7, 5),
    (0, 12, 1, 11),
    (2, 9, 9, 0),
    (6, 8, 5, 3),
    (3, 10, 8, 2),
];

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    /// USPS-B-3200's own examples: one tracking code with each length of routing code.
    const EXAMPLES: [(&str, &str); 4] = [
        (
            "01234567094987654321",
            "ATTFATTDTTADTAATTDTDTATTDAFDDFADFDFTFFFFFTATFAAAATDFFTDAADFTFDTDT",
        ),
        (
            "0123456709498765432101234",
            "DTTAFADDTTFTDTFTFDTDDADADAFADFATDDFTAAAFDTTADFAAATDFDTDFADDDTDFFT",
        ),
        (
            "01234567094987654321012345678",
            "ADFTTAFDTTTTFATTADTAAATFTFTATDAAAFDDADATATDTDTTDFDTDATADADTDFFTFA",
        ),
        (
            "0123456709498765432101234567891",
            "AADTFFDFTDADTAADAATFDTDDAAADDTDTTDAFADADDDTFFFDDTTTADFAAADFTDAADA",
        ),
    ];

    #[test]
    fn the_specifications_examples_encode_and_decode() {
        for (digits, bars) in EXAMPLES {
            let imb = Imb::parse(digits).unwrap();
            assert_eq!(imb.bars(), bars, "{digits}");
            assert_eq!(Imb::parse(bars).unwrap(), imb, "{bars}");
            assert_eq!(Imb::parse(&bars.to_lowercase()).unwrap(), imb);
        }
    }

    #[test]
    fn the_fields_are_where_the_mailer_id_length_puts_them() {
        let six = Imb::parse("01 234 567094 987654321 01234567891").unwrap();
        assert_eq!(six.barcode_identifier(), "01");
        assert_eq!(six.service_type(), "234");
        assert_eq!(six.mailer_id(), "567094");
        assert_eq!(six.serial_number(), "987654321");
        assert_eq!(six.routing_code(), "01234567891");
        assert_eq!(six.tracking_code(), "01234567094987654321");
        // A Mailer ID beginning with 9 has nine digits, and the serial six.
        let nine = Imb::parse("00708901019658000000631469772").unwrap();
        assert_eq!(nine.mailer_id(), "901019658");
        assert_eq!(nine.serial_number(), "000000");
        assert_eq!(nine.routing_code(), "631469772");
        assert_eq!(
            Imb::parse("FDDAATADTTTFDDADAFFADAFAATFFDDFADFATTAAFDDDDFTTFADFFFDAFFDDFFDDTD")
                .unwrap(),
            nine
        );
    }

    #[test]
    fn anything_else_is_refused_with_the_reason() {
        assert_eq!(Imb::parse(" "), Err(ImbError::Empty));
        assert_eq!(Imb::parse("0123456709498765432"), Err(ImbError::Length(19)));
        assert_eq!(
            Imb::parse("012345670949876543210"),
            Err(ImbError::Length(21))
        );
        assert_eq!(
            Imb::parse("0123456709498765432x"),
            Err(ImbError::Character { position: 20 })
        );
        assert_eq!(
            Imb::parse("05234567094987654321"),
            Err(ImbError::BarcodeIdentifier)
        );
        let bars = EXAMPLES[3].1;
        // One bar misread: the check sum (or the tables) catch it.
        for position in 0..BAR_COUNT {
            for other in ['A', 'D', 'F', 'T'] {
                if bars.as_bytes()[position] == other as u8 {
                    continue;
                }
                let mut misread = bars.to_string();
                misread.replace_range(position..position + 1, &other.to_string());
                assert_eq!(
                    Imb::parse(&misread),
                    Err(ImbError::Bars),
                    "bar {position} read as {other}"
                );
            }
        }
        // Upside down: read right to left with ascenders and descenders swapped.
        let upside_down: String = bars
            .chars()
            .rev()
            .map(|c| match c {
                'A' => 'D',
                'D' => 'A',
                other => other,
            })
            .collect();
        assert_eq!(Imb::parse(&upside_down), Err(ImbError::Bars));
        // Bars with one letter missing are the wrong length, not a wrong digit.
        assert_eq!(Imb::parse(&bars[1..]), Err(ImbError::Length(64)));
        let mut wrong_letter = bars.to_string();
        wrong_letter.replace_range(10..11, "X");
        assert_eq!(
            Imb::parse(&wrong_letter),
            Err(ImbError::Character { position: 11 })
        );
    }

    fn any_imb() -> impl Strategy<Value = String> {
        (
            "[0-9][0-4][0-9]{18}",
            prop_oneof![Just(String::new()), "[0-9]{5}", "[0-9]{9}", "[0-9]{11}"],
        )
            .prop_map(|(tracking, routing)| tracking + &routing)
    }

    proptest! {
        #[test]
        fn every_imb_comes_back_from_its_bars(digits in any_imb()) {
            let imb = Imb::parse(&digits).unwrap();
            let bars = imb.bars();
            prop_assert_eq!(bars.len(), BAR_COUNT);
            let decoded = Imb::parse(&bars).unwrap();
            prop_assert_eq!(decoded.as_str(), digits.as_str());
        }
    }
}
