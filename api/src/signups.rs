//! Signing a voter up: match them, save their preferences, queue the confirmations, all or
//! nothing.

use crate::app::AppState;
use crate::clock;
use crate::confirmations::{enqueue_confirmations, Recipient};
use crate::error::ApiError;
use crate::matching::{match_voter, VoterMatch};
use crate::store::subscriptions;
use crate::token;
use ballot_shared::api::{
    ChannelView, ChannelsView, QuietHoursInput, SignupResponse, SubscriptionView,
};
use ballot_shared::channels::Channel;
use ballot_shared::signup::ValidSignup;

pub struct SignupOutcome {
    /// A new subscription (201) rather than an update of an existing one (200).
    pub created: bool,
    pub response: SignupResponse,
}

#[tracing::instrument(skip_all, fields(subscription_id))]
pub async fn sign_up(state: &AppState, signup: ValidSignup) -> Result<SignupOutcome, ApiError> {
    // Matching reads only; the write transaction below starts with its first write, so SQLite
    // takes the write lock at once instead of upgrading a read lock (which can deadlock).
    let voter = match match_voter(&state.store, &signup.identity()).await? {
        VoterMatch::Found(voter) => voter,
        VoterMatch::NotFound => return Err(ApiError::NoMatchingVoter),
        VoterMatch::Ambiguous => return Err(ApiError::AmbiguousVoter),
    };
    // Read before the write transaction, to hold SQLite's one write lock for less time.
    let office = state.offices.get(&state.store, &voter.county).await?;
    let channels = &signup.channels;
    let new_token = token::generate();
    let now = clock::now();
    let mut tx = state.store.begin().await?;
    let saved = subscriptions::upsert(
        &mut tx,
        &subscriptions::SubscriptionChanges {
            voter_id: &voter.voter_id,
            new_token: &new_token,
            language: signup.language.code(),
            email_address: channels.destination(Channel::Email),
            sms_phone: channels.destination(Channel::Sms),
            voice_phone: channels.destination(Channel::Voice),
            quiet_start: &signup.quiet_hours.start(),
            quiet_end: &signup.quiet_hours.end(),
        },
        &now,
    )
    .await?;
    tracing::Span::current().record("subscription_id", saved.subscription_id);

    let confirmed = enqueue_confirmations(
        &mut tx,
        &Recipient {
            language: signup.language,
            subscription_id: saved.subscription_id,
            token: &saved.token,
            first_name: &voter.first_name,
            office: &office,
        },
        channels,
        &Channel::ALL,
        &state.config.public_url,
        &now,
    )
    .await?;
    tx.commit().await?;

    let view = |channel: Channel| ChannelView {
        opt_in: channels.is_on(channel),
        destination: channels.masked(channel),
        confirmation_sent: confirmed.contains(&channel),
    };
    Ok(SignupOutcome {
        created: saved.created,
        response: SignupResponse {
            subscription: SubscriptionView {
                status_url: format!("/status/{}", saved.token),
                manage_url: format!("/manage/{}", saved.token),
                token: saved.token,
                county: voter.county,
                county_office: office.sender,
                language: signup.language.code().to_string(),
                channels: ChannelsView {
                    email: view(Channel::Email),
                    sms: view(Channel::Sms),
                    voice: view(Channel::Voice),
                },
                quiet_hours: QuietHoursInput {
                    start: signup.quiet_hours.start(),
                    end: signup.quiet_hours.end(),
                },
            },
        },
    })
}
