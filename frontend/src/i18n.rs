//! The page's language: chosen by the voter (the picker, remembered in a cookie), else the
//! browser's languages (what it sends as `Accept-Language`), else English; the server has
//! already chosen it for the first HTML. English is compiled in; another language's words are
//! fetched when it is chosen, so a voter downloads only their own language. The browser gets
//! them compiled ahead (`ballot_shared::i18n::lite`: English by `build.rs`, the others from
//! the server at `/locales/{code}/page.json`), and carries no Fluent parser.

use ballot_shared::i18n::{Catalog, Message};
use ballot_shared::language::Language;
use leptos::prelude::*;
use std::cell::Cell;
use std::sync::Arc;

/// English's rules and pages, compiled by `build.rs`.
#[cfg(target_arch = "wasm32")]
const ENGLISH_COMPILED: &str = include_str!(concat!(env!("OUT_DIR"), "/en.json"));
/// The cookie that remembers the voter's choice of language (the server reads it too).
pub const COOKIE: &str = "language";

thread_local! {
    static CURRENT: Cell<Language> = const { Cell::new(Language::English) };
    // Reference-counted, not owned by whichever component happened to read it first: an
    // owned signal would be disposed with that component, and the page would stop following
    // the language.
    //
    // On the server a new one for each page rendered (`use_catalog`): every memo that reads it
    // subscribes, and a signal kept for the thread's life would keep every page's memos.
    static CATALOG: std::cell::RefCell<ArcRwSignal<Arc<Catalog>>> =
        std::cell::RefCell::new(ArcRwSignal::new(Arc::new(english())));
}

#[cfg(not(target_arch = "wasm32"))]
fn english() -> Catalog {
    let (rules, ui) = page_sources(Language::English);
    Catalog::new(Language::English, &[rules, ui], &[]).expect("locales/en is valid Fluent")
}

#[cfg(target_arch = "wasm32")]
fn english_compiled() -> ballot_shared::i18n::lite::Compiled {
    serde_json::from_str(ENGLISH_COMPILED).unwrap_or_default()
}

#[cfg(target_arch = "wasm32")]
fn english() -> Catalog {
    Catalog::new_english(english_compiled())
}

fn catalog_signal() -> ArcRwSignal<Arc<Catalog>> {
    CATALOG.with(|c| c.borrow().clone())
}

/// The language the page speaks now (for `Accept-Language` on API calls, and the sign-up).
pub fn language() -> Language {
    CURRENT.with(Cell::get)
}

/// The page's language, tracked: a resource that reads it fetches again in the new language.
pub fn tracked_language() -> Language {
    catalog_signal().with(|c| c.language())
}

/// A message without placeholders, in the page's language; reactive in a view.
pub fn text(id: &'static str) -> String {
    catalog_signal().with(|c| c.text(id))
}

/// A message with placeholders, in the page's language; reactive in a view.
pub fn say(message: &Message) -> String {
    catalog_signal().with(|c| c.format(message))
}

/// `text(id)` as a signal, for view children, attributes and component props. One concrete
/// type rather than a closure per text: each closure type would get its own copy of the
/// rendering code, and a hundred of them cost kilobytes of WASM.
pub fn t(id: &'static str) -> Signal<String> {
    Signal::derive(move || text(id))
}

/// A message with placeholders as a signal (see `t`).
pub fn said(message: Message) -> Signal<String> {
    Signal::derive(move || say(&message))
}

/// The language to start in: the one the server rendered the page in (`<html lang>`), which
/// followed the voter's earlier choice (the `language` cookie), else their browser's
/// languages; English without a server (`trunk serve`).
#[cfg(target_arch = "wasm32")]
pub fn initial_language() -> Language {
    document()
        .document_element()
        .and_then(|root| root.get_attribute("lang"))
        .and_then(|lang| Language::parse(&lang).ok())
        .unwrap_or_default()
}

/// The server renders each page in the voter's language: it hands the catalog in before it
/// renders (the page is rendered synchronously, on one thread).
#[cfg(not(target_arch = "wasm32"))]
pub fn use_catalog(catalog: Arc<Catalog>) {
    CURRENT.with(|c| c.set(catalog.language()));
    CATALOG.with(|c| *c.borrow_mut() = ArcRwSignal::new(catalog));
}

/// This language's catalog from its rules' and pages' files, English behind it.
#[cfg(not(target_arch = "wasm32"))]
pub fn catalog_from(language: Language, rules: &str, ui: &str) -> Result<Catalog, String> {
    if language == Language::English {
        return Ok(english());
    }
    let (english_rules, english_ui) = page_sources(Language::English);
    Catalog::new(language, &[rules, ui], &[english_rules, english_ui]).map_err(|e| e.to_string())
}

/// Another language's words, from the server, compiled.
#[cfg(target_arch = "wasm32")]
async fn words_of(language: Language) -> Result<Catalog, String> {
    let json = fetch_text(&format!("/locales/{}/page.json", language.code())).await?;
    let compiled: ballot_shared::i18n::lite::Compiled =
        serde_json::from_str(&json).map_err(|e| e.to_string())?;
    Ok(Catalog::from_compiled(
        language,
        compiled,
        Some(english_compiled()),
    ))
}

/// On the server, which renders each page in its language and never switches.
#[cfg(not(target_arch = "wasm32"))]
async fn words_of(language: Language) -> Result<Catalog, String> {
    let (rules, ui) = page_sources(language);
    catalog_from(language, rules, ui)
}

#[cfg(target_arch = "wasm32")]
async fn fetch_text(url: &str) -> Result<String, String> {
    let answer = crate::fetch::send("GET", url, &[], None).await?;
    if !answer.ok() {
        return Err(format!("{url}: HTTP {}", answer.status));
    }
    Ok(answer.text)
}

/// Switches the page to `language`: fetches its files (English is built in), then every
/// text on the page changes at once, `<html lang>` follows, and the choice is remembered in
/// the `language` cookie, which the server reads to render the next page in it.
/// On a failed fetch the page stays as it was and the error is returned.
pub async fn switch_to(language: Language) -> Result<(), String> {
    load(language).await?;
    remember(language);
    Ok(())
}

/// Loads `language`'s words and speaks it, without remembering it as the voter's choice (the
/// page was rendered in it by the server: their choice, or their browser's languages).
pub async fn load(language: Language) -> Result<(), String> {
    let catalog = if language == Language::English {
        english()
    } else {
        words_of(language).await?
    };
    CURRENT.with(|c| c.set(language));
    catalog_signal().set(Arc::new(catalog));
    if let Some(root) = document().document_element() {
        let _ = root.set_attribute("lang", language.html_lang());
    }
    Ok(())
}

/// `language=<code>` for a year, for every page of the site.
fn remember(language: Language) {
    let cookie = format!(
        "{COOKIE}={}; Path=/; Max-Age=31536000; SameSite=Lax",
        language.code()
    );
    let _ = js_sys::Reflect::set(&document(), &"cookie".into(), &cookie.into());
}

/// Each language's catalog for the pages the server renders, built once.
#[cfg(not(target_arch = "wasm32"))]
pub fn page_catalog(language: Language) -> Arc<Catalog> {
    use std::sync::OnceLock;
    let sources = page_sources;
    static CATALOGS: OnceLock<Vec<Arc<Catalog>>> = OnceLock::new();
    let catalogs = CATALOGS.get_or_init(|| {
        Language::ALL
            .into_iter()
            .map(|language| {
                let (rules, ui) = sources(language);
                Arc::new(
                    catalog_from(language, rules, ui)
                        .expect("the locale files are valid Fluent (shared/tests/locales.rs)"),
                )
            })
            .collect()
    });
    let index = Language::ALL
        .iter()
        .position(|l| *l == language)
        .expect("every language is in ALL");
    catalogs[index].clone()
}

/// A language's rules and pages files (`ballot_shared::i18n::locale_files`).
#[cfg(not(target_arch = "wasm32"))]
fn page_sources(language: Language) -> (&'static str, &'static str) {
    let files = ballot_shared::i18n::locale_files(language);
    (files.rules, files.ui)
}

/// A language's rules and pages compiled for the browser (`lite::compile`), as JSON, built
/// once; the server answers `/locales/{code}/page.json` with it, and `build.rs` compiles
/// English into the app the same way.
#[cfg(not(target_arch = "wasm32"))]
pub fn compiled_page_json(language: Language) -> &'static str {
    use std::sync::OnceLock;
    static JSON: OnceLock<Vec<String>> = OnceLock::new();
    let all = JSON.get_or_init(|| {
        Language::ALL
            .into_iter()
            .map(|language| {
                let (rules, ui) = page_sources(language);
                let compiled = ballot_shared::i18n::lite::compile(language, &[rules, ui])
                    .expect("the locale files are valid Fluent (shared/tests/locales.rs)");
                serde_json::to_string(&compiled).expect("a compiled catalog is JSON")
            })
            .collect()
    });
    let index = Language::ALL
        .iter()
        .position(|l| *l == language)
        .expect("every language is in ALL");
    &all[index]
}
