//! Words in the voter's language: Project Fluent files in `locales/<code>/`, one catalog per
//! language, and the messages of the rules as ids with arguments.
//!
//! The rules in this crate say *what* is wrong as a [`Message`]; a [`Catalog`] says it in a
//! language. English is the fallback of every catalog, so a missing translation shows English
//! rather than an id (and `tests/locales.rs` keeps that from happening).
//!
//! Two engines, one behaviour. The server formats with `fluent-bundle`, the Fluent project's
//! implementation. The browser cannot afford it: its CLDR plural rules for every language on
//! earth and its locale negotiation added 55 KB of brotli'd WASM to a 175 KB page. There the
//! files arrive compiled ahead ([`lite::compile`], with the same project's `fluent-syntax`, on
//! the server and at build time) and are resolved by [`lite`], which does what our files use:
//! text, variables, message references and selects on numbers and strings. No parser is in
//! the browser's WASM. `tests/locales.rs` formats every message of every language with both
//! engines and fails on any difference.

use crate::language::Language;
#[cfg(not(target_arch = "wasm32"))]
use std::sync::OnceLock;

/// One language's Fluent files, compiled into the server (a missing one is a build error, not a
/// surprise in production): the rules' messages, the pages' and the messages'.
#[cfg(not(target_arch = "wasm32"))]
pub struct LocaleFiles {
    pub rules: &'static str,
    pub ui: &'static str,
    pub messages: &'static str,
}

/// The files of `language` (`locales/<code>/`).
#[cfg(not(target_arch = "wasm32"))]
pub fn locale_files(language: Language) -> LocaleFiles {
    macro_rules! files {
        ($code:literal) => {
            LocaleFiles {
                rules: include_str!(concat!("../../locales/", $code, "/rules.ftl")),
                ui: include_str!(concat!("../../locales/", $code, "/ui.ftl")),
                messages: include_str!(concat!("../../locales/", $code, "/messages.ftl")),
            }
        };
    }
    match language {
        Language::English => files!("en"),
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

#[cfg(not(target_arch = "wasm32"))]
mod engine {
    use super::{Arg, CatalogError, Language};
    use fluent_bundle::concurrent::FluentBundle;
    use fluent_bundle::{FluentArgs, FluentResource, FluentValue};

    pub struct Bundle(FluentBundle<FluentResource>);

    impl Bundle {
        pub fn new(language: Language, sources: &[&str]) -> Result<Self, CatalogError> {
            let tag = language
                .code()
                .parse()
                .map_err(|e| CatalogError(format!("{}: {e}", language.code())))?;
            let mut bundle = FluentBundle::new_concurrent(vec![tag]);
            // No invisible isolation marks around placeholders: texts and emails go to
            // systems that show them as boxes, and no supported language is right to left.
            bundle.set_use_isolating(false);
            for source in sources {
                let resource =
                    FluentResource::try_new((*source).to_string()).map_err(|(_, errors)| {
                        CatalogError(format!("{}: {errors:?}", language.code()))
                    })?;
                bundle
                    .add_resource(resource)
                    .map_err(|errors| CatalogError(format!("{}: {errors:?}", language.code())))?;
            }
            Ok(Self(bundle))
        }

        pub fn has(&self, id: &str) -> bool {
            self.0.has_message(id)
        }

        pub fn format(&self, id: &str, args: &[(&'static str, Arg)]) -> Option<String> {
            let pattern = self.0.get_message(id)?.value()?;
            let mut fluent_args = FluentArgs::with_capacity(args.len());
            for (name, value) in args {
                match value {
                    Arg::Text(text) => fluent_args.set(*name, FluentValue::from(text.as_str())),
                    Arg::Number(n) => fluent_args.set(*name, FluentValue::from(*n)),
                }
            }
            let mut errors = Vec::new();
            Some(
                self.0
                    .format_pattern(pattern, Some(&fluent_args), &mut errors)
                    .into_owned(),
            )
        }
    }
}

#[cfg(target_arch = "wasm32")]
mod engine {
    pub use super::lite::Bundle;
}

pub mod lite {
    //! Our Fluent files resolved for what they use (see the module comment); anything else is
    //! written as `{…}`, as `fluent-bundle` writes what it cannot resolve.
    //!
    //! The browser gets the files compiled ahead ([`compile`], on the server and at build
    //! time): each message as a list of [`Piece`]s in JSON, read with the `serde_json` the app
    //! has anyway. The Fluent parser and the files' text stay out of its WASM.

    use super::Arg;
    #[cfg(not(target_arch = "wasm32"))]
    use super::{CatalogError, Language};
    use serde::{Deserialize, Serialize};
    use std::collections::HashMap;

    type Args<'a> = &'a [(&'static str, Arg)];

    /// A part of a message, as compiled.
    #[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
    pub enum Piece {
        /// Text as it is (string literals already unescaped).
        #[serde(rename = "t")]
        Text(String),
        /// A placeholder: `{ $name }`.
        #[serde(rename = "v")]
        Var(String),
        /// Another message (`{ name }`) or a term (`{ -name }`, as `-name`).
        #[serde(rename = "m")]
        Ref(String),
        /// `{ selector -> [key] … *[other] … }`.
        #[serde(rename = "s")]
        Select {
            on: Vec<Piece>,
            variants: Vec<(Key, Vec<Piece>)>,
            default: usize,
        },
        /// What this resolver does not do: written as `fluent-bundle` writes it.
        #[serde(rename = "x")]
        Unknown,
    }

    /// A select's variant key.
    #[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
    pub enum Key {
        #[serde(rename = "n")]
        Name(String),
        #[serde(rename = "#")]
        Number(String),
    }

    /// A catalog as the browser receives it: each message's (and term's) id and pieces.
    pub type Compiled = Vec<(String, Vec<Piece>)>;

    /// Compiles Fluent files; an error for a file that does not parse, or a message defined
    /// twice.
    #[cfg(not(target_arch = "wasm32"))]
    pub fn compile(language: Language, sources: &[&str]) -> Result<Compiled, CatalogError> {
        use fluent_syntax::ast::Entry;
        let mut compiled = Compiled::new();
        let mut seen = std::collections::HashSet::new();
        for source in sources {
            let resource = fluent_syntax::parser::parse(*source).map_err(|(_, errors)| {
                let first = errors.first().map(ToString::to_string).unwrap_or_default();
                CatalogError(format!("{}: {first}", language.code()))
            })?;
            for entry in resource.body {
                let (id, value) = match entry {
                    Entry::Message(m) => (m.id.name.to_string(), m.value),
                    Entry::Term(t) => (format!("-{}", t.id.name), Some(t.value)),
                    _ => continue,
                };
                if let Some(value) = value {
                    if !seen.insert(id.clone()) {
                        return Err(CatalogError(format!(
                            "{}: {id} is defined twice",
                            language.code()
                        )));
                    }
                    compiled.push((id, ast::pattern(&value)));
                }
            }
        }
        Ok(compiled)
    }

    #[cfg(not(target_arch = "wasm32"))]
    mod ast {
        use super::{Key, Piece};
        use fluent_syntax::ast::{
            Expression, InlineExpression, Pattern, PatternElement, VariantKey,
        };

        pub fn pattern(pattern: &Pattern<&str>) -> Vec<Piece> {
            let mut pieces = Vec::new();
            for element in &pattern.elements {
                match element {
                    PatternElement::TextElement { value } => text(&mut pieces, value),
                    PatternElement::Placeable { expression } => {
                        expression_into(expression, &mut pieces)
                    }
                }
            }
            pieces
        }

        /// Adjacent texts become one.
        fn text(pieces: &mut Vec<Piece>, value: &str) {
            if let Some(Piece::Text(last)) = pieces.last_mut() {
                last.push_str(value);
            } else {
                pieces.push(Piece::Text(value.to_string()));
            }
        }

        fn expression_into(expression: &Expression<&str>, pieces: &mut Vec<Piece>) {
            match expression {
                Expression::Inline(inline) => inline_into(inline, pieces),
                Expression::Select { selector, variants } => {
                    let mut on = Vec::new();
                    inline_into(selector, &mut on);
                    let default = variants.iter().position(|v| v.default).unwrap_or(0);
                    let variants = variants
                        .iter()
                        .map(|v| {
                            let key = match &v.key {
                                VariantKey::Identifier { name } => Key::Name(name.to_string()),
                                VariantKey::NumberLiteral { value } => {
                                    Key::Number(value.to_string())
                                }
                            };
                            (key, pattern(&v.value))
                        })
                        .collect();
                    pieces.push(Piece::Select {
                        on,
                        variants,
                        default,
                    });
                }
            }
        }

        fn inline_into(inline: &InlineExpression<&str>, pieces: &mut Vec<Piece>) {
            match inline {
                InlineExpression::StringLiteral { value } => text(
                    pieces,
                    &fluent_syntax::unicode::unescape_unicode_to_string(value),
                ),
                InlineExpression::NumberLiteral { value } => text(pieces, value),
                InlineExpression::VariableReference { id } => {
                    pieces.push(Piece::Var(id.name.to_string()))
                }
                InlineExpression::MessageReference {
                    id,
                    attribute: None,
                } => pieces.push(Piece::Ref(id.name.to_string())),
                InlineExpression::TermReference {
                    id,
                    attribute: None,
                    arguments: None,
                } => pieces.push(Piece::Ref(format!("-{}", id.name))),
                InlineExpression::Placeable { expression } => expression_into(expression, pieces),
                _ => pieces.push(Piece::Unknown),
            }
        }
    }

    pub struct Bundle {
        /// Message values by id; terms under `-id`.
        patterns: HashMap<String, Vec<Piece>>,
    }

    impl Bundle {
        /// From Fluent files (the server, and tests).
        #[cfg(not(target_arch = "wasm32"))]
        pub fn new(language: Language, sources: &[&str]) -> Result<Self, CatalogError> {
            Ok(Self::from_compiled(compile(language, sources)?))
        }

        /// From files compiled ahead (the browser).
        pub fn from_compiled(compiled: Compiled) -> Self {
            Self {
                patterns: compiled.into_iter().collect(),
            }
        }

        pub fn has(&self, id: &str) -> bool {
            self.patterns.contains_key(id)
        }

        pub fn format(&self, id: &str, args: Args<'_>) -> Option<String> {
            let mut out = String::new();
            self.write(self.patterns.get(id)?, args, &mut out, 0);
            Some(out)
        }

        fn write(&self, pieces: &[Piece], args: Args<'_>, out: &mut String, depth: u8) {
            for piece in pieces {
                match piece {
                    Piece::Text(text) => out.push_str(text),
                    Piece::Var(name) => match args.iter().find(|(n, _)| n == name) {
                        Some((_, Arg::Text(text))) => out.push_str(text),
                        Some((_, Arg::Number(n))) => out.push_str(&n.to_string()),
                        None => {
                            out.push_str("{$");
                            out.push_str(name);
                            out.push('}');
                        }
                    },
                    Piece::Ref(key) => match self.patterns.get(key) {
                        // Messages refer to others a level or two deep; a cycle stops here.
                        Some(pattern) if depth < 8 => self.write(pattern, args, out, depth + 1),
                        _ => {
                            out.push('{');
                            out.push_str(key.trim_start_matches('-'));
                            out.push('}');
                        }
                    },
                    Piece::Select {
                        on,
                        variants,
                        default,
                    } => {
                        let mut selected = String::new();
                        self.write(on, args, &mut selected, depth);
                        let number = selected.parse::<f64>().ok();
                        let chosen = variants
                            .iter()
                            .find(|(key, _)| match key {
                                // A number never matches a name here: `fluent-bundle` would try
                                // plural categories, which the locale tests keep out of our files.
                                Key::Name(name) => number.is_none() && *name == selected,
                                Key::Number(value) => {
                                    number.is_some() && value.parse::<f64>().ok() == number
                                }
                            })
                            .or_else(|| variants.get(*default));
                        if let Some((_, value)) = chosen {
                            self.write(value, args, out, depth);
                        }
                    }
                    Piece::Unknown => out.push_str("{???}"),
                }
            }
        }
    }
}

/// The messages of one language, with English behind them.
pub struct Catalog {
    language: Language,
    bundle: engine::Bundle,
    english: Option<engine::Bundle>,
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
    #[cfg(not(target_arch = "wasm32"))]
    pub fn new(
        language: Language,
        sources: &[&str],
        english: &[&str],
    ) -> Result<Self, CatalogError> {
        Ok(Self {
            language,
            bundle: engine::Bundle::new(language, sources)?,
            english: if language == Language::English {
                None
            } else {
                Some(engine::Bundle::new(Language::English, english)?)
            },
        })
    }

    /// In the browser: English, compiled ahead (`lite::compile`).
    #[cfg(target_arch = "wasm32")]
    pub fn new_english(compiled: lite::Compiled) -> Self {
        Self::from_compiled(Language::English, compiled, None)
    }

    /// In the browser: this language's files compiled ahead (`lite::compile`), and English's.
    #[cfg(target_arch = "wasm32")]
    pub fn from_compiled(
        language: Language,
        compiled: lite::Compiled,
        english: Option<lite::Compiled>,
    ) -> Self {
        Self {
            language,
            bundle: lite::Bundle::from_compiled(compiled),
            english: english.map(lite::Bundle::from_compiled),
        }
    }

    pub fn language(&self) -> Language {
        self.language
    }

    pub fn has(&self, id: &str) -> bool {
        self.bundle.has(id)
    }

    /// The message in this language; in English if this language lacks it; the id if no
    /// file has it (a bug the locale tests catch).
    pub fn format(&self, message: &Message) -> String {
        std::iter::once(&self.bundle)
            .chain(self.english.as_ref())
            .find_map(|bundle| bundle.format(message.id, &message.args))
            .unwrap_or_else(|| message.id.to_string())
    }

    /// A message without placeholders.
    pub fn text(&self, id: &'static str) -> String {
        self.format(&Message::new(id))
    }
}

/// The rules' messages in English: what `Display` shows (server logs, the CLI, tests).
#[cfg(not(target_arch = "wasm32"))]
pub fn english_rules() -> &'static Catalog {
    static CATALOG: OnceLock<Catalog> = OnceLock::new();
    CATALOG.get_or_init(|| {
        Catalog::new(
            Language::English,
            &[locale_files(Language::English).rules],
            &[],
        )
        .expect("locales/en/rules.ftl is valid Fluent")
    })
}

/// Writes a rule's message in English, for `Display`.
#[cfg(not(target_arch = "wasm32"))]
pub fn write_english(f: &mut std::fmt::Formatter<'_>, message: &impl Localize) -> std::fmt::Result {
    f.write_str(&english_rules().format(&message.message()))
}

/// In the browser, which shows every message through the page's catalog and never `Display`,
/// the message's id: the Fluent files are not in its WASM.
#[cfg(target_arch = "wasm32")]
pub fn write_english(f: &mut std::fmt::Formatter<'_>, message: &impl Localize) -> std::fmt::Result {
    f.write_str(message.message().id)
}
// Here rather than in `language`: the language module knows no messages, so that this one,
// which needs `Language`, is not needed by it.
impl std::fmt::Display for crate::language::UnsupportedLanguage {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write_english(f, self)
    }
}

impl Localize for crate::language::UnsupportedLanguage {
    fn message(&self) -> Message {
        Message::new("language-unsupported")
    }
}
