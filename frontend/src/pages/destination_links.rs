//! `/confirm/{token}` and `/undo/{token}`: the pages a confirmation link and a change notice's
//! link open. Each acts only when its button is pressed, never on opening: mail scanners open
//! every link in an email, and must not confirm or undo anything.

use crate::api_client::{self, ApiFailure};
use crate::components::error_summary::{ErrorSummary, SummaryItem, ERROR_SUMMARY_ID};
use crate::components::speakable::speakable;
use crate::dom;
use crate::handed_over::ON_SERVER;
use crate::i18n::{self, t};
use crate::pages::focus_on_answer;
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

fn summary(problem: Memo<Option<String>>) -> Signal<Vec<SummaryItem>> {
    Signal::derive(move || {
        problem
            .get()
            .map(|message| vec![SummaryItem::text(None, message)])
            .unwrap_or_default()
    })
}

/// The words of a page that acts on one press of its button.
struct Wording {
    title: &'static str,
    done_title: &'static str,
    lead: &'static str,
    button: &'static str,
    button_class: &'static str,
    /// Said when the link has expired or was used.
    expired: &'static str,
}

/// A page that does one thing when its button is pressed (`act`), then says what it did
/// (`said`: what goes in the success panel under the done heading, and what follows the
/// panel). Focus moves to the heading, or to the problem.
#[component]
fn PressToAct<T, Fut>(
    wording: Wording,
    act: impl Fn() -> Fut + 'static,
    said: fn(T) -> (AnyView, AnyView),
) -> impl IntoView
where
    T: Clone + Send + Sync + serde::de::DeserializeOwned + 'static,
    Fut: std::future::Future<Output = Result<T, ApiFailure>> + 'static,
{
    let Wording {
        title,
        done_title,
        lead,
        button,
        button_class,
        expired,
    } = wording;
    // The answer to the last press: none while it is on its way (pressing clears it).
    let action = Action::new_local(move |_: &()| act());
    // Pressed before the app arrived, or without JavaScript: the server acted, and says how.
    if let Some(answer) = crate::handed_over::handed_over().read::<T>() {
        action.value().set(Some(answer));
    }
    let done = move || action.value().with(|answer| matches!(answer, Some(Ok(_))));
    let problem = Memo::new(move |_| {
        action.value().with(|answer| match answer {
            Some(Err(failure)) => Some(problem_of(failure, expired)),
            _ => None,
        })
    });
    dom::follow(move || {
        let shown = if done() { done_title } else { title };
        dom::set_title(&i18n::text(shown), problem.with(Option::is_some));
    });
    // Focus follows the answer: to the heading that says it is done, or to the problem.
    focus_on_answer(action, "page-heading", Some(ERROR_SUMMARY_ID));
    view! {
        <Show when=move || problem.with(Option::is_some)>
            <ErrorSummary items=summary(problem) help=Signal::derive(Vec::new) />
        </Show>
        <Show
            when=move || !done()
            fallback=move || {
                let answer = action.value().get().and_then(Result::ok);
                let (in_panel, after) = said(answer.expect("shown once done"));
                view! {
                    <div class="panel-success">
                        <h1 id="page-heading" tabindex="-1">{t(done_title)}</h1>
                        {in_panel}
                    </div>
                    {after}
                }
            }
        >
            <h1 id="page-heading" tabindex="-1">{t(title)}</h1>
            <p class="lead">{t(lead)}</p>
            // Without the app, the button sends this form and the server acts (never on
            // opening the page: only a press posts).
            <form method="post"><p>
                <button
                    type=if ON_SERVER { "submit" } else { "button" }
                    class=button_class
                    aria-disabled=move || action.pending().get().then_some("true")
                    on:click=move |_| {
                        if !action.pending().get_untracked() {
                            action.clear();
                            action.dispatch(());
                        }
                    }
                >
                    {t(button)}
                </button>
            </p></form>
        </Show>
    }
}

#[component]
pub fn ConfirmPage(token: String) -> impl IntoView {
    let wording = Wording {
        title: "confirm-title",
        done_title: "confirm-done-title",
        lead: "confirm-lead",
        button: "confirm-button",
        button_class: "button",
        expired: "confirm-expired",
    };
    let said = |answer: ConfirmationResponse| {
        let message = Message::new("confirm-done")
            .text("destination", answer.destination)
            .text("office", answer.county_office);
        (
            view! { <p>{speakable(i18n::said(message))}</p> }.into_any(),
            view! { <p><a href=answer.status_url>{t("confirm-see-status")}</a></p> }.into_any(),
        )
    };
    let act = move || {
        let token = token.clone();
        async move { api_client::confirm(&token).await }
    };
    view! { <PressToAct wording act said /> }
}

#[component]
pub fn UndoPage(token: String) -> impl IntoView {
    let wording = Wording {
        title: "undo-title",
        done_title: "undo-done-title",
        lead: "undo-lead",
        button: "undo-button",
        button_class: "button button-warning",
        expired: "undo-expired",
    };
    let said = |answer: UndoResponse| {
        let message = match answer.restored {
            Some(restored) => Message::new("undo-done-restored")
                .text("destination", restored)
                .text("removed", answer.removed),
            None => Message::new("undo-done-removed").text("removed", answer.removed),
        };
        (
            view! { <p>{speakable(i18n::said(message))}</p> }.into_any(),
            ().into_any(),
        )
    };
    let act = move || {
        let token = token.clone();
        async move { api_client::undo(&token).await }
    };
    view! { <PressToAct wording act said /> }
}
