//! `/check`: look a ballot up with the same identity fields as the sign-up, no subscription.

use crate::api_client::{self, ApiFailure};
use crate::components::error_summary::{ErrorSummary, SummaryItem, ERROR_SUMMARY_ID};
use crate::components::text_field::TextField;
use crate::components::timeline::StatusTimeline;
use crate::dom;
use crate::form_fields::{canonical_date, input_id};
use crate::i18n::{self, t};
use ballot_shared::api::{field, BallotStatusView, StatusLookupRequest};
use ballot_shared::dob;
use ballot_shared::error::code;
use ballot_shared::signup::{validate_identity, FieldErrors};
use leptos::prelude::*;

#[component]
pub fn LookupPage() -> impl IntoView {
    let today = dom::today();
    let first = RwSignal::new(String::new());
    let last = RwSignal::new(String::new());
    let dob_text = RwSignal::new(String::new());
    let zip = RwSignal::new(String::new());
    let voter_id = RwSignal::new(String::new());
    let show_voter_id = RwSignal::new(false);
    let submitted = RwSignal::new(false);
    let problem: RwSignal<Option<(String, Vec<String>)>> = RwSignal::new(None);
    let result: RwSignal<Option<BallotStatusView>> = RwSignal::new(None);

    let request = move || {
        let typed = dob_text.get();
        let id = voter_id.get();
        StatusLookupRequest {
            first_name: first.get(),
            last_name: last.get(),
            date_of_birth: canonical_date(&typed).unwrap_or(typed),
            zip: zip.get(),
            voter_id: (!id.trim().is_empty()).then_some(id),
        }
    };
    let errors = Memo::new(move |_| -> FieldErrors {
        let r = request();
        let mut errors = FieldErrors::new();
        validate_identity(
            &r.first_name,
            &r.last_name,
            &r.date_of_birth,
            &r.zip,
            r.voter_id.as_deref(),
            today,
            &mut errors,
        );
        errors
    });
    let field_error = move |key: &'static str| {
        Signal::derive(move || {
            submitted
                .get()
                .then(|| {
                    errors.with(|e| e.iter().find(|(k, _)| *k == key).map(|(_, m)| i18n::say(m)))
                })
                .flatten()
        })
    };
    let items = Signal::derive(move || {
        let mut items: Vec<SummaryItem> = errors
            .get()
            .into_iter()
            .map(|(k, message)| SummaryItem {
                target: input_id(k),
                message: i18n::say(&message),
            })
            .collect();
        if let Some((message, _)) = problem.get() {
            items.push(SummaryItem {
                target: None,
                message,
            });
        }
        items
    });
    let help = Signal::derive(move || problem.get().map(|(_, help)| help).unwrap_or_default());
    let summary_visible = move || submitted.get() && !items.with(Vec::is_empty);
    Effect::new(move |_| dom::set_title(&i18n::text("lookup-title"), summary_visible()));

    let check = Action::new_local(|request: &StatusLookupRequest| {
        let request = request.clone();
        async move { api_client::look_up(&request).await }
    });
    Effect::new(move |_| {
        let Some(answer) = check.value().get() else {
            return;
        };
        match answer {
            Ok(view) => {
                result.set(Some(view));
                request_animation_frame(|| dom::focus_by_id("result-heading"));
            }
            Err(failure) => {
                if let ApiFailure::Api { body, .. } = &failure {
                    if body.error.code == code::AMBIGUOUS_VOTER {
                        show_voter_id.set(true);
                    }
                }
                let help = match &failure {
                    ApiFailure::Api { body, .. } => body.error.help.clone(),
                    ApiFailure::Network(_) => Vec::new(),
                };
                problem.set(Some((failure.message(), help)));
                request_animation_frame(|| dom::focus_by_id(ERROR_SUMMARY_ID));
            }
        }
    });
    let on_submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        submitted.set(true);
        problem.set(None);
        result.set(None);
        if let Some(canonical) = canonical_date(&dob_text.get_untracked()) {
            dob_text.set(canonical);
        }
        if errors.with_untracked(Vec::is_empty) {
            check.dispatch(request());
        } else {
            request_animation_frame(|| dom::focus_by_id(ERROR_SUMMARY_ID));
        }
    };

    view! {
        <Show when=summary_visible>
            <ErrorSummary items=items help=help />
        </Show>
        <h1 id="page-heading" tabindex="-1">{t("lookup-title")}</h1>
        <p class="lead">{t("lookup-lead")}</p>
        <form novalidate on:submit=on_submit>
            <TextField id="first-name" label=t("field-first-name") value=first error=field_error(field::FIRST_NAME) autocomplete="given-name" no_spellcheck=true />
            <TextField id="last-name" label=t("field-last-name") value=last error=field_error(field::LAST_NAME) autocomplete="family-name" no_spellcheck=true />
            <TextField
                id="date-of-birth"
                label=t("field-date-of-birth")
                hint=t("field-date-of-birth-hint")
                value=dob_text
                error=field_error(field::DATE_OF_BIRTH)
                inputmode="numeric"
                autocomplete="bday"
                width="input-width-10"
                while_typing=dob::format_while_typing
                on_leave=canonical_date
            />
            <TextField
                id="zip"
                label=t("field-zip")
                hint=t("field-zip-hint-lookup")
                value=zip
                error=field_error(field::ZIP)
                inputmode="numeric"
                autocomplete="postal-code"
                width="input-width-10"
            />
            <Show when=move || show_voter_id.get()>
                <TextField
                    id="voter-id"
                    label=t("field-voter-id")
                    hint=t("field-voter-id-hint")
                    value=voter_id
                    error=field_error(field::VOTER_ID)
                    autocomplete="off"
                    no_spellcheck=true
                    width="input-width-20"
                />
            </Show>
            <button type="submit" class="button">{t("lookup-submit")}</button>
        </form>
        <Show when=move || result.with(Option::is_some)>
            <h2 id="result-heading" tabindex="-1">{t("lookup-result")}</h2>
            <StatusTimeline view=Signal::derive(move || result.get().unwrap_or(BallotStatusView { county_office: String::new(), ballots: Vec::new() })) />
            <p><a href="/">{t("lookup-sign-up")}</a></p>
        </Show>
    }
}
