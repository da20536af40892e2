//! Signing a voter up: match them, then ask each destination to confirm, all or nothing.
//!
//! Anyone can type a voter's name, date of birth and ZIP code. So a sign-up for a voter who
//! already has a subscription changes nothing by itself and never returns its links: new
//! destinations are asked to confirm (`destinations`), and the destinations on file are told,
//! with a manage link for the voter who may simply have lost theirs.

use crate::clock::{self, Timestamp};
use crate::domain::destinations::{self, destination_of, Asker, DestinationError, Requested};
use crate::domain::matching::{match_voter, VoterMatch};
use crate::domain::message_links::Links;
use crate::domain::messages::{self, OnFileContext};
use crate::domain::notifications::{due_at, queue, Outgoing};
use crate::domain::services::Services;
use crate::store::access_tokens::{self, NewToken, TokenKind};
use crate::store::destination_requests::Via;
use crate::store::outbox::MessageKind;
use crate::store::subscriptions::{self, Subscription};
use crate::store::{outbox, Tx};
use ballot_shared::api::{
    ChannelView, ChannelsView, QuietHoursInput, SignupOutcome, SignupResponse, SubscriptionLinks,
};
use ballot_shared::channels::{masked_destination, Channel};
use ballot_shared::quiet_hours::QuietHours;
use ballot_shared::signup::{FieldErrors, ValidSignup};

#[derive(Debug, thiserror::Error)]
pub enum SignupError {
    #[error("invalid input")]
    Invalid(FieldErrors),
    #[error("no matching voter")]
    NoMatchingVoter,
    #[error("more than one voter matches")]
    AmbiguousVoter,
    #[error("too many confirmations today")]
    TooManyConfirmations(Channel),
    #[error(transparent)]
    Database(#[from] sqlx::Error),
    /// A destination outcome a sign-up cannot meet (only confirming and undoing can).
    #[error("unexpected outcome for a new destination")]
    Unexpected(#[source] DestinationError),
}

impl From<DestinationError> for SignupError {
    fn from(error: DestinationError) -> Self {
        match error {
            DestinationError::TooManyConfirmations(channel) => {
                SignupError::TooManyConfirmations(channel)
            }
            DestinationError::Database(e) => SignupError::Database(e),
            other => SignupError::Unexpected(other),
        }
    }
}

/// Notes to the destinations on file a subscription may get in a day (sign-ups again and
/// manage links asked for), so that typing a voter's details again and again cannot flood them.
pub const ON_FILE_NOTES_PER_DAY: i64 = 3;
const ON_FILE_NOTE_KINDS: [MessageKind; 2] = [MessageKind::SignupAgain, MessageKind::ManageLink];

pub struct SignedUp {
    /// A new subscription (201) rather than one the voter already had (202).
    pub created: bool,
    pub response: SignupResponse,
}

#[tracing::instrument(skip_all, fields(subscription_id))]
pub async fn sign_up(services: Services<'_>, signup: ValidSignup) -> Result<SignedUp, SignupError> {
    services
        .channel_policy
        .check(&signup.channels)
        .map_err(SignupError::Invalid)?;
    // Matching reads only; the write transaction below starts with its first write, so SQLite
    // takes the write lock at once instead of upgrading a read lock (which can deadlock).
    let voter = match match_voter(services.store, &signup.identity()).await? {
        VoterMatch::Found(voter) => voter,
        VoterMatch::NotFound => return Err(SignupError::NoMatchingVoter),
        VoterMatch::Ambiguous => return Err(SignupError::AmbiguousVoter),
    };
    // Read before the write transaction, to hold SQLite's one write lock for less time.
    let office = services.offices.get(services.store, &voter.county).await?;
    let config = &services.config;
    let now = clock::now();
    let mut tx = services.store.begin().await?;
    let created = subscriptions::create_if_new(
        &mut tx,
        &voter.voter_id,
        signup.language.code(),
        &signup.quiet_hours.start(),
        &signup.quiet_hours.end(),
        now,
    )
    .await?;
    let (subscription_id, on_file) = match created {
        Some(id) => (id, None),
        None => {
            let existing = subscriptions::find_by_voter(&mut tx, &voter.voter_id)
                .await?
                .ok_or(sqlx::Error::RowNotFound)?;
            (existing.subscription_id, Some(existing))
        }
    };
    tracing::Span::current().record("subscription_id", subscription_id);

    let asker = Asker {
        subscription_id,
        via: Via::Signup,
        voter: &voter,
        office: &office,
        language: signup.language,
        public_url: &config.public_url,
    };
    let mut views: [ChannelView; 3] = Default::default();
    let mut requested = Vec::new();
    for (i, channel) in Channel::ALL.into_iter().enumerate() {
        let Some(destination) = signup.channels.destination(channel) else {
            continue;
        };
        let masked = masked_destination(channel, destination);
        let view = &mut views[i];
        view.opt_in = true;
        view.destination = Some(masked.clone());
        if on_file.as_ref().and_then(|s| destination_of(s, channel)) == Some(destination) {
            continue; // already confirmed there
        }
        let requested_now = destinations::request_confirmation(
            &mut tx,
            config.confirmation_caps,
            &asker,
            channel,
            destination,
            now,
        )
        .await?;
        view.awaiting_confirmation = Some(masked.clone());
        view.confirmation_sent = requested_now == Requested::Sent;
        requested.push(masked);
    }
    let [email, sms, voice] = views;
    let channels = ChannelsView { email, sms, voice };

    let response = match on_file {
        Some(existing) => {
            note_on_file(
                &mut tx,
                services,
                &existing,
                &voter.first_name,
                &office,
                &requested,
                MessageKind::SignupAgain,
                now,
            )
            .await?;
            tx.commit().await?;
            SignupResponse {
                outcome: SignupOutcome::AlreadySignedUp,
                county_office: office.sender,
                channels,
                subscription: None,
            }
        }
        None => {
            let links = mint_links(&mut tx, subscription_id, services, now).await?;
            tx.commit().await?;
            SignupResponse {
                outcome: SignupOutcome::Created,
                county_office: office.sender,
                channels,
                subscription: Some(SubscriptionLinks {
                    status_url: format!("/status/{}", links.status),
                    manage_url: format!("/manage/{}", links.manage),
                    status_token: links.status,
                    manage_token: links.manage,
                    manage_expires_at: links.manage_expires_at.to_string(),
                    county: voter.county,
                    language: signup.language.code().to_string(),
                    quiet_hours: QuietHoursInput {
                        start: signup.quiet_hours.start(),
                        end: signup.quiet_hours.end(),
                    },
                }),
            }
        }
    };
    Ok(SignedUp {
        created: created.is_some(),
        response,
    })
}

/// A status and a manage link, minted for a page (rather than a message).
pub struct MintedLinks {
    pub status: String,
    pub manage: String,
    pub manage_expires_at: Timestamp,
}

pub async fn mint_links(
    tx: &mut Tx,
    subscription_id: i64,
    services: Services<'_>,
    now: Timestamp,
) -> Result<MintedLinks, sqlx::Error> {
    let status = crate::domain::token::generate();
    let manage = crate::domain::token::generate();
    let manage_expires_at = clock::now_plus(services.config.link_lifetimes.manage);
    let record = |token: &str, kind, expires_at: Option<Timestamp>| NewToken {
        token_hash: crate::domain::token::lookup_key(token),
        kind,
        subscription_id,
        destination_request_id: None,
        channel: None,
        recipient: None,
        expires_at,
    };
    access_tokens::insert(
        tx,
        &[
            record(&status, TokenKind::Status, None),
            record(&manage, TokenKind::Manage, Some(manage_expires_at)),
        ],
        now,
    )
    .await?;
    Ok(MintedLinks {
        status,
        manage,
        manage_expires_at,
    })
}

/// A status link alone, minted for a page (the one that confirmed a destination).
pub async fn mint_status_link(
    tx: &mut Tx,
    subscription_id: i64,
    now: Timestamp,
) -> Result<String, sqlx::Error> {
    let status = crate::domain::token::generate();
    access_tokens::insert(
        tx,
        &[NewToken {
            token_hash: crate::domain::token::lookup_key(&status),
            kind: TokenKind::Status,
            subscription_id,
            destination_request_id: None,
            channel: None,
            recipient: None,
            expires_at: None,
        }],
        now,
    )
    .await?;
    Ok(status)
}

/// Sends the destinations on file a note: someone signed up again (`signup_again`, listing the
/// destinations they asked for) or asked for a fresh manage link (`manage_link`). At most
/// `ON_FILE_NOTES_PER_DAY` a day; returns the channels it went out on.
#[allow(clippy::too_many_arguments)]
pub async fn note_on_file(
    tx: &mut Tx,
    services: Services<'_>,
    subscription: &Subscription,
    first_name: &str,
    office: &messages::Office,
    requested: &[String],
    kind: MessageKind,
    now: Timestamp,
) -> Result<Vec<Channel>, sqlx::Error> {
    let since = clock::now_plus(-crate::clock::days(1));
    if outbox::count_kinds_since(tx, subscription.subscription_id, &ON_FILE_NOTE_KINDS, since)
        .await?
        >= ON_FILE_NOTES_PER_DAY
    {
        return Ok(Vec::new());
    }
    let links = Links {
        public_url: &services.config.public_url,
    };
    let ctx = OnFileContext {
        catalog: crate::domain::locales::for_code(&subscription.language),
        first_name,
        office,
        requested,
        manage_days: services.config.link_lifetimes.manage.as_hours() / 24,
        links: &links,
    };
    let quiet =
        QuietHours::parse(&subscription.quiet_start, &subscription.quiet_end).unwrap_or_default();
    let mut sent_on = Vec::new();
    for channel in [Channel::Email, Channel::Sms] {
        let Some(recipient) = destination_of(subscription, channel) else {
            continue;
        };
        let message = match kind {
            MessageKind::ManageLink => messages::manage_link(channel, &ctx),
            _ => messages::signup_again(channel, &ctx),
        };
        let Some(message) = message else { continue };
        queue(
            tx,
            &Outgoing {
                subscription_id: subscription.subscription_id,
                channel,
                kind,
                recipient,
                message: &message,
                due_at: due_at(channel, recipient, &quiet, now),
                destination_request_id: None,
                election_id: None,
                public_url: &services.config.public_url,
            },
            now,
        )
        .await?;
        sent_on.push(channel);
    }
    Ok(sent_on)
}
