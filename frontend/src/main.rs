//! Takes over the page the server rendered, in its language; everything else is in `app`
//! and below.

#[cfg(target_arch = "wasm32")]
mod browser {
    use ballot_frontend::app::App;
    use ballot_frontend::handed_over::{HandedOver, SCRIPT_ID};
    use ballot_frontend::route::Route;
    use ballot_frontend::{i18n, takeover};
    use ballot_shared::language::Language;
    use leptos::prelude::*;

    fn mount() {
        let mut handed: HandedOver = document()
            .get_element_by_id(SCRIPT_ID)
            .and_then(|script| script.text_content())
            .and_then(|json| serde_json::from_str(&json).ok())
            .unwrap_or_default();
        let focus = takeover::read_page(&mut handed);
        let server_nodes = takeover::server_nodes();
        let route = Route::current();
        leptos::mount::mount_to_body(move || {
            provide_context(handed.clone());
            view! { <App route=route.clone() /> }
        });
        // The app's page is in place in the same task, so the browser never paints both, nor
        // neither: no flash, no layout shift.
        takeover::remove(server_nodes);
        takeover::restore(focus);
        // Says so on <html data-ready="true">, which the load-time benchmark (bench/frontend.mjs)
        // and the browser tests wait for.
        if let Some(root) = document().document_element() {
            let _ = root.set_attribute("data-ready", "true");
        }
    }

    pub fn main() {
        let language = i18n::initial_language();
        if language == Language::English {
            return mount();
        }
        // The server's page is already in this language: the app takes over once it has its
        // words; if they cannot be fetched, the server's page stays, and its forms still work.
        wasm_bindgen_futures::spawn_local(async move {
            if i18n::load(language).await.is_ok() {
                mount();
            }
        });
    }
}

#[cfg(target_arch = "wasm32")]
fn main() {
    browser::main();
}

/// Built natively only as part of the workspace: the server renders these components itself.
#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("ballot-frontend runs in the browser; ballot-api serves its pages");
}
