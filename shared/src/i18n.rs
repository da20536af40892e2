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
//! files are parsed by the same project's `fluent-syntax` (about 10 KB) and resolved by
//! [`lite`], which does what our files use: text, variables, message references and selects
//! on numbers and strings. `tests/locales.rs` formats every message of every language with
//! both engines and fails on any difference.

use crate::language::Language;
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
    //! Fluent files parsed by `fluent-syntax` and resolved for what our files use (see the
    //! module comment); anything else is written as `{…}`, as `fluent-bundle` writes what it
    //! cannot resolve.

    use super::{Arg, CatalogError, Language};
    use fluent_syntax::ast::{
        Entry, Expression, InlineExpression, Pattern, PatternElement, VariantKey,
    };
    use std::collections::HashMap;

    type Args<'a> = &'a [(&'static str, Arg)];

    pub struct Bundle {
        /// Message values by id; terms under `-id`.
        patterns: HashMap<String, Pattern<String>>,
    }

    impl Bundle {
        pub fn new(language: Language, sources: &[&str]) -> Result<Self, CatalogError> {
            let mut patterns = HashMap::new();
            for source in sources {
                // Display, not Debug, of the first error: Debug of the parser's errors would
                // carry their formatting code into the browser's WASM.
                let resource = fluent_syntax::parser::parse((*source).to_string()).map_err(
                    |(_, errors)| {
                        let first = errors.first().map(ToString::to_string).unwrap_or_default();
                        CatalogError(format!("{}: {first}", language.code()))
                    },
                )?;
                for entry in resource.body {
                    let (id, value) = match entry {
                        Entry::Message(m) => (m.id.name, m.value),
                        Entry::Term(t) => (format!("-{}", t.id.name), Some(t.value)),
                        _ => continue,
                    };
                    if let Some(value) = value {
                        if patterns.insert(id.clone(), value).is_some() {
                            return Err(CatalogError(format!(
                                "{}: {id} is defined twice",
                                language.code()
                            )));
                        }
                    }
                }
            }
            Ok(Self { patterns })
        }

        pub fn has(&self, id: &str) -> bool {
            self.patterns.contains_key(id)
        }

        pub fn format(&self, id: &str, args: Args<'_>) -> Option<String> {
            let mut out = String::new();
            self.write(self.patterns.get(id)?, args, &mut out, 0);
            Some(out)
        }

        fn write(&self, pattern: &Pattern<String>, args: Args<'_>, out: &mut String, depth: u8) {
            for element in &pattern.elements {
                match element {
                    PatternElement::TextElement { value } => out.push_str(value),
                    PatternElement::Placeable { expression } => {
                        self.expression(expression, args, out, depth)
                    }
                }
            }
        }

        fn expression(
            &self,
            expression: &Expression<String>,
            args: Args<'_>,
            out: &mut String,
            depth: u8,
        ) {
            match expression {
                Expression::Inline(inline) => self.inline(inline, args, out, depth),
                Expression::Select { selector, variants } => {
                    let mut selected = String::new();
                    self.inline(selector, args, &mut selected, depth);
                    let number = selected.parse::<f64>().ok();
                    let chosen = variants
                        .iter()
                        .find(|v| match &v.key {
                            // A number never matches a name here: `fluent-bundle` would try
                            // plural categories, which the locale tests keep out of our files.
                            VariantKey::Identifier { name } => {
                                number.is_none() && *name == selected
                            }
                            VariantKey::NumberLiteral { value } => {
                                number.is_some() && value.parse::<f64>().ok() == number
                            }
                        })
                        .or_else(|| variants.iter().find(|v| v.default));
                    if let Some(variant) = chosen {
                        self.write(&variant.value, args, out, depth);
                    }
                }
            }
        }

        fn inline(
            &self,
            inline: &InlineExpression<String>,
            args: Args<'_>,
            out: &mut String,
            depth: u8,
        ) {
            match inline {
                InlineExpression::StringLiteral { value } => {
                    out.push_str(&fluent_syntax::unicode::unescape_unicode_to_string(value))
                }
                InlineExpression::NumberLiteral { value } => out.push_str(value),
                InlineExpression::VariableReference { id } => {
                    match args.iter().find(|(name, _)| *name == id.name) {
                        Some((_, Arg::Text(text))) => out.push_str(text),
                        Some((_, Arg::Number(n))) => out.push_str(&n.to_string()),
                        None => out.push_str(&format!("{{${}}}", id.name)),
                    }
                }
                InlineExpression::MessageReference {
                    id,
                    attribute: None,
                } => self.reference(&id.name, &id.name, args, out, depth),
                InlineExpression::TermReference {
                    id,
                    attribute: None,
                    arguments: None,
                } => self.reference(&format!("-{}", id.name), &id.name, args, out, depth),
                InlineExpression::Placeable { expression } => {
                    self.expression(expression, args, out, depth)
                }
                _ => out.push_str("{???}"),
            }
        }

        fn reference(&self, key: &str, name: &str, args: Args<'_>, out: &mut String, depth: u8) {
            match self.patterns.get(key) {
                // Messages refer to others a level or two deep; a cycle stops here.
                Some(pattern) if depth < 8 => self.write(pattern, args, out, depth + 1),
                _ => out.push_str(&format!("{{{name}}}")),
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
