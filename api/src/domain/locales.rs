//! The server's words in each language: the rules' and the messages' Fluent files, compiled
//! in (a missing file is a build error, not a surprise in production).

use ballot_shared::i18n::{Catalog, Message, ENGLISH_RULES};
use ballot_shared::language::Language;
use std::sync::OnceLock;

macro_rules! files {
    ($code:literal) => {
        [
            include_str!(concat!("../../../locales/", $code, "/rules.ftl")),
            include_str!(concat!("../../../locales/", $code, "/messages.ftl")),
        ]
    };
}

fn sources(language: Language) -> [&'static str; 2] {
    match language {
        Language::English => [ENGLISH_RULES, files!("en")[1]],
        Language::Spanish => files!("es"),
        Language::Chinese => files!("zh"),
        Language::Hindi => files!("hi"),
        Language::Japanese => files!("ja"),
        Language::Khmer => files!("km"),
        Language::Korean => files!("ko"),
        Language::Tagalog => files!("tl"),
        Language::Thai => files!("th"),
        Language::Vietnamese => files!("vi"),
    }
}

/// The catalog of `language`, built once.
pub fn catalog(language: Language) -> &'static Catalog {
    static CATALOGS: OnceLock<Vec<Catalog>> = OnceLock::new();
    let catalogs = CATALOGS.get_or_init(|| {
        let english = sources(Language::English);
        Language::ALL
            .into_iter()
            .map(|language| {
                Catalog::new(language, &sources(language), &english)
                    .expect("the locale files are valid Fluent (shared/tests/locales.rs)")
            })
            .collect()
    });
    let index = Language::ALL
        .iter()
        .position(|l| *l == language)
        .expect("every language is in ALL");
    &catalogs[index]
}

/// The catalog of a stored language code (a subscription's); English if it is not one.
pub fn for_code(code: &str) -> &'static Catalog {
    catalog(Language::parse(code).unwrap_or_default())
}

/// `message` in `language`.
pub fn say(language: Language, message: &Message) -> String {
    catalog(language).format(message)
}
