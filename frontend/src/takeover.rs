//! The app taking over the page the server rendered: what the voter typed and switched before
//! it arrived goes into the app's first render, the server's nodes are replaced by the app's
//! in one task (never painted apart), and focus and caret go back where they were.
//!
//! Why not Leptos hydration: it would carry a second rendering path in the WASM every voter
//! downloads, and attach to nodes whose values the voter has already changed, which the app's
//! signals would not know. Reading those values and rendering once is smaller and cannot
//! disagree with what is on the screen.

use crate::handed_over::HandedOver;
use leptos::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{HtmlInputElement, Node};

/// Where focus was, and the caret or selection in it.
struct Focus {
    id: String,
    /// The focused input's text, and the caret or selection in it.
    text: Option<(String, u32, u32)>,
}

/// Adds what is on the server's page now to what the server handed over: each input's value
/// (by its id, which is its name) and each switch that is on. The page may have been changed
/// since the server sent it, so these win.
fn read_page(handed: &mut HandedOver) -> Option<Focus> {
    let document = document();
    for input in elements::<HtmlInputElement>(&document, "input[id]") {
        set(handed, input.id(), input.value());
    }
    for select in elements::<web_sys::HtmlSelectElement>(&document, "select[id]") {
        set(handed, select.id(), select.value());
    }
    for switch in elements::<web_sys::Element>(&document, "[role=switch][id]") {
        let on = switch.get_attribute("aria-checked").as_deref() == Some("true");
        handed.fields.retain(|(name, _)| *name != switch.id());
        if on {
            handed.fields.push((switch.id(), "on".into()));
        }
    }
    let active = document.active_element()?;
    let id = active.id();
    if id.is_empty() {
        return None;
    }
    let text = active.dyn_ref::<HtmlInputElement>().and_then(|input| {
        Some((
            input.value(),
            input.selection_start().ok()??,
            input.selection_end().ok()??,
        ))
    });
    Some(Focus { id, text })
}

/// The elements `selector` finds, as `T`.
fn elements<T: JsCast>(document: &web_sys::Document, selector: &str) -> Vec<T> {
    let Ok(found) = document.query_selector_all(selector) else {
        return Vec::new();
    };
    (0..found.length())
        .filter_map(|i| found.get(i)?.dyn_into::<T>().ok())
        .collect()
}

fn set(handed: &mut HandedOver, name: String, value: String) {
    match handed.fields.iter_mut().find(|(k, _)| *k == name) {
        Some((_, v)) => *v = value,
        None => handed.fields.push((name, value)),
    }
}

/// The server's nodes in the body, to remove once the app's are in (not the scripts).
fn server_nodes() -> Vec<Node> {
    let Some(body) = document().body() else {
        return Vec::new();
    };
    let children = body.child_nodes();
    (0..children.length())
        .filter_map(|i| children.get(i))
        .filter(|node| node.node_name() != "SCRIPT")
        .collect()
}

fn remove(nodes: Vec<Node>) {
    for node in nodes {
        if let Some(parent) = node.parent_node() {
            let _ = parent.remove_child(&node);
        }
    }
}

/// Focus, and the caret, back where they were, without scrolling.
fn restore(focus: Option<Focus>) {
    let Some(focus) = focus else { return };
    let Some(element) = document()
        .get_element_by_id(&focus.id)
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
    else {
        return;
    };
    let options = web_sys::FocusOptions::new();
    options.set_prevent_scroll(true);
    let _ = element.focus_with_options(&options);
    if let (Some((text, start, end)), Some(input)) =
        (focus.text, element.dyn_ref::<HtmlInputElement>())
    {
        // The app writes its value a moment later; written now, the caret can go where it
        // was (and the app's write of the same text leaves it there).
        input.set_value(&text);
        let _ = input.set_selection_range(start, end);
    }
}

/// Starts the app over the server's page: in the page's language (fetching its words first;
/// if they cannot be had, the server's page stays, and its forms still work), with what the
/// server handed over and what the voter has done since.
pub fn start(page: fn() -> AnyView) {
    // The loader is an async script: with the app cached it can run while the page is still
    // arriving, before the hand-over and the rest of the body are there.
    if document().ready_state() == "loading" {
        let on_loaded = wasm_bindgen::closure::Closure::once_into_js(move || start(page));
        let _ = document()
            .add_event_listener_with_callback("DOMContentLoaded", on_loaded.unchecked_ref());
        return;
    }
    let language = crate::i18n::initial_language();
    if language == ballot_shared::language::Language::English {
        return mount(page);
    }
    wasm_bindgen_futures::spawn_local(async move {
        if crate::i18n::load(language).await.is_ok() {
            mount(page);
        }
    });
}

fn mount(page: fn() -> AnyView) {
    let mut handed: HandedOver = document()
        .get_element_by_id(crate::handed_over::SCRIPT_ID)
        .and_then(|script| script.text_content())
        .and_then(|json| serde_json::from_str(&json).ok())
        .unwrap_or_default();
    let focus = read_page(&mut handed);
    let server_nodes = server_nodes();
    leptos::mount::mount_to_body(move || {
        provide_context(handed);
        page()
    });
    // The app's page is in place in the same task, so the browser never paints both, nor
    // neither: no flash, no layout shift.
    remove(server_nodes);
    restore(focus);
    // Says so on <html data-ready="true">, which the load-time benchmark (bench/frontend.mjs)
    // and the browser tests wait for.
    if let Some(root) = document().document_element() {
        let _ = root.set_attribute("data-ready", "true");
    }
}
