//! `/verify`: is this message really from us? Fake texts about ballots circulate; every
//! message we send ends with a reference, and this page says whether we sent it, how, when
//! and to whom (masked), and nothing more. It also lists where our messages come from.

use crate::api_client::{self, ApiFailure};
use crate::components::error_summary::{ErrorSummary, SummaryItem, ERROR_SUMMARY_ID};
use crate::components::speakable::speakable;
use crate::components::text_field::TextField;
use crate::components::timeline::local_date;
use crate::dom;
use crate::i18n::{self, t};
use crate::pages::focus_on_answer;
use ballot_shared::api::field;
use ballot_shared::i18n::{Localize, Message};
use ballot_shared::reference::MessageReference;
use leptos::prelude::*;

#[component]
pub fn VerifyPage() -> impl IntoView {
    // As the server handed it over (sent without the app), else empty.
    let handed = crate::handed_over::handed_over();
    let reference = RwSignal::new(crate::handed_over::field("reference"));
    let submitted = RwSignal::new(handed.submitted);
    let rule_error = Memo::new(move |_| {
        MessageReference::parse(&reference.get())
            .err()
            .map(|e| e.message())
    });
    let field_error = Signal::derive(move || {
        if !submitted.get() {
            return None;
        }
        rule_error.get().map(|m| i18n::say(&m))
    });
    // The server's list comes with the page; the app asks only without one.
    let handed_senders = handed.read_named::<ballot_shared::api::SendersView>("senders");
    let fetched_senders = LocalResource::new({
        let handed = handed_senders.clone();
        move || {
            let handed = handed.clone();
            async move {
                match handed {
                    Some(answer) => answer,
                    None => api_client::senders().await,
                }
            }
        }
    });
    let senders = Signal::derive(move || fetched_senders.get().or_else(|| handed_senders.clone()));

    // The server's answer about the reference as last sent: none while it is on its way
    // (sending clears it), nor after a reference the rules refused.
    let check = Action::new_local(|reference: &String| {
        let reference = reference.clone();
        async move { api_client::verify(&reference).await }
    });
    // Set when the form is sent, and when the server answers: not as the voter types.
    let sent_items: RwSignal<Vec<SummaryItem>> = RwSignal::new(Vec::new());
    if let Some(answer) = handed.read::<ballot_shared::api::VerificationResponse>() {
        check.value().set(Some(answer));
    } else if handed.submitted {
        // Sent without the app and refused by the rules on the server.
        if let Err(error) = MessageReference::parse(&reference.get_untracked()) {
            sent_items.set(vec![SummaryItem::rule(Some("reference"), error.message())]);
        }
    }
    let items = Memo::new(move |_| {
        check.value().with(|answer| match answer {
            Some(Err(failure)) => vec![summary_item(failure)],
            _ => sent_items.get(),
        })
    });
    let summary_visible = move || !items.with(Vec::is_empty);
    dom::follow(move || dom::set_title(&i18n::text("verify-title"), summary_visible()));
    // Focus follows the answer: to the result, or to the summary.
    focus_on_answer(check, "result-heading", Some(ERROR_SUMMARY_ID));
    let on_submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        submitted.set(true);
        check.clear();
        match MessageReference::parse(&reference.get_untracked()) {
            Ok(parsed) => {
                sent_items.set(Vec::new());
                reference.set(parsed.as_str().to_string());
                check.dispatch(parsed.as_str().to_string());
            }
            Err(error) => {
                sent_items.set(vec![SummaryItem::rule(Some("reference"), error.message())]);
                request_animation_frame(|| dom::focus_by_id(ERROR_SUMMARY_ID));
            }
        }
    };

    view! {
        <Show when=summary_visible>
            <ErrorSummary items=items help=Signal::derive(Vec::new) />
        </Show>
        <h1 id="page-heading" tabindex="-1">{t("verify-title")}</h1>
        <p class="lead">{t("verify-lead")}</p>
        <form novalidate method="post" on:submit=on_submit>
            <TextField
                id="reference"
                label=t("field-reference")
                hint=t("field-reference-hint")
                value=reference
                error=field_error
                autocomplete="off"
                no_spellcheck=true
                width="input-width-10"
            />
            <button type="submit" class="button">{t("verify-submit")}</button>
        </form>
        {move || check.value().get().and_then(Result::ok).map(|answer| {
            if answer.sent_by_us {
                let message = Message::new("verify-yes")
                    .text("sender", answer.sender.clone().unwrap_or_default())
                    .text("channel", answer.channel.clone().unwrap_or_default())
                    .text("destination", answer.destination.clone().unwrap_or_default())
                    .text("date", answer.sent_at.as_deref().map(local_date).unwrap_or_default());
                view! {
                    <div class="panel-success">
                        <h2 id="result-heading" tabindex="-1">{t("verify-yes-title")}</h2>
                        <p>{speakable(i18n::said(message))}</p>
                        <p>{t("verify-yes-only")}</p>
                    </div>
                }
                .into_any()
            } else {
                view! {
                    <div class="panel-notice">
                        <h2 id="result-heading" tabindex="-1">{t("verify-no-title")}</h2>
                        <p>{t("verify-no")}</p>
                    </div>
                }
                .into_any()
            }
        })}
        <h2>{t("verify-senders")}</h2>
        {move || senders.get().and_then(Result::ok).map(|senders| {
            let email = senders.email.map(|address| {
                view! { <li>{i18n::said(Message::new("verify-senders-email").text("address", address))}</li> }
            });
            let phones = senders
                .phone
                .into_iter()
                .map(|number| {
                    view! { <li>{i18n::said(Message::new("verify-senders-phone").text("number", number))}</li> }
                })
                .collect_view();
            view! { <ul class="list">{email}{phones}</ul> }
        })}
    }
}

/// What the summary says when the server refused the reference, or did not answer.
fn summary_item(failure: &ApiFailure) -> SummaryItem {
    match failure {
        ApiFailure::Api { body, .. } => match body.error.fields.get(field::REFERENCE) {
            Some(message) => SummaryItem::text(Some("reference"), message.clone()),
            None => SummaryItem::text(None, failure.message()),
        },
        ApiFailure::Network(_) => SummaryItem::text(None, failure.message()),
    }
}

/// The reference a form posted without the app asks about, if the rules accept it (else the
/// page, rendered with the form, says why): what the app would have sent.
pub fn posted_reference(posted: &crate::handed_over::HandedOver) -> Option<String> {
    MessageReference::parse(posted.field("reference").unwrap_or_default())
        .ok()
        .map(|parsed| parsed.as_str().to_string())
}
