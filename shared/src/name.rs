//! Names: checked for the form, and folded into a key for matching the registration file.
//!
//! A voter types their name the way they write it, not the way a county clerk keyed it in.
//! Matching ignores case, surrounding and repeated spaces, accents (`José` = `Jose`),
//! apostrophe style (`O'Brien` = `O’Brien` = `OBrien`), hyphen versus space, and a suffix
//! (`Jr`, `III`) typed into the last-name field. The display form keeps the original spelling.

use std::fmt;

/// Longest name we accept; California's registration system allows fewer characters.
pub const MAX_NAME_CHARS: usize = 100;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NameField {
    First,
    Last,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NameError {
    Empty(NameField),
    TooLong(NameField),
    /// No letter at all, e.g. digits or punctuation only.
    NoLetters(NameField),
}

impl fmt::Display for NameError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        crate::i18n::write_english(f, self)
    }
}

impl crate::i18n::Localize for NameError {
    fn message(&self) -> crate::i18n::Message {
        use crate::i18n::Message;
        let first = |field: &NameField| *field == NameField::First;
        match self {
            NameError::Empty(field) if first(field) => Message::new("name-first-empty"),
            NameError::Empty(_) => Message::new("name-last-empty"),
            NameError::TooLong(field) if first(field) => {
                Message::new("name-first-too-long").number("max", MAX_NAME_CHARS as i64)
            }
            NameError::TooLong(_) => {
                Message::new("name-last-too-long").number("max", MAX_NAME_CHARS as i64)
            }
            NameError::NoLetters(field) if first(field) => Message::new("name-first-no-letters"),
            NameError::NoLetters(_) => Message::new("name-last-no-letters"),
        }
    }
}

impl std::error::Error for NameError {}

/// A name as the voter wrote it, with surrounding and repeated spaces removed.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct PersonName(String);

impl PersonName {
    pub fn parse(text: &str, field: NameField) -> Result<Self, NameError> {
        let display = text.split_whitespace().collect::<Vec<_>>().join(" ");
        if display.is_empty() {
            return Err(NameError::Empty(field));
        }
        if display.chars().count() > MAX_NAME_CHARS {
            return Err(NameError::TooLong(field));
        }
        if !display.chars().any(char::is_alphabetic) {
            return Err(NameError::NoLetters(field));
        }
        Ok(Self(display))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// Generational suffixes that voters type into the last-name field ("Smith Jr.").
const SUFFIXES: [&str; 9] = ["jr", "sr", "ii", "iii", "iv", "v", "2nd", "3rd", "4th"];

/// The matching key of any name: lower case, accents removed, apostrophes and periods dropped,
/// hyphens and commas as spaces, spaces collapsed. Idempotent.
pub fn name_key(text: &str) -> String {
    let mut folded = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            // Apostrophes of every style, and periods ("St. John"), are not part of the key.
            '\'' | '’' | '‘' | 'ʼ' | '`' | '´' | '.' => {}
            // Hyphen, dashes and commas separate words like a space does.
            '-' | '‐' | '‑' | '‒' | '–' | '—' | ',' => folded.push(' '),
            // Combining marks: the input was decomposed (NFD), drop the accent.
            '\u{0300}'..='\u{036F}' => {}
            c if c.is_whitespace() => folded.push(' '),
            // Greek final sigma is the same letter as σ.
            'ς' => folded.push('σ'),
            c if c.is_ascii() => folded.push(c.to_ascii_lowercase()),
            c => match fold_latin(c) {
                Some(base) => folded.push_str(base),
                // Lower case may itself be foldable (the Ångström sign's is å) or bring a
                // combining mark (İ's is i + dot above): fold what lowercasing gave.
                None => {
                    for lower in c.to_lowercase() {
                        match lower {
                            '\u{0300}'..='\u{036F}' => {}
                            'ς' => folded.push('σ'),
                            l => match fold_latin(l) {
                                Some(base) => folded.push_str(base),
                                None => folded.push(l),
                            },
                        }
                    }
                }
            },
        }
    }
    folded.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The matching key of a last name: [`name_key`] without a trailing generational suffix.
/// A lone word is never treated as a suffix (someone may be called "V").
pub fn last_name_key(text: &str) -> String {
    let key = name_key(text);
    let mut words: Vec<&str> = key.split(' ').collect();
    while words.len() > 1 && words.last().is_some_and(|w| SUFFIXES.contains(w)) {
        words.pop();
    }
    words.join(" ")
}

/// Base letters of accented Latin letters in Latin-1 Supplement, Latin Extended-A and
/// Vietnamese (Latin Extended Additional), which cover the names in California's voter file.
/// A table instead of Unicode normalisation keeps the WASM bundle small.
fn fold_latin(c: char) -> Option<&'static str> {
    const LATIN_1: &str = "aaaaaa!ceeeeiiiidnooooo*ouuuuy#$aaaaaa!ceeeeiiiidnooooo*ouuuuy#y";
    const EXTENDED_A: &str = "aaaaaaccccccccddddeeeeeeeeeegggggggghhhhiiiiiiiiii&&jjkkkllllllllllnnnnnnnnnoooooo%%rrrrrrssssssssttttttuuuuuuuuuuuuwwyyyzzzzzzs";
    let code = c as u32;
    let from_table = |table: &'static str, index: u32| -> Option<&'static str> {
        let i = index as usize;
        match table.get(i..i + 1)? {
            "!" => Some("ae"),
            "#" => Some("th"),
            "$" => Some("ss"),
            "&" => Some("ij"),
            "%" => Some("oe"),
            "*" => None, // × and ÷ are not letters
            other => Some(other),
        }
    };
    match code {
        0xC0..=0xFF => from_table(LATIN_1, code - 0xC0),
        0x100..=0x17F => from_table(EXTENDED_A, code - 0x100),
        0x1A0 | 0x1A1 => Some("o"),
        0x1AF | 0x1B0 => Some("u"),
        0x218 | 0x219 => Some("s"),
        0x21A | 0x21B => Some("t"),
        0x1EA0..=0x1EB7 => Some("a"),
        0x1EB8..=0x1EC7 => Some("e"),
        0x1EC8..=0x1ECB => Some("i"),
        0x1ECC..=0x1EE3 => Some("o"),
        0x1EE4..=0x1EF1 => Some("u"),
        0x1EF2..=0x1EF9 => Some("y"),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn ignores_case_and_spacing() {
        assert_eq!(name_key("  MARY   ann "), "mary ann");
        assert_eq!(name_key("Mary\tAnn"), name_key("mary ann"));
    }

    #[test]
    fn ignores_accents_composed_or_not() {
        assert_eq!(name_key("José"), "jose");
        assert_eq!(name_key("Jose\u{301}"), "jose");
        assert_eq!(name_key("Zoë Müller-Łukasz"), "zoe muller lukasz");
        assert_eq!(name_key("Nguyễn Thị Ánh"), "nguyen thi anh");
        assert_eq!(name_key("Ñúñez"), "nunez");
        assert_eq!(name_key("Ægir Straße"), "aegir strasse");
        assert_eq!(name_key("Đặng"), "dang");
        assert_eq!(name_key("Øystein"), "oystein");
    }

    #[test]
    fn ignores_apostrophe_style() {
        assert_eq!(name_key("O'Brien"), "obrien");
        assert_eq!(name_key("O’Brien"), "obrien");
        assert_eq!(name_key("O`Brien"), "obrien");
        assert_eq!(name_key("OBrien"), "obrien");
    }

    #[test]
    fn hyphen_equals_space() {
        assert_eq!(name_key("Garcia-Lopez"), name_key("Garcia Lopez"));
        assert_eq!(name_key("Garcia – Lopez"), "garcia lopez");
    }

    #[test]
    fn keeps_non_latin_names() {
        assert_eq!(name_key("王 小明"), "王 小明");
        assert_eq!(name_key("ΣΩΚΡΑΤΗΣ"), name_key("Σωκρατης"));
    }

    #[test]
    fn letters_whose_lower_case_folds_further_fold_all_the_way() {
        // Found by the long property run (PROPTEST_CASES=300000): the Ångström sign.
        assert_eq!(name_key("\u{212B}"), "a");
        assert_eq!(name_key("\u{0130}"), "i"); // İ: i + combining dot above
        assert_eq!(name_key(&name_key("\u{212B}ngstr\u{00F6}m")), "angstrom");
    }

    #[test]
    fn strips_a_typed_suffix_from_last_names() {
        assert_eq!(last_name_key("Smith Jr."), "smith");
        assert_eq!(last_name_key("Smith, JR"), "smith");
        assert_eq!(last_name_key("King III"), "king");
        assert_eq!(last_name_key("Ford  iv"), "ford");
        assert_eq!(last_name_key("V"), "v");
        assert_eq!(last_name_key("Jr"), "jr");
        assert_eq!(last_name_key("Van Dyke"), "van dyke");
    }

    #[test]
    fn display_form_keeps_spelling() {
        let name = PersonName::parse("  José   O’Brien-Núñez ", NameField::Last).unwrap();
        assert_eq!(name.as_str(), "José O’Brien-Núñez");
    }

    #[test]
    fn refuses_empty_long_and_letterless_names() {
        assert_eq!(
            PersonName::parse("   ", NameField::First),
            Err(NameError::Empty(NameField::First))
        );
        assert_eq!(
            PersonName::parse("123", NameField::Last),
            Err(NameError::NoLetters(NameField::Last))
        );
        let long = "a".repeat(MAX_NAME_CHARS + 1);
        assert_eq!(
            PersonName::parse(&long, NameField::First),
            Err(NameError::TooLong(NameField::First))
        );
        assert_eq!(
            NameError::Empty(NameField::Last).to_string(),
            "Enter your last name"
        );
    }

    proptest! {
        #[test]
        fn key_is_idempotent(s in "\\PC{0,30}") {
            let once = name_key(&s);
            prop_assert_eq!(name_key(&once), once.clone());
            let last = last_name_key(&s);
            prop_assert_eq!(last_name_key(&last), last.clone());
        }

        #[test]
        fn key_has_no_surrounding_or_double_spaces(s in "\\PC{0,30}") {
            let key = name_key(&s);
            prop_assert!(!key.starts_with(' ') && !key.ends_with(' ') && !key.contains("  "));
        }

        #[test]
        fn latin_supplements_never_panic(s in "[\u{00C0}-\u{024F}\u{1E00}-\u{1EFF} '’-]{0,20}") {
            let _ = last_name_key(&s);
        }
    }
}
