//! What a subscription's token opens: its preferences and ballot timeline, changing them, and
//! stopping them.

use crate::app::AppState;
use crate::ballot_status;
use crate::clock;
use crate::confirmations::{enqueue_confirmations, Recipient};
use crate::error::ApiError;
use crate::store::subscriptions::{self, PreferenceChanges, Subscription};
use crate::store::{ballot_events, voters};
use ballot_shared::api::{
    BallotStatusView, ChannelView, ChannelsView, PreferencesRequest, QuietHoursInput,
    SubscriptionDetails,
};
use ballot_shared::channels::{Channel, Channels};
use ballot_shared::email::EmailAddress;
use ballot_shared::language::Language;
use ballot_shared::phone::PhoneNumber;
use ballot_shared::signup::Preferences;

/// Tokens are 32 lowercase hex characters; anything else is not looked up.
fn well_formed(token: &str) -> bool {
    token.len() == 32
        && token
            .bytes()
            .all(|b| b.is_ascii_hexdigit() && !b.is_ascii_uppercase())
}

pub async fn find(state: &AppState, token: &str) -> Result<Subscription, ApiError> {
    if !well_formed(token) {
        return Err(ApiError::NotFound);
    }
    subscriptions::find_by_token(state.store.pool(), token)
        .await?
        .ok_or(ApiError::NotFound)
}

/// The voter's ballots, as the status page shows them.
pub async fn status_view(
    state: &AppState,
    subscription: &Subscription,
    language: Language,
) -> Result<BallotStatusView, ApiError> {
    let voter = voters::get(state.store.pool(), &subscription.voter_id)
        .await?
        .ok_or(ApiError::NotFound)?;
    let events = ballot_events::timeline(state.store.pool(), &voter.voter_id).await?;
    let public_url = &state.config.public_url;
    let links = (
        format!("{public_url}/status/{}", subscription.token),
        format!("{public_url}/manage/{}", subscription.token),
    );
    let office = state.offices.get(&state.store, &voter.county).await?;
    Ok(ballot_status::view(
        crate::locales::catalog(language),
        &office,
        &voter.first_name,
        &events,
        (&links.0, &links.1),
    ))
}

/// The stored destinations as `Channels` (they were checked when saved).
fn stored_channels(subscription: &Subscription) -> Channels {
    Channels {
        email: subscription
            .email_address
            .as_deref()
            .and_then(|a| EmailAddress::parse(a).ok()),
        sms: subscription
            .sms_phone
            .as_deref()
            .and_then(|p| PhoneNumber::parse(p).ok()),
        voice: subscription
            .voice_phone
            .as_deref()
            .and_then(|p| PhoneNumber::parse(p).ok()),
    }
}

pub async fn details(
    state: &AppState,
    subscription: &Subscription,
) -> Result<SubscriptionDetails, ApiError> {
    let channels = stored_channels(subscription);
    let view = |channel: Channel| ChannelView {
        opt_in: channels.is_on(channel),
        destination: channels.masked(channel),
        confirmation_sent: false,
    };
    Ok(SubscriptionDetails {
        language: subscription.language.clone(),
        stopped: !Channel::ALL.iter().any(|c| channels.is_on(*c)),
        channels: ChannelsView {
            email: view(Channel::Email),
            sms: view(Channel::Sms),
            voice: view(Channel::Voice),
        },
        quiet_hours: QuietHoursInput {
            start: subscription.quiet_start.clone(),
            end: subscription.quiet_end.clone(),
        },
        status: status_view(state, subscription, crate::locales::request_language()).await?,
    })
}

/// A switch that is on with its input left empty keeps the destination on file: the manage
/// page shows destinations only masked, so the voter cannot be asked to type them again.
pub fn with_kept_destinations(
    subscription: &Subscription,
    mut request: PreferencesRequest,
) -> PreferencesRequest {
    let keep = |typed: &mut Option<String>, on_file: &Option<String>| {
        if typed.as_deref().is_none_or(|t| t.trim().is_empty()) {
            typed.clone_from(on_file);
        }
    };
    if request.email.opt_in {
        keep(&mut request.email.address, &subscription.email_address);
    }
    if request.sms.opt_in {
        keep(&mut request.sms.phone, &subscription.sms_phone);
    }
    if request.voice.opt_in {
        keep(&mut request.voice.phone, &subscription.voice_phone);
    }
    request
}

/// Saves new choices; email and SMS destinations that are new get a confirmation.
pub async fn update(
    state: &AppState,
    subscription: &Subscription,
    preferences: Preferences,
) -> Result<SubscriptionDetails, ApiError> {
    let voter = voters::get(state.store.pool(), &subscription.voter_id)
        .await?
        .ok_or(ApiError::NotFound)?;
    let before = stored_channels(subscription);
    let after = &preferences.channels;
    let changed: Vec<Channel> = Channel::ALL
        .into_iter()
        .filter(|c| after.is_on(*c) && after.destination(*c) != before.destination(*c))
        .collect();
    let office = state.offices.get(&state.store, &voter.county).await?;
    let now = clock::now();
    let mut tx = state.store.begin().await?;
    subscriptions::update_preferences(
        &mut tx,
        subscription.subscription_id,
        &PreferenceChanges {
            language: preferences.language.code(),
            email_address: after.destination(Channel::Email),
            sms_phone: after.destination(Channel::Sms),
            voice_phone: after.destination(Channel::Voice),
            quiet_start: &preferences.quiet_hours.start(),
            quiet_end: &preferences.quiet_hours.end(),
        },
        &now,
    )
    .await?;
    let recipient = Recipient {
        language: preferences.language,
        subscription_id: subscription.subscription_id,
        token: &subscription.token,
        first_name: &voter.first_name,
        office: &office,
    };
    let confirmed = enqueue_confirmations(
        &mut tx,
        &recipient,
        after,
        &changed,
        &state.config.public_url,
        &now,
    )
    .await?;
    tx.commit().await?;
    let saved = find(state, &subscription.token).await?;
    let mut details = details(state, &saved).await?;
    for channel in confirmed {
        match channel {
            Channel::Email => details.channels.email.confirmation_sent = true,
            Channel::Sms => details.channels.sms.confirmation_sent = true,
            Channel::Voice => details.channels.voice.confirmation_sent = true,
        }
    }
    Ok(details)
}

/// Stops one channel or all of them.
pub async fn stop(
    state: &AppState,
    subscription: &Subscription,
    channel: Option<Channel>,
) -> Result<(), ApiError> {
    subscriptions::stop(
        state.store.pool(),
        subscription.subscription_id,
        channel.map(Channel::code),
        &clock::now(),
    )
    .await?;
    Ok(())
}
