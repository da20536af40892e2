//! `/check`: look a ballot up with the same identity fields as the sign-up, no subscription.

use crate::api_client::{self, ApiFailure};
use crate::components::error_summary::{
    snapshot, ErrorSummary, ServerProblem, SummaryItem, ERROR_SUMMARY_ID,
};
use crate::components::identity_fields::{Identity, IdentityFields};
use crate::components::timeline::StatusTimeline;
use crate::dom;
use crate::form_fields::canonical_date;
use crate::i18n::{self, t};
use ballot_shared::api::{BallotStatusView, StatusLookupRequest};
use ballot_shared::error::code;
use ballot_shared::signup::{validate_lookup, FieldErrors};
use leptos::prelude::*;

#[component]
pub fn LookupPage() -> impl IntoView {
    let today = dom::today();
    let identity = Identity::default();
    // More than one voter has these details: the voter ID is asked for, and needed.
    let voter_id_needed = RwSignal::new(false);
    let submitted = RwSignal::new(false);
    // What the server said (and the field it is about), with its advice.
    let problem: RwSignal<Option<ServerProblem>> = RwSignal::new(None);
    let result: RwSignal<Option<BallotStatusView>> = RwSignal::new(None);

    let request = move || {
        let typed = identity.date_of_birth.get();
        let id = identity.voter_id.get();
        StatusLookupRequest {
            first_name: identity.first_name.get(),
            last_name: identity.last_name.get(),
            date_of_birth: canonical_date(&typed).unwrap_or(typed),
            zip: identity.zip.get(),
            voter_id: (!id.trim().is_empty()).then_some(id),
        }
    };
    let errors = Memo::new(move |_| -> FieldErrors {
        validate_lookup(&request(), today, voter_id_needed.get())
            .err()
            .unwrap_or_default()
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
    // The summary lists what was wrong when the form was sent (see `ErrorSummary`).
    let items: RwSignal<Vec<SummaryItem>> = RwSignal::new(Vec::new());
    let take_snapshot = move || {
        items.set(snapshot(
            errors.get_untracked(),
            &Default::default(),
            problem.get_untracked(),
        ));
        request_animation_frame(|| dom::focus_by_id(ERROR_SUMMARY_ID));
    };
    let help = Signal::derive(move || problem.get().map(|p| p.help).unwrap_or_default());
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
                let (ambiguous, help) = match &failure {
                    ApiFailure::Api { body, .. } => (
                        body.error.code == code::AMBIGUOUS_VOTER,
                        body.error.help.clone(),
                    ),
                    ApiFailure::Network(_) => (false, Vec::new()),
                };
                if ambiguous {
                    voter_id_needed.set(true);
                }
                problem.set(Some(ServerProblem {
                    target: ambiguous.then_some("voter-id"),
                    message: failure.message(),
                    help,
                }));
                take_snapshot();
            }
        }
    });
    let on_submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        submitted.set(true);
        problem.set(None);
        result.set(None);
        if let Some(canonical) = canonical_date(&identity.date_of_birth.get_untracked()) {
            identity.date_of_birth.set(canonical);
        }
        if errors.with_untracked(Vec::is_empty) {
            items.set(Vec::new());
            check.dispatch(request());
        } else {
            take_snapshot();
        }
    };

    view! {
        <Show when=summary_visible>
            <ErrorSummary items=items help=help />
        </Show>
        <h1 id="page-heading" tabindex="-1">{t("lookup-title")}</h1>
        <p class="lead">{t("lookup-lead")}</p>
        <form novalidate on:submit=on_submit>
            <IdentityFields
                identity=identity
                error=Callback::new(field_error)
                zip_hint="field-zip-hint-lookup"
                voter_id_needed=voter_id_needed
            />
            <button type="submit" class="button">{t("lookup-submit")}</button>
        </form>
        <Show when=move || result.with(Option::is_some)>
            <h2 id="result-heading" tabindex="-1">{t("lookup-result")}</h2>
            <StatusTimeline view=Signal::derive(move || result.get().unwrap_or(BallotStatusView { county_office: String::new(), ballots: Vec::new() })) />
            <p><a href="/">{t("lookup-sign-up")}</a></p>
        </Show>
    }
}
