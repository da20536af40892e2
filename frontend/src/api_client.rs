//! Every HTTP call of the app, typed with `ballot_shared::api`. Failures become `ApiFailure`,
//! so pages deal with one error type.

use crate::fetch::{self, Answer};
use crate::i18n;
use ballot_shared::api::{
    BallotStatusView, ConfirmationResponse, ManageLinkRequest, ManageLinkResponse, SendersView,
    SignupRequest, SignupResponse, UndoResponse, VerificationRequest, VerificationResponse,
};
use ballot_shared::error::ErrorBody;
use serde::de::DeserializeOwned;

#[derive(Debug, Clone, PartialEq)]
pub enum ApiFailure {
    /// The server answered with an error body (the error shape of docs/api.md).
    Api { status: u16, body: ErrorBody },
    /// No answer, or one we could not read.
    Network(String),
}

impl ApiFailure {
    pub fn message(&self) -> String {
        match self {
            ApiFailure::Api { body, .. } => body.error.message.clone(),
            ApiFailure::Network(_) => i18n::text("network-error"),
        }
    }
}

// Every call asks for answers in the page's language: error messages, the rules' messages
// and ballot timelines come back in it.
async fn call<T: DeserializeOwned>(
    method: &str,
    url: &str,
    body: Option<&impl serde::Serialize>,
) -> Result<T, ApiFailure> {
    let json = match body {
        Some(body) => {
            Some(serde_json::to_string(body).map_err(|e| ApiFailure::Network(e.to_string()))?)
        }
        None => None,
    };
    let language = i18n::language();
    let answer = fetch::send(method, url, &[("Accept-Language", language.code())], json)
        .await
        .map_err(ApiFailure::Network)?;
    read(answer)
}

/// No body to send.
const NONE: Option<&()> = None;

/// The answer as `T`, or the error shape of docs/api.md; anything else (no answer, one we
/// could not read) tells the voter to check their connection.
fn read<T: DeserializeOwned>(answer: Answer) -> Result<T, ApiFailure> {
    let status = answer.status;
    if answer.ok() {
        // An answer without a body (204) reads as `null`, which `()` is.
        let text = if answer.text.is_empty() {
            "null"
        } else {
            answer.text.as_str()
        };
        return serde_json::from_str(text).map_err(|e| ApiFailure::Network(e.to_string()));
    }
    match serde_json::from_str::<ErrorBody>(&answer.text) {
        Ok(body) => Err(ApiFailure::Api { status, body }),
        Err(_) => Err(ApiFailure::Network(format!("HTTP {status}"))),
    }
}

/// `POST /api/v1/signups`.
pub async fn sign_up(request: &SignupRequest) -> Result<SignupResponse, ApiFailure> {
    call("POST", "/api/v1/signups", Some(request)).await
}

/// `POST /api/v1/status-lookups`.
pub async fn look_up(
    request: &ballot_shared::api::StatusLookupRequest,
) -> Result<ballot_shared::api::BallotStatusView, ApiFailure> {
    call("POST", "/api/v1/status-lookups", Some(request)).await
}

/// A token as it may go in a path: tokens are hex, and anything else is refused by the
/// server with 404 anyway.
pub fn path_token(token: &str) -> String {
    token.chars().filter(char::is_ascii_alphanumeric).collect()
}

fn subscription_url(token: &str) -> String {
    format!("/api/v1/subscriptions/{}", path_token(token))
}

fn status_url(token: &str) -> String {
    format!("/api/v1/ballot-statuses/{}", path_token(token))
}

/// `GET /api/v1/ballot-statuses/{token}`: the ballot, by a status (or manage) link.
pub async fn ballot_status(token: &str) -> Result<BallotStatusView, ApiFailure> {
    call("GET", &status_url(token), NONE).await
}

/// `POST /api/v1/ballot-statuses/{token}/signature-cures`: the voter's signed statement.
pub async fn send_cure(
    token: &str,
    request: &ballot_shared::api::SignatureCureRequest,
) -> Result<ballot_shared::api::SignatureCureReceipt, ApiFailure> {
    call(
        "POST",
        &format!("{}/signature-cures", status_url(token)),
        Some(request),
    )
    .await
}

/// `POST` with no body to a link's address (a confirmation, an undo).
async fn post_link<T: DeserializeOwned>(url: &str) -> Result<T, ApiFailure> {
    call("POST", url, NONE).await
}

/// `POST /api/v1/confirmations/{token}`.
pub async fn confirm(token: &str) -> Result<ConfirmationResponse, ApiFailure> {
    post_link(&format!("/api/v1/confirmations/{}", path_token(token))).await
}

/// `POST /api/v1/undo/{token}`.
pub async fn undo(token: &str) -> Result<UndoResponse, ApiFailure> {
    post_link(&format!("/api/v1/undo/{}", path_token(token))).await
}

/// `POST /api/v1/manage-links`: a fresh manage link to the destinations on file.
pub async fn send_manage_link(token: &str) -> Result<ManageLinkResponse, ApiFailure> {
    let request = ManageLinkRequest {
        token: token.to_string(),
    };
    call("POST", "/api/v1/manage-links", Some(&request)).await
}

/// `POST /api/v1/message-verifications`.
pub async fn verify(reference: &str) -> Result<VerificationResponse, ApiFailure> {
    let request = VerificationRequest {
        reference: reference.to_string(),
    };
    call("POST", "/api/v1/message-verifications", Some(&request)).await
}

/// `GET /api/v1/senders`.
pub async fn senders() -> Result<SendersView, ApiFailure> {
    call("GET", "/api/v1/senders", NONE).await
}

/// `GET /api/v1/subscriptions/{token}`.
pub async fn subscription(
    token: &str,
) -> Result<ballot_shared::api::SubscriptionDetails, ApiFailure> {
    call("GET", &subscription_url(token), NONE).await
}

/// `PUT /api/v1/subscriptions/{token}`.
pub async fn update_preferences(
    token: &str,
    request: &ballot_shared::api::PreferencesRequest,
) -> Result<ballot_shared::api::SubscriptionDetails, ApiFailure> {
    call("PUT", &subscription_url(token), Some(request)).await
}

/// `DELETE /api/v1/subscriptions/{token}`.
pub async fn stop_all(token: &str) -> Result<(), ApiFailure> {
    call("DELETE", &subscription_url(token), NONE).await
}

/// The address of the live status stream of a subscription, in the page's language (an
/// `EventSource` cannot send `Accept-Language`).
pub fn status_events_url(token: &str) -> String {
    format!(
        "{}/events?lang={}",
        status_url(token),
        i18n::language().code()
    )
}
