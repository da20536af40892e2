//! The voice a call is read in (TwiML `<Say language voice>`), per language. Without these the
//! provider reads every language with its default English voice.
//!
//! From the provider's voice list: Amazon Polly voices where there is one for the language,
//! else Google's standard voices. Khmer has none at all; a call to a Khmer-speaking voter says
//! so briefly in English and points to their texts or email (`templates`).

use ballot_shared::language::Language;

/// `(language, voice)` attributes of `<Say>` for calls in `language`, if the provider has a
/// voice for it.
pub fn voice_for(language: Language) -> Option<(&'static str, &'static str)> {
    Some(match language {
        Language::English => ("en-US", "Polly.Joanna"),
        Language::Spanish => ("es-US", "Polly.Lupe"),
        // Mandarin as spoken in Taiwan, which reads the Traditional characters of our texts.
        Language::Chinese => ("cmn-TW", "Google.cmn-TW-Standard-A"),
        Language::Hindi => ("hi-IN", "Polly.Aditi"),
        Language::Japanese => ("ja-JP", "Polly.Mizuki"),
        Language::Korean => ("ko-KR", "Polly.Seoyeon"),
        Language::Tagalog => ("fil-PH", "Google.fil-PH-Standard-A"),
        Language::Thai => ("th-TH", "Google.th-TH-Standard-A"),
        Language::Vietnamese => ("vi-VN", "Google.vi-VN-Standard-A"),
        Language::Khmer => return None,
    })
}

/// Whether calls can be read in `language`.
pub fn speaks(language: Language) -> bool {
    voice_for(language).is_some()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_language_but_khmer_has_a_voice_whose_language_matches() {
        for language in Language::ALL {
            match voice_for(language) {
                Some((code, voice)) => {
                    // A Google voice names its language; a mismatch makes the provider fail.
                    if let Some(rest) = voice.strip_prefix("Google.") {
                        assert!(rest.starts_with(code), "{language:?}: {code} {voice}");
                    }
                }
                None => assert_eq!(language, Language::Khmer),
            }
        }
    }
}
