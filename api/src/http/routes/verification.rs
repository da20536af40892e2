//! `/api/v1/message-verifications`: is this message really from us? Anyone may ask with the
//! reference printed on a message, and hears only whether we sent it, on which channel, when,
//! and to a masked destination. `/api/v1/senders`: where our messages come from.

use crate::http::error::{ApiError, ApiJson};
use crate::http::middleware::rate_limits::ClientAddress;
use crate::http::responses::{BodyErrors, Busy};
use crate::http::state::AppState;
use crate::store::outbox::{self, OutboxState};
use axum::extract::State;
use ballot_shared::api::field;
use ballot_shared::api::{SendersView, VerificationRequest, VerificationResponse};
use ballot_shared::channels::masked_destination;
use ballot_shared::i18n::Localize;
use ballot_shared::reference::MessageReference;

/// Check a message's reference.
#[utoipa::path(
    post,
    path = "/api/v1/message-verifications",
    operation_id = "verify_message",
    tag = "voters",
    request_body = VerificationRequest,
    responses(
        (status = 200, description = "Whether we sent it; only how, when and to whom (masked) if we did", body = VerificationResponse),
        (status = 422, description = "`invalid_input`: not a reference", body = ballot_shared::error::ErrorBody),
        BodyErrors,
        Busy,
    )
)]
pub async fn verify(
    State(state): State<AppState>,
    client: ClientAddress,
    ApiJson(request): ApiJson<VerificationRequest>,
) -> Result<ApiJson<VerificationResponse>, ApiError> {
    let reference = MessageReference::parse(&request.reference)
        .map_err(|e| ApiError::InvalidInput(vec![(field::REFERENCE, e.message())]))?
        .as_str()
        .to_string();
    state.rate_limits.check_reference_misses(client.0).await?;
    let found = outbox::find_by_reference(state.store.pool(), &reference).await?;
    let Some(message) = found.filter(|m| m.state != OutboxState::Dead) else {
        state.rate_limits.record_reference_miss(client.0).await?;
        return Ok(ApiJson(VerificationResponse {
            reference,
            sent_by_us: false,
            channel: None,
            sent_at: None,
            destination: None,
            sender: None,
        }));
    };
    let channel = message.channel;
    Ok(ApiJson(VerificationResponse {
        reference,
        sent_by_us: true,
        channel: Some(channel.code().to_string()),
        sent_at: Some(message.sent_at.unwrap_or(message.created_at).to_string()),
        destination: Some(masked_destination(channel, &message.recipient)),
        sender: Some(message.sender),
    }))
}

/// Where genuine messages come from: the email address and the phone numbers.
#[utoipa::path(
    get,
    path = "/api/v1/senders",
    operation_id = "list_senders",
    tag = "voters",
    responses((status = 200, description = "The sender address and numbers", body = SendersView))
)]
pub async fn senders(State(state): State<AppState>) -> ApiJson<SendersView> {
    let config = &state.config;
    let email = config
        .smtp_from
        .parse::<lettre::message::Mailbox>()
        .ok()
        .map(|m| m.email.to_string());
    let phone = config
        .twilio
        .iter()
        .flat_map(|t| t.senders())
        .filter_map(|n| ballot_shared::phone::PhoneNumber::parse(n).ok())
        .map(|p| p.display())
        .collect();
    ApiJson(SendersView { email, phone })
}
