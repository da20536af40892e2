//! Mounts the app; everything else is in `app` and below.

fn main() {
    leptos::mount::mount_to_body(ballot_frontend::app::App);
    // Mounting is synchronous: the page is rendered and its handlers attached. Says so on
    // <html data-ready="true">, which the load-time benchmark (bench/frontend.mjs) waits for.
    if let Some(root) = leptos::prelude::document().document_element() {
        let _ = root.set_attribute("data-ready", "true");
    }
}
