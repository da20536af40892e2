//! The status page, `/status/{token}`: the ballot timeline, updated live over Server-Sent
//! Events and announced in a polite live region without moving focus.

use crate::api_client::{self, ApiFailure};
use crate::components::timeline::StatusTimeline;
use crate::dom;
use crate::handed_over::{self, ON_SERVER};
use crate::i18n::{self, t};
use ballot_shared::api::BallotStatusView;
use ballot_shared::i18n::Message;
use leptos::prelude::*;
#[cfg(target_arch = "wasm32")]
use wasm_bindgen::prelude::*;

#[component]
pub fn StatusPage(token: String) -> impl IntoView {
    let load_token = token.clone();
    // The server's answer comes with the page, in its language; fetched again when the voter
    // picks another language: the timeline comes in it.
    let handed = handed_over::handed_over().read::<BallotStatusView>();
    let handed_language = i18n::language();
    let fetched = LocalResource::new({
        let handed = handed.clone();
        move || {
            let token = load_token.clone();
            let language = i18n::tracked_language();
            let handed = handed.clone().filter(|_| language == handed_language);
            async move {
                match handed {
                    Some(answer) => answer,
                    None => api_client::ballot_status(&token).await,
                }
            }
        }
    });
    let loaded = Signal::derive(move || {
        fetched.get().or_else(|| {
            handed
                .clone()
                .filter(|_| i18n::tracked_language() == handed_language)
        })
    });
    let live: RwSignal<Option<BallotStatusView>> = RwSignal::new(None);
    let announcement = RwSignal::new(String::new());
    #[cfg(target_arch = "wasm32")]
    listen_for_changes(&token, live, announcement);

    let title = move || match loaded.get() {
        Some(Err(ApiFailure::Api { status: 404, .. })) => "status-not-found-title",
        _ => "status-title",
    };
    dom::follow(move || dom::set_title(&i18n::text(title()), false));
    let manage = format!("/manage/{token}");
    let cure = format!("/cure/{token}");
    let reload = format!("/status/{token}");
    view! {
        <h1 id="page-heading" tabindex="-1">{move || i18n::text(title())}</h1>
        <p class="live-update" role="status">
            // Nothing until there is news (see `ChannelChoice`: `:empty`).
            {move || Some(announcement.get()).filter(|s| !s.is_empty())}
        </p>
        {move || match loaded.get() {
            None => view! { <p>{t("status-loading")}</p> }.into_any(),
            Some(Err(ApiFailure::Api { status: 404, .. })) => {
                view! {
                    <p>{t("status-not-found")}</p>
                    <p><a href="/check">{t("status-check-instead")}</a></p>
                }
                    .into_any()
            }
            Some(Err(failure)) => view! { <p>{failure.message()}</p> }.into_any(),
            Some(Ok(status)) => {
                let office = status.county_office.clone();
                let first = status.clone();
                let current = Signal::derive(move || live.get().unwrap_or_else(|| first.clone()));
                view! {
                    <p>
                        {i18n::said(Message::new("status-updates-from").text("office", office.clone()))}
                        " "
                        // True only with scripts on: hidden by the stylesheet without them
                        // (`scripting: none`), where a link to reload says how to see news.
                        <span class="with-scripts">{t("status-updates-live")}</span>
                        {ON_SERVER.then(|| view! {
                            <noscript>
                                <a href=reload.clone()>{t("status-updates-reload")}</a>
                            </noscript>
                        })}
                    </p>
                    <StatusTimeline view=current cure_link=cure.clone() />
                    <p><a href=manage.clone()>{t("status-manage")}</a></p>
                }
                    .into_any()
            }
        }}
    }
}

#[cfg(target_arch = "wasm32")]
/// Opens the event stream, again in the new language when the voter picks one; each
/// `status` event replaces the view, and a change is announced.
fn listen_for_changes(
    token: &str,
    live: RwSignal<Option<BallotStatusView>>,
    announcement: RwSignal<String>,
) {
    let token = token.to_string();
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
                announcement.set(i18n::say(
                    &Message::new("status-updated").text("title", title),
                ));
            }
            live.set(Some(view));
        });
    let callback: js_sys::Function = on_status
        .as_ref()
        .unchecked_ref::<js_sys::Function>()
        .clone();
    // The page lives as long as the document: the stream closes when the voter leaves.
    on_status.forget();
    Effect::new(move |previous: Option<Option<web_sys::EventSource>>| {
        let _ = i18n::tracked_language();
        if let Some(previous) = previous {
            // A new language: the old stream's views are in the old one.
            if let Some(old) = previous {
                old.close();
            }
            live.set(None);
        }
        // No stream: the page still shows the status as loaded.
        let source = web_sys::EventSource::new(&api_client::status_events_url(&token)).ok()?;
        let _ = source.add_event_listener_with_callback("status", &callback);
        Some(source)
    });
}
