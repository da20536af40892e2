//! The page's language: chosen by the voter (the picker, remembered in this browser), else
//! the browser's languages (what it sends as `Accept-Language`), else English. English is
//! compiled in; another language's two Fluent files are fetched when it is chosen, so a
//! voter downloads only their own language.

use ballot_shared::i18n::{Catalog, Message, ENGLISH_RULES};
use ballot_shared::language::Language;
use leptos::prelude::*;
use std::cell::Cell;
use std::sync::Arc;

const ENGLISH_UI: &str = include_str!("../../locales/en/ui.ftl");
const STORAGE_KEY: &str = "language";

thread_local! {
    static CURRENT: Cell<Language> = const { Cell::new(Language::English) };
    // Reference-counted, not owned by whichever component happened to read it first: an
    // owned signal would be disposed with that component, and the page would stop following
    // the language.
    static CATALOG: ArcRwSignal<Arc<Catalog>> = ArcRwSignal::new(Arc::new(english()));
}

fn english() -> Catalog {
    Catalog::new(Language::English, &[ENGLISH_RULES, ENGLISH_UI], &[])
        .expect("locales/en is valid Fluent")
}

fn catalog_signal() -> ArcRwSignal<Arc<Catalog>> {
    CATALOG.with(Clone::clone)
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

/// The language to start in: the voter's earlier choice in this browser, else the first of
/// the browser's languages we have, else English.
pub fn initial_language() -> Language {
    let window = window();
    let stored = window
        .local_storage()
        .ok()
        .flatten()
        .and_then(|s| s.get_item(STORAGE_KEY).ok().flatten())
        .and_then(|code| Language::parse(&code).ok());
    stored
        .or_else(|| {
            let languages: Vec<String> = window
                .navigator()
                .languages()
                .iter()
                .filter_map(|v| v.as_string())
                .collect();
            Language::negotiate(&languages.join(","))
        })
        .unwrap_or_default()
}

async fn fetch_text(url: &str) -> Result<String, String> {
    let response = gloo_net::http::Request::get(url)
        .send()
        .await
        .map_err(|e| e.to_string())?;
    if !response.ok() {
        return Err(format!("{url}: HTTP {}", response.status()));
    }
    response.text().await.map_err(|e| e.to_string())
}

/// Switches the page to `language`: fetches its files (English is built in), then every
/// text on the page changes at once, `<html lang>` follows, and the choice is remembered.
/// On a failed fetch the page stays as it was and the error is returned.
pub async fn switch_to(language: Language) -> Result<(), String> {
    let catalog = if language == Language::English {
        english()
    } else {
        let base = format!("/locales/{}", language.code());
        let rules = fetch_text(&format!("{base}/rules.ftl")).await?;
        let ui = fetch_text(&format!("{base}/ui.ftl")).await?;
        Catalog::new(language, &[&rules, &ui], &[ENGLISH_RULES, ENGLISH_UI])
            .map_err(|e| e.to_string())?
    };
    CURRENT.with(|c| c.set(language));
    catalog_signal().set(Arc::new(catalog));
    if let Some(root) = document().document_element() {
        let _ = root.set_attribute("lang", language.html_lang());
    }
    if let Some(storage) = window().local_storage().ok().flatten() {
        let _ = storage.set_item(STORAGE_KEY, language.code());
    }
    Ok(())
}
