//! The status page, `/status/{token}`: the ballot timeline, updated live over Server-Sent
//! Events and announced in a polite live region without moving focus.

use crate::api_client::{self, ApiFailure};
use crate::components::timeline::StatusTimeline;
use crate::dom;
use ballot_shared::api::BallotStatusView;
use leptos::prelude::*;
use wasm_bindgen::prelude::*;

const TITLE: &str = "Your ballot status";

#[component]
pub fn StatusPage(token: String) -> impl IntoView {
    dom::set_title(TITLE, false);
    let load_token = token.clone();
    let loaded = LocalResource::new(move || {
        let token = load_token.clone();
        async move { api_client::subscription(&token).await }
    });
    let live: RwSignal<Option<BallotStatusView>> = RwSignal::new(None);
    let announcement = RwSignal::new(String::new());
    listen_for_changes(&token, live, announcement);

    let manage = format!("/manage/{token}");
    view! {
        <h1 id="page-heading" tabindex="-1">{TITLE}</h1>
        <p class="live-update" role="status">{move || announcement.get()}</p>
        {move || match loaded.get() {
            None => view! { <p>"Loading your ballot status…"</p> }.into_any(),
            Some(Err(ApiFailure::Api { status: 404, .. })) => {
                view! {
                    <p>"We could not find this status page. Check that the whole link from your message was opened."</p>
                    <p><a href="/check">"Check your ballot status with your details"</a></p>
                }
                    .into_any()
            }
            Some(Err(failure)) => view! { <p>{failure.message()}</p> }.into_any(),
            Some(Ok(details)) => {
                let office = details.status.county_office.clone();
                let first = details.status.clone();
                let current = Signal::derive(move || live.get().unwrap_or_else(|| first.clone()));
                view! {
                    <p>"Updates come from " <strong>{office}</strong> ". This page updates by itself."</p>
                    <StatusTimeline view=current />
                    <p><a href=manage.clone()>"Change or stop notifications"</a></p>
                }
                    .into_any()
            }
        }}
    }
}

/// Opens the event stream; each `status` event replaces the view, and a change is announced.
fn listen_for_changes(
    token: &str,
    live: RwSignal<Option<BallotStatusView>>,
    announcement: RwSignal<String>,
) {
    let Ok(source) = web_sys::EventSource::new(&api_client::status_events_url(token)) else {
        return; // no live updates; the page still shows the status as loaded
    };
    let on_status =
        Closure::<dyn FnMut(web_sys::MessageEvent)>::new(move |event: web_sys::MessageEvent| {
            let Some(text) = event.data().as_string() else {
                return;
            };
            let Ok(view) = serde_json::from_str::<BallotStatusView>(&text) else {
                return;
            };
            let previous = live.get_untracked();
            if previous.as_ref().is_some_and(|p| p != &view) {
                let title = view
                    .ballots
                    .last()
                    .and_then(|b| b.events.last())
                    .map(|e| e.title.clone())
                    .unwrap_or_default();
                announcement.set(format!("Your ballot status was updated: {title}"));
            }
            live.set(Some(view));
        });
    let _ = source.add_event_listener_with_callback("status", on_status.as_ref().unchecked_ref());
    // The page lives as long as the document: the stream closes when the voter leaves.
    on_status.forget();
    std::mem::forget(source);
}
