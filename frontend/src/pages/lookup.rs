//! `/check`: look a ballot up with the same identity fields as the sign-up, no subscription.

use crate::api_client;
use crate::components::error_summary::{
    snapshot, ErrorSummary, ServerProblem, SummaryItem, ERROR_SUMMARY_ID,
};
use crate::components::identity_fields::{Identity, IdentityFields};
use crate::components::timeline::StatusTimeline;
use crate::dom;
use crate::form_fields::canonical_date;
use crate::handed_over::{self, HandedOver};
use crate::i18n::{self, t};
use crate::pages::focus_on_answer;
use ballot_shared::api::{BallotStatusView, StatusLookupRequest};
use ballot_shared::date::CivilDate;
use ballot_shared::signup::{validate_lookup, FieldErrors};
use leptos::prelude::*;

#[component]
pub fn LookupPage() -> impl IntoView {
    let today = dom::today();
    let handed = handed_over::handed_over();
    let identity = Identity::handed_over();
    let submitted = RwSignal::new(handed.submitted);

    // The server's answer to the form as last sent: none while it is on its way (sending
    // clears it), nor after a submit the rules stopped. What the page shows of the server is
    // worked out from it.
    let check = Action::new_local(|request: &StatusLookupRequest| {
        let request = request.clone();
        async move { api_client::look_up(&request).await }
    });
    if let Some(answer) = handed.read::<BallotStatusView>() {
        check.value().set(Some(answer));
    }
    let result = Memo::new(move |_| {
        check
            .value()
            .with(|answer| answer.as_ref().and_then(|a| a.as_ref().ok()).cloned())
    });
    // What the server said (and the field it is about), with its advice.
    let problem = Memo::new(move |_| {
        check.value().with(|answer| match answer {
            Some(Err(failure)) => Some(ServerProblem::of(failure)),
            _ => None,
        })
    });
    // Once more than one voter has these details, the voter ID is asked for, and needed, for
    // every later look-up too.
    let voter_id_shown = handed.field("voter-id").is_some();
    let voter_id_needed = Memo::new(move |before: Option<&bool>| {
        before.copied().unwrap_or(voter_id_shown)
            || problem.with(|p| p.as_ref().is_some_and(ServerProblem::needs_voter_id))
    });

    let request = move || {
        lookup_request(
            identity.first_name.get(),
            identity.last_name.get(),
            identity.date_of_birth.get(),
            identity.zip.get(),
            identity.voter_id.get(),
        )
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
    // The summary lists what was wrong when the form was sent (see `ErrorSummary`): the rules'
    // errors, taken when it was sent, or what the server answered.
    let sent_items: RwSignal<Vec<SummaryItem>> =
        RwSignal::new(if handed.submitted && handed.answer.is_none() {
            // Sent without the app and stopped by the rules on the server.
            snapshot(errors.get_untracked(), &Default::default(), None)
        } else {
            Vec::new()
        });
    let items = Memo::new(move |_| match problem.get() {
        Some(problem) => snapshot(Vec::new(), &Default::default(), Some(problem)),
        None => sent_items.get(),
    });
    let help = Signal::derive(move || problem.get().map(|p| p.help).unwrap_or_default());
    let summary_visible = move || submitted.get() && !items.with(Vec::is_empty);
    dom::follow(move || dom::set_title(&i18n::text("lookup-title"), summary_visible()));
    // Focus follows the answer: to the result, or to the summary.
    focus_on_answer(check, "result-heading", Some(ERROR_SUMMARY_ID));

    let on_submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        submitted.set(true);
        check.clear();
        if let Some(canonical) = canonical_date(&identity.date_of_birth.get_untracked()) {
            identity.date_of_birth.set(canonical);
        }
        if errors.with_untracked(Vec::is_empty) {
            sent_items.set(Vec::new());
            check.dispatch(request());
        } else {
            sent_items.set(snapshot(errors.get_untracked(), &Default::default(), None));
            request_animation_frame(|| dom::focus_by_id(ERROR_SUMMARY_ID));
        }
    };

    view! {
        <Show when=summary_visible>
            <ErrorSummary items=items help=help />
        </Show>
        <h1 id="page-heading" tabindex="-1">{t("lookup-title")}</h1>
        <p class="lead">{t("lookup-lead")}</p>
        <form novalidate method="post" on:submit=on_submit>
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

fn lookup_request(
    first_name: String,
    last_name: String,
    typed_date: String,
    zip: String,
    voter_id: String,
) -> StatusLookupRequest {
    StatusLookupRequest {
        first_name,
        last_name,
        date_of_birth: canonical_date(&typed_date).unwrap_or(typed_date),
        zip,
        voter_id: (!voter_id.trim().is_empty()).then_some(voter_id),
    }
}

/// The look-up a posted form asks for, if the rules let it go to the API (else the page,
/// rendered with the form, shows why): what the app would have sent.
pub fn posted_request(posted: &HandedOver, today: CivilDate) -> Option<StatusLookupRequest> {
    let text = |name: &str| posted.field(name).unwrap_or_default().to_string();
    let request = lookup_request(
        text("first-name"),
        text("last-name"),
        text("date-of-birth"),
        text("zip"),
        text("voter-id"),
    );
    validate_lookup(&request, today, posted.field("voter-id").is_some())
        .is_ok()
        .then_some(request)
}
