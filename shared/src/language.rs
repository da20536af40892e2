//! The languages California provides election materials in (Elections Code §14201 and the
//! Voting Rights Act): the sign-up stores one so that every message arrives in it.

use std::fmt;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum Language {
    #[default]
    English,
    Spanish,
    Chinese,
    Hindi,
    Japanese,
    Khmer,
    Korean,
    Tagalog,
    Thai,
    Vietnamese,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct UnsupportedLanguage;

impl fmt::Display for UnsupportedLanguage {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Choose one of the languages offered")
    }
}

impl std::error::Error for UnsupportedLanguage {}

impl Language {
    pub const ALL: [Language; 10] = [
        Language::English,
        Language::Spanish,
        Language::Chinese,
        Language::Hindi,
        Language::Japanese,
        Language::Khmer,
        Language::Korean,
        Language::Tagalog,
        Language::Thai,
        Language::Vietnamese,
    ];

    /// BCP 47 code, as in `html[lang]` and the API's `language` field.
    pub fn code(self) -> &'static str {
        match self {
            Language::English => "en",
            Language::Spanish => "es",
            Language::Chinese => "zh",
            Language::Hindi => "hi",
            Language::Japanese => "ja",
            Language::Khmer => "km",
            Language::Korean => "ko",
            Language::Tagalog => "tl",
            Language::Thai => "th",
            Language::Vietnamese => "vi",
        }
    }

    /// The language's name in itself, as a language picker shows it.
    pub fn native_name(self) -> &'static str {
        match self {
            Language::English => "English",
            Language::Spanish => "Español",
            Language::Chinese => "中文",
            Language::Hindi => "हिन्दी",
            Language::Japanese => "日本語",
            Language::Khmer => "ខ្មែរ",
            Language::Korean => "한국어",
            Language::Tagalog => "Tagalog",
            Language::Thai => "ไทย",
            Language::Vietnamese => "Tiếng Việt",
        }
    }

    /// Accepts a code, case-insensitively, with or without a region (`es-MX`, `zh-Hant`).
    pub fn parse(text: &str) -> Result<Self, UnsupportedLanguage> {
        let primary = text.trim().split(['-', '_']).next().unwrap_or("");
        let primary = primary.to_ascii_lowercase();
        let primary = if primary == "fil" {
            "tl"
        } else {
            primary.as_str()
        };
        Self::ALL
            .into_iter()
            .find(|l| l.code() == primary)
            .ok_or(UnsupportedLanguage)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_codes_with_regions() {
        assert_eq!(Language::parse("en"), Ok(Language::English));
        assert_eq!(Language::parse("ES-mx"), Ok(Language::Spanish));
        assert_eq!(Language::parse("zh-Hant"), Ok(Language::Chinese));
        assert_eq!(Language::parse("fil"), Ok(Language::Tagalog));
        assert_eq!(Language::parse("fr"), Err(UnsupportedLanguage));
        assert_eq!(Language::parse(""), Err(UnsupportedLanguage));
    }

    #[test]
    fn every_language_round_trips() {
        for language in Language::ALL {
            assert_eq!(Language::parse(language.code()), Ok(language));
            assert!(!language.native_name().is_empty());
        }
    }
}
