//! Mounts the app, in the voter's language; everything else is in `app` and below.

use ballot_frontend::i18n;
use ballot_shared::language::Language;

fn mount() {
    leptos::mount::mount_to_body(ballot_frontend::app::App);
    // Mounting is synchronous: the page is rendered and its handlers attached. Says so on
    // <html data-ready="true">, which the load-time benchmark (bench/frontend.mjs) and the
    // browser tests wait for.
    if let Some(root) = leptos::prelude::document().document_element() {
        let _ = root.set_attribute("data-ready", "true");
    }
}

fn main() {
    let language = i18n::initial_language();
    if language == Language::English {
        return mount();
    }
    // Another language's words first, so the page never flashes English at a voter (or at
    // their screen reader); if they cannot be fetched, English is better than nothing.
    wasm_bindgen_futures::spawn_local(async move {
        let _ = i18n::switch_to(language).await;
        mount();
    });
}
