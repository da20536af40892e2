//! Words in the voter's language: Project Fluent files in `locales/<code>/`, one catalog per
//! language, and the messages of the rules as ids with arguments.
//!
//! The rules in this crate say *what* is wrong as a [`Message`]; a [`Catalog`] says it in a
//! language. English is the fallback of every catalog, so a missing translation shows English
//! rather than an id (and `tests::every_language_has_every_message` keeps that from happening).

use crate::language::Language;
use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use std::sync::OnceLock;

/// The rules' messages in English; both the browser and the server load every language's.
pub const ENGLISH_RULES: &str = include_str!("../../locales/en/rules.ftl");

/// A value for a placeholder.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Arg {
    Text(String),
    Number(i64),
}

/// A sentence to show a voter: its id in the locale files and its placeholders' values.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Message {
    pub id: &'static str,
    pub args: Vec<(&'static str, Arg)>,
}

impl Message {
    pub fn new(id: &'static str) -> Self {
        Self {
            id,
            args: Vec::new(),
        }
    }

    pub fn text(mut self, name: &'static str, value: impl Into<String>) -> Self {
        self.args.push((name, Arg::Text(value.into())));
        self
    }

    pub fn number(mut self, name: &'static str, value: i64) -> Self {
        self.args.push((name, Arg::Number(value)));
        self
    }
}

/// Something the rules say to a person: an error, or where messages will go.
pub trait Localize {
    fn message(&self) -> Message;
}

/// A locale file that does not parse, or that redefines a message: a build mistake, so the
/// caller (a test, or start-up) reports it loudly.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CatalogError(pub String);

impl std::fmt::Display for CatalogError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for CatalogError {}

fn bundle(
    language: Language,
    sources: &[&str],
) -> Result<FluentBundle<FluentResource>, CatalogError> {
    let tag = language
        .code()
        .parse()
        .map_err(|e| CatalogError(format!("{}: {e}", language.code())))?;
    let mut bundle = FluentBundle::new_concurrent(vec![tag]);
    // No invisible isolation marks around placeholders: texts and emails go to systems that
    // show them as boxes, and no supported language is written right to left.
    bundle.set_use_isolating(false);
    for source in sources {
        let resource = FluentResource::try_new((*source).to_string())
            .map_err(|(_, errors)| CatalogError(format!("{}: {errors:?}", language.code())))?;
        bundle
            .add_resource(resource)
            .map_err(|errors| CatalogError(format!("{}: {errors:?}", language.code())))?;
    }
    Ok(bundle)
}

/// The messages of one language, with English behind them.
pub struct Catalog {
    language: Language,
    bundle: FluentBundle<FluentResource>,
    english: Option<FluentBundle<FluentResource>>,
}

impl std::fmt::Debug for Catalog {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Catalog")
            .field("language", &self.language)
            .finish_non_exhaustive()
    }
}

impl Catalog {
    /// `sources` are this language's files, `english` the same files in English.
    pub fn new(
        language: Language,
        sources: &[&str],
        english: &[&str],
    ) -> Result<Self, CatalogError> {
        Ok(Self {
            language,
            bundle: bundle(language, sources)?,
            english: if language == Language::English {
                None
            } else {
                Some(bundle(Language::English, english)?)
            },
        })
    }

    pub fn language(&self) -> Language {
        self.language
    }

    pub fn has(&self, id: &str) -> bool {
        self.bundle.has_message(id)
    }

    /// The message in this language; in English if this language lacks it; the id if no
    /// file has it (a bug the locale tests catch).
    pub fn format(&self, message: &Message) -> String {
        let mut args = FluentArgs::with_capacity(message.args.len());
        for (name, value) in &message.args {
            match value {
                Arg::Text(text) => args.set(*name, FluentValue::from(text.as_str())),
                Arg::Number(n) => args.set(*name, FluentValue::from(*n)),
            }
        }
        for bundle in std::iter::once(&self.bundle).chain(self.english.as_ref()) {
            let Some(pattern) = bundle.get_message(message.id).and_then(|m| m.value()) else {
                continue;
            };
            let mut errors = Vec::new();
            return bundle
                .format_pattern(pattern, Some(&args), &mut errors)
                .into_owned();
        }
        message.id.to_string()
    }

    /// A message without placeholders.
    pub fn text(&self, id: &'static str) -> String {
        self.format(&Message::new(id))
    }
}

/// The rules' messages in English: what `Display` shows (server logs, the CLI, tests).
pub fn english_rules() -> &'static Catalog {
    static CATALOG: OnceLock<Catalog> = OnceLock::new();
    CATALOG.get_or_init(|| {
        Catalog::new(Language::English, &[ENGLISH_RULES], &[])
            .expect("locales/en/rules.ftl is valid Fluent")
    })
}

/// Writes a rule's message in English, for `Display`.
pub fn write_english(f: &mut std::fmt::Formatter<'_>, message: &impl Localize) -> std::fmt::Result {
    f.write_str(&english_rules().format(&message.message()))
}
