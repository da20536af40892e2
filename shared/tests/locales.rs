//! Issue 6: every language has every message English has, with the same placeholders, and
//! every file is valid Fluent. A translation that drops `{ $deadline }` from a cure notice
//! would tell a voter to act "by" nothing: this is the test that fails instead.

use ballot_shared::i18n::{Catalog, Message};
use ballot_shared::language::Language;
use fluent_syntax::ast::{Entry, Expression, InlineExpression, Pattern, PatternElement, Resource};
use std::collections::{BTreeMap, BTreeSet};
use std::path::PathBuf;

const FILES: [&str; 3] = ["rules.ftl", "ui.ftl", "messages.ftl"];

fn source(language: Language, file: &str) -> String {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("../locales")
        .join(language.code())
        .join(file);
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

/// What a message needs from its caller and from other messages.
#[derive(Debug, Default, PartialEq, Eq)]
struct Needs {
    variables: BTreeSet<String>,
    references: BTreeSet<String>,
    /// Variant keys of each select, by the variable it selects on.
    selects: BTreeSet<(String, Vec<String>)>,
}

fn walk_pattern(pattern: &Pattern<&str>, needs: &mut Needs) {
    for element in &pattern.elements {
        if let PatternElement::Placeable { expression } = element {
            walk_expression(expression, needs);
        }
    }
}

fn walk_inline(expression: &InlineExpression<&str>, needs: &mut Needs) {
    match expression {
        InlineExpression::VariableReference { id } => {
            needs.variables.insert(id.name.to_string());
        }
        InlineExpression::MessageReference { id, .. } => {
            needs.references.insert(id.name.to_string());
        }
        InlineExpression::TermReference { id, .. } => {
            needs.references.insert(format!("-{}", id.name));
        }
        InlineExpression::Placeable { expression } => walk_expression(expression, needs),
        _ => {}
    }
}

fn walk_expression(expression: &Expression<&str>, needs: &mut Needs) {
    match expression {
        Expression::Inline(inline) => walk_inline(inline, needs),
        Expression::Select { selector, variants } => {
            walk_inline(selector, needs);
            let selector = format!("{selector:?}");
            let mut keys: Vec<String> = variants
                .iter()
                .map(|v| format!("{}{:?}", if v.default { "*" } else { "" }, v.key))
                .collect();
            keys.sort();
            needs.selects.insert((selector, keys));
            for variant in variants {
                walk_pattern(&variant.value, needs);
            }
        }
    }
}

/// Message id -> what it needs, for one file; panics on a syntax error or a duplicate.
fn messages(language: Language, file: &str) -> BTreeMap<String, Needs> {
    let text = source(language, file);
    let resource: Resource<&str> = fluent_syntax::parser::parse(text.as_str())
        .unwrap_or_else(|(_, errors)| panic!("{}/{file}: {errors:?}", language.code()));
    let mut found = BTreeMap::new();
    for entry in &resource.body {
        let (id, value) = match entry {
            Entry::Message(m) => (m.id.name.to_string(), m.value.as_ref()),
            Entry::Term(t) => (format!("-{}", t.id.name), Some(&t.value)),
            Entry::Junk { content } => {
                panic!("{}/{file}: cannot parse {content:?}", language.code())
            }
            _ => continue,
        };
        let mut needs = Needs::default();
        let value =
            value.unwrap_or_else(|| panic!("{}/{file}: {id} has no value", language.code()));
        walk_pattern(value, &mut needs);
        assert!(
            found.insert(id.clone(), needs).is_none(),
            "{}/{file}: {id} is defined twice",
            language.code()
        );
    }
    found
}

#[test]
fn every_language_has_every_message_with_the_same_placeholders() {
    let mut problems = Vec::new();
    for file in FILES {
        let english = messages(Language::English, file);
        assert!(english.len() > 30, "{file} has {} messages", english.len());
        for language in Language::ALL.into_iter().skip(1) {
            let translated = messages(language, file);
            let code = language.code();
            for (id, needs) in &english {
                match translated.get(id) {
                    None => problems.push(format!("{code}/{file}: {id} is missing")),
                    Some(other) if other.variables != needs.variables => problems.push(format!(
                        "{code}/{file}: {id} has placeholders {:?}, English has {:?}",
                        other.variables, needs.variables
                    )),
                    Some(other) if other.references != needs.references => problems.push(format!(
                        "{code}/{file}: {id} refers to {:?}, English to {:?}",
                        other.references, needs.references
                    )),
                    Some(other) if other.selects != needs.selects => problems.push(format!(
                        "{code}/{file}: {id} selects {:?}, English {:?}",
                        other.selects, needs.selects
                    )),
                    Some(_) => {}
                }
            }
            for id in translated.keys().filter(|id| !english.contains_key(*id)) {
                problems.push(format!("{code}/{file}: {id} is not in English"));
            }
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

/// Formats every message of every language with every placeholder filled: nothing falls
/// back to English or to the id, and no placeholder is left unfilled.
#[test]
fn every_message_formats_in_every_language() {
    let english: Vec<String> = FILES.iter().map(|f| source(Language::English, f)).collect();
    let english: Vec<&str> = english.iter().map(String::as_str).collect();
    for language in Language::ALL {
        let sources: Vec<String> = FILES.iter().map(|f| source(language, f)).collect();
        let sources: Vec<&str> = sources.iter().map(String::as_str).collect();
        let catalog = Catalog::new(language, &sources, &english).unwrap();
        for file in FILES {
            for (id, needs) in messages(Language::English, file) {
                if id.starts_with('-') {
                    continue;
                }
                let id: &'static str = Box::leak(id.into_boxed_str());
                assert!(catalog.has(id), "{}: {id}", language.code());
                let mut message = Message::new(id);
                for name in &needs.variables {
                    let name: &'static str = Box::leak(name.clone().into_boxed_str());
                    message =
                        if matches!(name, "month" | "day" | "year" | "days" | "max" | "status") {
                            message.number(name, 11)
                        } else if name == "channel" {
                            message.text(name, "sms")
                        } else {
                            message.text(name, format!("<{name}>"))
                        };
                }
                let text = catalog.format(&message);
                assert!(
                    !text.trim().is_empty(),
                    "{}: {id} is empty",
                    language.code()
                );
                assert!(
                    !text.contains("{$") && !text.contains("{ $"),
                    "{}: {id}: {text}",
                    language.code()
                );
                for name in &needs.variables {
                    // Numbers and the channel choose words rather than being shown.
                    if !matches!(
                        name.as_str(),
                        "month" | "day" | "year" | "days" | "max" | "status" | "channel"
                    ) {
                        assert!(
                            text.contains(&format!("<{name}>")),
                            "{}: {id} does not show ${name}: {text}",
                            language.code()
                        );
                    }
                }
            }
        }
    }
}

/// The browser's engine (`lite`) says exactly what the server's (`fluent-bundle`) says, for
/// every message of every language, with every month and a spread of other numbers.
#[test]
fn the_browser_and_the_server_say_the_same_words() {
    let english: Vec<String> = FILES.iter().map(|f| source(Language::English, f)).collect();
    let english: Vec<&str> = english.iter().map(String::as_str).collect();
    let mut compared = 0;
    for language in Language::ALL {
        let sources: Vec<String> = FILES.iter().map(|f| source(language, f)).collect();
        let sources: Vec<&str> = sources.iter().map(String::as_str).collect();
        let server = Catalog::new(language, &sources, &english).unwrap();
        let browser = ballot_shared::i18n::lite::Bundle::new(language, &sources).unwrap();
        for file in FILES {
            for (id, needs) in messages(Language::English, file) {
                if id.starts_with('-') {
                    continue;
                }
                let id: &'static str = Box::leak(id.into_boxed_str());
                for n in [0, 1, 2, 3, 5, 11, 12, 29, 254, 1980] {
                    let mut message = Message::new(id);
                    for name in &needs.variables {
                        let name: &'static str = Box::leak(name.clone().into_boxed_str());
                        message = match name {
                            "month" | "day" | "year" | "days" | "max" => message.number(name, n),
                            "status" => message.text(name, "Counted"),
                            "channel" => {
                                message.text(name, ["email", "sms", "voice"][n as usize % 3])
                            }
                            _ => message.text(name, format!("<{name} {n}>")),
                        };
                    }
                    let said = browser.format(id, &message.args);
                    assert_eq!(
                        said.as_deref(),
                        Some(server.format(&message).as_str()),
                        "{} {id} with {n}",
                        language.code()
                    );
                    compared += 1;
                }
            }
        }
    }
    assert!(compared > 10 * 200 * 10, "compared {compared}");
}
