//! `/manage/{token}`: change channels and destinations, or stop everything.
//! Destinations on file are shown masked (the link may have been forwarded); an input left
//! empty keeps what is on file.

use crate::api_client::{self, ApiFailure};
use crate::components::channel_choice::ChannelChoice;
use crate::components::error_summary::{ErrorSummary, SummaryItem, ERROR_SUMMARY_ID};
use crate::components::text_field::TextField;
use crate::dom;
use crate::form_fields::input_id;
use ballot_shared::api::{
    field, EmailChoice, PhoneChoice, PreferencesRequest, SubscriptionDetails,
};
use ballot_shared::channels::Channel;
use ballot_shared::email::EmailAddress;
use ballot_shared::phone::PhoneNumber;
use leptos::prelude::*;

const TITLE: &str = "Change or stop notifications";

fn typed(text: String) -> Option<String> {
    (!text.trim().is_empty()).then_some(text)
}

#[component]
pub fn ManagePage(token: String) -> impl IntoView {
    dom::set_title(TITLE, false);
    let load_token = token.clone();
    let loaded = LocalResource::new(move || {
        let token = load_token.clone();
        async move { api_client::subscription(&token).await }
    });
    view! {
        <h1 id="page-heading" tabindex="-1">{TITLE}</h1>
        {move || match loaded.get() {
            None => view! { <p>"Loading your choices…"</p> }.into_any(),
            Some(Err(ApiFailure::Api { status: 404, .. })) => {
                view! { <p>"We could not find these notifications. Check that the whole link from your message was opened."</p> }
                    .into_any()
            }
            Some(Err(failure)) => view! { <p>{failure.message()}</p> }.into_any(),
            Some(Ok(details)) => view! { <ManageForm token=token.clone() details /> }.into_any(),
        }}
    }
}

#[component]
fn ManageForm(token: String, details: SubscriptionDetails) -> impl IntoView {
    let channels = &details.channels;
    let email_on = RwSignal::new(channels.email.opt_in);
    let sms_on = RwSignal::new(channels.sms.opt_in);
    let voice_on = RwSignal::new(channels.voice.opt_in);
    let email = RwSignal::new(String::new());
    let sms = RwSignal::new(String::new());
    let voice = RwSignal::new(String::new());
    let on_file = [
        channels.email.destination.clone(),
        channels.sms.destination.clone(),
        channels.voice.destination.clone(),
    ];
    let errors: RwSignal<Vec<(String, String)>> = RwSignal::new(Vec::new());
    let problem: RwSignal<Option<String>> = RwSignal::new(None);
    let saved: RwSignal<Option<SubscriptionDetails>> = RwSignal::new(None);
    let stopped = RwSignal::new(details.stopped);
    let language = details.language.clone();
    let quiet = details.quiet_hours.clone();

    let items = Signal::derive(move || {
        let mut items: Vec<SummaryItem> = errors
            .get()
            .into_iter()
            .map(|(key, message)| SummaryItem {
                target: input_id(&key),
                message,
            })
            .collect();
        if let Some(message) = problem.get() {
            items.push(SummaryItem {
                target: None,
                message,
            });
        }
        items
    });
    let field_error = move |key: &'static str| {
        Signal::derive(move || {
            errors.with(|e| e.iter().find(|(k, _)| k == key).map(|(_, m)| m.clone()))
        })
    };
    Effect::new(move |_| dom::set_title(TITLE, !items.with(Vec::is_empty)));

    let save_token = token.clone();
    let save = Action::new_local(move |request: &PreferencesRequest| {
        let request = request.clone();
        let token = save_token.clone();
        async move { api_client::update_preferences(&token, &request).await }
    });
    Effect::new(move |_| {
        let Some(answer) = save.value().get() else {
            return;
        };
        match answer {
            Ok(details) => {
                errors.set(Vec::new());
                stopped.set(details.stopped);
                saved.set(Some(details));
                request_animation_frame(|| dom::focus_by_id("saved-heading"));
            }
            Err(ApiFailure::Api { body, .. }) if !body.error.fields.is_empty() => {
                errors.set(body.error.fields.into_iter().collect());
                request_animation_frame(|| dom::focus_by_id(ERROR_SUMMARY_ID));
            }
            Err(failure) => {
                problem.set(Some(failure.message()));
                request_animation_frame(|| dom::focus_by_id(ERROR_SUMMARY_ID));
            }
        }
    });
    let on_submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        problem.set(None);
        saved.set(None);
        save.dispatch(PreferencesRequest {
            language: language.clone(),
            email: EmailChoice {
                opt_in: email_on.get_untracked(),
                address: typed(email.get_untracked()),
            },
            sms: PhoneChoice {
                opt_in: sms_on.get_untracked(),
                phone: typed(sms.get_untracked()),
            },
            voice: PhoneChoice {
                opt_in: voice_on.get_untracked(),
                phone: typed(voice.get_untracked()),
            },
            quiet_hours: Some(quiet.clone()),
        });
    };

    let stop_token = token.clone();
    let stop = Action::new_local(move |_: &()| {
        let token = stop_token.clone();
        async move { api_client::stop_all(&token).await }
    });
    Effect::new(move |_| {
        if let Some(Ok(())) = stop.value().get() {
            stopped.set(true);
            email_on.set(false);
            sms_on.set(false);
            voice_on.set(false);
            request_animation_frame(|| dom::focus_by_id("stopped-heading"));
        } else if let Some(Err(failure)) = stop.value().get() {
            problem.set(Some(failure.message()));
        }
    });

    let hint = |index: usize, what: &str| -> String {
        on_file[index]
            .as_ref()
            .map(|current| {
                format!("Now: {current}. Leave empty to keep it, or enter a new {what}.")
            })
            .unwrap_or_default()
    };
    let (email_hint, sms_hint, voice_hint) =
        (hint(0, "address"), hint(1, "number"), hint(2, "number"));
    let status_link = format!("/status/{token}");

    view! {
        <Show when=move || !items.with(Vec::is_empty)>
            <ErrorSummary items=items help=Signal::derive(Vec::new) />
        </Show>
        <p>"Notifications come from " <strong>{details.status.county_office.clone()}</strong> "."</p>
        <Show when=move || stopped.get()>
            <div class="panel-notice">
                <h2 id="stopped-heading" tabindex="-1">"Notifications are stopped"</h2>
                <p>"You will get no more notifications. Turn a channel on below to start again."</p>
            </div>
        </Show>
        <Show when=move || saved.with(Option::is_some)>
            <div class="panel-notice">
                <h2 id="saved-heading" tabindex="-1">"Your choices are saved"</h2>
                <p>
                    {move || {
                        let confirmed: Vec<&str> = saved
                            .get()
                            .map(|d| {
                                let mut sent = Vec::new();
                                if d.channels.email.confirmation_sent { sent.push("an email"); }
                                if d.channels.sms.confirmation_sent { sent.push("a text message"); }
                                sent
                            })
                            .unwrap_or_default();
                        if confirmed.is_empty() {
                            String::new()
                        } else {
                            format!("We sent a confirmation by {}.", confirmed.join(" and "))
                        }
                    }}
                </p>
            </div>
        </Show>
        <form novalidate on:submit=on_submit>
            <fieldset class="channels">
                <legend><h2>"How should we notify you?"</h2></legend>
                <ChannelChoice
                    channel=Channel::Email
                    switch_id="email-switch"
                    switch_label="Email"
                    on=email_on
                    input=move || view! {
                        <TextField id="email-address" label="Email address" hint=email_hint.clone() value=email
                            error=field_error(field::EMAIL) input_type="email" autocomplete="email" no_spellcheck=true />
                    }
                    destination=Signal::derive(move || EmailAddress::parse(&email.get()).ok().map(|e| e.as_str().to_string()))
                />
                <ChannelChoice
                    channel=Channel::Sms
                    switch_id="sms-switch"
                    switch_label="Text message (SMS)"
                    on=sms_on
                    input=move || view! {
                        <TextField id="sms-phone" label="Mobile phone number" hint=sms_hint.clone() value=sms
                            error=field_error(field::SMS) input_type="tel" autocomplete="tel" width="input-width-20" />
                    }
                    destination=Signal::derive(move || PhoneNumber::parse(&sms.get()).ok().map(|p| p.display()))
                />
                <ChannelChoice
                    channel=Channel::Voice
                    switch_id="voice-switch"
                    switch_label="Voice call"
                    on=voice_on
                    input=move || view! {
                        <TextField id="voice-phone" label="Phone number for calls" hint=voice_hint.clone() value=voice
                            error=field_error(field::VOICE) input_type="tel" autocomplete="tel" width="input-width-20" />
                    }
                    destination=Signal::derive(move || PhoneNumber::parse(&voice.get()).ok().map(|p| p.display()))
                />
            </fieldset>
            <button type="submit" class="button">"Save changes"</button>
        </form>
        <h2>"Stop all notifications"</h2>
        <p>"You will get no more emails, texts or calls about your ballot."</p>
        <p>
            <button type="button" class="button button-warning" on:click=move |_| { stop.dispatch(()); }>
                "Stop all notifications"
            </button>
        </p>
        <p><a href=status_link>"See your ballot status"</a></p>
    }
}
