//! `/manage/{token}`: change channels and destinations, or stop everything.
//! Destinations on file are shown masked (the link may have been forwarded); an input left
//! empty keeps what is on file.

use crate::api_client::{self, ApiFailure};
use crate::components::channel_choice::ChannelChoice;
use crate::components::error_summary::{ErrorSummary, SummaryItem, ERROR_SUMMARY_ID};
use crate::components::text_field::TextField;
use crate::dom;
use crate::form_fields::input_id;
use crate::handed_over::{self, HandedOver, ON_SERVER};
use crate::i18n::{self, t};
use crate::pages::focus_on_answer;
use ballot_shared::api::{
    field, EmailChoice, PhoneChoice, PreferencesRequest, SubscriptionDetails,
};
use ballot_shared::channels::Channel;
use ballot_shared::email::EmailAddress;
use ballot_shared::i18n::Message;
use ballot_shared::language::Language;
use ballot_shared::phone::PhoneNumber;
use leptos::prelude::*;
use std::collections::BTreeMap;

fn typed(text: String) -> Option<String> {
    (!text.trim().is_empty()).then_some(text)
}

/// What a failed save or stop says, unless it is field by field (those go by their fields).
fn problem<T>(answer: Option<&Result<T, ApiFailure>>) -> Option<String> {
    match answer? {
        Ok(_) => None,
        Err(ApiFailure::Api { body, .. }) if !body.error.fields.is_empty() => None,
        Err(failure) => Some(failure.message()),
    }
}

#[component]
pub fn ManagePage(token: String) -> impl IntoView {
    let load_token = token.clone();
    // The server's answer comes with the page; the app asks only without one.
    let handed = crate::handed_over::handed_over().read::<SubscriptionDetails>();
    let fetched = LocalResource::new({
        let handed = handed.clone();
        move || {
            let token = load_token.clone();
            let handed = handed.clone();
            async move {
                match handed {
                    Some(answer) => answer,
                    None => api_client::subscription(&token).await,
                }
            }
        }
    });
    let loaded = Signal::derive(move || fetched.get().or_else(|| handed.clone()));
    // Each state has its own title (and heading): a tab named "Change or stop notifications"
    // over a link that cannot change anything misleads, in the tab list and in a screen
    // reader's window list.
    let title = move || match loaded.get() {
        Some(Err(ApiFailure::Api { status: 404, .. })) => "manage-not-found-title",
        Some(Err(ApiFailure::Api { status: 403, .. })) => "manage-read-only-title",
        Some(Err(ApiFailure::Api { status: 410, .. })) => "manage-expired-title",
        _ => "manage-title",
    };
    let form_shown = move || matches!(loaded.get(), Some(Ok(_)));
    dom::follow(move || {
        // The form sets its own, with "Error: " while its errors show.
        if !form_shown() {
            dom::set_title(&i18n::text(title()), false);
        }
    });
    view! {
        <h1 id="page-heading" tabindex="-1">{move || i18n::text(title())}</h1>
        {move || match loaded.get() {
            None => view! { <p>{t("manage-loading")}</p> }.into_any(),
            Some(Err(ApiFailure::Api { status: 404, .. })) => {
                view! { <p>{t("manage-not-found")}</p> }.into_any()
            }
            // A status link, or a manage link past its time: a fresh one can go to the
            // destinations on file (never to whoever holds this link).
            Some(Err(ApiFailure::Api { status: status @ (403 | 410), .. })) => {
                let reason = if status == 403 { "manage-read-only" } else { "manage-expired" };
                view! { <SendFreshLink token=token.clone() reason /> }.into_any()
            }
            Some(Err(failure)) => view! { <p>{failure.message()}</p> }.into_any(),
            Some(Ok(details)) => view! { <ManageForm token=token.clone() details /> }.into_any(),
        }}
    }
}

/// "Send a new link to the email or phone on file", for a link that cannot manage.
#[component]
fn SendFreshLink(token: String, reason: &'static str) -> impl IntoView {
    let status_link = format!("/status/{token}");
    let send = Action::new_local(move |_: &()| {
        let token = token.clone();
        async move { api_client::send_manage_link(&token).await }
    });
    if let Some(answer) = handed_over::handed_over().read_named("link") {
        send.value().set(Some(answer));
    }
    focus_on_answer(send, "link-sent", Some("link-sent"));
    view! {
        <p>{t(reason)}</p>
        {move || match send.value().get() {
            None => view! {
                <form method="post"><p>
                    <button
                        type=if ON_SERVER { "submit" } else { "button" }
                        name=ON_SERVER.then_some(DO)
                        value=ON_SERVER.then_some(SEND_LINK)
                        class="button"
                        aria-disabled=move || send.pending().get().then_some("true")
                        on:click=move |_| {
                            if !send.pending().get_untracked() {
                                send.dispatch(());
                            }
                        }
                    >
                        {t("manage-send-link")}
                    </button>
                </p></form>
            }
            .into_any(),
            Some(answer) => {
                let id = match answer {
                    Ok(sent) if !sent.sent_on.is_empty() => "manage-link-sent",
                    Ok(_) => "manage-link-not-sent",
                    Err(_) => "network-error",
                };
                view! {
                    <div class="panel-notice">
                        <p id="link-sent" tabindex="-1">{t(id)}</p>
                    </div>
                }
                .into_any()
            }
        }}
        <p><a href=status_link>{t("manage-see-status")}</a></p>
    }
}

#[component]
fn ManageForm(token: String, details: SubscriptionDetails) -> impl IntoView {
    let channels = &details.channels;
    // As the server handed it over (a form posted without the app), else as on file.
    let handed = handed_over::handed_over();
    // The choices form's fields came with the page (it was posted without the app, or the app
    // read them when it took over): they are the choices, unless everything was just stopped.
    let posted = handed.field("notification-language").is_some() && handed.field(DO) != Some(STOP);
    // A channel waiting for its confirmation shows on: saving keeps it waiting.
    let on = |c: &ballot_shared::api::ChannelView, switch: &str| {
        if posted {
            handed.field(switch) == Some("on")
        } else {
            c.opt_in || c.awaiting_confirmation.is_some()
        }
    };
    let email_on = RwSignal::new(on(&channels.email, "email-switch"));
    let sms_on = RwSignal::new(on(&channels.sms, "sms-switch"));
    let voice_on = RwSignal::new(on(&channels.voice, "voice-switch"));
    let email = RwSignal::new(handed_over::field("email-address"));
    let sms = RwSignal::new(handed_over::field("sms-phone"));
    let voice = RwSignal::new(handed_over::field("voice-phone"));
    let on_file = [
        channels.email.destination.clone(),
        channels.sms.destination.clone(),
        channels.voice.destination.clone(),
    ];
    let awaiting = [
        channels.email.awaiting_confirmation.clone(),
        channels.sms.awaiting_confirmation.clone(),
        channels.voice.awaiting_confirmation.clone(),
    ];
    let language = RwSignal::new(
        handed
            .field("notification-language")
            .and_then(|code| Language::parse(code).ok())
            .or_else(|| Language::parse(&details.language).ok())
            .unwrap_or_else(i18n::language),
    );
    let quiet = details.quiet_hours.clone();
    // Stopping erases the destinations: it is asked about first.
    let confirming_stop = RwSignal::new(handed.field(DO) == Some(STOP_ASK));

    // What the server said is worked out from the two actions' answers. A save's stays until
    // the next save's arrives (the saved panel and the save's problem hide while it is on its
    // way); a stop's until the next stop's, or until the next save is sent.
    let save_token = token.clone();
    let save = Action::new_local(move |request: &PreferencesRequest| {
        let request = request.clone();
        let token = save_token.clone();
        async move { api_client::update_preferences(&token, &request).await }
    });
    let stop_token = token.clone();
    let stop = Action::new_local(move |_: &()| {
        let token = stop_token.clone();
        async move {
            let answer = api_client::stop_all(&token).await;
            if answer.is_ok() {
                // Everything is off now, and the question is answered: the switches say so.
                confirming_stop.set(false);
                email_on.set(false);
                sms_on.set(false);
                voice_on.set(false);
            }
            answer
        }
    });
    if let Some(answer) = handed.read_named::<SubscriptionDetails>("save") {
        save.value().set(Some(answer));
    }
    if let Some(answer) = handed.read_named::<()>("stop") {
        stop.value().set(Some(answer));
    }
    let saved = Memo::new(move |_| {
        if save.pending().get() {
            return None;
        }
        save.value()
            .with(|answer| answer.as_ref().and_then(|a| a.as_ref().ok()).cloned())
    });
    // The server's field errors, from the last save's answer.
    let errors = Memo::new(move |_| {
        save.value().with(|answer| match answer {
            Some(Err(ApiFailure::Api { body, .. })) => body.error.fields.clone(),
            _ => BTreeMap::new(),
        })
    });
    // A failure that is not about a field: the last save's (once it answered), the last stop's.
    let problems = Memo::new(move |_| {
        let save_problem = if save.pending().get() {
            None
        } else {
            save.value().with(|answer| problem(answer.as_ref()))
        };
        save_problem
            .into_iter()
            .chain(stop.value().with(|answer| problem(answer.as_ref())))
            .collect::<Vec<String>>()
    });
    // Stopped: as loaded, then as the latest answer says (a save's details, or a stop that
    // worked). The actions' versions tell which answered since this was last worked out.
    let loaded_stopped = details.stopped;
    let stopped_by = Memo::new(move |before: Option<&(bool, usize, usize)>| {
        let (mut stopped, saves_seen, stops_seen) =
            before.copied().unwrap_or((loaded_stopped, 0, 0));
        let (saves, stops) = (save.version().get(), stop.version().get());
        if saves != saves_seen {
            if let Some(Ok(details)) = &*save.value().read_untracked() {
                stopped = details.stopped;
            }
        }
        if stops != stops_seen && matches!(*stop.value().read_untracked(), Some(Ok(()))) {
            stopped = true;
        }
        (stopped, saves, stops)
    });
    let stopped = move || stopped_by.with(|(stopped, ..)| *stopped);

    let items = Memo::new(move |_| {
        let mut items: Vec<SummaryItem> = errors.with(|errors| {
            errors
                .iter()
                .map(|(key, message)| SummaryItem::text(input_id(key), message.clone()))
                .collect()
        });
        items.extend(
            problems
                .get()
                .into_iter()
                .map(|m| SummaryItem::text(None, m)),
        );
        items
    });
    let field_error =
        move |key: &'static str| Signal::derive(move || errors.with(|e| e.get(key).cloned()));
    dom::follow(move || dom::set_title(&i18n::text("manage-title"), !items.with(Vec::is_empty)));
    focus_on_answer(save, "saved-heading", Some(ERROR_SUMMARY_ID));
    focus_on_answer(stop, "stopped-heading", None);

    let on_submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        // A new save answers for everything: the last stop's problem goes.
        stop.clear();
        save.dispatch(PreferencesRequest {
            language: language.get_untracked().code().to_string(),
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

    // "Now: m***@example.com. Leave empty to keep it…", for a destination on file, and
    // "Waiting for confirmation: …" for one that has not confirmed yet.
    let hint = |index: usize, id: &'static str| -> Option<Signal<String>> {
        let now = on_file[index].clone();
        let waiting = awaiting[index].clone();
        (now.is_some() || waiting.is_some()).then(|| {
            Signal::derive(move || {
                let mut text = now
                    .as_ref()
                    .map(|d| i18n::say(&Message::new(id).text("destination", d.clone())))
                    .unwrap_or_default();
                if let Some(d) = &waiting {
                    if !text.is_empty() {
                        text.push(' ');
                    }
                    text.push_str(&i18n::say(
                        &Message::new("manage-awaiting").text("destination", d.clone()),
                    ));
                }
                text
            })
        })
    };
    let (email_hint, sms_hint, voice_hint) = (
        hint(0, "manage-email-now"),
        hint(1, "manage-phone-now"),
        hint(2, "manage-phone-now"),
    );
    let on_language = move |ev: web_sys::Event| {
        let code = event_target_value(&ev);
        if let Ok(chosen) = Language::parse(&code) {
            language.set(chosen);
        }
    };
    let status_link = format!("/status/{token}");

    view! {
        <Show when=move || !items.with(Vec::is_empty)>
            <ErrorSummary items=items help=Signal::derive(Vec::new) />
        </Show>
        <p>
            {
                let office = details.status.county_office.clone();
                i18n::said(Message::new("notifications-come-from").text("office", office))
            }
        </p>
        <Show when=stopped>
            <div class="panel-notice">
                <h2 id="stopped-heading" tabindex="-1">{t("manage-stopped-title")}</h2>
                <p>{t("manage-stopped")}</p>
            </div>
        </Show>
        <Show when=move || saved.with(Option::is_some)>
            <div class="panel-notice">
                <h2 id="saved-heading" tabindex="-1">{t("manage-saved-title")}</h2>
                <p>
                    {move || {
                        let sent = saved.get().map(|d| {
                            (
                                d.channels.email.confirmation_sent || d.channels.voice.confirmation_sent,
                                d.channels.sms.confirmation_sent,
                            )
                        });
                        match sent {
                            Some((true, _)) | Some((_, true)) => i18n::text("manage-confirm-new"),
                            _ => String::new(),
                        }
                    }}
                </p>
            </div>
        </Show>
        <form novalidate method="post" id="manage-form" on:submit=on_submit>
            // Without the app, Enter in a field saves, not a switch (the first submit button).
            {ON_SERVER.then(|| view! {
                <button type="submit" name=DO value=SAVE class="visually-hidden" tabindex="-1" aria-hidden="true">
                    {t("manage-save")}
                </button>
            })}
            <fieldset class="channels">
                <legend><h2>{t("channels-legend")}</h2></legend>
                <ChannelChoice
                    channel=Channel::Email
                    switch_id="email-switch"
                    switch_label=t("switch-email")
                    on=email_on
                    input=move || view! {
                        <TextField id="email-address" label=t("field-email") hint=email_hint value=email
                            error=field_error(field::EMAIL) input_type="email" autocomplete="email" no_spellcheck=true />
                    }
                    destination=Signal::derive(move || EmailAddress::parse(&email.get()).ok().map(|e| e.as_str().to_string()))
                />
                <ChannelChoice
                    channel=Channel::Sms
                    switch_id="sms-switch"
                    switch_label=t("switch-sms")
                    on=sms_on
                    input=move || view! {
                        <TextField id="sms-phone" label=t("field-sms-phone") hint=sms_hint value=sms
                            error=field_error(field::SMS) input_type="tel" autocomplete="tel" width="input-width-20" />
                    }
                    destination=Signal::derive(move || PhoneNumber::parse(&sms.get()).ok().map(|p| p.display()))
                />
                <ChannelChoice
                    channel=Channel::Voice
                    switch_id="voice-switch"
                    switch_label=t("switch-voice")
                    on=voice_on
                    input=move || view! {
                        <TextField id="voice-phone" label=t("field-voice-phone") hint=voice_hint value=voice
                            error=field_error(field::VOICE) input_type="tel" autocomplete="tel" width="input-width-20" />
                    }
                    destination=Signal::derive(move || PhoneNumber::parse(&voice.get()).ok().map(|p| p.display()))
                />
            </fieldset>
            <div class="field">
                <label class="label" for="notification-language">{t("manage-language")}</label>
                <select
                    id="notification-language"
                    name="notification-language"
                    class="select"
                    on:change=on_language
                    prop:value=move || language.get().code()
                >
                    {Language::ALL
                        .into_iter()
                        .map(|option| {
                            view! {
                                <option
                                    value=option.code()
                                    lang=option.html_lang()
                                    selected=option == language.get_untracked()
                                >
                                    {option.native_name()}
                                </option>
                            }
                        })
                        .collect_view()}
                </select>
            </div>
            <button type="submit" name=ON_SERVER.then_some(DO) value=ON_SERVER.then_some(SAVE) class="button">
                {t("manage-save")}
            </button>
        </form>
        <h2>{t("manage-stop-title")}</h2>
        <p>{t("manage-stop-lead")}</p>
        // Without the app, each button below sends the choices form (`form`, so that what was
        // changed there is not lost) with what to do (`do`), and the server answers with the
        // question, or with everything stopped.
        <Show
            when=move || confirming_stop.get()
            fallback=move || view! {
                <p>
                    <button
                        type=if ON_SERVER { "submit" } else { "button" }
                        name=ON_SERVER.then_some(DO)
                        value=ON_SERVER.then_some(STOP_ASK)
                        form=ON_SERVER.then_some("manage-form")
                        formaction=ON_SERVER.then_some("#stop-confirm-heading")
                        id="stop-all"
                        class="button button-warning"
                        on:click=move |_| {
                            confirming_stop.set(true);
                            request_animation_frame(|| dom::focus_by_id("stop-confirm-heading"));
                        }
                    >
                        {t("manage-stop")}
                    </button>
                </p>
            }
        >
            <div class="panel-notice" role="group" aria-labelledby="stop-confirm-heading">
                <h3 id="stop-confirm-heading" tabindex="-1">{t("manage-stop-confirm-title")}</h3>
                <p>{t("manage-stop-confirm")}</p>
                <p class="button-group">
                    <button
                        type=if ON_SERVER { "submit" } else { "button" }
                        name=ON_SERVER.then_some(DO)
                        value=ON_SERVER.then_some(STOP)
                        form=ON_SERVER.then_some("manage-form")
                        formaction=ON_SERVER.then_some("#stopped-heading")
                        class="button button-warning"
                        aria-disabled=move || stop.pending().get().then_some("true")
                        on:click=move |_| {
                            if !stop.pending().get_untracked() {
                                stop.dispatch(());
                            }
                        }
                    >
                        {t("manage-stop-yes")}
                    </button>
                    <button
                        type=if ON_SERVER { "submit" } else { "button" }
                        name=ON_SERVER.then_some(DO)
                        value=ON_SERVER.then_some(STOP_CANCEL)
                        form=ON_SERVER.then_some("manage-form")
                        formaction=ON_SERVER.then_some("#stop-all")
                        class="button button-secondary"
                        on:click=move |_| {
                            confirming_stop.set(false);
                            request_animation_frame(|| dom::focus_by_id("stop-all"));
                        }
                    >
                        {t("manage-stop-cancel")}
                    </button>
                </p>
            </div>
        </Show>
        <p><a href=status_link>{t("manage-see-status")}</a></p>
    }
}

/// The field a manage form posted without the app says what to do with.
pub const DO: &str = "do";
pub const SAVE: &str = "save";
pub const STOP_ASK: &str = "stop-ask";
pub const STOP: &str = "stop";
pub const STOP_CANCEL: &str = "stop-cancel";
pub const SEND_LINK: &str = "send-link";
/// Set by the server when a switch's button sent the form.
pub const TOGGLE: &str = "toggle";

/// The choices a manage form posted without the app saves: what the app would have sent.
/// Quiet hours are not on the form: they stay as on file.
pub fn posted_preferences(
    posted: &HandedOver,
    quiet_hours: Option<ballot_shared::api::QuietHoursInput>,
) -> PreferencesRequest {
    let text = |name: &str| typed(posted.field(name).unwrap_or_default().to_string());
    let on = |name: &str| posted.field(name) == Some("on");
    PreferencesRequest {
        language: posted
            .field("notification-language")
            .unwrap_or("en")
            .to_string(),
        email: EmailChoice {
            opt_in: on("email-switch"),
            address: text("email-address"),
        },
        sms: PhoneChoice {
            opt_in: on("sms-switch"),
            phone: text("sms-phone"),
        },
        voice: PhoneChoice {
            opt_in: on("voice-switch"),
            phone: text("voice-phone"),
        },
        quiet_hours,
    }
}
