//! "There is a problem": shown at the top of the page after a failed submit, where it takes
//! focus; each error links to its field (GOV.UK error summary).
//!
//! What it lists is a snapshot taken when the form was sent: it is a live region
//! (`role="alert"`), and a list that changed with every keystroke interrupted a screen reader
//! each time. Fields say quietly, in their own error messages, when a problem is fixed.

use crate::api_client::ApiFailure;
use crate::dom;
use crate::form_fields::input_id;
use crate::i18n;
use ballot_shared::error::code;
use ballot_shared::i18n::Message;
use leptos::prelude::*;

pub const ERROR_SUMMARY_ID: &str = "error-summary";

/// One line of the summary: the id of the field it links to (if any) and the message.
/// Plain values, not signals: a summary may be worked out inside a memo, whose signals are
/// disposed when it runs again.
#[derive(Debug, Clone, PartialEq)]
pub struct SummaryItem {
    pub target: Option<&'static str>,
    message: Said,
}

#[derive(Debug, Clone, PartialEq)]
enum Said {
    /// A rule's message, said in the page's language (and again if the voter changes it).
    Rule(Message),
    /// What the server said, already in the voter's language.
    Text(String),
}

impl SummaryItem {
    pub fn rule(target: Option<&'static str>, message: Message) -> Self {
        Self {
            target,
            message: Said::Rule(message),
        }
    }

    pub fn text(target: Option<&'static str>, message: String) -> Self {
        Self {
            target,
            message: Said::Text(message),
        }
    }
}

/// What the server said, when it was not a field error, and the field it is about (the voter
/// ID, when more than one voter matches), with its advice.
#[derive(Debug, Clone, PartialEq)]
pub struct ServerProblem {
    pub target: Option<&'static str>,
    pub message: String,
    pub help: Vec<String>,
}

impl ServerProblem {
    /// A failed look-up or sign-up: the server's sentence and advice (about the voter ID when
    /// more than one voter matches), or "check your connection".
    pub fn of(failure: &ApiFailure) -> Self {
        match failure {
            ApiFailure::Api { body, .. } => Self {
                target: (body.error.code == code::AMBIGUOUS_VOTER).then_some("voter-id"),
                message: body.error.message.clone(),
                help: body.error.help.clone(),
            },
            ApiFailure::Network(_) => Self {
                target: None,
                message: failure.message(),
                help: Vec::new(),
            },
        }
    }

    /// More than one voter matches: the voter ID is asked for.
    pub fn needs_voter_id(&self) -> bool {
        self.target == Some("voter-id")
    }
}

/// What a summary lists after a submit: the rules' errors, each linked to its field (else the
/// server's field errors: its own checks, or a destination that had its day's confirmations),
/// then the server's problem. A rule's error on the field the server's problem is about is left
/// out: the server's sentence says more ("More than one voter matches…").
pub fn snapshot(
    errors: ballot_shared::signup::FieldErrors,
    server_fields: &std::collections::BTreeMap<String, String>,
    problem: Option<ServerProblem>,
) -> Vec<SummaryItem> {
    let problem_target = problem.as_ref().and_then(|p| p.target);
    let mut items: Vec<SummaryItem> = errors
        .into_iter()
        .filter(|(key, _)| problem_target.is_none() || input_id(key) != problem_target)
        .map(|(key, message)| SummaryItem::rule(input_id(key), message))
        .collect();
    if items.is_empty() {
        items = server_fields
            .iter()
            .map(|(key, message)| SummaryItem::text(input_id(key), message.clone()))
            .collect();
    }
    if let Some(problem) = problem {
        items.push(SummaryItem::text(problem.target, problem.message));
    }
    items
}

#[component]
pub fn ErrorSummary(
    #[prop(into)] items: Signal<Vec<SummaryItem>>,
    /// Extra advice under the list (e.g. what to do when no voter matches).
    #[prop(into)]
    help: Signal<Vec<String>>,
) -> impl IntoView {
    let line = |target: Option<&'static str>, message: Signal<String>| match target {
        Some(target) => view! {
            <li>
                <a
                    href=format!("#{target}")
                    on:click=move |ev| {
                        ev.prevent_default();
                        dom::focus_field(target);
                    }
                >
                    {message}
                </a>
            </li>
        }
        .into_any(),
        None => view! { <li><span>{message}</span></li> }.into_any(),
    };
    let item = move |item: SummaryItem| {
        let message = match item.message {
            Said::Rule(message) => i18n::said(message),
            Said::Text(text) => Signal::stored(text),
        };
        line(item.target, message)
    };
    view! {
        <div
            class="error-summary"
            id=ERROR_SUMMARY_ID
            tabindex="-1"
            // Without the app nothing moves focus: the browser does, on load.
            autofocus=crate::handed_over::ON_SERVER
            aria-labelledby="error-summary-title"
        >
            <div role="alert">
                <h2 class="error-summary-title" id="error-summary-title">
                    {i18n::t("error-summary-title")}
                </h2>
                <ul class="error-summary-list">
                    {move || items.get().into_iter().map(item).collect_view()}
                </ul>
                <Show when=move || !help.with(Vec::is_empty)>
                    <ul class="error-summary-help">
                        {move || help.get().into_iter().map(|line| view! { <li>{line}</li> }).collect_view()}
                    </ul>
                </Show>
            </div>
        </div>
    }
}
