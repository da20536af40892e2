//! What a subscription's links open. A status link (or a live manage link) shows the ballot;
//! only a manage link that has not expired changes or stops notifications, and a new
//! destination it sets waits for confirmation like any other.

use crate::clock::{self, Timestamp};
use crate::domain::ballot_status;
use crate::domain::destinations::{
    self, destination_of, Asker, DestinationError, Removal, Requested,
};
use crate::domain::services::Services;
use crate::domain::signups;
use crate::store::access_tokens::{self, FoundToken, TokenKind};
use crate::store::destination_requests;
use crate::store::destination_requests::Via;
use crate::store::subscriptions::{self, Subscription};
use crate::store::{ballot_events, mail_scans, signature_cures, voters};
use ballot_shared::api::{
    BallotStatusView, ChannelView, ChannelsView, PreferencesRequest, QuietHoursInput,
    SubscriptionDetails,
};
use ballot_shared::channels::{masked_destination, Channel};
use ballot_shared::language::Language;
use ballot_shared::signup::{FieldErrors, Preferences};

#[derive(Debug, thiserror::Error)]
pub enum LinkError {
    #[error("no such link")]
    NotFound,
    /// A manage (or confirmation, or undo) link past its time, or used.
    #[error("the link has expired")]
    Expired,
    /// A status link where a manage link is needed.
    #[error("the link only shows the status")]
    ReadOnly,
    #[error("invalid input")]
    Invalid(FieldErrors),
    #[error("too many confirmations today")]
    TooManyConfirmations(Channel),
    /// An undo after a newer change.
    #[error("changed again since")]
    ChangedSince,
    #[error(transparent)]
    Database(#[from] sqlx::Error),
}

impl From<DestinationError> for LinkError {
    fn from(error: DestinationError) -> Self {
        match error {
            DestinationError::TooManyConfirmations(c) => LinkError::TooManyConfirmations(c),
            DestinationError::NotFound => LinkError::NotFound,
            DestinationError::Expired => LinkError::Expired,
            DestinationError::ChangedSince => LinkError::ChangedSince,
            DestinationError::Database(e) => LinkError::Database(e),
        }
    }
}

/// What a request needs its link to be able to do.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Access {
    /// See the ballot's status: a status link, or a manage link.
    ViewStatus,
    /// Change or stop notifications: a manage link that has not expired.
    Manage,
}

/// The subscription `token` opens for `access`, with the token found.
pub async fn open(
    services: Services<'_>,
    token: &str,
    access: Access,
) -> Result<(Subscription, FoundToken), LinkError> {
    if !crate::domain::token::well_formed(token) {
        return Err(LinkError::NotFound);
    }
    let found = access_tokens::find(
        services.store.pool(),
        &crate::domain::token::lookup_key(token),
    )
    .await?;
    let now = clock::now();
    let manage = found.iter().find(|t| t.kind == TokenKind::Manage);
    let status = found.iter().find(|t| t.kind == TokenKind::Status);
    let usable = match access {
        Access::Manage => match (manage, status) {
            (Some(m), _) if !m.expired(now) => m,
            (Some(_), _) => return Err(LinkError::Expired),
            (None, Some(_)) => return Err(LinkError::ReadOnly),
            (None, None) => return Err(LinkError::NotFound),
        },
        Access::ViewStatus => match (status, manage) {
            (Some(s), _) => s,
            (None, Some(m)) if !m.expired(now) => m,
            (None, Some(_)) => return Err(LinkError::Expired),
            (None, None) => return Err(LinkError::NotFound),
        },
    };
    let subscription = subscriptions::get(services.store.pool(), usable.subscription_id)
        .await?
        .ok_or(LinkError::NotFound)?;
    Ok((subscription, usable.clone()))
}

/// The voter's ballots, as the status page shows them.
pub async fn status_view(
    services: Services<'_>,
    subscription: &Subscription,
    language: Language,
) -> Result<BallotStatusView, LinkError> {
    let voter = voters::get(services.store.pool(), &subscription.voter_id)
        .await?
        .ok_or(LinkError::NotFound)?;
    let events = ballot_events::timeline(services.store.pool(), &voter.voter_id).await?;
    let pieces = mail_scans::of_voter(services.store.pool(), &voter.voter_id).await?;
    let office = services.offices.get(services.store, &voter.county).await?;
    let cures = signature_cures::of_voter(services.store.pool(), &voter.voter_id).await?;
    let catalog = crate::domain::locales::catalog(language);
    let mut view = ballot_status::view(
        catalog,
        &office,
        &voter.first_name,
        &events,
        &pieces,
        &services.config.public_url,
    );
    ballot_status::add_cures(
        &mut view,
        catalog,
        &office,
        &cures,
        ballot_status::Reader::Voter,
    );
    // The cure page's link, where this deployment takes cures (`CURE_ENCRYPTION_KEY`).
    if services.config.cure_key.is_some() {
        let mut certified = std::collections::BTreeSet::new();
        for ballot in &view.ballots {
            if crate::store::retention::get(services.store.pool(), &ballot.election_id)
                .await?
                .is_some_and(|e| e.certified_on.is_some())
            {
                certified.insert(ballot.election_id.clone());
            }
        }
        ballot_status::mark_cures_open(&mut view, catalog, &office, &events, &cures, |election| {
            certified.contains(election)
        });
    }
    Ok(view)
}

/// Preferences, destinations (masked, with those awaiting confirmation) and the timeline.
pub async fn details(
    services: Services<'_>,
    subscription: &Subscription,
    manage_expires_at: Option<Timestamp>,
    language: Language,
) -> Result<SubscriptionDetails, LinkError> {
    let waiting = destination_requests::waiting(
        services.store.pool(),
        subscription.subscription_id,
        clock::now(),
    )
    .await?;
    let view = |channel: Channel| ChannelView {
        opt_in: destination_of(subscription, channel).is_some(),
        destination: destination_of(subscription, channel).map(|d| masked_destination(channel, d)),
        awaiting_confirmation: waiting
            .iter()
            .rev()
            .find(|r| r.channel == channel)
            .map(|r| masked_destination(channel, &r.destination)),
        confirmation_sent: false,
    };
    Ok(SubscriptionDetails {
        manage_expires_at: manage_expires_at.map(|at| at.to_string()),
        language: subscription.language.clone(),
        stopped: !Channel::ALL
            .iter()
            .any(|c| destination_of(subscription, *c).is_some()),
        channels: ChannelsView {
            email: view(Channel::Email),
            sms: view(Channel::Sms),
            voice: view(Channel::Voice),
        },
        quiet_hours: QuietHoursInput {
            start: subscription.quiet_start.clone(),
            end: subscription.quiet_end.clone(),
        },
        status: status_view(services, subscription, language).await?,
    })
}

/// A switch that is on with its input left empty keeps the destination on file, or the one
/// waiting for its confirmation: the manage page shows destinations only masked, so the voter
/// cannot be asked to type them again.
pub async fn with_kept_destinations(
    services: Services<'_>,
    subscription: &Subscription,
    mut request: PreferencesRequest,
) -> Result<PreferencesRequest, LinkError> {
    let waiting = destination_requests::waiting(
        services.store.pool(),
        subscription.subscription_id,
        clock::now(),
    )
    .await?;
    let kept = |channel: Channel| {
        destination_of(subscription, channel)
            .map(str::to_string)
            .or_else(|| {
                waiting
                    .iter()
                    .rev()
                    .find(|r| r.channel == channel)
                    .map(|r| r.destination.clone())
            })
    };
    let keep = |typed: &mut Option<String>, channel: Channel| {
        if typed.as_deref().is_none_or(|t| t.trim().is_empty()) {
            *typed = kept(channel);
        }
    };
    if request.email.opt_in {
        keep(&mut request.email.address, Channel::Email);
    }
    if request.sms.opt_in {
        keep(&mut request.sms.phone, Channel::Sms);
    }
    if request.voice.opt_in {
        keep(&mut request.voice.phone, Channel::Voice);
    }
    Ok(request)
}

/// Saves new choices: the language and quiet hours at once, a switch turned off at once, and a
/// new destination once it is confirmed (a confirmation goes to it now).
pub async fn update(
    services: Services<'_>,
    subscription: &Subscription,
    found: &FoundToken,
    preferences: Preferences,
    language: Language,
) -> Result<SubscriptionDetails, LinkError> {
    services
        .channel_policy
        .check(&preferences.channels)
        .map_err(LinkError::Invalid)?;
    let voter = voters::get(services.store.pool(), &subscription.voter_id)
        .await?
        .ok_or(LinkError::NotFound)?;
    let office = services.offices.get(services.store, &voter.county).await?;
    let now = clock::now();
    let mut tx = services.store.begin().await?;
    subscriptions::update_settings(
        &mut tx,
        subscription.subscription_id,
        preferences.language.code(),
        &preferences.quiet_hours.start(),
        &preferences.quiet_hours.end(),
        now,
    )
    .await?;
    let asker = Asker {
        subscription_id: subscription.subscription_id,
        via: Via::Manage,
        voter: &voter,
        office: &office,
        language: preferences.language,
        public_url: &services.config.public_url,
    };
    let waiting =
        destination_requests::waiting(services.store.pool(), subscription.subscription_id, now)
            .await?;
    let mut confirming = Vec::new();
    let mut removed: Vec<(Channel, &str)> = Vec::new();
    for channel in Channel::ALL {
        let on_file = destination_of(subscription, channel);
        let already_waiting = |wanted: &str| {
            waiting
                .iter()
                .any(|r| r.channel == channel && r.destination == wanted)
        };
        match preferences.channels.destination(channel) {
            None => {
                if let Some(was) = on_file {
                    removed.push((channel, was));
                }
                subscriptions::stop(&mut tx, subscription.subscription_id, Some(channel), now)
                    .await?;
                destination_requests::cancel_waiting(
                    &mut tx,
                    subscription.subscription_id,
                    Some(channel),
                    now,
                )
                .await?;
            }
            Some(wanted) if Some(wanted) == on_file || already_waiting(wanted) => {}
            Some(wanted) => {
                let requested = destinations::request_confirmation(
                    &mut tx,
                    services.config.confirmation_caps,
                    &asker,
                    channel,
                    wanted,
                    now,
                )
                .await?;
                if requested == Requested::Sent {
                    confirming.push(channel);
                }
            }
        }
    }
    destinations::tell_removed(
        &mut tx,
        &Removal {
            subscription,
            first_name: &voter.first_name,
            office: &office,
            destination_request_id: None,
            public_url: &services.config.public_url,
        },
        &removed,
        now,
    )
    .await?;
    tx.commit().await?;
    let saved = subscriptions::get(services.store.pool(), subscription.subscription_id)
        .await?
        .ok_or(LinkError::NotFound)?;
    let mut details = details(services, &saved, found.expires_at, language).await?;
    for channel in confirming {
        match channel {
            Channel::Email => details.channels.email.confirmation_sent = true,
            Channel::Sms => details.channels.sms.confirmation_sent = true,
            Channel::Voice => details.channels.voice.confirmation_sent = true,
        }
    }
    Ok(details)
}

/// Stops every channel (a manage link's "stop all"), and any destination still waiting to
/// confirm; each destination taken off is told, so a forwarded link cannot stop a voter's
/// alerts unnoticed.
pub async fn stop_all(
    services: Services<'_>,
    subscription: &Subscription,
) -> Result<(), LinkError> {
    let voter = voters::get(services.store.pool(), &subscription.voter_id)
        .await?
        .ok_or(LinkError::NotFound)?;
    let office = services.offices.get(services.store, &voter.county).await?;
    let now = clock::now();
    let mut tx = services.store.begin().await?;
    destination_requests::lock_subscription(&mut tx, subscription.subscription_id).await?;
    // As it is now, not as the page that asked read it.
    let current = subscriptions::get_in(&mut tx, subscription.subscription_id)
        .await?
        .ok_or(LinkError::NotFound)?;
    let removed: Vec<(Channel, &str)> = Channel::ALL
        .into_iter()
        .filter_map(|c| destination_of(&current, c).map(|d| (c, d)))
        .collect();
    subscriptions::stop(&mut tx, subscription.subscription_id, None, now).await?;
    destination_requests::cancel_waiting(&mut tx, subscription.subscription_id, None, now).await?;
    destinations::tell_removed(
        &mut tx,
        &Removal {
            subscription: &current,
            first_name: &voter.first_name,
            office: &office,
            destination_request_id: None,
            public_url: &services.config.public_url,
        },
        &removed,
        now,
    )
    .await?;
    tx.commit().await?;
    Ok(())
}

/// One-click unsubscribe (RFC 8058) from a message's link: a confirmation request's link
/// cancels that request; any other stops its channel, but only while the channel still goes
/// where that message went (an old message cannot stop a later owner's notifications).
pub async fn unsubscribe(
    services: Services<'_>,
    token: &str,
    asked_channel: Option<Channel>,
) -> Result<(), LinkError> {
    if !crate::domain::token::well_formed(token) {
        return Err(LinkError::NotFound);
    }
    let found = access_tokens::find(
        services.store.pool(),
        &crate::domain::token::lookup_key(token),
    )
    .await?
    .into_iter()
    .find(|t| t.kind == TokenKind::Unsubscribe)
    .ok_or(LinkError::NotFound)?;
    let now = clock::now();
    let mut tx = services.store.begin().await?;
    if let Some(request_id) = found.destination_request_id {
        if let Some(request) = destination_requests::get(&mut tx, request_id).await? {
            if request.confirmed_at.is_none() {
                // That request alone: other requests for the channel are someone else's.
                destination_requests::cancel(&mut tx, request_id, now).await?;
                tx.commit().await?;
                return Ok(());
            }
        }
    }
    let subscription = subscriptions::get_in(&mut tx, found.subscription_id)
        .await?
        .ok_or(LinkError::NotFound)?;
    let channels: Vec<Channel> = match (found.channel, asked_channel) {
        (Some(own), _) => vec![own],
        // Links from before tokens were split stop what they name, or everything.
        (None, Some(asked)) => vec![asked],
        (None, None) => Channel::ALL.to_vec(),
    };
    for channel in channels {
        let still_there = match &found.recipient {
            Some(recipient) => destination_of(&subscription, channel) == Some(recipient.as_str()),
            None => true,
        };
        if still_there {
            subscriptions::stop(&mut tx, subscription.subscription_id, Some(channel), now).await?;
        }
    }
    tx.commit().await?;
    Ok(())
}

/// Sends a fresh manage link to the destinations on file, for anyone holding any link of the
/// subscription (a status link, an expired manage link): it goes only to the voter's own
/// confirmed destinations, a few times a day at most.
pub async fn send_manage_link(
    services: Services<'_>,
    token: &str,
) -> Result<Vec<Channel>, LinkError> {
    if !crate::domain::token::well_formed(token) {
        return Err(LinkError::NotFound);
    }
    let found = access_tokens::find(
        services.store.pool(),
        &crate::domain::token::lookup_key(token),
    )
    .await?;
    let subscription_id = found
        .iter()
        .find(|t| matches!(t.kind, TokenKind::Status | TokenKind::Manage))
        .map(|t| t.subscription_id)
        .ok_or(LinkError::NotFound)?;
    let subscription = subscriptions::get(services.store.pool(), subscription_id)
        .await?
        .ok_or(LinkError::NotFound)?;
    let voter = voters::get(services.store.pool(), &subscription.voter_id)
        .await?
        .ok_or(LinkError::NotFound)?;
    let office = services.offices.get(services.store, &voter.county).await?;
    let now = clock::now();
    let mut tx = services.store.begin().await?;
    let sent = signups::note_on_file(
        &mut tx,
        services,
        &subscription,
        &voter.first_name,
        &office,
        &[],
        crate::store::outbox::MessageKind::ManageLink,
        now,
    )
    .await?;
    tx.commit().await?;
    Ok(sent)
}
