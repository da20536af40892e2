//! The languages California provides election materials in (Elections Code §14201 and the
//! Voting Rights Act): the sign-up stores one so that every message arrives in it.

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
    /// The tag for `html[lang]`: Chinese as written in California's election materials
    /// (Traditional characters), so the browser picks Traditional Chinese fonts.
    pub fn html_lang(self) -> &'static str {
        match self {
            Language::Chinese => "zh-Hant",
            other => other.code(),
        }
    }

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

    /// The first supported language of an `Accept-Language` header (or of the browser's
    /// `navigator.languages`, joined with commas), by quality; `None` when none is offered.
    /// Entries with `q=0` are refusals, and `*` names no language in particular.
    pub fn negotiate(accept_language: &str) -> Option<Self> {
        let mut offered: Vec<(u16, usize, Language)> = accept_language
            .split(',')
            .enumerate()
            .filter_map(|(position, entry)| {
                let mut parts = entry.split(';');
                let tag = parts.next()?.trim();
                let quality = parts
                    .filter_map(|p| {
                        p.trim()
                            .strip_prefix("q=")
                            .or_else(|| p.trim().strip_prefix("Q="))
                    })
                    .next()
                    .map_or(Some(1000), quality_per_mille)?;
                let language = Language::parse(tag).ok()?;
                (quality > 0).then_some((quality, position, language))
            })
            .collect();
        offered.sort_by(|a, b| b.0.cmp(&a.0).then(a.1.cmp(&b.1)));
        offered.first().map(|(_, _, language)| *language)
    }
}

/// RFC 9110 qvalue ("0", "0.5", "1.000") in thousandths; `None` if it is not one.
fn quality_per_mille(text: &str) -> Option<u16> {
    let text = text.trim();
    let (whole, fraction) = text.split_once('.').unwrap_or((text, ""));
    if fraction.len() > 3 || !fraction.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let digits = format!("{fraction:0<3}");
    let value = match whole {
        "0" => digits.parse::<u16>().ok()?,
        "1" if digits == "000" => 1000,
        _ => return None,
    };
    Some(value)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn negotiates_accept_language_by_quality() {
        assert_eq!(
            Language::negotiate("es-MX,es;q=0.9,en;q=0.8"),
            Some(Language::Spanish)
        );
        assert_eq!(
            Language::negotiate("fr-FR, vi;q=0.5, en;q=0.4"),
            Some(Language::Vietnamese)
        );
        assert_eq!(
            Language::negotiate("en;q=0.2, zh-Hant-TW"),
            Some(Language::Chinese)
        );
        assert_eq!(
            Language::negotiate("ko;q=0, ja;q=0.1"),
            Some(Language::Japanese)
        );
        assert_eq!(Language::negotiate("fr, de;q=0.9, *;q=0.1"), None);
        assert_eq!(Language::negotiate(""), None);
        assert_eq!(
            Language::negotiate("th;q=2, km;q=abc, hi;q=0.7"),
            Some(Language::Hindi)
        );
        assert_eq!(
            Language::negotiate("tl;q=0.5,fil;q=0.6"),
            Some(Language::Tagalog)
        );
    }

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
