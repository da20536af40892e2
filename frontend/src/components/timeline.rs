//! A ballot's timeline: Mailed, Received, Counted as an ordered list with green checks for the
//! steps done (and the words "Completed" for screen readers), what to do about a problem, and
//! everything that happened.

use crate::i18n;
use ballot_shared::api::{BallotStatusView, BallotTimeline};
use ballot_shared::i18n::Message;
use leptos::prelude::*;

/// "November 3, 2026" in the page's language and California time, as the county's messages
/// date things (so an overseas voter does not see two different dates for one event).
#[cfg(not(target_arch = "wasm32"))]
pub fn local_date(rfc3339: &str) -> String {
    crate::dom::server::local_date(rfc3339, i18n::language())
}

/// "November 3, 2026" in the page's language and California time, as the county's messages
/// date things (so an overseas voter does not see two different dates for one event).
#[cfg(target_arch = "wasm32")]
pub fn local_date(rfc3339: &str) -> String {
    let date = js_sys::Date::new(&wasm_bindgen::JsValue::from_str(rfc3339));
    if date.get_time().is_nan() {
        return rfc3339.to_string();
    }
    let options = js_sys::Object::new();
    for (key, value) in [
        ("month", "long"),
        ("day", "numeric"),
        ("year", "numeric"),
        ("timeZone", "America/Los_Angeles"),
    ] {
        let _ = js_sys::Reflect::set(&options, &key.into(), &value.into());
    }
    date.to_locale_date_string(i18n::language().html_lang(), &options)
        .into()
}

/// Text with its web addresses as links (the cure form in a signature problem).
fn with_links(text: &str) -> impl IntoView {
    let mut parts = Vec::new();
    for (i, word) in text.split(' ').enumerate() {
        if i > 0 {
            parts.push(" ".into_any());
        }
        let href = word.trim_end_matches(['.', ',', ')']);
        if href.starts_with("https://") || href.starts_with("http://") {
            let rest = word[href.len()..].to_string();
            parts.push(view! { <a href=href.to_string()>{href.to_string()}</a> }.into_any());
            parts.push(rest.into_any());
        } else {
            parts.push(word.to_string().into_any());
        }
    }
    parts
}

#[component]
pub fn StatusTimeline(
    #[prop(into)] view: Signal<BallotStatusView>,
    /// The cure page's address, for a ballot that takes a cure from the tracker
    /// (`cure_open`): shown in its "what to do". Only a voter's own link has one.
    #[prop(optional)]
    cure_link: Option<String>,
) -> impl IntoView {
    move || {
        let view = view.get();
        if view.ballots.is_empty() {
            let office = view.county_office.clone();
            return view! {
                <p>
                    {i18n::said(Message::new("timeline-not-mailed").text("office", office.clone()))}
                </p>
            }
            .into_any();
        }
        view.ballots
            .into_iter()
            .map(|ballot| {
                let cure_link = cure_link.clone().filter(|_| ballot.cure_open);
                view! { <Ballot ballot cure_link /> }
            })
            .collect_view()
            .into_any()
    }
}

#[component]
fn Ballot(ballot: BallotTimeline, cure_link: Option<String>) -> impl IntoView {
    let steps = ballot
        .steps
        .iter()
        .map(|step| {
            let done = step.done;
            view! {
                <li
                    class="timeline-step"
                    class:timeline-done=done
                    aria-current=step.current.then_some("step")
                >
                    <span class="timeline-icon" aria-hidden="true">
                        {if done {
                            view! {
                                <svg viewBox="0 0 16 16" focusable="false">
                                    <path d="M3 8.5l3.2 3.2L13 4.8" />
                                </svg>
                            }
                                .into_any()
                        } else {
                            view! { <span class="timeline-dot"></span> }.into_any()
                        }}
                    </span>
                    <span class="timeline-title">{step.title.clone()}</span>
                    <span class="timeline-state">
                        {i18n::t(if done { "timeline-completed" } else { "timeline-not-yet" })}
                    </span>
                </li>
            }
        })
        .collect_view();
    let events = ballot
        .events
        .iter()
        .rev()
        .map(|event| {
            view! {
                <li>
                    <time datetime=event.occurred_at.clone()>{local_date(&event.occurred_at)}</time>
                    ": "
                    {with_links(&event.message)}
                    {event.evidence.clone().map(|evidence| view! { " " <span class="evidence">{evidence}</span> })}
                </li>
            }
        })
        .collect_view();
    view! {
        <section class="ballot" aria-labelledby=format!("ballot-{}", ballot.election_id)>
            <h2 id=format!("ballot-{}", ballot.election_id)>{i18n::t("timeline-your-ballot")}</h2>
            {ballot.action_needed.clone().map(|action| {
                view! {
                    <div class="action-needed">
                        <h3>{i18n::t("timeline-act")}</h3>
                        <p>{with_links(&action)}</p>
                        {cure_link.clone().map(|href| view! {
                            <p><a class="button" href=href>{i18n::t("cure-status-link")}</a></p>
                        })}
                    </div>
                }
            })}
            // What came of a cure sent from the tracker: received, accepted, or not (with the
            // county's reason, for the voter's own link).
            {ballot.signature_cure.clone().map(|cure| {
                let class = match cure.state.as_str() {
                    "accepted" => "panel-success",
                    _ => "panel-notice",
                };
                view! {
                    <div class=class>
                        <h3>{i18n::t("timeline-cure")}</h3>
                        <p>{cure.message.clone()}</p>
                    </div>
                }
            })}
            <ol class="timeline">{steps}</ol>
            {ballot.postal.clone().map(|postal| view! { <p class="postal">{postal.latest}</p> })}
            <h3>{i18n::t("timeline-what-happened")}</h3>
            <ul class="list events">{events}</ul>
        </section>
    }
}
