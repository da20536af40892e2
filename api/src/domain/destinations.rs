//! New destinations and their confirmation. Anyone can type a voter's name, date of birth and
//! ZIP code (they are in voter-file extracts campaigns can buy), so a destination gets ballot
//! news only once whoever holds it confirms it: a link in the email, YES (or the link) by
//! text, 1 on the call. Once confirmed it takes the channel's place, and every destination
//! that was on file is told, with a link that undoes the change.

use crate::clock::{self, Timestamp};
use crate::config::{ConfirmationCaps, CONFIRM_WITHIN};
use crate::domain::message_links::Links;
use crate::domain::messages::{self, ChangeContext, ConfirmRequestContext, Office, RemovedContext};
use crate::domain::notifications::{due_at, queue, Outgoing};
use crate::store::access_tokens::{self, FoundToken, TokenKind};
use crate::store::destination_requests::{self, DestinationRequest, NewRequest, Via};
use crate::store::outbox::MessageKind;
use crate::store::subscriptions::{self, Subscription};
use crate::store::voters::{self, MatchedVoter};
use crate::store::{outbox, Store, Tx};
use ballot_shared::channels::{masked_destination, Channel};
use ballot_shared::language::Language;
use ballot_shared::quiet_hours::QuietHours;

#[derive(Debug, thiserror::Error)]
pub enum DestinationError {
    /// The daily cap for this destination or subscription is reached.
    #[error("too many confirmations today")]
    TooManyConfirmations(Channel),
    /// No such link.
    #[error("no such link")]
    NotFound,
    /// The link worked once, or its time is up.
    #[error("the link has expired or was used")]
    Expired,
    /// The channel changed again since: undoing would throw away a newer choice.
    #[error("the destination changed again since")]
    ChangedSince,
    #[error(transparent)]
    Database(#[from] sqlx::Error),
}

/// Who a confirmation request is for and about.
pub struct Asker<'a> {
    pub subscription_id: i64,
    pub via: Via,
    pub voter: &'a MatchedVoter,
    pub office: &'a Office,
    /// The language of the page that asked: the confirmation is written in it.
    pub language: Language,
    pub public_url: &'a str,
}

/// What asking for a confirmation did.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Requested {
    /// A confirmation was queued.
    Sent,
    /// This destination was already waiting and has had the day's confirmations: the one it
    /// got still works.
    AlreadyWaiting,
}

/// Asks `destination` to confirm, in the caller's transaction: records a request (or reuses
/// the one it is already waiting on) and queues its confirmation. Past the daily caps, a new
/// destination is refused, and one already waiting just keeps the confirmation it got.
pub async fn request_confirmation(
    tx: &mut Tx,
    caps: ConfirmationCaps,
    asker: &Asker<'_>,
    channel: Channel,
    destination: &str,
    now: Timestamp,
) -> Result<Requested, DestinationError> {
    destination_requests::serialise_for(tx, asker.subscription_id, destination).await?;
    let since = clock::now_plus(-crate::clock::days(1));
    // The subscription's allowance is counted apart for sign-ups and manage links, so that
    // strangers' sign-ups cannot use up the voter's own.
    let capped = outbox::count_kind_to(tx, CONFIRMATION, destination, since).await?
        >= caps.per_destination
        || destination_requests::confirmations_sent_since(
            tx,
            asker.subscription_id,
            asker.via,
            since,
        )
        .await?
            >= caps.per_subscription;
    let waiting =
        destination_requests::waiting_for(tx, asker.subscription_id, channel, destination, now)
            .await?;
    let request_id = match (waiting, capped) {
        (Some(_), true) => return Ok(Requested::AlreadyWaiting),
        (None, true) => return Err(DestinationError::TooManyConfirmations(channel)),
        (Some(request), false) => request.destination_request_id,
        (None, false) => {
            destination_requests::insert(
                tx,
                &NewRequest {
                    subscription_id: asker.subscription_id,
                    channel,
                    destination,
                    language: asker.language.code(),
                    via: asker.via,
                    expires_at: clock::now_plus(CONFIRM_WITHIN),
                },
                now,
            )
            .await?
        }
    };
    let links = Links {
        public_url: asker.public_url,
    };
    let message = messages::confirmation_request(
        channel,
        &ConfirmRequestContext {
            catalog: crate::domain::locales::catalog(asker.language),
            first_name: &asker.voter.first_name,
            office: asker.office,
            destination_display: &display(channel, destination),
            links: &links,
        },
    );
    // It answers the asker's own action, so an email or a text goes at once (whoever typed
    // the number is usually holding the phone); a call waits for contact hours, as a call at
    // night is worse than no call. The daily caps bound what a stranger can set off.
    let due = match channel {
        Channel::Voice => due_at(channel, destination, &QuietHours::default(), now),
        Channel::Email | Channel::Sms => now,
    };
    queue(
        tx,
        &Outgoing {
            subscription_id: asker.subscription_id,
            channel,
            kind: CONFIRMATION,
            recipient: destination,
            message: &message,
            due_at: due,
            destination_request_id: Some(request_id),
            election_id: None,
            public_url: asker.public_url,
        },
        now,
    )
    .await?;
    Ok(Requested::Sent)
}

/// The outbox kind of a confirmation request.
pub const CONFIRMATION: MessageKind = MessageKind::ConfirmDestination;

/// How a voter reads a stored destination: the address, or `(916) 555-0123`.
fn display(channel: Channel, destination: &str) -> String {
    match channel {
        Channel::Email => destination.to_string(),
        Channel::Sms | Channel::Voice => ballot_shared::phone::PhoneNumber::parse(destination)
            .map(|p| p.display())
            .unwrap_or_else(|_| destination.to_string()),
    }
}

/// A destination, confirmed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Confirmed {
    pub subscription_id: i64,
    pub channel: Channel,
    /// Masked.
    pub destination: String,
    pub first_name: String,
    pub language: Language,
    pub office: Office,
}

/// Finds the live token of `kind` that `token` is.
pub async fn live_token(
    store: &Store,
    token: &str,
    kind: TokenKind,
) -> Result<FoundToken, DestinationError> {
    if !crate::domain::token::well_formed(token) {
        return Err(DestinationError::NotFound);
    }
    let found = access_tokens::find(store.pool(), &crate::domain::token::lookup_key(token))
        .await?
        .into_iter()
        .find(|t| t.kind == kind)
        .ok_or(DestinationError::NotFound)?;
    if found.expired(clock::now()) {
        return Err(DestinationError::Expired);
    }
    Ok(found)
}

/// The destination request a live confirm or undo link is for, read in a new write
/// transaction.
async fn request_of(
    store: &Store,
    token: &str,
    kind: TokenKind,
) -> Result<(Tx, DestinationRequest), DestinationError> {
    let found = live_token(store, token, kind).await?;
    let request_id = found
        .destination_request_id
        .ok_or(DestinationError::NotFound)?;
    let mut tx = store.begin().await?;
    let request = destination_requests::get(&mut tx, request_id)
        .await?
        .ok_or(DestinationError::NotFound)?;
    Ok((tx, request))
}

/// Confirms the destination a confirmation link (or call) is for.
pub async fn confirm_by_token(
    store: &Store,
    offices: &crate::domain::offices::Offices,
    public_url: &str,
    token: &str,
) -> Result<Confirmed, DestinationError> {
    let (mut tx, request) = request_of(store, token, TokenKind::Confirm).await?;
    let now = clock::now();
    let confirmed = confirm(&mut tx, offices, store, public_url, &request, now).await?;
    // The link works once.
    access_tokens::expire(
        &mut tx,
        &crate::domain::token::lookup_key(token),
        TokenKind::Confirm,
        now,
    )
    .await?;
    tx.commit().await?;
    Ok(confirmed)
}

/// YES by text: confirms the newest request waiting for this number, if any.
pub async fn confirm_sms_reply(
    store: &Store,
    offices: &crate::domain::offices::Offices,
    public_url: &str,
    phone: &str,
) -> Result<Option<Confirmed>, DestinationError> {
    let now = clock::now();
    let mut tx = store.begin().await?;
    let Some(request) =
        destination_requests::newest_waiting_for(&mut tx, Channel::Sms, phone, now).await?
    else {
        return Ok(None);
    };
    let confirmed = confirm(&mut tx, offices, store, public_url, &request, now).await?;
    tx.commit().await?;
    Ok(Some(confirmed))
}

/// Puts the request's destination on its channel and tells every destination that was on
/// file, in the caller's transaction.
async fn confirm(
    tx: &mut Tx,
    offices: &crate::domain::offices::Offices,
    store: &Store,
    public_url: &str,
    request: &DestinationRequest,
    now: Timestamp,
) -> Result<Confirmed, DestinationError> {
    if request.confirmed_at.is_some() || request.cancelled_at.is_some() || request.expires_at <= now
    {
        return Err(DestinationError::Expired);
    }
    let channel = request.channel;
    destination_requests::lock_subscription(tx, request.subscription_id).await?;
    let before = subscriptions::get_in(tx, request.subscription_id)
        .await?
        .ok_or(DestinationError::NotFound)?;
    let voter = voters::find(tx, &before.voter_id)
        .await?
        .ok_or(DestinationError::NotFound)?;
    let office = offices.get(store, &voter.county).await?;
    let replaced = destination_of(&before, channel).map(str::to_string);
    // Only if it is still waiting now that the subscription is locked: two answers at once
    // (the link and YES) confirm it once.
    if !destination_requests::mark_confirmed(
        tx,
        request.destination_request_id,
        replaced.as_deref(),
        now,
    )
    .await?
    {
        return Err(DestinationError::Expired);
    }
    subscriptions::set_destination(
        tx,
        request.subscription_id,
        channel,
        Some(&request.destination),
        now,
    )
    .await?;
    if replaced.as_deref() != Some(request.destination.as_str()) {
        tell_destinations_on_file(
            tx,
            &before,
            &voter,
            &office,
            request,
            channel,
            replaced.as_deref(),
            public_url,
            now,
        )
        .await?;
    }
    Ok(Confirmed {
        subscription_id: request.subscription_id,
        channel,
        destination: masked_destination(channel, &request.destination),
        first_name: voter.first_name,
        language: Language::parse(&request.language).unwrap_or_default(),
        office,
    })
}

/// The change notice, to every destination on file before the change (the replaced one too),
/// with a link that undoes it. Calls only when there is no email or text to tell.
#[allow(clippy::too_many_arguments)]
async fn tell_destinations_on_file(
    tx: &mut Tx,
    before: &Subscription,
    voter: &MatchedVoter,
    office: &Office,
    request: &DestinationRequest,
    channel: Channel,
    replaced: Option<&str>,
    public_url: &str,
    now: Timestamp,
) -> Result<(), sqlx::Error> {
    let links = Links { public_url };
    let catalog = crate::domain::locales::for_code(&before.language);
    let new_destination = masked_destination(channel, &request.destination);
    let quiet = QuietHours::parse(&before.quiet_start, &before.quiet_end).unwrap_or_default();
    // Told: each destination that was on file when this one was asked for. Destinations asked
    // for together (one sign-up with an email and a phone) do not tell each other.
    let mut on_file: Vec<(Channel, &str)> = Vec::new();
    for c in Channel::ALL {
        let Some(d) = destination_of(before, c) else {
            continue;
        };
        let asked = destination_requests::asked_at(tx, before.subscription_id, c, d).await?;
        if asked.is_none_or(|at| at < request.created_at) {
            on_file.push((c, d));
        }
    }
    if on_file.iter().any(|(c, _)| *c != Channel::Voice) {
        on_file.retain(|(c, _)| *c != Channel::Voice);
    }
    let ctx = ChangeContext {
        catalog,
        first_name: &voter.first_name,
        office,
        channel,
        new_destination: &new_destination,
        replaced: replaced.is_some(),
        links: &links,
    };
    for (to_channel, recipient) in on_file {
        let message = messages::destination_changed(to_channel, &ctx);
        queue(
            tx,
            &Outgoing {
                subscription_id: before.subscription_id,
                channel: to_channel,
                kind: MessageKind::DestinationChanged,
                recipient,
                message: &message,
                due_at: due_at(to_channel, recipient, &quiet, now),
                destination_request_id: Some(request.destination_request_id),
                election_id: None,
                public_url,
            },
            now,
        )
        .await?;
    }
    Ok(())
}

pub fn destination_of(subscription: &Subscription, channel: Channel) -> Option<&str> {
    match channel {
        Channel::Email => subscription.email_address.as_deref(),
        Channel::Sms => subscription.sms_phone.as_deref(),
        Channel::Voice => subscription.voice_phone.as_deref(),
    }
}

/// A change, undone.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Undone {
    pub channel: Channel,
    /// Masked; `None` when the channel had no destination before (it is off again).
    pub restored: Option<String>,
    /// Masked: the destination removed.
    pub removed: String,
}

/// Puts a channel back as it was before a confirmed change, if nothing changed it since, and
/// tells the destination it removes.
pub async fn undo_by_token(
    store: &Store,
    offices: &crate::domain::offices::Offices,
    public_url: &str,
    token: &str,
) -> Result<Undone, DestinationError> {
    let (mut tx, request) = request_of(store, token, TokenKind::Undo).await?;
    let request_id = request.destination_request_id;
    let now = clock::now();
    if request.confirmed_at.is_none() || request.undone_at.is_some() {
        return Err(DestinationError::Expired);
    }
    let channel = request.channel;
    destination_requests::lock_subscription(&mut tx, request.subscription_id).await?;
    let subscription = subscriptions::get_in(&mut tx, request.subscription_id)
        .await?
        .ok_or(DestinationError::NotFound)?;
    if destination_of(&subscription, channel) != Some(request.destination.as_str()) {
        return Err(DestinationError::ChangedSince);
    }
    // Every undo link of this change (one went to each destination on file) ends with it.
    if !destination_requests::mark_undone(&mut tx, request_id, now).await? {
        return Err(DestinationError::Expired);
    }
    subscriptions::set_destination(
        &mut tx,
        request.subscription_id,
        channel,
        request.replaced_destination.as_deref(),
        now,
    )
    .await?;
    let voter = voters::find(&mut tx, &subscription.voter_id)
        .await?
        .ok_or(DestinationError::NotFound)?;
    let office = offices.get(store, &voter.county).await?;
    tell_removed(
        &mut tx,
        &Removal {
            subscription: &subscription,
            first_name: &voter.first_name,
            office: &office,
            destination_request_id: Some(request_id),
            public_url,
        },
        &[(channel, request.destination.as_str())],
        now,
    )
    .await?;
    tx.commit().await?;
    Ok(Undone {
        channel,
        restored: request
            .replaced_destination
            .as_deref()
            .map(|d| masked_destination(channel, d)),
        removed: masked_destination(channel, &request.destination),
    })
}

/// A subscription some destinations were taken off, as it was before.
pub struct Removal<'a> {
    pub subscription: &'a Subscription,
    pub first_name: &'a str,
    pub office: &'a Office,
    /// The undone change, when an undo removed it.
    pub destination_request_id: Option<i64>,
    pub public_url: &'a str,
}

/// Tells each destination taken off (`removed`) that it no longer gets the voter's news, with
/// the way back, in the caller's transaction. Calls only when there is no email or text to
/// tell.
pub async fn tell_removed(
    tx: &mut Tx,
    removal: &Removal<'_>,
    removed: &[(Channel, &str)],
    now: Timestamp,
) -> Result<(), sqlx::Error> {
    let subscription = removal.subscription;
    let links = Links {
        public_url: removal.public_url,
    };
    let catalog = crate::domain::locales::for_code(&subscription.language);
    let quiet =
        QuietHours::parse(&subscription.quiet_start, &subscription.quiet_end).unwrap_or_default();
    let texts_or_email = removed.iter().any(|(c, _)| *c != Channel::Voice);
    for &(channel, recipient) in removed {
        if channel == Channel::Voice && texts_or_email {
            continue;
        }
        let masked = masked_destination(channel, recipient);
        let message = messages::destination_removed(
            channel,
            &RemovedContext {
                catalog,
                first_name: removal.first_name,
                office: removal.office,
                destination: &masked,
                links: &links,
            },
        );
        queue(
            tx,
            &Outgoing {
                subscription_id: subscription.subscription_id,
                channel,
                kind: MessageKind::DestinationRemoved,
                recipient,
                message: &message,
                due_at: due_at(channel, recipient, &quiet, now),
                destination_request_id: removal.destination_request_id,
                election_id: None,
                public_url: removal.public_url,
            },
            now,
        )
        .await?;
    }
    Ok(())
}
