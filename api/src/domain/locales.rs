//! The server's words in each language: the rules' and the messages' Fluent files
//! (`ballot_shared::i18n::locale_files`).

use ballot_shared::i18n::{locale_files, Catalog, Message};
use ballot_shared::language::Language;
use std::sync::OnceLock;

fn sources(language: Language) -> [&'static str; 2] {
    let files = locale_files(language);
    [files.rules, files.messages]
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
