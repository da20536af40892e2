//! Digits as phone keyboards send them. A Japanese, Chinese or Korean keyboard in its own
//! mode types full-width digits (`０１２３`), and Hindi, Thai and Khmer keyboards can type
//! their own digits; a date of birth or a ZIP code typed that way is still that number.

use std::borrow::Cow;

/// The ASCII form of one character: any decimal digit a keyboard for one of our languages
/// may send becomes `0`-`9`, and full-width `／`, `－`, `．` and spaces their ASCII forms.
/// Everything else is itself. One character for one, so a caret position stays valid.
pub fn ascii_char(c: char) -> char {
    let zero = match c {
        '\u{FF10}'..='\u{FF19}' => 0xFF10, // full-width
        '\u{0966}'..='\u{096F}' => 0x0966, // Devanagari (Hindi)
        '\u{0E50}'..='\u{0E59}' => 0x0E50, // Thai
        '\u{17E0}'..='\u{17E9}' => 0x17E0, // Khmer
        '\u{0660}'..='\u{0669}' => 0x0660, // Arabic-Indic
        '\u{06F0}'..='\u{06F9}' => 0x06F0, // Extended Arabic-Indic
        '\u{FF0F}' => return '/',
        '\u{FF0D}' | '\u{2010}' | '\u{2011}' | '\u{2012}' | '\u{2013}' | '\u{2212}' => return '-',
        '\u{FF0E}' => return '.',
        '\u{3000}' | '\u{00A0}' => return ' ',
        _ => return c,
    };
    char::from(b'0' + (u32::from(c) - zero) as u8)
}

/// `text` with every character in its ASCII form (see [`ascii_char`]); borrowed when it
/// already is.
pub fn ascii_digits(text: &str) -> Cow<'_, str> {
    if text.chars().all(|c| ascii_char(c) == c) {
        Cow::Borrowed(text)
    } else {
        Cow::Owned(text.chars().map(ascii_char).collect())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_keyboards_digits_are_ascii() {
        assert_eq!(ascii_digits("０１／２３／１９８０"), "01/23/1980");
        assert_eq!(ascii_digits("९५८१४"), "95814");
        assert_eq!(ascii_digits("๙๕๘๑๔"), "95814");
        assert_eq!(ascii_digits("៩៥៨១៤"), "95814");
        assert_eq!(ascii_digits("01\u{2013}23"), "01-23");
        assert!(matches!(ascii_digits("01-23-1980"), Cow::Borrowed(_)));
        assert_eq!(ascii_digits("Jan ２"), "Jan 2");
    }
}
