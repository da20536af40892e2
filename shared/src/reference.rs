//! Message references (`7KQM-4MXZ`): every message ends with one, and a voter who doubts a
//! message can check it on the verify page. Eight symbols of Crockford's base 32, which leaves
//! out I, L, O and U so that nothing read aloud or typed from a phone is mistaken.

/// The symbols, in order.
pub const ALPHABET: &[u8; 32] = b"0123456789ABCDEFGHJKMNPQRSTVWXYZ";

#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct MessageReference(String);

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct InvalidReference;

impl std::fmt::Display for InvalidReference {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        crate::i18n::write_english(f, self)
    }
}

impl crate::i18n::Localize for InvalidReference {
    fn message(&self) -> crate::i18n::Message {
        crate::i18n::Message::new("reference-invalid")
    }
}

impl MessageReference {
    /// A reference as a voter may type it: any case, spaces or dashes anywhere, `Ref` in front
    /// as printed, and I, L, O read as 1, 1, 0.
    pub fn parse(typed: &str) -> Result<Self, InvalidReference> {
        let typed = typed.trim();
        let typed = match typed.get(..3) {
            Some(prefix) if prefix.eq_ignore_ascii_case("ref") => {
                typed[3..].trim_start_matches(['.', ':', ' '])
            }
            _ => typed,
        };
        let mut symbols = String::with_capacity(8);
        for c in typed.chars() {
            let c = match c.to_ascii_uppercase() {
                ' ' | '-' | '\u{a0}' => continue,
                'I' | 'L' => '1',
                'O' => '0',
                c => c,
            };
            if !c.is_ascii() || !ALPHABET.contains(&(c as u8)) {
                return Err(InvalidReference);
            }
            symbols.push(c);
        }
        if symbols.len() != 8 {
            return Err(InvalidReference);
        }
        Ok(Self(format!("{}-{}", &symbols[..4], &symbols[4..])))
    }

    /// As printed: `7KQM-4MXZ`.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn references_are_read_however_they_are_typed() {
        let read = |t: &str| MessageReference::parse(t).map(|r| r.as_str().to_string());
        assert_eq!(read("7KQM-4MXZ").as_deref(), Ok("7KQM-4MXZ"));
        assert_eq!(read(" 7kqm 4mxz ").as_deref(), Ok("7KQM-4MXZ"));
        assert_eq!(read("Ref 7KQM-4MXZ").as_deref(), Ok("7KQM-4MXZ"));
        assert_eq!(read("ref: 7kqm4mxz").as_deref(), Ok("7KQM-4MXZ"));
        assert_eq!(read("7KQM-4MXO").as_deref(), Ok("7KQM-4MX0"));
        assert_eq!(read("7KQM-4MXU"), Err(InvalidReference));
        assert_eq!(read("7KQM-4MX"), Err(InvalidReference));
        assert_eq!(read("<script>"), Err(InvalidReference));
        assert_eq!(read("７KQM-4MXZ"), Err(InvalidReference));
    }

    proptest::proptest! {
        #[test]
        fn parsing_never_panics_and_is_idempotent(text in ".{0,40}") {
            if let Ok(reference) = MessageReference::parse(&text) {
                proptest::prop_assert_eq!(MessageReference::parse(reference.as_str()), Ok(reference));
            }
        }
    }
}
