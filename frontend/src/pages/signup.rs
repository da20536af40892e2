//! The sign-up page: identity, the three notification switches, and what was sent where.
//! Every rule comes from `ballot_shared::signup`; this file only shows its answers.

use crate::api_client::{self, ApiFailure};
use crate::components::channel_choice::ChannelChoice;
use crate::components::error_summary::{
    snapshot, ErrorSummary, ServerProblem, SummaryItem, ERROR_SUMMARY_ID,
};
use crate::components::identity_fields::{Identity, IdentityFields};
use crate::components::speakable::speakable;
use crate::components::text_field::TextField;
use crate::dom;
use crate::form_fields::canonical_date;
use crate::handed_over::{self, HandedOver, ON_SERVER};
use crate::i18n::{self, t};
use crate::pages::focus_on_answer;
use ballot_shared::api::{
    field, EmailChoice, PhoneChoice, SignupOutcome, SignupRequest, SignupResponse,
};
use ballot_shared::channels::Channel;
use ballot_shared::date::CivilDate;
use ballot_shared::email::EmailAddress;
use ballot_shared::error::{code, ErrorBody};
use ballot_shared::i18n::Message;
use ballot_shared::language::Language;
use ballot_shared::phone::PhoneNumber;
use ballot_shared::signup::{require_voter_id, validate_signup, FieldErrors};
use leptos::prelude::*;
use std::collections::BTreeMap;

/// Everything the voter typed, as signals.
#[derive(Clone, Copy)]
struct Form {
    identity: Identity,
    email_on: RwSignal<bool>,
    email: RwSignal<String>,
    sms_on: RwSignal<bool>,
    sms: RwSignal<String>,
    voice_on: RwSignal<bool>,
    voice: RwSignal<String>,
}

impl Form {
    /// Empty, or as the server handed it over (a form posted before the app took over).
    fn new() -> Self {
        Self {
            identity: Identity::handed_over(),
            email_on: RwSignal::new(handed_over::switch_on("email-switch")),
            email: RwSignal::new(handed_over::field("email-address")),
            sms_on: RwSignal::new(handed_over::switch_on("sms-switch")),
            sms: RwSignal::new(handed_over::field("sms-phone")),
            voice_on: RwSignal::new(handed_over::switch_on("voice-switch")),
            voice: RwSignal::new(handed_over::field("voice-phone")),
        }
    }

    fn request(&self) -> SignupRequest {
        FormValues {
            first_name: self.identity.first_name.get(),
            last_name: self.identity.last_name.get(),
            date_of_birth: self.identity.date_of_birth.get(),
            zip: self.identity.zip.get(),
            voter_id: self.identity.voter_id.get(),
            email_on: self.email_on.get(),
            email: self.email.get(),
            sms_on: self.sms_on.get(),
            sms: self.sms.get(),
            voice_on: self.voice_on.get(),
            voice: self.voice.get(),
        }
        .request(i18n::language())
    }
}

/// The form's values, from its signals or from a posted form: one way to a request, so the
/// app and the server (a form posted without the app) send the API the same thing.
struct FormValues {
    first_name: String,
    last_name: String,
    date_of_birth: String,
    zip: String,
    voter_id: String,
    email_on: bool,
    email: String,
    sms_on: bool,
    sms: String,
    voice_on: bool,
    voice: String,
}

impl FormValues {
    fn request(self, language: Language) -> SignupRequest {
        let typed_date = self.date_of_birth;
        let voter_id = self.voter_id;
        SignupRequest {
            first_name: self.first_name,
            last_name: self.last_name,
            date_of_birth: canonical_date(&typed_date).unwrap_or(typed_date),
            zip: self.zip,
            // The page's language is the one the voter reads: messages come in it too.
            language: language.code().into(),
            email: EmailChoice {
                opt_in: self.email_on,
                address: Some(self.email),
            },
            sms: PhoneChoice {
                opt_in: self.sms_on,
                phone: Some(self.sms),
            },
            voice: PhoneChoice {
                opt_in: self.voice_on,
                phone: Some(self.voice),
            },
            voter_id: (!voter_id.trim().is_empty()).then_some(voter_id),
            quiet_hours: None,
        }
    }
}

/// The sign-up a posted form asks for, if the rules let it go to the API (else the page,
/// rendered with the form, shows why): what the app would have sent.
pub fn posted_request(
    posted: &HandedOver,
    language: Language,
    today: CivilDate,
) -> Option<SignupRequest> {
    let text = |name: &str| posted.field(name).unwrap_or_default().to_string();
    let on = |name: &str| posted.field(name) == Some("on");
    let request = FormValues {
        first_name: text("first-name"),
        last_name: text("last-name"),
        date_of_birth: text("date-of-birth"),
        zip: text("zip"),
        voter_id: text("voter-id"),
        email_on: on("email-switch"),
        email: text("email-address"),
        sms_on: on("sms-switch"),
        sms: text("sms-phone"),
        voice_on: on("voice-switch"),
        voice: text("voice-phone"),
    }
    .request(language);
    let mut errors = validate_signup(&request, today).err().unwrap_or_default();
    // The voter ID field shows once it is needed, and is needed from then on.
    if posted.field("voter-id").is_some() {
        require_voter_id(request.voter_id.as_deref(), &mut errors);
    }
    errors.is_empty().then_some(request)
}

#[component]
pub fn SignupPage() -> impl IntoView {
    let form = Form::new();
    let handed = handed_over::handed_over();
    let today = dom::today();
    // Errors appear on submit and then follow the voter's typing, disappearing as each is
    // fixed. Never on leaving a field: an error appearing then moves the page under the
    // pointer, and the voter's next click lands on the wrong thing (seen in e2e).
    let submitted = RwSignal::new(handed.submitted);

    // The server's answer to the form as last sent: none while it is on its way (sending
    // clears it), nor after a submit the rules stopped, nor once the voter goes back to change
    // their details. What the page shows of the server is worked out from it.
    let submit = Action::new_local(|request: &SignupRequest| {
        let request = request.clone();
        async move { api_client::sign_up(&request).await }
    });
    if let Some(answer) = handed.read::<SignupResponse>() {
        submit.value().set(Some(answer));
    }
    let signed_up = move || submit.value().with(|answer| matches!(answer, Some(Ok(_))));
    // Field by field: invalid input, or a destination that had its day's confirmations.
    let server_fields = Memo::new(move |_| {
        submit.value().with(|answer| match answer {
            Some(Err(ApiFailure::Api { body, .. })) if is_field_failure(body) => {
                body.error.fields.clone()
            }
            _ => BTreeMap::new(),
        })
    });
    // Anything else: a sentence (and the field it is about), with its advice.
    let server_problem = Memo::new(move |_| {
        submit.value().with(|answer| match answer {
            Some(Err(ApiFailure::Api { body, .. })) if is_field_failure(body) => None,
            Some(Err(failure)) => Some(ServerProblem::of(failure)),
            _ => None,
        })
    });
    // Once more than one voter has these details, the voter ID is asked for, and needed, for
    // every later submit too.
    let voter_id_shown = handed.field("voter-id").is_some();
    let voter_id_needed = Memo::new(move |before: Option<&bool>| {
        before.copied().unwrap_or(voter_id_shown)
            || server_problem.with(|p| p.as_ref().is_some_and(ServerProblem::needs_voter_id))
    });

    let client_errors = Memo::new(move |_| -> FieldErrors {
        let request = form.request();
        let mut errors = validate_signup(&request, today).err().unwrap_or_default();
        if voter_id_needed.get() {
            require_voter_id(request.voter_id.as_deref(), &mut errors);
        }
        errors
    });
    let field_error = move |key: &'static str| {
        Signal::derive(move || {
            if !submitted.get() {
                return None;
            }
            client_errors
                .with(|errors| {
                    errors
                        .iter()
                        .find(|(k, _)| *k == key)
                        .map(|(_, m)| i18n::say(m))
                })
                .or_else(|| server_fields.with(|f| f.get(key).cloned()))
        })
    };

    // The summary lists what was wrong when the form was sent (see `ErrorSummary`): the rules'
    // errors, taken when it was sent, or what the server answered. While an answer is on its
    // way, the summary stays as it was.
    let sent_summary: RwSignal<Vec<SummaryItem>> =
        RwSignal::new(if handed.submitted && handed.answer.is_none() {
            // Sent without the app and stopped by the rules on the server.
            snapshot(client_errors.get_untracked(), &BTreeMap::new(), None)
        } else {
            Vec::new()
        });
    let summary_items = Memo::new(move |_| {
        let signed_up = submit
            .value()
            .with(|answer| answer.as_ref().map(Result::is_ok));
        match signed_up {
            Some(true) => Vec::new(),
            Some(false) => {
                server_fields.with(|fields| snapshot(Vec::new(), fields, server_problem.get()))
            }
            None => sent_summary.get(),
        }
    });
    let summary_help =
        Signal::derive(move || server_problem.get().map(|p| p.help).unwrap_or_default());
    let summary_visible = move || !summary_items.with(Vec::is_empty);
    // The title says where the voter is: the form (with "Error: " while errors show), or done.
    dom::follow(move || {
        let done = submit.value().with(|answer| match answer {
            Some(Ok(done)) => Some(done.outcome),
            _ => None,
        });
        if let Some(outcome) = done {
            let title = if outcome == SignupOutcome::Created {
                "signed-up-title"
            } else {
                "signed-up-already-title"
            };
            dom::set_title(&i18n::text(title), false);
        } else {
            dom::set_title(&i18n::text("signup-title"), summary_visible());
        }
    });
    // Focus follows the answer: to the heading that says what happened, or to the summary.
    focus_on_answer(submit, "page-heading", Some(ERROR_SUMMARY_ID));

    let on_submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        if submit.pending().get_untracked() {
            return;
        }
        submitted.set(true);
        if let Some(canonical) = canonical_date(&form.identity.date_of_birth.get_untracked()) {
            form.identity.date_of_birth.set(canonical);
        }
        if client_errors.with_untracked(|errors| errors.is_empty()) {
            // The summary shown stays until the answer replaces it.
            sent_summary.set(summary_items.get_untracked());
            submit.clear();
            submit.dispatch(form.request());
        } else {
            submit.clear();
            sent_summary.set(snapshot(
                client_errors.get_untracked(),
                &BTreeMap::new(),
                None,
            ));
            request_animation_frame(|| dom::focus_by_id(ERROR_SUMMARY_ID));
        }
    };

    // "Turn on at least one": the group and each switch are described by it, so the switch
    // the summary's link lands on reads it.
    let channels_error = field_error(field::CHANNELS);
    let switch_error =
        Signal::derive(move || channels_error.get().is_some().then_some("channels-error"));

    view! {
        <Show
            when=move || !signed_up()
            fallback=move || {
                view! {
                    <SignedUp
                        response=submit.value().get().and_then(Result::ok).expect("shown only after sign-up")
                        on_change=Callback::new(move |()| {
                            submit.clear();
                            sent_summary.set(Vec::new());
                            request_animation_frame(|| dom::focus_by_id("page-heading"));
                        })
                    />
                }
            }
        >
            <Show when=summary_visible>
                <ErrorSummary items=summary_items help=summary_help />
            </Show>
            <h1 id="page-heading" tabindex="-1">{t("signup-title")}</h1>
            <p class="lead">{t("signup-lead")}</p>
            <form novalidate method="post" on:submit=on_submit>
                // Without the app, Enter in a field sends the form with its first submit
                // button: this one, not a switch's.
                {ON_SERVER.then(|| view! {
                    <button type="submit" class="visually-hidden" tabindex="-1" aria-hidden="true">
                        {t("signup-submit")}
                    </button>
                })}
                <h2>{t("signup-your-details")}</h2>
                <p class="hint">{t("signup-details-hint")}</p>
                <IdentityFields
                    identity=form.identity
                    error=Callback::new(field_error)
                    zip_hint="field-zip-hint"
                    voter_id_needed=voter_id_needed
                />

                <fieldset class="channels" aria-describedby=move || channels_described_by(channels_error.get().is_some())>
                    <legend>
                        <h2>{t("channels-legend")}</h2>
                    </legend>
                    <div class="hint" id="channels-hint">{t("channels-hint")}</div>
                    <Show when=move || channels_error.get().is_some()>
                        <p class="error-message" id="channels-error">
                            <span class="error-prefix">{t("error-prefix")} " "</span>
                            {move || channels_error.get().unwrap_or_default()}
                        </p>
                    </Show>
                    <ChannelChoice
                        channel=Channel::Email
                        switch_id="email-switch"
                        switch_label=t("switch-email")
                        switch_error=switch_error
                        on=form.email_on
                        input=move || {
                            view! {
                                <TextField
                                    id="email-address"
                                    label=t("field-email")
                                    value=form.email
                                    error=field_error(field::EMAIL)
                                    input_type="email"
                                    autocomplete="email"
                                    no_spellcheck=true
                                />
                            }
                        }
                        destination=Signal::derive(move || {
                            EmailAddress::parse(&form.email.get()).ok().map(|e| e.as_str().to_string())
                        })
                    />
                    <ChannelChoice
                        channel=Channel::Sms
                        switch_id="sms-switch"
                        switch_label=t("switch-sms")
                        switch_error=switch_error
                        on=form.sms_on
                        input=move || {
                            view! {
                                <TextField
                                    id="sms-phone"
                                    label=t("field-sms-phone")
                                    hint=t("field-sms-phone-hint")
                                    value=form.sms
                                    error=field_error(field::SMS)
                                    input_type="tel"
                                    autocomplete="tel"
                                    width="input-width-20"
                                />
                            }
                        }
                        destination=Signal::derive(move || {
                            PhoneNumber::parse(&form.sms.get()).ok().map(|p| p.display())
                        })
                    />
                    <ChannelChoice
                        channel=Channel::Voice
                        switch_id="voice-switch"
                        switch_label=t("switch-voice")
                        switch_error=switch_error
                        on=form.voice_on
                        input=move || {
                            view! {
                                <TextField
                                    id="voice-phone"
                                    label=t("field-voice-phone")
                                    hint=t("field-voice-phone-hint")
                                    value=form.voice
                                    error=field_error(field::VOICE)
                                    input_type="tel"
                                    autocomplete="tel"
                                    width="input-width-20"
                                />
                            }
                        }
                        destination=Signal::derive(move || {
                            PhoneNumber::parse(&form.voice.get()).ok().map(|p| p.display())
                        })
                    />
                </fieldset>
                <button type="submit" class="button" aria-disabled=move || submit.pending().get().then_some("true")>
                    {move || i18n::text(if submit.pending().get() { "signup-submitting" } else { "signup-submit" })}
                </button>
            </form>
        </Show>
    }
}

/// An answer that blames fields: invalid input, or a destination that had its day's
/// confirmations.
fn is_field_failure(body: &ErrorBody) -> bool {
    body.error.code == code::INVALID_INPUT || !body.error.fields.is_empty()
}

/// The channel group's description: its hint, and its error while one shows.
fn channels_described_by(has_error: bool) -> &'static str {
    if has_error {
        "channels-hint channels-error"
    } else {
        "channels-hint"
    }
}

/// After a sign-up: where to look to confirm each destination, or, for a voter who was
/// already signed up, that nothing changed (and no link: whoever typed the details may not be
/// the voter).
#[component]
fn SignedUp(response: SignupResponse, on_change: Callback<()>) -> impl IntoView {
    let created = response.outcome == SignupOutcome::Created;
    let channels = response.channels;
    let sender = response.county_office;
    // (id, destination) of each sentence, said in the page's language as it renders.
    let mut lines: Vec<(&'static str, String)> = Vec::new();
    for (channel, view) in [
        (Channel::Email, channels.email),
        (Channel::Sms, channels.sms),
        (Channel::Voice, channels.voice),
    ] {
        if !view.opt_in {
            continue;
        }
        let Some(destination) = view.destination else {
            continue;
        };
        let id = match (
            view.awaiting_confirmation.is_some(),
            view.confirmation_sent,
            channel,
        ) {
            (false, _, _) => "signed-up-on-file",
            (true, false, _) => "signed-up-confirm-not-sent",
            (true, true, Channel::Email) => "signed-up-confirm-email",
            (true, true, Channel::Sms) => "signed-up-confirm-sms",
            (true, true, Channel::Voice) => "signed-up-confirm-voice",
        };
        lines.push((id, destination));
    }
    let status_url = response.subscription.map(|s| s.status_url);
    view! {
        <div class="panel-success">
            <h1 id="page-heading" tabindex="-1">
                {t(if created { "signed-up-title" } else { "signed-up-already-title" })}
            </h1>
            <p>{t(if created { "signed-up-new" } else { "signed-up-already" })}</p>
        </div>
        <h2>{t("signed-up-check")}</h2>
        <ul class="list">
            {lines
                .into_iter()
                .map(|(id, to)| {
                    view! {
                        <li>{speakable(i18n::said(Message::new(id).text("destination", to)))}</li>
                    }
                })
                .collect_view()}
        </ul>
        {(!created).then(|| view! { <p>{t("signed-up-already-on-file")}</p> })}
        <p>
            {i18n::said(Message::new("notifications-come-from").text("office", sender.clone()))}
        </p>
        {status_url.map(|url| view! {
            <p>
                <a href=url>{t("signed-up-see-status")}</a>
                " "
                {t("signed-up-same-link")}
            </p>
        })}
        // Without the app, the button sends the details back to the server, which shows the
        // form with them.
        <form method="post">
            {ON_SERVER.then(|| {
                handed_over::handed_over()
                    .fields
                    .into_iter()
                    .filter(|(name, _)| name != "toggle")
                    .map(|(name, value)| view! { <input type="hidden" name=name value=value /> })
                    .collect_view()
            })}
            <p>
                <button
                    type=if ON_SERVER { "submit" } else { "button" }
                    name=ON_SERVER.then_some("change")
                    value=ON_SERVER.then_some("1")
                    class="button button-secondary"
                    on:click=move |_| on_change.run(())
                >
                    {t("signed-up-change")}
                </button>
            </p>
        </form>
    }
}
