//! `/confirm/{token}` and `/undo/{token}`: the pages a confirmation link and a change notice's
//! link open. Each acts only when its button is pressed, never on opening: mail scanners open
//! every link in an email, and must not confirm or undo anything.

use crate::api_client::{self, ApiFailure};
use crate::components::error_summary::{ErrorSummary, SummaryItem, ERROR_SUMMARY_ID};
use crate::dom;
use crate::i18n::{self, t};
use ballot_shared::api::{ConfirmationResponse, UndoResponse};
use ballot_shared::error::code;
use ballot_shared::i18n::Message;
use leptos::prelude::*;

/// What a failed confirmation or undo says: the link's own words when it expired or changed.
fn problem_of(failure: &ApiFailure, expired: &'static str) -> String {
    match failure {
        ApiFailure::Api {
            status: 404 | 410, ..
        } => i18n::text(expired),
        ApiFailure::Api { body, .. } if body.error.code == code::CHANGED_SINCE => {
            i18n::text("undo-changed-since")
        }
        other => other.message(),
    }
}

fn summary(problem: RwSignal<Option<String>>) -> Signal<Vec<SummaryItem>> {
    Signal::derive(move || {
        problem
            .get()
            .map(|message| {
                vec![SummaryItem {
                    target: None,
                    message,
                }]
            })
            .unwrap_or_default()
    })
}

#[component]
pub fn ConfirmPage(token: String) -> impl IntoView {
    let problem: RwSignal<Option<String>> = RwSignal::new(None);
    let done: RwSignal<Option<ConfirmationResponse>> = RwSignal::new(None);
    Effect::new(move |_| {
        let title = if done.with(Option::is_some) {
            "confirm-done-title"
        } else {
            "confirm-title"
        };
        dom::set_title(&i18n::text(title), problem.with(Option::is_some));
    });
    let confirm = Action::new_local(move |_: &()| {
        let token = token.clone();
        async move { api_client::confirm(&token).await }
    });
    Effect::new(move |_| match confirm.value().get() {
        Some(Ok(answer)) => {
            done.set(Some(answer));
            request_animation_frame(|| dom::focus_by_id("page-heading"));
        }
        Some(Err(failure)) => {
            problem.set(Some(problem_of(&failure, "confirm-expired")));
            request_animation_frame(|| dom::focus_by_id(ERROR_SUMMARY_ID));
        }
        None => {}
    });
    view! {
        <Show when=move || problem.with(Option::is_some)>
            <ErrorSummary items=summary(problem) help=Signal::derive(Vec::new) />
        </Show>
        <Show
            when=move || done.with(Option::is_none)
            fallback=move || {
                let answer = done.get().expect("shown once confirmed");
                view! {
                    <div class="panel-success">
                        <h1 id="page-heading" tabindex="-1">{t("confirm-done-title")}</h1>
                        <p>
                            {i18n::said(
                                Message::new("confirm-done")
                                    .text("destination", answer.destination.clone())
                                    .text("office", answer.county_office.clone()),
                            )}
                        </p>
                    </div>
                    <p><a href=answer.status_url.clone()>{t("confirm-see-status")}</a></p>
                }
            }
        >
            <h1 id="page-heading" tabindex="-1">{t("confirm-title")}</h1>
            <p class="lead">{t("confirm-lead")}</p>
            <p>
                <button
                    type="button"
                    class="button"
                    aria-disabled=move || confirm.pending().get().then_some("true")
                    on:click=move |_| {
                        if !confirm.pending().get_untracked() {
                            problem.set(None);
                            confirm.dispatch(());
                        }
                    }
                >
                    {t("confirm-button")}
                </button>
            </p>
        </Show>
    }
}

#[component]
pub fn UndoPage(token: String) -> impl IntoView {
    let problem: RwSignal<Option<String>> = RwSignal::new(None);
    let done: RwSignal<Option<UndoResponse>> = RwSignal::new(None);
    Effect::new(move |_| {
        let title = if done.with(Option::is_some) {
            "undo-done-title"
        } else {
            "undo-title"
        };
        dom::set_title(&i18n::text(title), problem.with(Option::is_some));
    });
    let undo = Action::new_local(move |_: &()| {
        let token = token.clone();
        async move { api_client::undo(&token).await }
    });
    Effect::new(move |_| match undo.value().get() {
        Some(Ok(answer)) => {
            done.set(Some(answer));
            request_animation_frame(|| dom::focus_by_id("page-heading"));
        }
        Some(Err(failure)) => {
            problem.set(Some(problem_of(&failure, "undo-expired")));
            request_animation_frame(|| dom::focus_by_id(ERROR_SUMMARY_ID));
        }
        None => {}
    });
    view! {
        <Show when=move || problem.with(Option::is_some)>
            <ErrorSummary items=summary(problem) help=Signal::derive(Vec::new) />
        </Show>
        <Show
            when=move || done.with(Option::is_none)
            fallback=move || {
                let answer = done.get().expect("shown once undone");
                let message = match answer.restored.clone() {
                    Some(restored) => Message::new("undo-done-restored")
                        .text("destination", restored)
                        .text("removed", answer.removed.clone()),
                    None => Message::new("undo-done-removed").text("removed", answer.removed.clone()),
                };
                view! {
                    <div class="panel-success">
                        <h1 id="page-heading" tabindex="-1">{t("undo-done-title")}</h1>
                        <p>{i18n::said(message)}</p>
                    </div>
                }
            }
        >
            <h1 id="page-heading" tabindex="-1">{t("undo-title")}</h1>
            <p class="lead">{t("undo-lead")}</p>
            <p>
                <button
                    type="button"
                    class="button button-warning"
                    aria-disabled=move || undo.pending().get().then_some("true")
                    on:click=move |_| {
                        if !undo.pending().get_untracked() {
                            problem.set(None);
                            undo.dispatch(());
                        }
                    }
                >
                    {t("undo-button")}
                </button>
            </p>
        </Show>
    }
}
